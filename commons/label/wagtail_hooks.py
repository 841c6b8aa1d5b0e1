from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from commons.access.selectors import Action, can, has_role_for
from commons.ids import IdConverter  # noqa: F401 (registers the <id:…> converter)
from commons.label import views as label_views
from commons.label.models import LabelCriterion
from commons.label.selectors import get_public_label, programme_queue, yes_no
from commons.programmes.models import (
    PROJECT_PAGE_CONTEXT_HOOK,
    PROJECT_PAGE_ROUTES_HOOK,
    ProjectPage,
)


# --------------------------------------------------------------------------- label
class LabelCriterionViewSet(SnippetViewSet):
    """The label grid: criteria with their requirements inline, with revisions."""

    model = LabelCriterion
    icon = "list-ul"
    menu_label = _("Grille du label")
    add_to_admin_menu = False
    list_display = [
        "__str__",
        # "Oui"/"Non" in words: the default boolean cell reads "True"/"False" to a screen reader
        Column("mandatory", label=_("obligatoire"), accessor=lambda c: yes_no(c.mandatory)),
        "referential",
        "position",
    ]
    ordering = ["position"]


@hooks.register("register_admin_urls")
def register_label_urls():
    return [
        path("label/", label_views.label_index, name="commons_label_index"),
        path(
            "label/projets/<id:project_id>/",
            label_views.project_label,
            name="commons_label_project",
        ),
        path(
            "label/projets/<id:project_id>/auto-evaluation/",
            label_views.start_assessment_view,
            name="commons_label_start",
        ),
        path(
            "label/projets/<id:project_id>/demande/",
            label_views.request_label_view,
            name="commons_label_request",
        ),
        path(
            "label/projets/<id:project_id>/examen/",
            label_views.review_view,
            name="commons_label_review",
        ),
        path(
            "label/auto-evaluations/<id:assessment_id>/",
            label_views.assessment_view,
            name="commons_label_assessment",
        ),
        path(
            "label/auto-evaluations/<id:assessment_id>/supprimer/",
            label_views.delete_draft_view,
            name="commons_label_delete_draft",
        ),
        path(
            "label/programmes/<id:programme_id>/",
            label_views.programme_matrix,
            name="commons_label_matrix",
        ),
    ]


class LabelMenuItem(MenuItem):
    """Shown to whoever may read a label file somewhere: teams, programme teams, funders."""

    def is_shown(self, request):
        return has_role_for(request.user, Action.VIEW_LABEL)


@hooks.register("register_admin_menu_item")
def register_label_menu_item():
    return LabelMenuItem(_("Label"), reverse("commons_label_index"), icon_name="pick", order=260)


@hooks.register("register_page_header_buttons")
def label_header_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred
    if isinstance(specific, ProjectPage) and can(user, Action.VIEW_LABEL, page):
        yield HeaderButton(
            _("Label"),
            url=reverse("commons_label_project", args=[page.pk]),
            icon_name="pick",
        )


register_snippet(LabelCriterionViewSet)


@hooks.register(PROJECT_PAGE_CONTEXT_HOOK)
def project_label_section(*, project, request) -> dict:
    """The project page shows its latest published self-assessment (never a draft)."""
    return {"label": get_public_label(project=project)}


@hooks.register(PROJECT_PAGE_ROUTES_HOOK)
def project_label_routes():
    return [
        path("label/", label_views.label_progression, name="label_progression"),
        path("label/csv/", label_views.label_progression_csv, name="label_progression_csv"),
    ]


# --------------------------------------------------------------------------- dashboard
class ProgrammeQueuePanel(Component):
    """The programme team's dashboard: what waits for it, with counts and links."""

    name = "commons_programme_queue"
    template_name = "label/programme_queue_panel.html"
    order = 50

    def __init__(self, queue):
        self.queue = queue

    def get_context_data(self, parent_context=None):
        return {"queue": self.queue}


@hooks.register("construct_homepage_panels")
def add_programme_queue_panel(request, panels):
    queue = programme_queue(request.user)
    if queue is not None:
        panels.append(ProgrammeQueuePanel(queue))
