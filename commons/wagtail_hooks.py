from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from commons import label_views
from commons.admin_views import eligibility_index, moderation_queue, programme_eligibility_view
from commons.models import LabelCriterion, Organisation, ProgrammePage, ProjectPage, Territory


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "siren", "territory"]
    list_filter = ["kind"]
    search_fields = ["name", "siren"]


class TerritoryViewSet(SnippetViewSet):
    model = Territory
    icon = "site"
    menu_label = _("Territoires")
    list_display = ["name", "level", "insee_code", "parent", "includes_qpv", "includes_qva"]
    list_filter = ["level", "zone_kind", "includes_qpv", "includes_qva"]
    search_fields = ["name", "insee_code"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, TerritoryViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Annuaire")
    menu_name = "directory"


register_snippet(DirectoryViewSetGroup)


@hooks.register("register_admin_urls")
def register_eligibility_urls():
    return [
        path("eligibilite/", eligibility_index, name="commons_eligibility_index"),
        path(
            "eligibilite/<int:programme_id>/",
            programme_eligibility_view,
            name="commons_programme_eligibility",
        ),
        path("moderation-contributions/", moderation_queue, name="commons_moderation_queue"),
    ]


class ProgrammeTeamMenuItem(MenuItem):
    """Shown to the teams of programmes (and administrators)."""

    def is_shown(self, request):
        user = request.user
        return user.is_superuser or user.groups.filter(managed_programme__isnull=False).exists()


@hooks.register("register_admin_menu_item")
def register_eligibility_menu_item():
    return ProgrammeTeamMenuItem(
        _("Éligibilité"), reverse("commons_eligibility_index"), icon_name="tasks", order=250
    )


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ProgrammeTeamMenuItem(
        _("Avis et signalements"),
        reverse("commons_moderation_queue"),
        icon_name="comment",
        order=260,
    )


@hooks.register("register_page_header_buttons")
def eligibility_header_button(page, user, view_name, next_url=None):
    if (
        isinstance(page.specific_deferred, ProgrammePage)
        and page.permissions_for_user(user).can_edit()
    ):
        yield HeaderButton(
            _("Vérifier l'éligibilité"),
            url=reverse("commons_programme_eligibility", args=[page.pk]),
            icon_name="tasks",
        )


# --------------------------------------------------------------------------- label
class LabelCriterionViewSet(SnippetViewSet):
    """The label grid: criteria with their requirements inline, with revisions."""

    model = LabelCriterion
    icon = "list-ul"
    menu_label = _("Grille du label")
    add_to_admin_menu = False
    list_display = ["__str__", "mandatory", "referential", "position"]
    ordering = ["position"]


register_snippet(LabelCriterionViewSet)


@hooks.register("register_admin_urls")
def register_label_urls():
    return [
        path("label/", label_views.label_index, name="commons_label_index"),
        path(
            "label/projets/<int:project_id>/",
            label_views.project_label,
            name="commons_label_project",
        ),
        path(
            "label/projets/<int:project_id>/auto-evaluation/",
            label_views.start_assessment_view,
            name="commons_label_start",
        ),
        path(
            "label/projets/<int:project_id>/demande/",
            label_views.request_label_view,
            name="commons_label_request",
        ),
        path(
            "label/projets/<int:project_id>/examen/",
            label_views.review_view,
            name="commons_label_review",
        ),
        path(
            "label/auto-evaluations/<int:assessment_id>/",
            label_views.assessment_view,
            name="commons_label_assessment",
        ),
        path(
            "label/auto-evaluations/<int:assessment_id>/supprimer/",
            label_views.delete_draft_view,
            name="commons_label_delete_draft",
        ),
        path(
            "label/programmes/<int:programme_id>/",
            label_views.programme_matrix,
            name="commons_label_matrix",
        ),
    ]


class LabelMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return (
            user.is_superuser
            or user.groups.filter(managed_programme__isnull=False).exists()
            or user.groups.filter(project__isnull=False).exists()
            or user.has_perm("commons.view_dashboards")
        )


@hooks.register("register_admin_menu_item")
def register_label_menu_item():
    return LabelMenuItem(_("Label"), reverse("commons_label_index"), icon_name="pick", order=260)


@hooks.register("register_page_header_buttons")
def label_header_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred
    if isinstance(specific, ProjectPage) and (page.permissions_for_user(user).can_edit()):
        yield HeaderButton(
            _("Label"),
            url=reverse("commons_label_project", args=[page.pk]),
            icon_name="pick",
        )
