from django.urls import path, register_converter, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import register_permission_policy

from commons.access.selectors import Action, has_role_for
from commons.ids import IdConverter  # noqa: F401 (registers the <id:…> converter)
from commons.programmes.models import PROJECT_PAGE_CONTEXT_HOOK, ProjectPage
from evaluation.indicators import views
from evaluation.indicators.library import IndicatorLibraryViewSet, library_policy
from evaluation.indicators.models import Indicator
from evaluation.indicators.selectors import (
    indicator_queue,
    may_work_on,
    public_project_indicators,
)

# Before anything asks Wagtail for the library's policy (it would make a model-wide one).
register_permission_policy(Indicator, library_policy)
register_converter(views.PeriodConverter, "indicator_period")


@hooks.register("register_admin_urls")
def register_indicator_urls():
    return [
        path("indicateurs/", views.indicators_index, name="indicators_index"),
        path(
            "indicateurs/projets/<id:project_id>/",
            views.project_indicators,
            name="indicators_project",
        ),
        path(
            "indicateurs/projets/<id:project_id>/suivre/",
            views.follow_indicator,
            name="indicators_follow",
        ),
        path(
            "indicateurs/suivis/<id:project_indicator_id>/",
            views.edit_project_indicator,
            name="indicators_edit",
        ),
        path(
            "indicateurs/suivis/<id:project_indicator_id>/periodes/<indicator_period:period_start>/",
            views.period_view,
            name="indicators_period",
        ),
        path("indicateurs/a-valider/", views.review_queue, name="indicators_review_queue"),
        path(
            "indicateurs/valeurs/<id:value_id>/examen/",
            views.review_view,
            name="indicators_review",
        ),
        path(
            "indicateurs/valeurs/<id:value_id>/justificatif/",
            views.value_attachment,
            name="indicators_attachment",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_indicator_library():
    return IndicatorLibraryViewSet()


class IndicatorsMenuItem(MenuItem):
    """Shown to project teams (their values) and programme teams (the review, the library)."""

    def is_shown(self, request):
        user = request.user
        return has_role_for(user, Action.EVALUATE) or has_role_for(user, Action.RUN_EVALUATION)


@hooks.register("register_admin_menu_item")
def register_indicators_menu_item():
    return IndicatorsMenuItem(
        _("Indicateurs"), reverse("indicators_index"), icon_name="table", order=270
    )


@hooks.register("register_page_header_buttons")
def indicators_header_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred
    if isinstance(specific, ProjectPage) and may_work_on(user, page):
        yield HeaderButton(
            _("Indicateurs"),
            url=reverse("indicators_project", args=[page.pk]),
            icon_name="table",
        )


@hooks.register(PROJECT_PAGE_CONTEXT_HOOK)
def project_indicators_section(*, project, request) -> dict:
    """The project page shows its approved values only (never a draft, a submitted or a
    returned one)."""
    return {"public_indicators": public_project_indicators(project=project)}


class IndicatorQueuePanel(Component):
    """The programme team's dashboard: the values waiting for its review."""

    name = "indicators_review_queue"
    template_name = "indicators/review_queue_panel.html"
    order = 55

    def __init__(self, queue):
        self.queue = queue

    def get_context_data(self, parent_context=None):
        return {"queue": self.queue}


@hooks.register("construct_homepage_panels")
def add_indicator_queue_panel(request, panels):
    queue = indicator_queue(request.user)
    if queue is not None:
        panels.append(IndicatorQueuePanel(queue))
