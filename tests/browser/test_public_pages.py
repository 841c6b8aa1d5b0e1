"""A visitor browses the public site in a real browser; each page has zero WCAG 2.1 A/AA violations."""

from commons.programmes.models import ProjectPage
from tests.browser.conftest import axe_violations


def test_visitor_goes_from_home_to_a_project_and_every_page_is_accessible(page, site):
    page.goto(site.url + "/")
    assert page.locator("h1").inner_text() == "Commons"
    assert axe_violations(page) == []

    page.get_by_role("navigation", name="Navigation principale").get_by_role(
        "link", name="Projets"
    ).click()
    page.wait_for_url("**/projets/")
    assert axe_violations(page) == []

    page.get_by_label("Thématique", exact=True).select_option("itinerancy")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**theme=itinerancy**")
    first_card = page.locator(".card__title a").first
    title = first_card.inner_text()
    assert ProjectPage.objects.get(title=title).themes.filter(code="itinerancy").exists()
    assert axe_violations(page) == []

    first_card.click()
    assert page.locator("h1").inner_text() == title
    assert page.get_by_role("heading", name="Objectifs").is_visible()
    assert axe_violations(page) == []


def test_keyboard_user_can_skip_to_content_and_switch_to_english(page, site):
    page.goto(site.url + "/a-propos/")
    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert axe_violations(page) == []

    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/a-propos/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert axe_violations(page) == []
