from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.forms import CommonsPageForm
from commons.blocks import EligibilityRulesBlock
from commons.fields import CodeListField
from commons.forms import ProgrammePageForm
from commons.taxonomies import AccompanimentMode


class ProgrammeIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["commons.ProgrammePage"]
    max_count = 1
    base_form_class = CommonsPageForm

    class Meta:
        verbose_name = _("index des programmes")

    def get_context(self, request, *args, **kwargs):
        from commons.selectors.programmes import list_public_programmes

        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = list_public_programmes()
        return context


class ProgrammePage(Page):
    """A call for projects or an incubator; its projects are its child pages."""

    intro = models.TextField(_("présentation"), blank=True)
    operators = ParentalManyToManyField(
        "commons.Organisation", verbose_name=_("opérateurs"), blank=True, related_name="+"
    )
    funders = ParentalManyToManyField(
        "commons.Organisation", verbose_name=_("financeurs"), blank=True, related_name="+"
    )
    start_date = models.DateField(_("début"), null=True, blank=True)
    end_date = models.DateField(_("fin"), null=True, blank=True)
    accompaniment_modes = CodeListField(_("modes d'accompagnement"), codes=AccompanimentMode)
    eligibility_rules = StreamField(
        EligibilityRulesBlock(),
        verbose_name=_("règles d'éligibilité"),
        blank=True,
        help_text=_("Chaque règle est vérifiée pour chaque projet du programme."),
    )
    trusted_projects = ParentalManyToManyField(
        "commons.ProjectPage",
        verbose_name=_("équipes de confiance"),
        blank=True,
        related_name="+",
        help_text=_(
            "Les équipes de ces projets publient directement, sans passer par la modération."
        ),
    )
    team_group = models.OneToOneField(
        "auth.Group",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="managed_programme",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("operators"), FieldPanel("funders")], heading=_("Organisations")
        ),
        MultiFieldPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("accompaniment_modes")],
            heading=_("Période et accompagnement"),
        ),
        InlinePanel("waves", heading=_("Vagues de sélection"), label=_("vague")),
        FieldPanel("eligibility_rules"),
        FieldPanel("trusted_projects", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["commons.ProgrammeIndexPage"]
    subpage_types = ["commons.ProjectPage", "commons.ResourcePage", "commons.LessonPage"]
    base_form_class = ProgrammePageForm
    exclude_fields_in_copy = ["team_group"]

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        permissions = [
            ("view_dashboards", _("Peut consulter tous les tableaux de bord")),
            ("export_data", _("Peut exporter les données des tableaux de bord")),
        ]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("La fin doit suivre le début.")})

    def save(self, *args, **kwargs):
        is_new = self.pk is None
        super().save(*args, **kwargs)
        from commons.services.roles import ensure_programme_team, sync_trusted_teams

        if is_new:
            ensure_programme_team(programme=self)
        sync_trusted_teams(programme=self)

    def get_context(self, request, *args, **kwargs):
        from commons.selectors.projects import list_public_projects, paginate

        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = paginate(
            list_public_projects(programme=self), page_number=request.GET.get("page")
        )
        return context


class Wave(Orderable):
    programme = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="waves")
    name = models.CharField(_("nom"), max_length=100)
    deadline = models.DateField(_("date limite de dépôt"))
    jury_date = models.DateField(_("date du jury"), null=True, blank=True)
    announcement_date = models.DateField(_("date d'annonce"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("deadline"),
        FieldPanel("jury_date"),
        FieldPanel("announcement_date"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("vague")
        verbose_name_plural = _("vagues")

    def __str__(self) -> str:
        return f"{self.programme.title} — {self.name}"

    def clean(self):
        dates = [self.deadline, self.jury_date, self.announcement_date]
        known = [day for day in dates if day]
        if known != sorted(known):
            raise ValidationError(
                _("Les dates doivent se suivre : dépôt, puis jury, puis annonce.")
            )
