import json
from datetime import date, datetime

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse, translate_url
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from cms.models import HomePage
from commons.publishing import absolute_urls

JSON_IN_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

register = template.Library()


@register.filter
def euros(amount) -> str:
    if amount is None:
        return "—"
    return f"{number_format(amount, force_grouping=True)}\u00a0€"


@register.filter
def datetime_attribute(value) -> str:
    """A date or a datetime as the `datetime` attribute of <time> takes it: a date as
    `2026-11-24`, a datetime in the current time zone, to the second, with its offset
    (`2026-11-24T10:31:05+01:00`). Never microseconds: HTML allows at most three digits of
    a fraction of a second (`|date:'c'` writes six, which validators reject)."""
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return ""


def _localized_title(page) -> str:
    """A menu page's title in the active language (English words when the page has them)."""
    return getattr(page.specific, "localized_title", None) or page.title


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's published children shown in menus, in tree order."""
    request = context.get("request")
    site_root = HomePage.objects.first()
    if site_root is None:
        return []
    pages = site_root.get_children().live().in_menu().public().specific()
    current_path = getattr(request, "path", "")
    items = [(_localized_title(page), page.get_url(request)) for page in pages]
    items.insert(1, (_("Ressources"), reverse("commons_library")))
    return [
        {"title": title, "url": url, "is_current": bool(url) and current_path.startswith(url)}
        for title, url in items
    ]


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (for pagination links)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.filter
def document_size(document) -> int | None:
    try:
        return document.file.size
    except (OSError, ValueError):
        return None


@register.filter
def json_script_content(value) -> str:
    """JSON safe to place inside a <script> element (e.g. schema.org JSON-LD)."""
    return mark_safe(
        json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
            JSON_IN_SCRIPT_ESCAPES
        )
    )


def _same_site_path(full_path: str) -> str:
    """The path as a link that stays on this site: `//evil.example/x` (or `/\\evil…`) would
    be read by browsers as another host, so leading slashes and backslashes collapse to one."""
    return "/" + full_path.lstrip("/\\")


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The current page in each language, as plain links: no form, no cookie."""
    request = context.get("request")
    current = get_language()
    path = _same_site_path(request.get_full_path()) if request else "/"
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"].capitalize(),
            "url": translate_url(path, code),
            "is_current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def page_absolute_url(context, page) -> str:
    """The page's address on the request's host (OpenGraph, canonical links…)."""
    return absolute_urls.page_absolute_url(page, context.get("request"))
