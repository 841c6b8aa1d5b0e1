"""Admin: what each role sees in Wagtail's admin beyond page permissions.

- login attempts locked by django-axes, which superusers delete to unlock;
- the dashboard's document and image counters count what the person's listings show;
- the Reports menu offers only the reports a role can use.
"""

from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.documents import get_document_model
from wagtail.documents.wagtail_hooks import DocumentsSummaryItem
from wagtail.images import get_image_model
from wagtail.images.wagtail_hooks import ImagesSummaryItem
from wagtail.permissions import policy_registry, register_permission_policy

from commons.access.login_throttling import SuperuserOnlyPermissionPolicy
from commons.access.selectors import Action, has_role_for


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


# Wagtail's listings of documents and images show what the person may change or delete (their
# own uploads, for a team); its dashboard counted what they may also choose (every file of the
# collection), so a team read « 38 Documents » above an empty listing.
LISTED = ("change", "delete")


class ListedDocumentsSummaryItem(DocumentsSummaryItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        policy = policy_registry.get_by_type(get_document_model())
        context["total_docs"] = policy.instances_user_has_any_permission_for(
            self.request.user, LISTED
        ).count()
        return context


class ListedImagesSummaryItem(ImagesSummaryItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        policy = policy_registry.get_by_type(get_image_model())
        context["total_images"] = policy.instances_user_has_any_permission_for(
            self.request.user, LISTED
        ).count()
        return context


SUMMARY_REPLACEMENTS = {
    DocumentsSummaryItem: ListedDocumentsSummaryItem,
    ImagesSummaryItem: ListedImagesSummaryItem,
}


@hooks.register("construct_homepage_summary_items", order=100)
def count_what_the_listings_show(request, items):
    """Runs after Wagtail's own hooks have added their counters."""
    for index, item in enumerate(items):
        replacement = SUMMARY_REPLACEMENTS.get(type(item))
        if replacement is not None:
            items[index] = replacement(request)


# Wagtail's reports (menu item names). A programme team moderates and follows its projects:
# pages waiting in its workflow, pages not updated for a long time, pages left locked. A project
# team or a funder has no use for any of them, nor for the site history or page-types usage.
PROGRAMME_TEAM_REPORTS = frozenset({"workflows", "workflow-tasks", "aging-pages", "locked-pages"})


@hooks.register("construct_reports_menu")
def reports_for_the_role(request, menu_items):
    user = request.user
    if user.is_superuser:
        return
    allowed = PROGRAMME_TEAM_REPORTS if has_role_for(user, Action.MANAGE) else frozenset()
    menu_items[:] = [item for item in menu_items if item.name in allowed]
