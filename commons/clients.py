"""Who is asking, as far as abuse limits go: the client's address, and whether a post comes
from one of our own pages.

The one place that reads the client address: rate limits, usage counting and login throttling
all key on it (never on the User-Agent, which a client can change at will).
"""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's IP address: when a trusted proxy header is configured
    (`TRUSTED_PROXY_HEADER`, e.g. `HTTP_X_FORWARDED_FOR`) and present, its right-most entry — the
    one the proxy itself wrote (entries on its left come from the client and can be forged) —;
    otherwise `REMOTE_ADDR`. A value that is not an IP address is ignored."""
    header = getattr(settings, "TRUSTED_PROXY_HEADER", "")
    if header:
        forwarded = request.META.get(header, "").split(",")[-1].strip()
        address = _valid_ip(forwarded)
        if address:
            return address
    return _valid_ip(request.META.get("REMOTE_ADDR", "")) or ""


def _valid_ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def is_same_origin(request: HttpRequest) -> bool:
    """Does the post come from a page of this site? The `Origin` header decides when sent,
    the `Referer` otherwise; without either, or from another host, it does not."""
    source = request.headers.get("Origin") or request.headers.get("Referer") or ""
    if not source or source == "null":
        return False
    try:
        parts = urlsplit(source)
    except ValueError:
        return False
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return False
    return parts.netloc.lower() == request.get_host().lower()
