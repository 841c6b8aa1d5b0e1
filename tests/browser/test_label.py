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


# --------------------------------------------------------------------------- issue 9
def log_in(page, site, username: str) -> None:
    page.goto(site.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


IN_VIEWPORT = """(element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
}"""


SCROLLER = """() => {
    let node = document.querySelector('.label-admin fieldset').parentElement;
    while (node && node !== document.body) {
        const style = getComputedStyle(node);
        if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) break;
        node = node.parentElement;
    }
    window.__scroller = node && node !== document.body ? node : document.scrollingElement;
}"""


def test_the_long_self_assessment_keeps_its_actions_in_view(page, site):
    """Item 2: the 'Enregistrer le brouillon' and 'Enregistrer et publier' buttons are in
    the window at the top, the middle and the end of the form (sticky action bar)."""
    page.set_viewport_size({"width": 1366, "height": 768})
    project = ProjectPage.objects.get(code="TRANSISTOR-01")
    log_in(page, site, "equipe-transistor-01")
    page.goto(f"{site.url}/admin/label/projets/{project.pk}/")
    assert page.get_by_role("heading", name="À corriger, exigence par exigence").is_visible()
    assert "-1-" not in page.locator("ul.label-corrections").inner_text(), "statements, not codes"
    assert axe_violations(page) == []

    page.locator("form[action$='/auto-evaluation/'] button").click()
    page.wait_for_url("**/admin/label/auto-evaluations/**")
    # the admin scrolls its content in a container, not the window: find it
    page.evaluate(SCROLLER)
    height, inner = page.evaluate("() => [window.__scroller.scrollHeight, window.innerHeight]")
    assert height > 3 * inner, "a long form: the point of the sticky bar"
    save = page.get_by_role("button", name="Enregistrer le brouillon")
    publish = page.get_by_role("button", name="Enregistrer et publier")
    for fraction in (0, 0.5, 1):
        page.evaluate(
            f"() => window.__scroller.scrollTo(0, {fraction} * window.__scroller.scrollHeight)"
        )
        assert page.evaluate("() => window.__scroller.scrollTop > 0") == (fraction > 0)
        assert save.evaluate(IN_VIEWPORT), f"save button out of view at {fraction:.0%}"
        assert publish.evaluate(IN_VIEWPORT), f"publish button out of view at {fraction:.0%}"
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert axe_violations(page) == []


def test_the_programme_matrix_is_not_cut_off_at_1366_px(page, site):
    """Item 4: the matrix scrolls inside its own focusable region; the page does not overflow;
    the last column header can be brought into view."""
    page.set_viewport_size({"width": 1366, "height": 768})
    log_in(page, site, "equipe-transistor")
    assert page.get_by_role("heading", name="À traiter pour vos programmes").is_visible()
    assert axe_violations(page) == []

    programme = ProjectPage.objects.get(code="TRANSISTOR-01").get_parent()
    page.goto(f"{site.url}/admin/label/programmes/{programme.pk}/")
    region = page.locator(".label-matrix-scroll")
    assert region.get_attribute("tabindex") == "0"
    assert page.get_by_role("region", name="Niveau atteint par critère").count() == 1
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    region.focus()
    assert page.evaluate("() => document.activeElement.classList.contains('label-matrix-scroll')")
    page.keyboard.press("End")  # the region scrolls from the keyboard
    region.evaluate("(element) => { element.scrollLeft = element.scrollWidth; }")
    last = page.locator(".label-matrix thead th").last
    assert last.inner_text().strip() == "Demande de label"
    visible = page.evaluate(
        """() => {
            const region = document.querySelector('.label-matrix-scroll').getBoundingClientRect();
            const header = [...document.querySelectorAll('.label-matrix thead th')].pop()
                .getBoundingClientRect();
            return header.left >= region.left - 1 && header.right <= region.right + 1
                && header.right <= window.innerWidth;
        }"""
    )
    assert visible, "the last column header is reachable by scrolling the matrix"
    assert axe_violations(page) == []
