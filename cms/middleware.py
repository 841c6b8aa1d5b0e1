"""Security headers every response carries: Permissions-Policy, and the Content-Security-Policy
(django-csp) with the one relaxation Wagtail's admin needs."""

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


class CommonsCSPMiddleware(CSPMiddleware):
    """django-csp's middleware; under the admin prefixes (settings.CSP_ADMIN_PATH_PREFIXES) the
    directives of settings.CSP_ADMIN_REPLACE replace the site's (style attributes Wagtail's
    admin sets, its preview frames), never script-src."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.replace is None
            and parts.config is None
            and request.path_info.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES))
        ):
            parts.replace = settings.CSP_ADMIN_REPLACE
        return parts
