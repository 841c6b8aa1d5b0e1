"""An anonymous person answers a public questionnaire on a 375 px phone screen, in a real
Chromium: an error first, then the thanks; no cookie, no horizontal scroll, no broken
Content-Security-Policy, zero WCAG A/AA violations (axe-core) on each page."""

import pytest

from commons.programmes.models import ProjectPage
from evaluation.campaigns.models import Response
from tests.browser.conftest import axe_violations, csp_violations, watch_csp
from tests.factories.public_questionnaires import public_link

pytestmark = pytest.mark.browser
FITS = "() => document.documentElement.scrollWidth <= window.innerWidth"


def test_a_person_answers_on_a_phone_without_any_cookie(page, site):
    project = ProjectPage.objects.live().order_by("path").first()
    link = public_link(project=project)
    console = watch_csp(page)
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto(f"{site.url}/questionnaires/{link.token}/")
    assert page.get_by_role("heading", name="Information sur l'utilisation des données")
    assert page.evaluate(FITS)
    assert axe_violations(page) == []

    page.get_by_label("Souvent").check()
    page.get_by_label("Un commentaire ?").fill("Merci pour l'atelier")
    page.get_by_role("button", name="Envoyer mes réponses").click()
    page.wait_for_load_state()
    summary = page.get_by_role("alert")
    assert "1 erreur à corriger" in summary.inner_text()
    assert page.get_by_label("Souvent").is_checked()
    assert page.get_by_label("Un commentaire ?").input_value() == "Merci pour l'atelier"
    assert page.evaluate(FITS)
    assert axe_violations(page) == []

    page.get_by_label("4", exact=True).check()
    page.get_by_role("button", name="Envoyer mes réponses").click()
    page.wait_for_url(f"**/questionnaires/{link.token}/merci/**")
    assert page.get_by_role("heading", name="Merci pour vos réponses !")
    assert axe_violations(page) == []
    assert page.context.cookies() == []
    assert csp_violations(page, console) == []
    stored = Response.objects.get(public_link=link)
    assert stored.data["commentaire"] == "Merci pour l'atelier"
