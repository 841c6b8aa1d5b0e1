"""The English site (/en/) shows the section pages' English words, never their French ones;
the French site is unchanged."""

import re
from html import unescape

import pytest
from django.utils import translation
from wagtail.models import Site

from cms.models import HomePage, SiteTheme, StandardPage
from cms.services.site import ensure_site_structure
from commons.programmes.models import ProjectIndexPage
from commons.publishing.localized import localized_value

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]

ENGLISH_NAVIGATION = ["Projects", "Resources", "Programmes", "About"]
FRENCH_NAVIGATION = ["Projets", "Ressources", "Programmes", "À propos"]

# French words of the catalogue's navigation and heading msgids: none may be left on /en/.
FRENCH_MSGIDS = [
    "Projets",
    "À propos",
    "Accessibilité",
    "Ressources",
    "Les communs de la médiation numérique",
    "Navigation principale",
    "Aller au contenu",
]

ENGLISH_PAGES = {
    "/en/": ("Commons", "The commons of digital mediation: projects"),
    "/en/projets/": ("Projects", "The projects supported by the programmes"),
    "/en/programmes/": ("Programmes", "Calls for projects and incubators"),
    "/en/a-propos/": ("About", "A commons for digital mediation"),
    "/en/accessibilite/": ("Accessibility", "partially compliant"),
}

FRENCH_PAGES = {
    "/": ("Commons", "Les communs de la médiation numérique : projets"),
    "/projets/": ("Projets", "Les projets accompagnés par les programmes"),
    "/programmes/": ("Programmes", "Appels à projets et incubateurs"),
    "/a-propos/": ("À propos", "Un commun pour la médiation numérique"),
    "/accessibilite/": ("Accessibilité", "partiellement conforme"),
}


def _html(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return unescape(response.content.decode())


def _element(html: str, tag: str) -> str:
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", html, re.S)
    assert match, tag
    return match.group(1)


def _text(fragment: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())


def _main_nav(html: str) -> str:
    match = re.search(r'<nav class="site-nav"[^>]*>(.*?)</nav>', html, re.S)
    assert match
    return match.group(0)


def _navigation(html: str) -> list[str]:
    nav = _main_nav(html)
    return [_text(item) for item in re.findall(r"<li>(.*?)</li>", nav, re.S)]


@pytest.mark.parametrize(("path", "words"), ENGLISH_PAGES.items())
def test_english_pages_show_english_words(client, path, words):
    heading, text = words
    html = _html(client, path)
    assert _text(_element(html, "h1")) == heading
    assert _text(_element(html, "title")).startswith(heading)
    assert text in _text(_element(html, "main"))
    assert _navigation(html) == ENGLISH_NAVIGATION
    assert "The commons of digital mediation" in _text(_element(html, "header"))


@pytest.mark.parametrize(("path", "words"), FRENCH_PAGES.items())
def test_french_pages_are_unchanged(client, path, words):
    heading, text = words
    html = _html(client, path)
    assert _text(_element(html, "h1")) == heading
    assert _text(_element(html, "title")).startswith(heading)
    assert text in _text(_element(html, "main"))
    assert _navigation(html) == FRENCH_NAVIGATION
    assert "Les communs de la médiation numérique" in _text(_element(html, "header"))


@pytest.mark.parametrize("path", ENGLISH_PAGES)
def test_no_french_msgid_in_the_english_header_navigation_or_heading(client, path):
    html = _html(client, path)
    shown = " | ".join(
        [
            _text(_element(html, "header")),
            _main_nav(html),
            _text(_element(html, "h1")),
            _text(_element(html, "title")),
        ]
    )
    for french in FRENCH_MSGIDS:
        assert french not in shown, (path, french)


def test_an_empty_english_field_falls_back_to_french(client):
    about = StandardPage.objects.get(slug="a-propos")
    about.title_en = ""
    about.intro_en = ""
    about.save_revision().publish()
    html = _html(client, "/en/a-propos/")
    assert _text(_element(html, "h1")) == "À propos"
    assert "Ce qu'est Commons" in html
    assert "A commons for digital mediation" in html  # the English body is still there
    with translation.override("fr"):
        assert localized_value(about, "title") == "À propos"


def test_the_english_tagline_falls_back_to_the_french_one(client):
    theme = SiteTheme.for_site(Site.objects.get(is_default_site=True))
    theme.tagline_en = ""
    theme.save()
    assert "Les communs de la médiation numérique" in _text(
        _element(_html(client, "/en/"), "header")
    )


def test_site_structure_fills_empty_english_fields_and_keeps_editors_words():
    projects = ProjectIndexPage.objects.get()
    projects.title_en = ""
    projects.intro_en = "Every project, documented."
    projects.save_revision().publish()
    HomePage.objects.update(title_en="")
    StandardPage.objects.filter(slug="accessibilite").update(body_en=[])

    ensure_site_structure()
    ensure_site_structure()

    projects.refresh_from_db()
    assert projects.title_en == "Projects"
    assert projects.intro_en == "Every project, documented."
    assert HomePage.objects.get().title_en == "Commons"
    accessibility = StandardPage.objects.get(slug="accessibilite")
    assert accessibility.body_en[0].value == "Compliance status"
    assert StandardPage.objects.filter(slug="a-propos").count() == 1
