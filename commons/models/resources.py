from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from commons.blocks import ResourceBodyBlock
from commons.forms import CommonsContentPageForm
from commons.models.content import CommonsContentPage


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey(
        "commons.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ResourcePage(CommonsContentPage):
    """A reusable resource: guide, toolsheet, kit, software, dataset… under an open licence."""

    body = StreamField(ResourceBodyBlock(), verbose_name=_("contenu"), blank=True)
    resource_types = ParentalManyToManyField(
        "commons.ResourceTypeTerm",
        verbose_name=_("types de ressource"),
        blank=True,
        related_name="+",
    )
    publics = ParentalManyToManyField(
        "commons.TargetPublicTerm", verbose_name=_("publics cibles"), blank=True, related_name="+"
    )
    challenges = ParentalManyToManyField(
        "commons.ChallengeTerm", verbose_name=_("défis"), blank=True, related_name="+"
    )
    organisations = ParentalManyToManyField(
        "commons.Organisation",
        verbose_name=_("organisations autrices"),
        blank=True,
        related_name="authored_resources",
    )
    tags = ClusterTaggableManager(through=ResourceTag, blank=True, verbose_name=_("mots-clés"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("resource_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("publics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("challenges", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Classement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("licence"),
                FieldPanel("organisations"),
                FieldPanel("language"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Réutilisation"),
        ),
        CommonsContentPage.change_summary_panel,
    ]
    search_fields = [
        *CommonsContentPage.search_fields,
        index.SearchField("body"),
        index.FilterField("licence"),
    ]
    history_fields = (
        ("title", _("Titre")),
        ("summary", _("Résumé")),
        ("body", _("Contenu")),
        ("licence", _("Licence")),
    )
    parent_page_types = ["commons.ProjectPage", "commons.ProgrammePage"]
    subpage_types: list[str] = []
    base_form_class = CommonsContentPageForm

    class Meta:
        verbose_name = _("ressource")
        verbose_name_plural = _("ressources")

    def get_context(self, request, *args, **kwargs):
        from commons.forms import FeedbackForm, ReportForm
        from commons.selectors.resources import get_resource_detail

        context = super().get_context(request, *args, **kwargs)
        context["detail"] = get_resource_detail(resource=self, request=request)
        context.setdefault("feedback_form", FeedbackForm())
        context.setdefault("report_form", ReportForm())
        return context

    def serve(self, request, view=None, args=None, kwargs=None):
        """Counts a view of the resource itself, not of its history or form routes."""
        from commons.services.usage import record_hit

        is_index = view is None or getattr(view, "__name__", "") == "index_route"
        if request.method == "GET" and is_index:
            record_hit(request=request, page=self, document=None)
        return super().serve(request, view, args, kwargs)
