"""Browser journeys of a campaign in the admin, in Chromium with axe-core at zero: a team
fills its form (an error, a conditional question shown live, a draft saved and resumed, then
sent); the programme team follows completion and reads the results."""

import datetime as dt
import re

import pytest

from evaluation.campaigns.models import Response, ResponseStatus
from tests.browser.conftest import axe_violations, browser  # noqa: F401 (fixture)
from tests.conftest import member_of
from tests.factories.accounts import PASSWORD
from tests.factories.campaigns import campaign_for, submitted_response

pytestmark = pytest.mark.browser


@pytest.fixture
def tab(browser, live_server, transactional_db):  # noqa: F811
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def violations(tab) -> list[dict]:
    """axe-core once Wagtail's messages have finished sliding in (mid-animation, their text
    is measured against a half-transparent background)."""
    tab.wait_for_timeout(800)
    return axe_violations(tab)


def log_in(tab, live_server, user) -> None:
    tab.goto(live_server.url + "/admin/login/")
    tab.fill("#id_username", user.username)
    tab.fill("#id_password", PASSWORD)
    tab.locator("button[type=submit]").first.click()
    tab.wait_for_url("**/admin/")


def campaign_open_today(programme, **fields):
    today = dt.date.today()
    return campaign_for(
        programme,
        opens_on=today - dt.timedelta(days=10),
        due_on=today + dt.timedelta(days=20),
        **fields,
    )


def test_a_team_fills_its_campaign_form(tab, live_server, programme, project):
    member = member_of(project)
    campaign = campaign_open_today(programme, name="Bilan du trimestre")
    log_in(tab, live_server, member)

    panel = tab.locator("section.due-forms")
    assert "Formulaires à remplir (1)" in panel.inner_text()
    assert violations(tab) == []
    panel.get_by_role("link", name=re.compile(project.title)).click()
    tab.wait_for_url(f"**/admin/evaluation/campagnes/{campaign.pk}/projets/{project.pk}/")

    why = tab.get_by_label("Pourquoi l'objectif n'est-il pas atteint ?")
    assert why.is_hidden(), "hidden until its condition holds"
    tab.get_by_role("group", name="Objectif atteint ?").get_by_label("Non").check()
    assert why.is_visible()
    why.fill("Le local a fermé deux mois.")
    tab.get_by_label("Quels freins ?").fill("Le transport")
    tab.get_by_role("button", name="Envoyer").click()

    summary = tab.get_by_role("alert")
    assert "Répondez à cette question." in summary.inner_text()
    assert tab.get_by_label("Quels freins ?").input_value() == "Le transport"
    assert why.input_value() == "Le local a fermé deux mois."
    assert violations(tab) == []

    tab.get_by_role("button", name="Enregistrer le brouillon").click()
    tab.wait_for_load_state()
    assert "Brouillon enregistré" in tab.locator("body").inner_text()
    tab.reload()
    assert tab.get_by_label("Quels freins ?").input_value() == "Le transport"
    assert why.is_visible() and why.input_value() == "Le local a fermé deux mois."

    tab.get_by_label("Combien de personnes avez-vous accompagnées ?").fill("14")
    tab.get_by_role("button", name="Envoyer").click()
    tab.wait_for_load_state()
    assert "Réponse envoyée. Merci !" in tab.locator("body").inner_text()
    response = Response.objects.get(campaign=campaign, project=project)
    assert response.status == ResponseStatus.SUBMITTED
    assert response.data["pourquoi"] == "Le local a fermé deux mois."
    assert tab.get_by_role("button", name="Envoyer").count() == 0
    assert violations(tab) == []


def test_the_programme_team_follows_and_reads_results(
    tab, live_server, programme, project, other_project
):
    member_of(project, email="equipe-a@example.org")
    campaign = campaign_open_today(programme, name="Bilan du trimestre")
    submitted_response(campaign, other_project, {"personnes": 9, "public": "jeunes"})
    log_in(tab, live_server, member_of(programme, "programme_team"))

    tab.goto(f"{live_server.url}/admin/evaluation/campagnes/{campaign.pk}/suivi/")
    assert "1 sur 2 projets" in tab.locator("main").inner_text()
    assert violations(tab) == []
    tab.get_by_label(project.title).check()
    tab.get_by_role("button", name="Relancer les projets cochés").click()
    tab.wait_for_load_state()
    assert "déjà relancé aujourd'hui" in tab.locator("main").inner_text()

    tab.locator("main").get_by_role("link", name="Résultats", exact=True).click()
    tab.wait_for_url("**/resultats/")
    assert "1 réponse envoyée" in tab.locator("main").inner_text()
    assert violations(tab) == []
