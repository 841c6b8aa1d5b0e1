"""A project team member in Wagtail's admin at 1366 px: the editor's actions read on one line."""

from commons.demo.loader import DEMO_PASSWORD
from commons.programmes.models import ProjectPage

LINES_OF_TEXT = """el => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set();
    for (const rect of range.getClientRects()) {
        if (rect.width > 0 && rect.height > 0) tops.add(Math.round(rect.top));
    }
    return tops.size;
}"""


def log_in(page, site, username):
    page.goto(site.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def test_submit_for_moderation_reads_on_one_line_at_1366(page, site):
    page.set_viewport_size({"width": 1366, "height": 900})
    project = ProjectPage.objects.get(code="TRANSISTOR-01")
    log_in(page, site, "equipe-transistor-01")

    page.goto(f"{site.url}/admin/pages/{project.pk}/edit/")
    page.locator("footer .w-dropdown__toggle").first.click()
    submit = page.locator("footer button[name=action-submit]")
    submit.wait_for(state="visible")
    page.wait_for_timeout(400)  # the menu's opening transition

    assert "Soumettre" in submit.inner_text()
    assert submit.evaluate(LINES_OF_TEXT) == 1
    box = submit.bounding_box()
    save_box = page.locator("footer button.action-save").bounding_box()
    assert box["height"] <= save_box["height"] + 1
    assert submit.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert box["x"] + box["width"] <= 1366
