"""Abuse limits that hold: keyed on the client address (never the User-Agent), shared by
every worker through the cache, and anonymous posts only from the site's own pages."""

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.test import override_settings
from django.urls import reverse

from cms.settings import base as base_settings
from commons.engagement.models import ResourceFeedback, ResourceReport, UsageCount
from commons.engagement.services import MAX_POSTS_PER_WINDOW
from commons.resources.selectors import resource_files
from commons.taxonomies import UsageKind
from tests.conftest import DATABASE_CACHES

pytestmark = pytest.mark.django_db
SAME_ORIGIN = "http://testserver"


def user_agent(index: int) -> str:
    return f"Mozilla/5.0 (X11; Linux x86_64; rv:{100 + index}.0) Gecko/20100101 Firefox/{index}"


def post_feedback(client, resource, index: int, **headers):
    headers.setdefault("HTTP_ORIGIN", SAME_ORIGIN)
    return client.post(
        f"/ressources/{resource.pk}/avis/",
        {"rating": "3", "comment": f"avis {index}"},
        HTTP_USER_AGENT=user_agent(index),
        **headers,
    )


def test_rotating_the_user_agent_does_not_lift_the_rate_limit(client, resource):
    for index in range(10):
        post_feedback(client, resource, index)
    assert ResourceFeedback.objects.count() == MAX_POSTS_PER_WINDOW


def test_the_production_default_is_the_database_cache():
    if base_settings.REDIS_URL:
        pytest.skip("REDIS_URL is set in this environment")
    assert base_settings.CACHES["default"]["BACKEND"] == (
        "django.core.cache.backends.db.DatabaseCache"
    )


@override_settings(CACHES=DATABASE_CACHES)
def test_two_workers_share_the_limit_through_the_database_cache(client, resource):
    """Each post goes through a fresh cache client, as another worker process would: only
    the database table is shared, and it holds the count."""
    workers = []
    for index in range(10):
        if hasattr(caches._connections, "default"):
            del caches["default"]  # the next request builds a new cache client
        post_feedback(client, resource, index)
        workers.append(caches["default"])
    assert all(isinstance(worker, DatabaseCache) for worker in workers)
    assert len({id(worker) for worker in workers}) == 10
    assert ResourceFeedback.objects.count() == MAX_POSTS_PER_WINDOW
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {base_settings.DATABASE_CACHE_TABLE}")
        assert cursor.fetchone()[0] >= 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "http://evil.example/ressources/"},
        {"HTTP_ORIGIN": "http://evil.example", "HTTP_REFERER": "http://testserver/"},
        {},
    ],
    ids=["cross-site-origin", "null-origin", "cross-site-referer", "origin-wins", "none"],
)
def test_anonymous_posts_from_elsewhere_are_refused(client, resource, headers):
    response = client.post(
        f"/ressources/{resource.pk}/avis/",
        {"rating": "4", "comment": "Envoyé d'ailleurs."},
        HTTP_USER_AGENT=user_agent(1),
        **headers,
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert "ne provient pas d&#x27;une page de ce site" in html
    assert "Envoyé d&#x27;ailleurs.</textarea>" in html  # what was typed is kept
    assert "Set-Cookie" not in response.headers
    report = client.post(f"/ressources/{resource.pk}/signaler/", {"reason": "outdated"}, **headers)
    assert report.status_code == 403
    assert not ResourceFeedback.objects.exists() and not ResourceReport.objects.exists()


def test_a_same_origin_referer_is_enough_without_origin(client, resource):
    response = client.post(
        f"/ressources/{resource.pk}/avis/",
        {"rating": "4"},
        HTTP_REFERER=f"http://testserver{resource.url}",
    )
    assert response.status_code == 302
    assert ResourceFeedback.objects.count() == 1


def test_rotating_the_user_agent_does_not_raise_download_counts(client, resource):
    document = resource_files(resource)[0].document
    url = reverse("commons_download", args=[resource.pk, document.pk])
    for index in range(10):
        client.get(url, HTTP_USER_AGENT=user_agent(index))
    total = sum(
        UsageCount.objects.filter(page=resource, kind=UsageKind.DOWNLOAD).values_list(
            "count", flat=True
        )
    )
    assert total == 1


@override_settings(TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR")
def test_behind_a_trusted_proxy_two_clients_are_two_clients(client, resource):
    behind_proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for index in range(MAX_POSTS_PER_WINDOW + 1):
        post_feedback(client, resource, index, HTTP_X_FORWARDED_FOR="203.0.113.7", **behind_proxy)
    assert ResourceFeedback.objects.count() == MAX_POSTS_PER_WINDOW
    # The proxy appends the address it saw: what the client wrote on the left is ignored.
    forged = post_feedback(
        client, resource, 98, HTTP_X_FORWARDED_FOR="198.51.100.4, 203.0.113.7", **behind_proxy
    )
    assert forged.status_code != 302
    assert ResourceFeedback.objects.count() == MAX_POSTS_PER_WINDOW
    response = post_feedback(
        client, resource, 99, HTTP_X_FORWARDED_FOR="203.0.113.8", **behind_proxy
    )
    assert response.status_code == 302
    assert ResourceFeedback.objects.count() == MAX_POSTS_PER_WINDOW + 1


def test_without_a_trusted_proxy_a_forged_header_changes_nothing(client, resource):
    for index in range(MAX_POSTS_PER_WINDOW + 3):
        post_feedback(client, resource, index, HTTP_X_FORWARDED_FOR=f"198.51.100.{index}")
    assert ResourceFeedback.objects.count() == MAX_POSTS_PER_WINDOW


def test_a_public_post_sets_no_cookie_and_the_page_still_says_thanks(client, resource):
    response = post_feedback(client, resource, 1)
    assert response.status_code == 302
    assert "Set-Cookie" not in response.headers and not response.cookies
    assert response.url == f"{resource.url}?merci=avis#avis-merci"
    page = client.get(response.url)
    assert "Set-Cookie" not in page.headers and not page.cookies
    assert "Merci pour votre avis" in page.content.decode()

    report = client.post(
        f"/ressources/{resource.pk}/signaler/", {"reason": "outdated"}, HTTP_ORIGIN=SAME_ORIGIN
    )
    assert "Set-Cookie" not in report.headers
    page = client.get(report.url)
    assert "Set-Cookie" not in page.headers
    assert "votre signalement a été transmis" in page.content.decode().replace("&#x27;", "'")
    assert not client.cookies
