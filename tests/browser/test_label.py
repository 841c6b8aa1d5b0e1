"""A project team member fills a label self-assessment in the admin and publishes it; the
public project page then shows the level; the Label section and progression page pass axe."""

from commons.demo.loader import DEMO_PASSWORD
from commons.label.models import LabelAssessment
from commons.programmes.models import ProjectPage
from tests.browser.conftest import axe_violations


def test_team_member_publishes_a_self_assessment_seen_on_the_public_page(page, site):
    project = ProjectPage.objects.get(code="TRANSISTOR-01")
    published_before = LabelAssessment.objects.filter(project=project, state="published").count()

    page.goto(site.url + "/admin/login/")
    page.fill("#id_username", "equipe-transistor-01")
    page.fill("#id_password", DEMO_PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.wait_for_url("**/admin/")

    page.goto(f"{site.url}/admin/label/projets/{project.pk}/")
    page.get_by_role("button", name="Nouvelle auto-évaluation").click()
    page.wait_for_url("**/admin/label/auto-evaluations/**")

    involvement = page.locator("#exigence-codesign-1-involvement")
    involvement.get_by_label("Statut").select_option("achieved")
    involvement.get_by_label("Lien vers la preuve").fill("https://example.org/ateliers-usagers")
    governance = page.locator("#exigence-codesign-2-governance")
    governance.get_by_label("Statut").select_option("achieved")
    governance.get_by_label("Preuve rédigée").fill(
        "Un comité d'usagers se réunit chaque trimestre."
    )
    page.get_by_label("Date de l'auto-évaluation").fill("2026-02-02")
    page.get_by_role("button", name="Enregistrer et publier").click()
    page.wait_for_url(f"**/admin/label/projets/{project.pk}/")
    assert (
        LabelAssessment.objects.filter(project=project, state="published").count()
        == published_before + 1
    )

    page.goto(site.url + project.url)
    section = page.locator("section.label-section")
    assert section.get_by_role("heading", name="Label Numérique en Commun[s]").is_visible()
    assert f"Auto-évaluation n° {published_before + 1}" in section.inner_text()
    codesign_row = section.get_by_role("row").filter(has_text="Co-design")
    assert "Niveau 2" in codesign_row.inner_text()
    assert axe_violations(page) == []

    section.get_by_role("link", name="Progression du projet sur les critères du label").click()
    page.wait_for_url("**/label/")
    assert page.get_by_role("img", name="Progression : Co-design").is_visible()
    assert axe_violations(page) == []
