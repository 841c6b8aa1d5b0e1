"""Browser journey of a campaign in the admin, in Chromium with axe-core at zero: the
programme team follows completion, reminds a project and reads the results. (A team filling
its form is walked on the demo in test_evaluation.py.)"""

import datetime as dt

import pytest

from tests.browser.conftest import axe_violations
from tests.conftest import member_of
from tests.factories.accounts import PASSWORD
from tests.factories.campaigns import campaign_for, submitted_response

pytestmark = pytest.mark.browser


@pytest.fixture
def tab(browser, live_server, transactional_db):
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
