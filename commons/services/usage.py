"""Privacy-friendly counting: per page (and document) per day, no cookie, no personal data.

A client is only ever known as a salted hash of its address and browser, kept in the cache
for a second (to drop repeated hits) and never written to the database.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from commons.models import UsageCount
from commons.taxonomies import UsageKind

BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|scrap|archiver|facebookexternalhit|preview|monitor|"
    r"curl|wget|python-requests|python-urllib|httpclient|go-http-client|java/|libwww|okhttp",
    re.IGNORECASE,
)
REPEAT_WINDOW_SECONDS = 1


def is_bot(request: HttpRequest) -> bool:
    user_agent = request.headers.get("User-Agent", "")
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


def anonymous_client_key(request: HttpRequest, *, purpose: str) -> str:
    """A salted hash of the client that changes every day: it cannot be traced back."""
    today = timezone.localdate().isoformat()
    raw = "|".join(
        [
            settings.SECRET_KEY,
            today,
            purpose,
            request.META.get("REMOTE_ADDR", ""),
            request.headers.get("User-Agent", ""),
        ]
    )
    return hashlib.sha256(raw.encode()).hexdigest()


def record_hit(*, request: HttpRequest, page, document=None) -> bool:
    """Counts one view (or one download of `document`); returns whether it was counted."""
    if is_bot(request):
        return False
    target = f"{page.pk}:{document.pk if document else ''}"
    second = int(timezone.now().timestamp())
    key = f"usage:{anonymous_client_key(request, purpose=target)}:{second}"
    if not cache.add(key, 1, timeout=REPEAT_WINDOW_SECONDS + 1):
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
