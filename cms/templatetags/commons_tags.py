from django import template
from django.utils.formats import number_format

from cms.models import HomePage

register = template.Library()


@register.filter
def euros(amount) -> str:
    if amount is None:
        return "—"
    return f"{number_format(amount, force_grouping=True)}\u00a0€"


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's published children shown in menus, in tree order."""
    request = context.get("request")
    site_root = HomePage.objects.first()
    if site_root is None:
        return []
    pages = site_root.get_children().live().in_menu().public()
    current_path = getattr(request, "path", "")
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "is_current": bool(page.get_url(request))
            and current_path.startswith(page.get_url(request)),
        }
        for page in pages
    ]


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (for pagination links)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()
