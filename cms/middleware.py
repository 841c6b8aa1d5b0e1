"""Security headers every response carries: Permissions-Policy, and the Content-Security-Policy
(django-csp) with the one relaxation Wagtail's admin needs."""

import base64
import hashlib
import re

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils.functional import cached_property


class PermissionsPolicyMiddleware:
    """Turns off the browser features the platform never uses (settings.PERMISSIONS_POLICY)."""

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def header(self) -> str:
        return ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


# The inline scripts Wagtail 8's admin still writes (date and time widgets, inline panels), and
# nothing else: each one found in an admin page is allowed by its hash, for that response only.
# Their arguments are ids and JSON escaped by Wagtail (escapejs), which cannot close the call.
WAGTAIL_INLINE_SCRIPTS = re.compile(
    r"<script>("
    r'init(?:Date|Time|DateTime)Chooser\("[\w-]*", \{[^<;()]*\}\);'
    r"|\s*\(function\(\) \{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)"
    r'\(JSON\.parse\("[^"<\\]*(?:\\.[^"<\\]*)*"\)\);\s*\}\)\(\);\s*'
    r")</script>"
)


def wagtail_script_hashes(html: str) -> list[str]:
    """CSP source expressions ('sha256-…') of Wagtail's known inline scripts in `html`."""
    return sorted(
        {
            f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
            for body in WAGTAIL_INLINE_SCRIPTS.findall(html)
        }
    )


class CommonsCSPMiddleware(CSPMiddleware):
    """django-csp's middleware; under the admin prefixes (settings.CSP_ADMIN_PATH_PREFIXES) the
    directives of settings.CSP_ADMIN_REPLACE replace the site's (the styles Wagtail's admin and
    its rich text editor set, its preview frames) and Wagtail's known inline scripts are
    allowed by hash; never 'unsafe-inline' for scripts."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.replace is None
            and parts.config is None
            and request.path_info.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES))
        ):
            parts.replace = dict(settings.CSP_ADMIN_REPLACE)
            content_type = response.get("Content-Type", "")
            if content_type.startswith("text/html") and not response.streaming:
                hashes = wagtail_script_hashes(response.content.decode(response.charset, "replace"))
                if hashes:
                    parts.replace["script-src"] = [SELF, *hashes]
        return parts
