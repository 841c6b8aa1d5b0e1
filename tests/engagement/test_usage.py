"""Privacy-friendly counting: per day, no cookie, robots excluded, repeats dropped."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import RequestFactory
from django.urls import reverse

from commons.engagement.models import UsageCount
from commons.engagement.services import REPEAT_WINDOW_SECONDS, record_hit
from commons.resources.selectors import resource_files
from commons.taxonomies import UsageKind
from tests.factories.engagement import UsageCountFactory

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36"
# Mid-morning in Paris: a window never crosses midnight, where the daily counts start over.
MORNING = datetime(2026, 3, 10, 10, 0, 0, tzinfo=ZoneInfo("Europe/Paris"))


def total(resource, kind: str) -> int:
    return sum(UsageCount.objects.filter(page=resource, kind=kind).values_list("count", flat=True))


def downloads(resource) -> int:
    return total(resource, UsageKind.DOWNLOAD)


def views(resource) -> int:
    return total(resource, UsageKind.VIEW)


def test_downloads_are_counted_once_per_client_and_window_without_bots(client, resource):
    document = resource_files(resource)[0].document
    url = reverse("commons_download", args=[resource.pk, document.pk])

    with time_machine.travel(MORNING, tick=False):
        response = client.get(url, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 302 and response.url == document.url
        client.get(url, HTTP_USER_AGENT=BROWSER)  # same client, at once
        assert downloads(resource) == 1

        client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
        client.get(url, HTTP_USER_AGENT="")
        assert downloads(resource) == 1

        client.get(url, HTTP_USER_AGENT=BROWSER + " Firefox/140.0")  # same address: same client
        assert downloads(resource) == 1

        client.get(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.9")  # another client
        assert downloads(resource) == 2
    assert not client.cookies, "counting sets no cookie"


def test_page_views_are_counted_the_same_way(client, resource):
    UsageCountFactory(page=resource, document=resource_files(resource)[0].document, count=7)
    with time_machine.travel(MORNING, tick=False):
        client.get(resource.url, HTTP_USER_AGENT=BROWSER)
        client.get(resource.url, HTTP_USER_AGENT=BROWSER)
        client.get(resource.url, HTTP_USER_AGENT="curl/8.0")
        assert views(resource) == 1
        assert "7 téléchargements" in client.get(resource.url).content.decode()


def test_a_repeat_is_dropped_across_a_second_boundary_and_counted_after_the_window(resource):
    request = RequestFactory().get(resource.url, HTTP_USER_AGENT=BROWSER)
    just_before_a_second = MORNING + timedelta(milliseconds=800)

    with time_machine.travel(just_before_a_second, tick=False) as clock:
        assert record_hit(request=request, page=resource)
        clock.shift(timedelta(milliseconds=500))  # now in the next wall-clock second
        assert not record_hit(request=request, page=resource)
        clock.shift(timedelta(seconds=REPEAT_WINDOW_SECONDS - 1))  # still within the window
        assert not record_hit(request=request, page=resource)
        clock.shift(timedelta(seconds=1))  # past the window of the counted hit
        assert record_hit(request=request, page=resource)
    assert views(resource) == 2


def test_the_window_is_per_client_page_and_file(resource, other_resource):
    document = resource_files(resource)[0].document
    request = RequestFactory().get(resource.url, HTTP_USER_AGENT=BROWSER)
    with time_machine.travel(MORNING, tick=False):
        assert record_hit(request=request, page=resource)
        assert record_hit(request=request, page=resource, document=document)
        assert record_hit(request=request, page=other_resource)
        elsewhere = RequestFactory().get(
            resource.url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.9"
        )
        assert record_hit(request=elsewhere, page=resource)
    assert (views(resource), downloads(resource), views(other_resource)) == (2, 1, 1)


def test_only_files_of_a_published_resource_can_be_downloaded(client, resource, other_resource):
    document = resource_files(resource)[0].document
    response = client.get(reverse("commons_download", args=[other_resource.pk, document.pk]))
    assert response.status_code == 404
