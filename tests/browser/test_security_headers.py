"""No page breaks its Content-Security-Policy: every public page type and the admin's edit
page raise no securitypolicyviolation event (nor console error about the policy), and the
admin still works under its policy (log in, edit, save a draft)."""

import re

from commons.demo.loader import DEMO_PASSWORD
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.resources.models import LessonPage, ResourcePage
from tests.browser.conftest import csp_violations, watch_csp


def public_urls() -> dict[str, str]:
    resource = ResourcePage.objects.live().order_by("path").first()
    project = ProjectPage.objects.live().get(code="TRANSISTOR-01")
    return {
        "accueil": "/",
        "projets": "/projets/",
        "programmes": "/programmes/",
        "programme": ProgrammePage.objects.live().order_by("path").first().url,
        "projet": project.url,
        "label du projet": project.url + "label/",
        "ressource": resource.url,
        "historique": resource.url + "historique/",
        "leçon": LessonPage.objects.live().order_by("path").first().url,
        "bibliothèque": "/ressources/?type=resource",
        "modifications récentes": "/modifications-recentes/",
        "page standard": "/a-propos/",
        "anglais": "/en/projets/",
        "introuvable": "/nulle-part/",
    }


def test_public_pages_raise_no_csp_violation(page, site):
    console = watch_csp(page)
    seen = {}
    for name, url in public_urls().items():
        response = page.goto(site.url + url)
        assert "unsafe-inline" not in response.headers["content-security-policy"], name
        page.wait_for_load_state("load")
        seen[name] = csp_violations(page, console)
        console.clear()
    assert seen == {name: [] for name in seen}

    # The watch itself works: a style attribute is refused and reported.
    page.evaluate("() => document.body.setAttribute('style', 'color: red')")
    page.wait_for_timeout(200)
    assert any("style-src" in violation for violation in csp_violations(page, console))


def test_admin_edit_page_works_under_its_policy(page, site):
    console = watch_csp(page)
    page.goto(site.url + "/admin/login/")
    assert csp_violations(page, console) == [], "\n".join(csp_violations(page, console))
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/admin/$"))
    assert csp_violations(page, console) == [], "\n".join(csp_violations(page, console))

    resource = ResourcePage.objects.live().order_by("path").first()
    response = page.goto(f"{site.url}/admin/pages/{resource.pk}/edit/")
    policy = dict(
        part.strip().split(" ", 1)
        for part in response.headers["content-security-policy"].split(";")
    )
    assert policy["script-src"].startswith("'self' 'sha256-")
    assert "unsafe" not in policy["script-src"]
    page.wait_for_load_state("networkidle")
    page.locator("#id_summary").fill("Résumé revu sous une politique de sécurité stricte.")
    page.locator(
        "button[name=action-draft], button[type=submit]:has-text('Enregistrer')"
    ).first.click()
    page.wait_for_load_state("networkidle")
    page.wait_for_url(re.compile(rf".*/admin/pages/{resource.pk}/edit/$"))
    saved = ResourcePage.objects.get(pk=resource.pk).get_latest_revision()
    assert "stricte" in saved.content["summary"]
    assert csp_violations(page, console) == [], "\n".join(csp_violations(page, console))
