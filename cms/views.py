"""Small views of the site itself (the pages are Wagtail's)."""

from django.http import HttpResponse
from django.views.decorators.http import require_safe

from cms.models import SiteTheme


@require_safe
def theme_css(request):
    """The site's theme colours as a stylesheet: a strict Content-Security-Policy
    (style-src 'self') refuses an inline <style>. The colours are validated #RRGGBB values."""
    theme = SiteTheme.for_request(request)
    body = f":root {{ --primary: {theme.primary_colour}; --accent: {theme.accent_colour}; }}\n"
    response = HttpResponse(body, content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response
