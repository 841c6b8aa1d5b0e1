"""Admin: login attempts locked by django-axes, which superusers delete to unlock."""

from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from commons.access.login_throttling import SuperuserOnlyPermissionPolicy


class LoginAttemptViewSet(ModelViewSet):
    """Failed logins per username and address; deleting a row unlocks that pair."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Connexions bloquées")
    menu_name = "login-attempts"
    add_to_settings_menu = True
    url_prefix = "connexions-bloquees"
    name = "login_attempts"
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    list_filter = []
    search_fields = ["username", "ip_address"]
    form_fields = ["username", "ip_address"]
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_queryset(self, request):
        return AccessAttempt.objects.order_by("-attempt_time")


register_permission_policy(AccessAttempt, SuperuserOnlyPermissionPolicy(AccessAttempt))


@hooks.register("register_admin_viewset")
def register_login_attempts():
    return LoginAttemptViewSet()
