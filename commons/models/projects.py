import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from commons.forms import ProjectPageForm
from commons.models.history import PublicHistoryMixin
from commons.taxonomies import (
    AccompanimentMode,
    AccompanimentTopic,
    Maturity,
    MilestoneStatus,
    PartnerRole,
    ProjectPhase,
    Theme,
    WorkstreamStatus,
)

PROJECT_CODE_PATTERN = r"^[A-Z0-9][A-Z0-9-]{1,39}$"


class ProjectPage(PublicHistoryMixin, Page):
    """A funded or candidate project; lives under its programme page, with its resources and
    lessons as child pages."""

    code = models.CharField(
        _("code projet"),
        max_length=40,
        unique=True,
        blank=True,
        validators=[
            RegexValidator(
                PROJECT_CODE_PATTERN,
                _("Majuscules, chiffres et tirets uniquement, par ex. TRANSISTOR-07."),
            )
        ],
        help_text=_("Identifiant stable pour les imports et exports ; généré s'il est vide."),
    )
    summary = models.TextField(_("résumé"), max_length=500, blank=True)
    context = RichTextField(
        _("contexte"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    lead_organisation = models.ForeignKey(
        "commons.Organisation",
        verbose_name=_("structure porteuse"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_projects",
    )
    wave = models.ForeignKey(
        "commons.Wave",
        verbose_name=_("vague"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    phase = models.CharField(
        _("phase"), max_length=20, choices=ProjectPhase.choices, default=ProjectPhase.APPLICATION
    )
    maturity = models.CharField(
        _("maturité"), max_length=20, choices=Maturity.choices, default=Maturity.NEW
    )
    accompaniment_mode = models.CharField(
        _("mode d'accompagnement"), max_length=20, choices=AccompanimentMode.choices, blank=True
    )
    themes = ParentalManyToManyField(
        "commons.ThemeTerm", verbose_name=_("thématiques"), blank=True, related_name="projects"
    )
    challenges = ParentalManyToManyField(
        "commons.ChallengeTerm", verbose_name=_("défis"), blank=True, related_name="projects"
    )
    device_kinds = ParentalManyToManyField(
        "commons.DeviceKindTerm",
        verbose_name=_("types de dispositif"),
        blank=True,
        related_name="projects",
    )
    publics = ParentalManyToManyField(
        "commons.TargetPublicTerm",
        verbose_name=_("publics cibles"),
        blank=True,
        related_name="projects",
    )
    territories = ParentalManyToManyField(
        "commons.Territory", verbose_name=_("territoires"), blank=True, related_name="projects"
    )
    funding_requested = models.PositiveIntegerField(
        _("subvention demandée (€)"), null=True, blank=True
    )
    funding_granted = models.PositiveIntegerField(
        _("subvention accordée (€)"), null=True, blank=True
    )
    funder = models.ForeignKey(
        "commons.Organisation",
        verbose_name=_("financeur"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="funded_projects",
    )
    commits_to_document_and_evaluate = models.BooleanField(
        _("s'engage à documenter et évaluer le projet"),
        default=False,
        help_text=_("Contribution à la documentation et à l'évaluation sur la plateforme."),
    )
    team_group = models.OneToOneField(
        "auth.Group",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="project",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("code"),
        FieldPanel("summary"),
        FieldPanel("context"),
        MultiFieldPanel(
            [
                FieldPanel("lead_organisation"),
                InlinePanel("partners", label=_("partenaire"), heading=_("Consortium")),
            ],
            heading=_("Porteur et partenaires"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wave"),
                FieldRowPanel([FieldPanel("phase"), FieldPanel("maturity")]),
                FieldPanel("accompaniment_mode"),
                FieldPanel("commits_to_document_and_evaluate"),
            ],
            heading=_("Suivi dans le programme"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("challenges", widget=forms.CheckboxSelectMultiple),
                FieldPanel("device_kinds", widget=forms.CheckboxSelectMultiple),
                FieldPanel("publics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("territories"),
            ],
            heading=_("Classement"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("funding_requested"), FieldPanel("funding_granted")]),
                FieldPanel("funder"),
            ],
            heading=_("Financement"),
        ),
        InlinePanel("objectives", label=_("objectif"), heading=_("Objectifs")),
        InlinePanel("milestones", label=_("jalon"), heading=_("Calendrier")),
        InlinePanel("workstreams", label=_("chantier"), heading=_("Feuille de route")),
        InlinePanel(
            "accompaniment_needs", label=_("besoin"), heading=_("Besoins d'accompagnement")
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("context"),
        index.FilterField("phase"),
    ]
    history_fields = (
        ("title", _("Titre")),
        ("summary", _("Résumé")),
        ("context", _("Contexte")),
        ("phase", _("Phase")),
    )
    parent_page_types = ["commons.ProgrammePage"]
    subpage_types = ["commons.ResourcePage", "commons.LessonPage"]
    base_form_class = ProjectPageForm
    exclude_fields_in_copy = ["code", "team_group"]

    class Meta:
        verbose_name = _("projet")
        verbose_name_plural = _("projets")

    def clean(self):
        super().clean()
        if (
            self.funding_granted is not None
            and self.funding_requested is not None
            and self.funding_granted > self.funding_requested
        ):
            raise ValidationError(
                {"funding_granted": _("La subvention accordée dépasse le montant demandé.")}
            )

    def save(self, *args, **kwargs):
        is_new = self.pk is None
        if not self.code:
            self.code = self._unique_code()
        super().save(*args, **kwargs)
        if is_new:
            from commons.services.roles import ensure_project_team

            ensure_project_team(project=self)

    def _unique_code(self) -> str:
        base = re.sub(r"[^A-Z0-9]+", "-", slugify(self.title).upper()).strip("-")[:34] or "PROJET"
        code, suffix = base, 1
        while ProjectPage.objects.filter(code=code).exclude(pk=self.pk).exists():
            suffix += 1
            code = f"{base}-{suffix}"
        return code

    def get_context(self, request, *args, **kwargs):
        from commons.selectors.label import get_public_label
        from commons.selectors.projects import get_project_detail

        context = super().get_context(request, *args, **kwargs)
        context["detail"] = get_project_detail(project=self)
        context["label"] = get_public_label(project=self)
        return context

    @path("label/", name="label_progression")
    def label_progression(self, request):
        """The label's progression per criterion over the published snapshots."""
        from commons.selectors.label import get_public_label, project_progression

        return self.render(
            request,
            template="commons/project_label_progression.html",
            context_overrides={
                "label": get_public_label(project=self),
                "progression": project_progression(project=self),
            },
        )

    @path("label/csv/", name="label_progression_csv")
    def label_progression_csv(self, request):
        from commons.label_exports import csv_response
        from commons.selectors.label import progression_table, project_progression

        header, rows = progression_table(project_progression(project=self))
        return csv_response(f"label-{self.code}.csv", header, rows)


class ProjectPartner(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "commons.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="partnerships",
    )
    role = models.CharField(_("rôle"), max_length=20, choices=PartnerRole.choices)
    note = models.CharField(_("précision"), max_length=255, blank=True)

    panels = [FieldPanel("organisation"), FieldPanel("role"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("partenaire")


class ProjectObjective(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="objectives")
    text = models.TextField(_("objectif"))

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("objectif")


class ProjectMilestone(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="milestones")
    date = models.DateField(_("date"))
    title = models.CharField(_("intitulé"), max_length=255)
    status = models.CharField(
        _("statut"), max_length=10, choices=MilestoneStatus.choices, default=MilestoneStatus.PLANNED
    )

    panels = [FieldPanel("date"), FieldPanel("title"), FieldPanel("status")]

    class Meta(Orderable.Meta):
        verbose_name = _("jalon")


class ProjectWorkstream(Orderable):
    """A key work-stream (chantier clé) of the project's roadmap."""

    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="workstreams")
    title = models.CharField(_("chantier"), max_length=255)
    owner = models.CharField(_("pilote"), max_length=255, blank=True)
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=WorkstreamStatus.choices,
        default=WorkstreamStatus.PLANNED,
    )

    panels = [FieldPanel("title"), FieldPanel("owner"), FieldPanel("status")]

    class Meta(Orderable.Meta):
        verbose_name = _("chantier")


class AccompanimentNeed(Orderable):
    """A need found at diagnostic, on one of the accompaniment topics."""

    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="accompaniment_needs")
    topic = models.CharField(_("thème"), max_length=30, choices=AccompanimentTopic.choices)
    notes = models.TextField(_("notes"), blank=True)

    panels = [FieldPanel("topic"), FieldPanel("notes")]

    class Meta(Orderable.Meta):
        verbose_name = _("besoin d'accompagnement")


class ProjectIndexPage(Page):
    """`/projets/`: every published project, filterable by programme, theme and phase."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("index des projets")

    def get_context(self, request, *args, **kwargs):
        from commons.selectors.programmes import list_public_programmes
        from commons.selectors.projects import ProjectFilters, list_public_projects, paginate

        context = super().get_context(request, *args, **kwargs)
        filters = ProjectFilters.from_query(request.GET)
        context["filters"] = filters
        context["programmes"] = list_public_programmes()
        context["theme_choices"] = Theme.choices
        context["phase_choices"] = ProjectPhase.choices
        context["page_obj"] = paginate(
            list_public_projects(
                programme=filters.programme, theme=filters.theme, phase=filters.phase
            ),
            page_number=request.GET.get("page"),
        )
        return context
