"""The accessibility statement names a contact and the Défenseur des droits; the about page
says how to contribute and links to the source code and the data."""

import pytest
from django.test import override_settings
from wagtail.models import Site

from cms.models import SiteTheme
from cms.services.site import ensure_site_structure

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_pages():
    ensure_site_structure()


def test_accessibility_statement_names_a_contact_and_the_defenseur_des_droits(client, site_pages):
    html = client.get("/accessibilite/").content.decode()
    assert 'href="mailto:accessibilite@commons.example"' in html
    assert 'href="https://formulaire.defenseurdesdroits.fr/"' in html
    assert 'href="https://www.defenseurdesdroits.fr/"' in html
    theme = SiteTheme.for_site(Site.objects.get(is_default_site=True))
    theme.contact_email = "a11y@programme.example"
    theme.save()
    assert "mailto:a11y@programme.example" in client.get("/accessibilite/").content.decode()


@override_settings(SOURCE_CODE_URL="https://code.example/commons")
def test_about_page_says_how_to_contribute_and_links_code_and_data(client, site_pages):
    html = client.get("/a-propos/").content.decode()
    assert "Comment y contribuer" in html
    assert 'href="https://code.example/commons"' in html
    assert 'href="/ressources/flux.atom"' in html
    assert 'href="/modifications-recentes/flux.atom"' in html
