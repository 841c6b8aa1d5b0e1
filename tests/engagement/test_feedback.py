"""Opinions and reports on resources: anonymous, moderated by the programme team, rate-limited."""

import re
from datetime import datetime
from html import unescape
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from commons.access.models import Role
from commons.engagement.models import ResourceFeedback, ResourceReport
from commons.taxonomies import FeedbackStatus
from tests.conftest import member_of

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36"
# What a browser sends with a form posted from one of the site's pages.
SAME_ORIGIN = "http://testserver"


def text(response) -> str:
    return unescape(response.content.decode())


def test_feedback_is_hidden_until_approved(client, resource, programme):
    response = client.post(
        f"/ressources/{resource.pk}/avis/",
        {"rating": "4", "comment": "Un avis très précis."},
        HTTP_USER_AGENT=BROWSER,
        HTTP_ORIGIN=SAME_ORIGIN,
    )
    assert response.status_code == 302
    assert "Un avis très précis." not in text(client.get(resource.url))

    feedback = ResourceFeedback.objects.get(comment="Un avis très précis.")
    assert feedback.status == FeedbackStatus.PENDING
    client.force_login(member_of(programme, Role.PROGRAMME_TEAM))
    queue = text(client.get(reverse("commons_moderation_queue")))
    assert "Un avis très précis." in queue
    client.post(reverse("commons_moderation_queue"), {"feedback": feedback.pk, "action": "approve"})
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.APPROVED
    client.logout()
    assert "Un avis très précis." in text(client.get(resource.url))


def test_feedback_errors_keep_what_was_typed(client, resource):
    response = client.post(
        f"/ressources/{resource.pk}/avis/",
        {"comment": "Sans note."},
        HTTP_USER_AGENT=BROWSER,
        HTTP_ORIGIN=SAME_ORIGIN,
    )
    assert response.status_code == 200
    html = text(response)
    assert "Choisissez une réponse" in html
    assert "Sans note.</textarea>" in html


def test_honeypot_and_rate_limit_stop_spam(client, resource):
    url = f"/ressources/{resource.pk}/avis/"
    # The limit counts posts over a window of minutes, per client and per day.
    with time_machine.travel(datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))):
        client.post(url, {"rating": "1", "website": "http://spam.example"}, HTTP_ORIGIN=SAME_ORIGIN)
        assert not ResourceFeedback.objects.exists()

        for index in range(5):
            client.post(url, {"rating": "3", "comment": f"avis {index}"}, HTTP_ORIGIN=SAME_ORIGIN)
        response = client.post(
            url, {"rating": "3", "comment": "un de trop"}, HTTP_ORIGIN=SAME_ORIGIN
        )
        assert response.status_code == 200
        assert "Trop d'envois" in text(response)
        assert ResourceFeedback.objects.count() == 5


def test_reports_reach_only_the_programme_team_queue(client, resource, programme, other_programme):
    client.post(
        f"/ressources/{resource.pk}/signaler/",
        {"reason": "outdated", "details": "Lien mort."},
        HTTP_ORIGIN=SAME_ORIGIN,
    )
    report = ResourceReport.objects.get(details="Lien mort.")
    client.force_login(member_of(other_programme, Role.PROGRAMME_TEAM))
    assert "Lien mort." not in text(client.get(reverse("commons_moderation_queue")))
    response = client.post(
        reverse("commons_moderation_queue"), {"report": report.pk, "action": "resolve"}
    )
    assert response.status_code == 404

    client.force_login(member_of(programme, Role.PROGRAMME_TEAM))
    assert "Lien mort." in text(client.get(reverse("commons_moderation_queue")))
    client.post(reverse("commons_moderation_queue"), {"report": report.pk, "action": "resolve"})
    report.refresh_from_db()
    assert report.status == "resolved"


def test_the_two_forms_of_a_resource_page_repeat_no_id(client, resource):
    """Both forms have a honeypot field; each names its ids after itself (RGAA 8.2)."""
    shown_again = client.post(
        f"/ressources/{resource.pk}/signaler/", {"details": "Sans motif."}, HTTP_ORIGIN=SAME_ORIGIN
    )
    for response in (client.get(resource.url), shown_again):
        ids = re.findall(r'\bid="([^"]+)"', response.content.decode())
        assert [name for name in set(ids) if ids.count(name) > 1] == []
        assert {"id_avis-website", "id_signalement-website"} <= set(ids)
