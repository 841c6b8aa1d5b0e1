"""Absolute URLs come from the request's host or the configured base URL, never localhost.
Each test builds the programme, project and resource it links to with the factories."""

import json
import re
from html import unescape

import pytest
from django.urls import reverse

from commons.publishing.absolute_urls import absolute_url, on_request_host, page_absolute_url
from commons.resources.models import ResourcePage
from commons.resources.selectors import attribution_text
from tests.factories.pages import LessonPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

HOST = "commons.example.org"
BASE = f"http://{HOST}"


@pytest.fixture
def on_host(settings, client):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, HOST]

    def get(path, **params):
        response = client.get(path, params, HTTP_HOST=HOST)
        assert response.status_code == 200
        return response

    return get


@pytest.fixture
def resource(project) -> ResourcePage:
    """A live resource of a live project, credited to the project's lead organisation, next
    to a lesson of the same project (so that every feed has items)."""
    LessonPageFactory(parent=project)
    return ResourcePageFactory(parent=project, organisations=[project.lead_organisation])


def test_sitemap_uses_the_request_host(on_host, resource, project, programme):
    sitemap = on_host("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert locations
    assert all(location.startswith(f"{BASE}/") for location in locations)
    for page in (programme, project, resource):
        assert f"{BASE}{page.url}" in locations
    assert "localhost" not in sitemap


def test_resource_page_json_ld_og_url_and_attribution_use_the_request_host(on_host, resource):
    response = on_host(resource.url)
    html = unescape(response.content.decode())
    expected = f"{BASE}{resource.url}"
    json_ld = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert json_ld["url"] == expected
    assert f'<meta property="og:url" content="{expected}">' in html
    assert expected in response.context["detail"].attribution
    assert expected in html  # the "mention à copier"
    assert "localhost" not in html


def test_feeds_use_the_request_host(on_host, resource):
    for name in ("commons_recent_changes_feed", "commons_feed_atom", "commons_feed_rss"):
        feed = on_host(reverse(name)).content.decode()
        assert f"{BASE}/" in feed
        assert f"{BASE}{resource.url}" in feed, name
        assert "localhost" not in feed


def test_without_a_request_the_base_url_is_used(settings, resource):
    settings.WAGTAILADMIN_BASE_URL = "https://commons.example.net/"
    expected = f"https://commons.example.net{resource.url}"
    assert page_absolute_url(resource) == expected
    assert expected in attribution_text(page=resource, organisations=[], request=None)


def test_helpers(rf, settings):
    settings.ALLOWED_HOSTS = [HOST]
    request = rf.get("/", HTTP_HOST=HOST)
    assert absolute_url("/a/?b=1", request) == f"{BASE}/a/?b=1"
    assert absolute_url("https://elsewhere.org/x", request) == "https://elsewhere.org/x"
    assert on_request_host("http://localhost/a/b/?c#d", request) == f"{BASE}/a/b/?c#d"
    assert on_request_host("http://localhost", request) == f"{BASE}/"
