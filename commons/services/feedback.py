"""Public feedback and reports on resources, and their moderation by the programme team."""

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from commons.models import ResourceFeedback, ResourcePage, ResourceReport
from commons.services.usage import anonymous_client_key
from commons.taxonomies import FeedbackStatus, ReportStatus

MAX_POSTS_PER_WINDOW = 5
RATE_WINDOW_SECONDS = 10 * 60


class RateLimited(Exception):
    """Too many posts from one client in the window."""


def _check_rate(request: HttpRequest) -> None:
    key = f"posts:{anonymous_client_key(request, purpose='public-posts')}"
    cache.add(key, 0, timeout=RATE_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=RATE_WINDOW_SECONDS)
        count = 1
    if count > MAX_POSTS_PER_WINDOW:
        raise RateLimited


def submit_feedback(
    *, request: HttpRequest, resource: ResourcePage, rating: int, comment: str
) -> ResourceFeedback:
    _check_rate(request)
    feedback = ResourceFeedback(page=resource, rating=rating, comment=comment.strip())
    feedback.full_clean()
    feedback.save()
    return feedback


def submit_report(
    *, request: HttpRequest, resource: ResourcePage, reason: str, details: str
) -> ResourceReport:
    _check_rate(request)
    report = ResourceReport(page=resource, reason=reason, details=details.strip())
    report.full_clean()
    report.save()
    return report


def _require_moderator(user, page) -> None:
    if not page.permissions_for_user(user).can_publish():
        raise PermissionDenied


@transaction.atomic
def moderate_feedback(*, user, feedback: ResourceFeedback, approve: bool) -> ResourceFeedback:
    _require_moderator(user, feedback.page)
    feedback.status = FeedbackStatus.APPROVED if approve else FeedbackStatus.REJECTED
    feedback.moderated_at = timezone.now()
    feedback.save(update_fields=["status", "moderated_at"])
    return feedback


@transaction.atomic
def close_report(*, user, report: ResourceReport, resolved: bool) -> ResourceReport:
    _require_moderator(user, report.page)
    report.status = ReportStatus.RESOLVED if resolved else ReportStatus.DISMISSED
    report.resolved_at = timezone.now()
    report.save(update_fields=["status", "resolved_at"])
    return report
