import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from commons.access.models import Role
from commons.access.selectors import team_group
from commons.access.services import (
    ensure_programme_team,
    ensure_project_team,
    sync_programme_scope,
)
from commons.fields import CodeListField
from commons.programmes.blocks import EligibilityRulesBlock
from commons.programmes.forms import ProgrammePageForm, ProjectPageForm
from commons.publishing.forms import CommonsPageForm
from commons.publishing.history import DraftHidesSubtreeMixin, PublicHistoryMixin
from commons.publishing.localized import LocalizedWordsMixin, english_panel
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


class ProgrammeIndexPage(LocalizedWordsMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    title_en = models.CharField(_("titre (anglais)"), max_length=255, blank=True)
    intro_en = models.TextField(_("introduction (anglais)"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        english_panel("title_en", "intro_en"),
    ]
    subpage_types = ["programmes.ProgrammePage"]
    max_count = 1
    base_form_class = CommonsPageForm

    class Meta:
        verbose_name = _("index des programmes")

    def get_context(self, request, *args, **kwargs):
        from commons.programmes.selectors import list_public_programmes

        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = list_public_programmes()
        return context


class ProgrammePage(DraftHidesSubtreeMixin, Page):
    """A call for projects or an incubator; its projects are its child pages."""

    intro = models.TextField(_("présentation"), blank=True)
    operators = ParentalManyToManyField(
        "directory.Organisation", verbose_name=_("opérateurs"), blank=True, related_name="+"
    )
    funders = ParentalManyToManyField(
        "directory.Organisation", verbose_name=_("financeurs"), blank=True, related_name="+"
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
        "programmes.ProjectPage",
        verbose_name=_("équipes de confiance"),
        blank=True,
        related_name="+",
        help_text=_(
            "Les équipes de ces projets publient directement, sans passer par la modération."
        ),
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
    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = ["programmes.ProjectPage", "resources.ResourcePage", "resources.LessonPage"]
    base_form_class = ProgrammePageForm

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("La fin doit suivre le début.")})

    def save(self, *args, **kwargs):
        """Creates the programme team with the page; a full save (creation or publication,
        not a draft's revision bookkeeping) also updates the funders' and trusted teams'
        rights."""
        is_new = self.pk is None
        super().save(*args, **kwargs)
        if is_new:
            ensure_programme_team(programme=self)
        if kwargs.get("update_fields") is None:
            sync_programme_scope(
                programme=self,
                funder_ids=[organisation.pk for organisation in self.funders.all()],
                trusted_project_ids=[project.pk for project in self.trusted_projects.all()],
            )

    @property
    def team_group(self):
        return team_group(page=self, role=Role.PROGRAMME_TEAM)

    def get_context(self, request, *args, **kwargs):
        from commons.programmes.selectors import list_public_projects, paginate

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


# Extension points: apps above this one add sections and sub-pages to project pages.
PROJECT_PAGE_CONTEXT_HOOK = "project_page_context"
PROJECT_PAGE_ROUTES_HOOK = "register_project_page_routes"

PROJECT_CODE_PATTERN = r"^[A-Z0-9][A-Z0-9-]{1,39}$"


class ProjectPage(DraftHidesSubtreeMixin, PublicHistoryMixin, Page):
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
        "directory.Organisation",
        verbose_name=_("structure porteuse"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_projects",
    )
    wave = models.ForeignKey(
        "programmes.Wave",
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
        "directory.ThemeTerm", verbose_name=_("thématiques"), blank=True, related_name="projects"
    )
    challenges = ParentalManyToManyField(
        "directory.ChallengeTerm", verbose_name=_("défis"), blank=True, related_name="projects"
    )
    device_kinds = ParentalManyToManyField(
        "directory.DeviceKindTerm",
        verbose_name=_("types de dispositif"),
        blank=True,
        related_name="projects",
    )
    publics = ParentalManyToManyField(
        "directory.TargetPublicTerm",
        verbose_name=_("publics cibles"),
        blank=True,
        related_name="projects",
    )
    territories = ParentalManyToManyField(
        "directory.Territory", verbose_name=_("territoires"), blank=True, related_name="projects"
    )
    funding_requested = models.PositiveIntegerField(
        _("subvention demandée (€)"), null=True, blank=True
    )
    funding_granted = models.PositiveIntegerField(
        _("subvention accordée (€)"), null=True, blank=True
    )
    funder = models.ForeignKey(
        "directory.Organisation",
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
    change_summary = models.CharField(
        _("résumé de la modification"),
        max_length=255,
        blank=True,
        help_text=_("Affiché dans l'historique public, par ex. « Calendrier mis à jour »."),
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
        FieldPanel("change_summary"),
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
    parent_page_types = ["programmes.ProgrammePage"]
    subpage_types = ["resources.ResourcePage", "resources.LessonPage"]
    base_form_class = ProjectPageForm
    exclude_fields_in_copy = ["code"]

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
            ensure_project_team(project=self, code=self.code)

    @property
    def team_group(self):
        return team_group(page=self, role=Role.PROJECT_TEAM)

    def _unique_code(self) -> str:
        base = re.sub(r"[^A-Z0-9]+", "-", slugify(self.title).upper()).strip("-")[:34] or "PROJET"
        code, suffix = base, 1
        while ProjectPage.objects.filter(code=code).exclude(pk=self.pk).exists():
            suffix += 1
            code = f"{base}-{suffix}"
        return code

    def get_context(self, request, *args, **kwargs):
        """The project's own details, then the sections other apps contribute through the
        `project_page_context` hook (its resources and lessons, its label…)."""
        from commons.programmes.selectors import get_project_detail

        context = super().get_context(request, *args, **kwargs)
        context["detail"] = get_project_detail(project=self)
        for contribute in hooks.get_hooks(PROJECT_PAGE_CONTEXT_HOOK):
            context.update(contribute(project=self, request=request))
        return context

    @classmethod
    def get_subpage_urls(cls):
        """The page's own routes, then those other apps add through the
        `register_project_page_routes` hook (the label's progression, for instance)."""
        extra = [route for hook in hooks.get_hooks(PROJECT_PAGE_ROUTES_HOOK) for route in hook()]
        return (*super().get_subpage_urls(), *extra)


class ProjectPartner(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "directory.Organisation",
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


class ProjectIndexPage(LocalizedWordsMixin, Page):
    """`/projets/`: every published project, filterable by programme, theme and phase."""

    intro = models.TextField(_("introduction"), blank=True)
    title_en = models.CharField(_("titre (anglais)"), max_length=255, blank=True)
    intro_en = models.TextField(_("introduction (anglais)"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        english_panel("title_en", "intro_en"),
    ]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("index des projets")

    def get_context(self, request, *args, **kwargs):
        from commons.programmes.filters import ProjectFilters
        from commons.programmes.selectors import (
            list_public_programmes,
            list_public_projects,
            paginate,
        )

        context = super().get_context(request, *args, **kwargs)
        filters = ProjectFilters(request.GET, queryset=list_public_projects(), request=request)
        context["filters"] = filters
        context["programmes"] = list_public_programmes()
        context["theme_choices"] = Theme.choices
        context["phase_choices"] = ProjectPhase.choices
        context["page_obj"] = paginate(filters.qs, page_number=request.GET.get("page"))
        return context
