"""Campaigns in Wagtail's admin: the programme team's management listing and forms (scoped to
the programmes it runs), completion and reminders, results, the team's fill view and its
dashboard panel « Formulaires à remplir »."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import ProtectedError, Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import models as generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from commons.access.models import Role
from commons.access.selectors import Action, can, has_role_for
from commons.ids import IdConverter  # noqa: F401 (registers the <id:…> converter)
from evaluation.campaigns import (
    public_hooks,  # noqa: F401 (the public links' admin views)
    views,
)
from evaluation.campaigns.forms import CampaignAdminForm
from evaluation.campaigns.models import Campaign
from evaluation.campaigns.selectors import due_forms, managed_campaigns


# --------------------------------------------------------------------------- permissions
class CampaignPermissionPolicy(BasePermissionPolicy):
    """A campaign is managed by the team of its programme (``RUN_EVALUATION``), whatever
    Django model permissions say; nobody else sees the management listing."""

    def user_has_permission(self, user, action):
        return has_role_for(user, Action.RUN_EVALUATION)

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def user_has_permission_for_instance(self, user, action, instance):
        return can(user, Action.RUN_EVALUATION, instance.programme)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_permission_for_instance(user, None, instance)

    def instances_user_has_permission_for(self, user, action):
        return managed_campaigns(user=user)

    def instances_user_has_any_permission_for(self, user, actions):
        return managed_campaigns(user=user)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | Q(groups__team__role=Role.PROGRAMME_TEAM))
            .distinct()
        )

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])

    def users_with_any_permission_for_instance(self, actions, instance):
        programme_team = Q(
            groups__team__role=Role.PROGRAMME_TEAM,
            groups__team__page__in=instance.programme.get_ancestors(inclusive=True),
        )
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | programme_team)
            .distinct()
        )

    def users_with_permission_for_instance(self, action, instance):
        return self.users_with_any_permission_for_instance([action], instance)


register_permission_policy(Campaign, CampaignPermissionPolicy(Campaign))


# --------------------------------------------------------------------------- management
class ScopedToManagedCampaigns:
    """Every view of the listing only ever finds the campaigns of the person's programmes:
    another programme's campaign is a 404, not a page to edit."""

    def managed(self):
        return managed_campaigns(user=self.request.user).select_related("programme", "form")


class CampaignIndexView(ScopedToManagedCampaigns, generic.IndexView):
    def get_base_queryset(self):
        return self.managed()

    def get_list_more_buttons(self, instance):
        return [
            ListingMenuItem(
                _("Suivi et relances"),
                url=reverse("campaigns_completion", args=[instance.pk]),
                icon_name="tasks",
                priority=5,
            ),
            ListingMenuItem(
                _("Résultats"),
                url=reverse("campaigns_results", args=[instance.pk]),
                icon_name="table",
                priority=6,
            ),
            *super().get_list_more_buttons(instance),
        ]


class CampaignEditView(ScopedToManagedCampaigns, generic.EditView):
    def get_queryset(self):
        return self.managed()


class CampaignDeleteView(ScopedToManagedCampaigns, generic.DeleteView):
    def get_queryset(self):
        return self.managed()

    def form_valid(self, form):
        """A campaign that has responses is kept with them (they protect it): say so."""
        try:
            return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("La campagne « %(name)s » a déjà des réponses : elle ne peut pas être supprimée.")
                % {"name": self.object.name},
            )
            return redirect(self.index_url_name)


class CampaignHistoryView(ScopedToManagedCampaigns, HistoryView):
    def get_base_object_queryset(self):
        return self.managed()


class CampaignUsageView(ScopedToManagedCampaigns, UsageView):
    def get_base_object_queryset(self):
        return self.managed()


class CampaignViewSet(ModelViewSet):
    model = Campaign
    icon = "tasks"
    menu_label = _("Campagnes d'évaluation")
    menu_name = "evaluation-campaigns"
    menu_order = 270
    add_to_admin_menu = True
    url_prefix = "evaluation/campagnes"
    name = "campaigns"
    pk_path_converter = "id"
    index_view_class = CampaignIndexView
    edit_view_class = CampaignEditView
    delete_view_class = CampaignDeleteView
    history_view_class = CampaignHistoryView
    usage_view_class = CampaignUsageView
    inspect_view_enabled = False
    copy_view_enabled = False
    search_fields = ["name"]
    list_filter = []
    list_display = [
        "name",
        "programme",
        "form",
        Column("opens_on", label=_("ouverture")),
        Column("due_on", label=_("date limite")),
    ]
    ordering = ["-opens_on", "name"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("programme"),
            FieldPanel("form"),
            MultiFieldPanel(
                [FieldPanel("wave"), FieldPanel("projects")],
                heading=_("Projets visés"),
            ),
            FieldRowPanel(
                [FieldPanel("period_start"), FieldPanel("period_end")],
                heading=_("Période évaluée"),
            ),
            FieldRowPanel([FieldPanel("opens_on"), FieldPanel("due_on")], heading=_("Calendrier")),
            FieldPanel("message"),
        ],
        base_form_class=CampaignAdminForm,
    )


@hooks.register("register_admin_viewset")
def register_campaign_viewset():
    return CampaignViewSet()


# --------------------------------------------------------------------------- other views
@hooks.register("register_admin_urls")
def register_campaign_urls():
    return [
        path(
            "evaluation/campagnes/<id:campaign_id>/projets/<id:project_id>/",
            views.fill_view,
            name="campaigns_fill",
        ),
        path(
            "evaluation/campagnes/<id:campaign_id>/suivi/",
            views.completion_view,
            name="campaigns_completion",
        ),
        path(
            "evaluation/campagnes/<id:campaign_id>/relancer/",
            views.remind_view,
            name="campaigns_remind",
        ),
        path("evaluation/resultats/", views.results_index, name="campaigns_results_index"),
        path(
            "evaluation/campagnes/<id:campaign_id>/resultats/",
            views.results_view,
            name="campaigns_results",
        ),
        path(
            "evaluation/campagnes/<id:campaign_id>/resultats.csv",
            views.results_csv,
            name="campaigns_results_csv",
        ),
    ]


class ResultsMenuItem(MenuItem):
    """Programme teams and funders: the aggregates of the campaigns of their programmes."""

    def is_shown(self, request):
        return has_role_for(request.user, Action.VIEW_DASHBOARDS)


@hooks.register("register_admin_menu_item")
def register_results_menu_item():
    return ResultsMenuItem(
        _("Résultats des campagnes"),
        reverse("campaigns_results_index"),
        name="evaluation-results",
        icon_name="table",
        order=271,
    )


# --------------------------------------------------------------------------- dashboard
class DueFormsPanel(Component):
    """A project team's dashboard: the campaign forms its projects have to answer."""

    name = "evaluation_due_forms"
    template_name = "campaigns/due_forms_panel.html"
    order = 40

    def __init__(self, due):
        self.due = due

    def get_context_data(self, parent_context=None):
        return {"due": self.due}


@hooks.register("construct_homepage_panels")
def add_due_forms_panel(request, panels):
    if not has_role_for(request.user, Action.EVALUATE) or request.user.is_superuser:
        return
    panels.append(DueFormsPanel(due_forms(user=request.user)))
