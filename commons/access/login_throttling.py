"""Login throttling (django-axes): the client address it counts failures against, the French
lockout page, and who may unlock (superusers, in the admin: commons/access/wagtail_hooks.py).

Failures are counted per username and client address; after settings.AXES_FAILURE_LIMIT of them
the pair is locked for settings.AXES_COOLOFF_TIME (each new failure during the lock restarts it).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.utils import timezone
from wagtail.permission_policies.base import BasePermissionPolicy

from commons.clients import client_address


def client_ip(request) -> str | None:
    """The address axes locks, the same as every other abuse limit's."""
    return client_address(request) or None


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of Wagtail's login form while the account is locked: what
    happened, and when to retry."""
    cool_off = settings.AXES_COOLOFF_TIME
    minutes = max(1, round(cool_off.total_seconds() / 60))
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": minutes,
        "retry_at": timezone.localtime(timezone.now() + cool_off),
    }
    return render(
        request,
        "access/lockout.html",
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


class SuperuserOnlyPermissionPolicy(BasePermissionPolicy):
    """Only active superusers see and delete login attempts (deleting one unlocks it)."""

    def user_has_permission(self, user, action):
        return bool(user.is_active and user.is_superuser)

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
