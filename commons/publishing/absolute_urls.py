"""Absolute URLs for what leaves the site (sitemap, JSON-LD, OpenGraph, attribution, feeds).

Built from the request's host when there is a request, else from the configured base URL
(`WAGTAILADMIN_BASE_URL`, env `BASE_URL`) — never from the Wagtail Site's hostname, which is
`localhost:80` by default.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.http import HttpRequest


def absolute_url(path: str, request: HttpRequest | None = None) -> str:
    """`path` (or an already absolute URL, kept as is) on the request's host or the base URL."""
    if urlsplit(path).netloc:
        return path
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/" + path.lstrip("/")


def on_request_host(url: str, request: HttpRequest | None = None) -> str:
    """`url` with its scheme and host replaced by the request's (or the base URL's)."""
    parts = urlsplit(url)
    return absolute_url(
        urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment)), request
    )


def page_absolute_url(page, request: HttpRequest | None = None) -> str:
    """The page's public address; "" when the page is not routable (no site)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return ""
    _site_id, _root_url, page_path = parts
    return absolute_url(page_path, request)
