"""Details seen on a first walk: the home title, one-year programmes, the favicon, one
"all publics" option."""

import re
from datetime import date

import pytest

from commons.taxonomies import TargetPublic
from tests.factories.pages import ProgrammePageFactory

pytestmark = pytest.mark.django_db


def test_home_title_is_not_the_site_name_twice_and_a_favicon_is_linked(client, site_root):
    html = client.get("/").content.decode()
    assert "<title>Commons</title>" in html
    assert re.search(r'<link rel="icon" href="[^"]*favicon\.svg" type="image/svg\+xml">', html)
    assert (
        "<title>Modifications récentes · Commons</title>"
        in client.get("/modifications-recentes/").content.decode()
    )


def test_a_programme_within_one_year_shows_that_year_once(client, programme_index):
    ProgrammePageFactory(
        parent=programme_index, start_date=date(2023, 1, 1), end_date=date(2023, 12, 31)
    )
    html = client.get(programme_index.url).content.decode()
    assert "2023–2023" not in html and "2023" in html


def test_the_audience_filter_offers_one_all_publics_option(client, site_root):
    html = client.get("/ressources/").content.decode()
    assert "Tous les publics" in html
    assert f'value="{TargetPublic.ALL}"' not in html
