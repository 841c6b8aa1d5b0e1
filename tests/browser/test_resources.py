"""Journeys around a resource: a visitor downloads and rates it; a team edits it, the programme
team approves, and the public history shows the change. Every public page: zero WCAG A/AA."""

import re

from commons.engagement.models import ResourceFeedback, UsageCount
from commons.resources.models import LessonPage, ResourcePage
from commons.resources.selectors import resource_files
from commons.taxonomies import UsageKind
from tests.browser.conftest import axe_violations

PASSWORD = "commons-demo"


def first_resource() -> ResourcePage:
    return ResourcePage.objects.live().filter(tagged_items__isnull=False).order_by("path").first()


def test_visitor_downloads_and_rates_a_resource(page, site):
    resource = first_resource()
    document = resource_files(resource)[0].document
    before = sum(
        UsageCount.objects.filter(page=resource, kind=UsageKind.DOWNLOAD).values_list(
            "count", flat=True
        )
    )
    page.goto(site.url + resource.url)
    assert page.locator("h1").inner_text() == resource.title
    assert axe_violations(page) == []

    with page.expect_download() as download:
        page.locator(".file-link a").first.click()
    assert download.value.suggested_filename.startswith(document.filename.split(".")[0][:10])
    after = sum(
        UsageCount.objects.filter(page=resource, kind=UsageKind.DOWNLOAD).values_list(
            "count", flat=True
        )
    )
    assert after == before + 1

    page.get_by_label("Très utile").check()
    page.get_by_label("Commentaire (facultatif)").fill("Parfait pour nos ateliers du mardi.")
    page.get_by_role("button", name="Envoyer mon avis").click()
    assert page.get_by_text("Merci pour votre avis").is_visible()
    assert ResourceFeedback.objects.filter(
        page=resource, comment="Parfait pour nos ateliers du mardi."
    ).exists()
    assert (
        page.get_by_text("Parfait pour nos ateliers du mardi.").count() == 0
    )  # not before moderation
    assert axe_violations(page) == []


def log_in(page, site, username: str) -> None:
    page.goto(site.url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/admin/$"))


def test_team_edits_programme_approves_history_shows_the_change(browser, site):
    resource = first_resource()
    new_summary = "Un guide revu avec les retours des bénévoles des trois maisons de quartier."

    team = browser.new_context(locale="fr-FR").new_page()
    log_in(team, site, "equipe-transistor-01")
    team.goto(f"{site.url}/admin/pages/{resource.pk}/edit/")
    team.locator("#id_summary").fill(new_summary)
    team.locator("#id_change_summary").fill("Résumé enrichi après les permanences")
    team.get_by_role("button", name="Plus d'actions").click()
    team.locator("button[name=action-submit]").click()
    team.wait_for_url(re.compile(r".*/admin/pages/\d+/(edit/)?$"))
    resource.refresh_from_db()
    assert resource.summary != new_summary, "not public before approval"

    reviewer = browser.new_context(locale="fr-FR").new_page()
    log_in(reviewer, site, "equipe-transistor")
    reviewer.goto(f"{site.url}/admin/pages/{resource.pk}/edit/")
    reviewer.get_by_role("button", name="Plus d'actions").click()
    reviewer.get_by_role("button", name=re.compile("^Approuver")).first.click()
    dialog_submit = reviewer.locator(".modal button[type=submit]")
    if dialog_submit.count():
        dialog_submit.first.click()
    reviewer.wait_for_load_state("networkidle")
    resource.refresh_from_db()
    assert resource.summary == new_summary

    visitor = browser.new_context(locale="fr-FR").new_page()
    visitor.goto(site.url + resource.url + "historique/")
    assert visitor.get_by_text("Résumé enrichi après les permanences").is_visible()
    assert axe_violations(visitor) == []
    visitor.get_by_role("button", name="Comparer les deux versions choisies").click()
    assert "des trois maisons" in " ".join(visitor.locator("ins").all_inner_texts())
    assert axe_violations(visitor) == []


def test_library_lesson_and_recent_changes_are_accessible(page, site):
    page.goto(site.url + "/ressources/")
    assert axe_violations(page) == []
    page.get_by_label("Type").select_option("lesson")
    page.get_by_role("button", name="Appliquer").click()
    page.locator(".card__title a").first.click()
    assert LessonPage.objects.filter(title=page.locator("h1").inner_text()).exists()
    assert axe_violations(page) == []
    page.goto(site.url + "/modifications-recentes/")
    assert axe_violations(page) == []
