"""The indicator library in the admin, scoped by programme.

- A programme team (``RUN_EVALUATION``) reads the common library, its programmes' own
  indicators and those other programmes share; it adds indicators to its programmes and
  edits those only.
- The common library (no programme) is edited by superusers only.
- An indicator a project follows is never deleted (deactivate it instead).

Wagtail's generic views check model-wide permissions only: the permission policy below
answers per indicator, and the views ask it for each object they open.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from commons.access.models import Role
from commons.access.selectors import Action, has_role_for
from evaluation.indicators.forms import IndicatorAdminForm
from evaluation.indicators.models import Indicator
from evaluation.indicators.selectors import can_edit_indicator, editable_programmes, library_for

READ = "view"


def _active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


class IndicatorLibraryPolicy(BasePermissionPolicy):
    """Who may read, add, change and delete library entries (see the module docstring)."""

    def user_has_permission(self, user, action):
        return _active(user) and (user.is_superuser or has_role_for(user, Action.RUN_EVALUATION))

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, READ)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if action == READ:
            return library_for(user=user).filter(pk=instance.pk).exists()
        if action == "delete" and instance.project_indicators.exists():
            return False
        return can_edit_indicator(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return Indicator.objects.none()
        if action == READ:
            return library_for(user=user)
        if user.is_superuser:
            return Indicator.objects.all()
        return Indicator.objects.filter(programme__in=editable_programmes(user=user).values("pk"))

    def instances_user_has_any_permission_for(self, user, actions):
        return self.instances_user_has_permission_for(user, READ)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        return users.filter(
            Q(is_superuser=True) | Q(groups__team__role=Role.PROGRAMME_TEAM)
        ).distinct()

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


library_policy = IndicatorLibraryPolicy(Indicator)


class InstanceCheckedMixin:
    """Opens only the indicators the person may act on with `instance_action`."""

    instance_action = "change"

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not library_policy.user_has_permission_for_instance(
            self.request.user, self.instance_action, instance
        ):
            raise PermissionDenied
        return instance


class LibraryIndexView(generic.IndexView):
    def get_base_queryset(self):
        return library_for(user=self.request.user).select_related("programme")

    def _can(self, action, instance) -> bool:
        return library_policy.user_has_permission_for_instance(self.request.user, action, instance)

    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self._can("change", instance) else None

    def get_delete_url(self, instance):
        return super().get_delete_url(instance) if self._can("delete", instance) else None


class LibraryEditView(InstanceCheckedMixin, generic.EditView):
    pass


class LibraryDeleteView(InstanceCheckedMixin, generic.DeleteView):
    instance_action = "delete"


class LibraryInspectView(InstanceCheckedMixin, generic.InspectView):
    instance_action = READ


class ReadableLibraryMixin:
    """History and usage open only the entries the person may read: another programme's own
    indicator is a 404 (Wagtail's views would open any entry to whoever edits one)."""

    def get_base_object_queryset(self):
        return library_for(user=self.request.user)


class LibraryHistoryView(ReadableLibraryMixin, generic.HistoryView):
    pass


class LibraryUsageView(ReadableLibraryMixin, generic.UsageView):
    pass


def _programme_name(indicator: Indicator) -> str:
    return indicator.programme.title if indicator.programme_id else str(_("Bibliothèque commune"))


class IndicatorLibraryViewSet(ModelViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Bibliothèque d'indicateurs")
    add_to_admin_menu = False
    url_prefix = "indicateurs/bibliotheque"
    name = "indicator_library"
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = LibraryIndexView
    edit_view_class = LibraryEditView
    delete_view_class = LibraryDeleteView
    inspect_view_class = LibraryInspectView
    history_view_class = LibraryHistoryView
    usage_view_class = LibraryUsageView
    list_display = [
        "name",
        "code",
        Column("unit", label=_("unité"), accessor="get_unit_display"),
        Column("over_time", label=_("dans le temps"), accessor="get_over_time_display"),
        Column("across_projects", label=_("entre projets"), accessor="get_across_projects_display"),
        Column("programme", label=_("programme"), accessor=_programme_name),
    ]
    search_fields = ["name", "code", "definition"]
    inspect_view_fields = [
        "code",
        "name",
        "name_en",
        "definition",
        "unit",
        "nature",
        "direction",
        "scale",
        "over_time",
        "across_projects",
        "dimensions",
        "programme",
        "shared",
        "active",
    ]
    edit_handler = ObjectList(
        [
            # a plain list of programmes: Wagtail's page chooser would look a forged value up
            # in the database when showing the form again (a 500)
            FieldRowPanel([FieldPanel("code"), FieldPanel("programme", widget=forms.Select)]),
            FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
            FieldPanel("definition"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("unit"), FieldPanel("nature")]),
                    FieldRowPanel([FieldPanel("direction"), FieldPanel("scale")]),
                ],
                heading=_("Mesure"),
            ),
            MultiFieldPanel(
                [FieldPanel("over_time"), FieldPanel("across_projects")],
                heading=_("Règles d'agrégation"),
            ),
            FieldPanel("dimensions"),
            FieldRowPanel([FieldPanel("shared"), FieldPanel("active")]),
        ],
        base_form_class=IndicatorAdminForm,
    )
