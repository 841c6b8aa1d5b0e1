"""After sending a rating or a report, the thanks and the errors appear where the person is:
in the viewport, announced (status / alert), and named by the address's fragment."""

from commons.engagement.models import ResourceFeedback, ResourceReport
from tests.browser.conftest import axe_violations
from tests.browser.test_resources import first_resource

IN_VIEWPORT = """element => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
}"""


def in_viewport(locator) -> bool:
    return locator.evaluate(IN_VIEWPORT)


def test_errors_then_thanks_of_a_rating_are_in_view(page, site):
    resource = first_resource()
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto(site.url + resource.url)
    page.get_by_role("button", name="Envoyer mon avis").click()
    page.wait_for_load_state()
    assert page.url.endswith("#avis-formulaire")
    summary = page.locator("#avis-erreurs")
    assert summary.get_attribute("role") == "alert"
    assert "Choisissez une réponse" in summary.inner_text()
    assert in_viewport(summary)
    summary.get_by_role("link").first.click()
    assert page.evaluate("() => document.activeElement.id") == "id_avis-rating_0"
    assert axe_violations(page) == []

    page.get_by_label("Utile", exact=True).check()
    page.get_by_role("button", name="Envoyer mon avis").click()
    page.wait_for_url("**?merci=avis#avis-merci")
    thanks = page.get_by_text("Merci pour votre avis")
    assert in_viewport(thanks)
    assert thanks.locator("xpath=..").get_attribute("role") == "status"
    assert ResourceFeedback.objects.filter(page=resource, rating=3).exists()
    assert axe_violations(page) == []


def test_thanks_of_a_report_is_in_view(page, site):
    resource = first_resource()
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto(site.url + resource.url)
    page.get_by_text("Contenu inapproprié, obsolète, erroné ou en doublon ?").click()
    page.get_by_role("button", name="Envoyer le signalement").click()
    page.wait_for_load_state()
    assert page.url.endswith("#signaler-formulaire")
    assert in_viewport(page.locator("#signaler-erreurs"))

    page.locator("input[name=reason]").first.check()
    page.get_by_role("button", name="Envoyer le signalement").click()
    page.wait_for_url("**?merci=signalement#signaler-merci")
    thanks = page.locator("#signaler-merci")
    assert in_viewport(thanks)
    assert thanks.locator("xpath=..").get_attribute("aria-live") == "polite"
    assert ResourceReport.objects.filter(page=resource).exists()
    assert axe_violations(page) == []
