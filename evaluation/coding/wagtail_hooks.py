"""Admin of qualitative coding: the coding frame (a model viewset scoped to the person's
programmes), the coding workspace and the counts, in one « Analyse qualitative » menu shown to
programme teams and superusers; on a lesson's admin pages, a button with the number of excerpts
that support it."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from commons.access.selectors import ROLE_ACTIONS, Action, can, has_role_for
from commons.ids import IdConverter  # noqa: F401 (registers the <id:…> converter)
from commons.resources.models import LessonPage
from evaluation.coding import selectors, views
from evaluation.coding.forms import CodeForm
from evaluation.coding.models import Code


# --------------------------------------------------------------------------- the frame
class CodingFramePolicy(BasePermissionPolicy):
    """Programme teams manage their programmes' codes, superusers every code (the common ones
    included); project teams and funders none. Decided by ``commons.access``, not by Django
    model permissions."""

    def user_has_permission(self, user, action):
        return has_role_for(user, Action.RUN_EVALUATION)

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def user_has_permission_for_instance(self, user, action, instance):
        return selectors.may_manage_code(user=user, programme=instance.programme)

    def instances_user_has_any_permission_for(self, user, actions):
        return selectors.manageable_codes(user=user)

    def users_with_any_permission(self, actions):
        roles = [role for role, allowed in ROLE_ACTIONS.items() if Action.RUN_EVALUATION in allowed]
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | Q(groups__team__role__in=roles))
            .distinct()
        )


register_permission_policy(Code, CodingFramePolicy(Code))


class ScopedHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return selectors.manageable_codes(user=self.request.user)


class ScopedUsageView(UsageView):
    def get_base_object_queryset(self):
        return selectors.manageable_codes(user=self.request.user)


class CodeViewSet(ModelViewSet):
    """The coding frame: codes grouped by theme (listed theme by theme, in the model's order),
    per programme."""

    model = Code
    icon = "tag"
    menu_label = _("Grille de codes")
    add_to_admin_menu = False
    url_prefix = "codage/grille"
    name = "coding_frame"
    pk_path_converter = "id"
    edit_handler = ObjectList(
        [
            # a plain list of the person's programmes, not the page chooser
            FieldPanel("programme", widget=forms.Select),
            FieldPanel("theme"),
            FieldPanel("label"),
            FieldPanel("description"),
            FieldPanel("position"),
        ],
        base_form_class=CodeForm,
    )
    search_fields = ["theme", "label", "description"]
    list_display = [
        "theme",
        "label",
        Column(
            "programme",
            label=_("programme"),
            accessor=lambda code: code.programme.title if code.programme else _("Commun"),
        ),
        Column("excerpt_total", label=_("extraits")),
    ]
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = views.CodeIndexView
    add_view_class = views.CodeCreateView
    edit_view_class = views.CodeEditView
    delete_view_class = views.CodeDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView

    def get_permissions_to_register(self):
        """No Django permission to grant in the group editor: ``CodingFramePolicy`` decides."""
        return Permission.objects.none()


coding_frame = CodeViewSet()


@hooks.register("register_admin_viewset")
def register_coding_frame():
    return coding_frame


# --------------------------------------------------------------------------- workspace
@hooks.register("register_admin_urls")
def register_coding_urls():
    return [
        path("codage/", views.answer_list, name="coding_answers"),
        path("codage/reponses/<id:answer_id>/", views.answer_detail, name="coding_answer"),
        path("codage/extraits/<id:excerpt_id>/", views.excerpt_edit, name="coding_excerpt_edit"),
        path(
            "codage/extraits/<id:excerpt_id>/supprimer/",
            views.excerpt_delete,
            name="coding_excerpt_delete",
        ),
        path("codage/comptages/", views.counts_index, name="coding_counts_index"),
        path("codage/comptages/<id:programme_id>/", views.counts, name="coding_counts"),
        path("codage/lecons/<id:lesson_id>/", views.lesson_evidence, name="coding_lesson"),
    ]


class CodingMenuItem(MenuItem):
    def is_shown(self, request):
        return has_role_for(request.user, Action.RUN_EVALUATION)


class CodingSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return has_role_for(request.user, Action.RUN_EVALUATION)


@hooks.register("register_admin_menu_item")
def register_coding_menu():
    menu = Menu(
        items=[
            CodingMenuItem(
                _("Réponses à coder"), reverse("coding_answers"), icon_name="edit", order=10
            ),
            CodingMenuItem(
                _("Grille de codes"),
                reverse(coding_frame.get_url_name("index")),
                icon_name="tag",
                order=20,
            ),
            CodingMenuItem(
                _("Comptages par code"),
                reverse("coding_counts_index"),
                icon_name="table",
                order=30,
            ),
        ]
    )
    return CodingSubmenu(_("Analyse qualitative"), menu, icon_name="openquote", order=275)


# --------------------------------------------------------------------------- lessons
@hooks.register("register_page_header_buttons")
def lesson_evidence_button(page, user, view_name, next_url=None):
    """On a lesson's admin pages, its programme team sees how many excerpts support it."""
    specific = page.specific_deferred
    if isinstance(specific, LessonPage) and can(user, Action.RUN_EVALUATION, page):
        count = selectors.lesson_excerpt_count(lesson=specific)
        yield HeaderButton(
            ngettext("%(count)d extrait codé l'étaye", "%(count)d extraits codés l'étayent", count)
            % {"count": count},
            url=reverse("coding_lesson", args=[page.pk]),
            icon_name="openquote",
        )
