"""Privacy-friendly counting: per page (and document) per day, no cookie, no personal data.

A client is only ever known as a salted hash of its address (see `clients.client_address`;
never its User-Agent, which a client rotates at will), kept in the cache for
REPEAT_WINDOW_SECONDS (to drop repeated hits) and never written to the database. The cache is
shared by every worker (the database cache by default, Redis when configured).

Repeats are dropped by a sliding window, not by the wall-clock second: a hit is counted only
if the same client has had no counted hit on the same page (or document) in the
REPEAT_WINDOW_SECONDS before it. Keying on the current second would count two hits 0.2 s apart
that straddle a second boundary; 10 s also absorbs double clicks, reloads and browsers that
fetch a download twice.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Page

from commons.access.selectors import Action, can
from commons.clients import client_address
from commons.engagement.models import ResourceFeedback, ResourceReport, UsageCount
from commons.taxonomies import FeedbackStatus, ReportStatus, UsageKind

BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|scrap|archiver|facebookexternalhit|preview|monitor|"
    r"curl|wget|python-requests|python-urllib|httpclient|go-http-client|java/|libwww|okhttp",
    re.IGNORECASE,
)
REPEAT_WINDOW_SECONDS = 10


def is_bot(request: HttpRequest) -> bool:
    user_agent = request.headers.get("User-Agent", "")
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


def anonymous_client_key(request: HttpRequest, *, purpose: str) -> str:
    """A salted hash of the client's address that changes every day: it cannot be traced
    back. The User-Agent is left out: rotating it must not make a new client."""
    today = timezone.localdate().isoformat()
    raw = "|".join(
        [
            settings.SECRET_KEY,
            today,
            purpose,
            client_address(request),
        ]
    )
    return hashlib.sha256(raw.encode()).hexdigest()


def record_hit(*, request: HttpRequest, page, document=None) -> bool:
    """Counts one view (or one download of `document`); returns whether it was counted."""
    if is_bot(request):
        return False
    target = f"{page.pk}:{document.pk if document else ''}"
    key = f"usage:{anonymous_client_key(request, purpose=target)}"
    # The key lives REPEAT_WINDOW_SECONDS from the counted hit: repeats meanwhile find it and
    # are dropped (without extending the window), whatever second of the clock they fall in.
    if not cache.add(key, 1, timeout=REPEAT_WINDOW_SECONDS):
        return False
    kind = UsageKind.DOWNLOAD if document else UsageKind.VIEW
    _increment(page_id=page.pk, document_id=document.pk if document else None, kind=kind)
    return True


def _increment(*, page_id: int, document_id: int | None, kind: str) -> None:
    lookup = {
        "page_id": page_id,
        "document_id": document_id,
        "kind": kind,
        "day": timezone.localdate(),
    }
    if UsageCount.objects.filter(**lookup).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            UsageCount.objects.create(**lookup, count=1)
    except IntegrityError:  # created meanwhile by a concurrent request
        UsageCount.objects.filter(**lookup).update(count=F("count") + 1)


MAX_POSTS_PER_WINDOW = 5
RATE_WINDOW_SECONDS = 10 * 60


class RateLimited(Exception):
    """Too many posts from one client in the window."""


def check_rate(
    request: HttpRequest,
    *,
    purpose: str,
    limit: int = MAX_POSTS_PER_WINDOW,
    window_seconds: int = RATE_WINDOW_SECONDS,
) -> None:
    """At most `limit` anonymous posts per client address per window for one `purpose`,
    counted in the shared cache so that every worker sees the same count. Each purpose has
    its own budget: answering a questionnaire does not use up the feedback allowance.
    Raises RateLimited beyond the limit."""
    key = f"posts:{anonymous_client_key(request, purpose=purpose)}"
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    if count > limit:
        raise RateLimited


def _check_rate(request: HttpRequest) -> None:
    """Feedback and reports share one budget."""
    check_rate(request, purpose="public-posts")


def submit_feedback(
    *, request: HttpRequest, resource: Page, rating: int, comment: str
) -> ResourceFeedback:
    _check_rate(request)
    feedback = ResourceFeedback(page=resource, rating=rating, comment=comment.strip())
    feedback.full_clean()
    feedback.save()
    return feedback


def submit_report(
    *, request: HttpRequest, resource: Page, reason: str, details: str
) -> ResourceReport:
    _check_rate(request)
    report = ResourceReport(page=resource, reason=reason, details=details.strip())
    report.full_clean()
    report.save()
    return report


def _require_moderator(user, page) -> None:
    if not can(user, Action.MODERATE, page):
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
