"""Evaluation journeys in a real Chromium, on the demo: a project team fills its campaign form
(a validation error, a conditional question, a draft resumed, the submission), the same form
without JavaScript, and an indicator value declared by the team then approved by the
programme team until it reaches the public project page.

axe-core reports zero WCAG A/AA violations and the Content-Security-Policy zero violations at
each step. The whole admin page is checked, Wagtail's own chrome included."""

import re

from commons.demo.loader import DEMO_PASSWORD
from commons.programmes.models import ProjectPage
from evaluation.campaigns.models import Campaign, Response, ResponseStatus
from evaluation.indicators.models import IndicatorValue, ValueStatus
from tests.browser.conftest import axe_violations, csp_violations, watch_csp

TEAM = "equipe-transistor-01"
PROGRAMME_TEAM = "equipe-transistor"
PROJECT = "TRANSISTOR-01"
CAMPAIGN = "Point d'étape trimestriel"

PEOPLE = "Combien de personnes avez-vous accompagnées ce trimestre ?"
HOURS = "Combien d'heures de bénévolat le projet a-t-il mobilisées ?"
SCHEDULE = "Où en est le projet par rapport au calendrier prévu ?"
DELAY = "Qu'est-ce qui explique le retard ?"
AUTONOMY = "Les personnes accompagnées gagnent-elles en autonomie"
PARTNERS = "De nouveaux partenaires ont-ils rejoint le projet ce trimestre ?"
KEY_PARTNER = "Quel partenaire a le plus contribué ce trimestre ?"
SUCCESSES = "Qu'est-ce qui a le mieux fonctionné ?"
DELAY_CAUSE = "La salle du centre social a fermé six semaines pour travaux."


def log_in(page, site, username: str) -> None:
    page.goto(site.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def question(page, label: str):
    """The block of one question (label, notes, error, input), found by its label."""
    return page.locator(".response-question").filter(has=page.get_by_text(label, exact=False))


def group(page, legend: str):
    """The radio or checkbox group of a question, found by its legend."""
    return page.get_by_role("group", name=re.compile(re.escape(legend)))


def open_due_form_from_dashboard(page, site, *, campaign, project) -> None:
    page.goto(site.url + "/admin/")
    panel = page.get_by_role("region", name=re.compile("Formulaires à remplir"))
    panel.get_by_role("link", name=re.compile(re.escape(campaign.form.name))).click()
    page.wait_for_url(f"**/admin/evaluation/campagnes/{campaign.pk}/projets/{project.pk}/")


def send(page, button: str) -> None:
    """Clicks a submit button and waits for the page the server answers."""
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()


def axe_violations_without_javascript(page) -> list[dict]:
    """axe-core on a page read without JavaScript. axe needs timers, which such a page does
    not run: the page as it stands (the server's HTML, untouched by any script) is loaded at
    its own address in a page of the same browser that runs axe but refuses the page's own
    scripts."""
    snapshot = page.content()
    address = page.url
    context = page.context.browser.new_context(locale="fr-FR")
    twin = context.new_page()

    def serve(route):
        if route.request.url == address and route.request.is_navigation_request():
            route.fulfill(body=snapshot, content_type="text/html; charset=utf-8")
        elif route.request.resource_type == "script":
            route.abort()
        else:
            route.continue_()

    try:
        twin.route("**/*", serve)
        twin.goto(address)
        return axe_violations(twin)
    finally:
        context.close()


def the_response(campaign, project) -> Response:
    return Response.objects.get(campaign=campaign, project=project)


# --------------------------------------------------------------------------- campaign form
def test_a_team_fills_its_campaign_form_drafts_resumes_and_submits(page, site):
    project = ProjectPage.objects.get(code=PROJECT)
    campaign = Campaign.objects.get(name=CAMPAIGN)
    console = watch_csp(page)
    log_in(page, site, TEAM)
    panel = page.get_by_role("region", name=re.compile("Formulaires à remplir"))
    assert "en retard" in panel.inner_text(), "the demo campaign's deadline has passed"
    assert axe_violations(page) == []

    open_due_form_from_dashboard(page, site, campaign=campaign, project=project)
    delay = question(page, DELAY)
    assert delay.is_hidden(), "the demo draft says « Dans les temps »: no delay to explain"
    assert axe_violations(page) == []

    # A number out of range, among other answers typed; the conditional question appears live.
    page.get_by_label(PEOPLE).fill("250000")
    page.get_by_label(HOURS).fill("12,5")
    group(page, "Quels formats").get_by_label("Atelier collectif").check()
    group(page, "Quels formats").get_by_label("À distance (téléphone, visio)").check()
    group(page, SCHEDULE).get_by_label("En retard").check()
    assert delay.is_visible()
    assert delay.locator(".condition-note").is_hidden(), "the note is for pages without script"
    page.get_by_label(DELAY).fill(DELAY_CAUSE)
    group(page, AUTONOMY).get_by_label("4", exact=True).check()
    group(page, PARTNERS).get_by_label("Oui").check()
    page.get_by_label(KEY_PARTNER).fill("Centre social des Hauts-de-Chambéry")
    send(page, "Enregistrer le brouillon")

    summary = page.get_by_role("alert").filter(has_text="1 erreur à corriger")
    assert summary.get_by_role("link", name=re.compile(re.escape(PEOPLE))).is_visible()
    people = page.get_by_label(PEOPLE)
    error = question(page, PEOPLE).locator(".field-error")
    assert "inférieur ou égal à 100000" in error.inner_text()
    assert error.get_attribute("id") in people.get_attribute("aria-describedby").split()
    assert people.get_attribute("aria-invalid") == "true"
    assert people.input_value() == "250000", "the wrong value is shown back to be fixed"
    assert page.get_by_label(HOURS).input_value() == "12,5"
    assert group(page, "Quels formats").get_by_label("Atelier collectif").is_checked()
    assert group(page, SCHEDULE).get_by_label("En retard").is_checked()
    assert delay.is_visible() and page.get_by_label(DELAY).input_value() == DELAY_CAUSE
    assert group(page, PARTNERS).get_by_label("Oui").is_checked()
    assert the_response(campaign, project).data["personnes_accompagnees"] == 62, "not saved"
    assert axe_violations(page) == []

    # Fixed; back on schedule, the delay question hides again: what it holds is not kept.
    people.fill("85")
    group(page, SCHEDULE).get_by_label("Dans les temps").check()
    assert delay.is_hidden()
    send(page, "Enregistrer le brouillon")
    assert "Brouillon enregistré" in page.get_by_role("status").first.inner_text()
    draft = the_response(campaign, project)
    assert draft.status == ResponseStatus.DRAFT
    assert draft.data["personnes_accompagnees"] == 85
    assert "causes_retard" not in draft.data, (
        "the server ignores a question hidden by its condition"
    )
    assert axe_violations(page) == []

    # Leave, come back from the dashboard: everything typed is there.
    page.goto(site.url + "/admin/indicateurs/")
    open_due_form_from_dashboard(page, site, campaign=campaign, project=project)
    assert "vous reprenez là où vous en étiez" in page.locator("main").inner_text()
    assert page.get_by_label(PEOPLE).input_value() == "85"
    assert page.get_by_label(HOURS).input_value() == "12,5"
    assert group(page, "Quels formats").get_by_label("Atelier collectif").is_checked()
    assert group(page, "Quels formats").get_by_label("À distance (téléphone, visio)").is_checked()
    assert group(page, SCHEDULE).get_by_label("Dans les temps").is_checked()
    assert group(page, AUTONOMY).get_by_label("4", exact=True).is_checked()
    assert page.get_by_label(KEY_PARTNER).input_value() == "Centre social des Hauts-de-Chambéry"
    assert axe_violations(page) == []

    # Late after all: the delay question is back, empty, and required now that it shows.
    group(page, SCHEDULE).get_by_label("En retard").check()
    assert delay.is_visible() and page.get_by_label(DELAY).input_value() == ""
    send(page, "Envoyer")
    assert "Répondez à cette question." in delay.locator(".field-error").inner_text()
    assert page.get_by_label(PEOPLE).input_value() == "85"
    assert axe_violations(page) == []
    page.get_by_label(DELAY).fill(DELAY_CAUSE)
    send(page, "Envoyer")

    # Submitted: a read-only view of the answers, marked late; nothing left to fill.
    main = page.locator("main")
    assert "marquée en retard" in page.get_by_role("status").first.inner_text()
    assert "envoyée en retard" in main.inner_text()
    answers = main.locator(".response-answers")
    assert DELAY_CAUSE in answers.inner_text()
    assert "12,5" in answers.inner_text()
    assert main.get_by_role("textbox").count() == 0
    assert main.get_by_role("button", name="Envoyer").count() == 0
    submitted = the_response(campaign, project)
    assert submitted.status == ResponseStatus.SUBMITTED and submitted.is_late
    assert submitted.data["causes_retard"] == DELAY_CAUSE
    assert axe_violations(page) == []
    page.goto(site.url + "/admin/")
    assert "Aucun formulaire d'évaluation n'attend votre équipe." in page.inner_text("main")
    assert csp_violations(page, console) == []


def test_the_campaign_form_works_without_javascript(browser, site):
    """Every question is on the page; the conditional one says when to fill it; the server
    decides: required when its condition holds, dropped when it does not."""
    project = ProjectPage.objects.get(code=PROJECT)
    campaign = Campaign.objects.get(name=CAMPAIGN)
    context = browser.new_context(locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        log_in(page, site, TEAM)
        open_due_form_from_dashboard(page, site, campaign=campaign, project=project)
        delay = question(page, DELAY)
        assert delay.is_visible()
        note = delay.locator(".condition-note")
        assert note.inner_text() == (
            f"À remplir seulement si vous avez répondu « En retard » à « {SCHEDULE} »."
        )
        assert (
            note.get_attribute("id")
            in page.get_by_label(DELAY).get_attribute("aria-describedby").split()
        )
        assert axe_violations_without_javascript(page) == []

        # The condition holds and the question is empty: the server asks for it.
        group(page, SCHEDULE).get_by_label("En retard").check()
        group(page, AUTONOMY).get_by_label("3", exact=True).check()
        group(page, PARTNERS).get_by_label("Non").check()
        send(page, "Envoyer")
        assert "1 erreur à corriger" in page.get_by_role("alert").inner_text()
        assert "Répondez à cette question." in delay.locator(".field-error").inner_text()
        assert group(page, AUTONOMY).get_by_label("3", exact=True).is_checked()
        assert axe_violations_without_javascript(page) == []

        # The condition no longer holds: the answer typed in the question is dropped.
        page.get_by_label(DELAY).fill(DELAY_CAUSE)
        group(page, SCHEDULE).get_by_label("Dans les temps").check()
        send(page, "Envoyer")
        answers = page.locator("main .response-answers")
        assert "Dans les temps" in answers.inner_text()
        assert DELAY_CAUSE not in page.inner_text("main")
        submitted = the_response(campaign, project)
        assert submitted.status == ResponseStatus.SUBMITTED
        assert "causes_retard" not in submitted.data
        assert axe_violations_without_javascript(page) == []
    finally:
        context.close()


# --------------------------------------------------------------------------- indicators
def test_a_team_value_with_parts_is_flagged_approved_and_published(browser, page, site):
    """« 12,5 » typed the French way, gender parts adding up to 11: the value is flagged,
    submitted, approved from the programme team's queue, then counted on the project page."""
    project = ProjectPage.objects.get(code=PROJECT)
    console = watch_csp(page)
    public_before = public_figure(page, site, project, "Participations")
    log_in(page, site, TEAM)
    page.get_by_role("navigation").get_by_role("link", name="Indicateurs").click()
    page.wait_for_url("**/admin/indicateurs/")
    page.get_by_role("link", name=project.title).click()
    page.wait_for_url(f"**/admin/indicateurs/projets/{project.pk}/")
    assert axe_violations(page) == []

    participations = page.get_by_role("region", name=re.compile(r"^Participations"))
    participations.get_by_role("link", name=re.compile("^Déclarer")).first.click()
    page.wait_for_url("**/periodes/**")
    assert axe_violations(page) == []

    page.get_by_label("Valeur (nombre)").fill("douze")
    send(page, "Enregistrer le brouillon")
    value_field = page.get_by_label("Valeur (nombre)")
    assert value_field.get_attribute("aria-invalid") == "true"
    assert page.get_by_role("alert").is_visible()
    assert axe_violations(page) == []

    value_field.fill("12,5")
    gender = page.get_by_role("group", name="Ventilation : Genre")
    gender.get_by_label("Femmes").fill("8")
    gender.get_by_label("Hommes").fill("3")
    page.get_by_label("Commentaire").fill("Feuilles d'émargement de l'atelier du samedi.")
    send(page, "Enregistrer le brouillon")
    flags = page.locator(".indicator-flags")
    assert flags.inner_text() == "Les parts « genre » totalisent 11, la valeur est 12,5."
    assert page.get_by_label("Valeur (nombre)").input_value() == "12,5", "resumed as typed"
    assert axe_violations(page) == []

    send(page, "Soumettre à l'équipe du programme")
    assert (
        "Valeur soumise à l'équipe du programme." in page.get_by_role("status").first.inner_text()
    )
    submitted = IndicatorValue.objects.get(project=project, status=ValueStatus.SUBMITTED)
    assert str(submitted.value.normalize()) == "12.5"
    assert page.get_by_role("button", name="Soumettre à l'équipe du programme").count() == 0
    assert axe_violations(page) == []
    assert public_figure(page, site, project, "Participations") == public_before, (
        "a submitted value never reaches the public"
    )

    reviewer_context = browser.new_context(locale="fr-FR")
    reviewer = reviewer_context.new_page()
    reviewer.set_default_timeout(15_000)
    reviewer_console = watch_csp(reviewer)
    try:
        log_in(reviewer, site, PROGRAMME_TEAM)
        queue_panel = reviewer.get_by_role("region", name=re.compile("Valeurs d'indicateurs"))
        queue_panel.get_by_role("link", name="Toutes les valeurs à valider").click()
        reviewer.wait_for_url("**/admin/indicateurs/a-valider/")
        assert axe_violations(reviewer) == []
        reviewer.get_by_role("link", name=f"Examiner « Participations » de {project.title}").click()
        reviewer.wait_for_url(f"**/admin/indicateurs/valeurs/{submitted.pk}/examen/")
        assert (
            "Les parts « genre » totalisent 11" in reviewer.locator(".indicator-flags").inner_text()
        )
        assert axe_violations(reviewer) == []
        reviewer.get_by_label("Valider la valeur").check()
        reviewer.get_by_role("button", name="Enregistrer la décision").click()
        reviewer.wait_for_url("**/admin/indicateurs/a-valider/")
        assert "Valeur validée." in reviewer.get_by_role("status").first.inner_text()
        assert axe_violations(reviewer) == []
        assert csp_violations(reviewer, reviewer_console) == []
    finally:
        reviewer_context.close()

    submitted.refresh_from_db()
    assert submitted.status == ValueStatus.APPROVED and submitted.is_current
    assert public_figure(page, site, project, "Participations") == public_before + 12.5
    assert axe_violations(page) == []
    assert csp_violations(page, console) == []


def public_figure(page, site, project, indicator_name: str) -> float:
    """The figure the public project page shows for an indicator (French number format)."""
    page.goto(site.url + project.url)
    row = (
        page.locator("section.indicators-section")
        .get_by_role("row")
        .filter(has=page.get_by_role("rowheader", name=indicator_name, exact=True))
    )
    text = row.get_by_role("cell").first.inner_text()
    number = re.search(r"[\d\s\u202f\u00a0]+(,\d+)?", text).group(0)
    return float(re.sub(r"[\s\u202f\u00a0]", "", number).replace(",", "."))
