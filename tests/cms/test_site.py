from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Site

from cms.colours import contrast_ratio, validate_text_colour_on_white
from cms.models import HomePage, SiteTheme, StandardPage
from commons.directory.models import ThemeTerm
from commons.taxonomies import Theme
from tests.factories.pages import ProjectPageFactory, ResourcePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]


@pytest.mark.parametrize(
    "path", ["/", "/projets/", "/programmes/", "/a-propos/", "/accessibilite/"]
)
def test_public_sections_are_served(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert 'href="#contenu"' in html  # skip link
    assert "Accessibilité : partiellement conforme" in unescape(html)


def test_home_page_shows_figures_and_themes(client, programme):
    ProjectPageFactory(parent=programme, themes=ThemeTerm.for_codes([Theme.ITINERANCY]))
    html = unescape(client.get("/").content.decode())
    assert "Projets par thématique" in html
    assert "/projets/?theme=itinerancy" in html


def test_english_switch_translates_the_interface(client):
    french = client.get("/projets/?theme=itinerancy").content.decode()
    assert 'href="/en/projets/?theme=itinerancy" lang="en"' in french
    html = client.get("/en/projets/?theme=itinerancy").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to content" in html
    assert 'href="/projets/?theme=itinerancy" lang="fr"' in html


def test_public_pages_set_no_cookie(client, project):
    resource = ResourcePageFactory(parent=project)
    for url in ("/", "/projets/", project.url, resource.url, "/ressources/"):
        response = client.get(url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/140.0")
        assert response.status_code == 200
        assert not response.cookies, (url, list(response.cookies))


def test_theme_colours_must_be_readable_on_white():
    assert round(contrast_ratio("#767676", "#ffffff"), 1) == 4.5
    validate_text_colour_on_white("#1d4f91")
    with pytest.raises(ValidationError, match="Contraste insuffisant"):
        validate_text_colour_on_white("#ffcc00")
    with pytest.raises(ValidationError, match="#RRGGBB"):
        validate_text_colour_on_white("blue")


def test_theme_colour_is_applied_to_the_pages(client):
    theme = SiteTheme.for_site(Site.objects.get(is_default_site=True))
    theme.primary_colour = "#6a1b9a"
    theme.site_name = "Communs du territoire"
    theme.save()
    html = client.get("/").content.decode()
    assert 'href="/theme.css?v=6a1b9a' in html
    assert "Communs du territoire" in html
    stylesheet = client.get("/theme.css")
    assert stylesheet["Content-Type"].startswith("text/css")
    assert "--primary: #6a1b9a" in stylesheet.content.decode()


def test_reserved_top_level_paths_are_refused_in_the_admin(admin_client):
    home = HomePage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["cms", "standardpage", home.pk])
    data = {
        "title": "Ressources",
        "slug": "ressources",
        "intro": "",
        "body-count": 0,
        "body_en-count": 0,
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "est réservée par la plateforme" in unescape(response.content.decode())
    assert not StandardPage.objects.filter(slug="ressources").exists()

    data["slug"] = "mentions-legales"
    data["title"] = "Mentions légales"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert StandardPage.objects.filter(slug="mentions-legales").exists()


def test_robots_and_sitemap(client, project):
    assert "Disallow: /admin/" in client.get("/robots.txt").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert project.url in sitemap
