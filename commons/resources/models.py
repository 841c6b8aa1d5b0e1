"""What resources and lessons share: reuse metadata, taxonomy, history and change summary."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from commons.licences import LICENCE_INFO, Licence
from commons.publishing.history import PublicHistoryMixin
from commons.resources.blocks import LinkBlock, ResourceBodyBlock
from commons.resources.forms import CommonsContentPageForm
from commons.taxonomies import AccompanimentTopic, ContentLanguage, ProjectPhase

SUMMARY_MAX_LENGTH = 300


class CommonsContentPage(PublicHistoryMixin, Page):
    summary = models.TextField(_("résumé"), max_length=SUMMARY_MAX_LENGTH, blank=True)
    licence = models.CharField(
        _("licence"),
        max_length=30,
        choices=Licence.choices,
        default=Licence.ETALAB_2,
        help_text=_(
            "« Tous droits réservés » est possible, mais la ressource ne sera pas ouverte."
        ),
    )
    themes = ParentalManyToManyField(
        "directory.ThemeTerm", verbose_name=_("thématiques"), blank=True, related_name="+"
    )
    language = models.CharField(
        _("langue"), max_length=10, choices=ContentLanguage.choices, default=ContentLanguage.FRENCH
    )
    last_reviewed = models.DateField(_("dernière relecture"), null=True, blank=True)
    change_summary = models.CharField(
        _("résumé de la modification"),
        max_length=255,
        blank=True,
        help_text=_("Affiché dans l'historique public, par ex. « Ajout de la fiche n° 3 »."),
    )

    change_summary_panel = FieldPanel("change_summary")
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    class Meta:
        abstract = True

    @property
    def licence_info(self):
        return LICENCE_INFO[self.licence]

    @property
    def is_open(self) -> bool:
        return self.licence_info.is_open


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ResourcePage(CommonsContentPage):
    """A reusable resource: guide, toolsheet, kit, software, dataset… under an open licence."""

    body = StreamField(ResourceBodyBlock(), verbose_name=_("contenu"), blank=True)
    resource_types = ParentalManyToManyField(
        "directory.ResourceTypeTerm",
        verbose_name=_("types de ressource"),
        blank=True,
        related_name="+",
    )
    publics = ParentalManyToManyField(
        "directory.TargetPublicTerm", verbose_name=_("publics cibles"), blank=True, related_name="+"
    )
    challenges = ParentalManyToManyField(
        "directory.ChallengeTerm", verbose_name=_("défis"), blank=True, related_name="+"
    )
    organisations = ParentalManyToManyField(
        "directory.Organisation",
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
                FieldPanel(
                    "organisations",
                    widget=forms.CheckboxSelectMultiple,
                    classname="commons-choice-list",
                    help_text=_(
                        "Les structures qui ont écrit ou produit la ressource : la page publique "
                        "les cite comme autrices. Cochez-en une ou plusieurs ; une structure "
                        "absente de la liste est ajoutée à l'annuaire par l'équipe du programme."
                    ),
                ),
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
    parent_page_types = ["programmes.ProjectPage", "programmes.ProgrammePage"]
    subpage_types: list[str] = []
    base_form_class = CommonsContentPageForm

    class Meta:
        verbose_name = _("ressource")
        verbose_name_plural = _("ressources")

    accepts_feedback = True

    def get_context(self, request, *args, **kwargs):
        from commons.engagement.forms import FeedbackForm, ReportForm, thanks_for
        from commons.resources.selectors import get_resource_detail

        context = super().get_context(request, *args, **kwargs)
        context["detail"] = get_resource_detail(resource=self, request=request)
        context.setdefault("feedback_form", FeedbackForm())
        context.setdefault("report_form", ReportForm())
        context.setdefault("thanks", thanks_for(request))
        return context

    def serve(self, request, view=None, args=None, kwargs=None):
        """Counts a view of the resource itself, not of its history or form routes."""
        from commons.engagement.services import record_hit

        is_index = view is None or getattr(view, "__name__", "") == "index_route"
        if request.method == "GET" and is_index:
            record_hit(request=request, page=self, document=None)
        return super().serve(request, view, args, kwargs)


LESSON_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class LessonTag(TaggedItemBase):
    content_object = ParentalKey(
        "resources.LessonPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class LessonPage(CommonsContentPage):
    """A lesson learned (retour d'expérience), structured so that others can act on it."""

    context = RichTextField(_("contexte"), blank=True, features=LESSON_TEXT_FEATURES)
    what_we_tried = RichTextField(
        _("ce que nous avons essayé"), blank=True, features=LESSON_TEXT_FEATURES
    )
    what_worked = RichTextField(_("ce qui a marché"), blank=True, features=LESSON_TEXT_FEATURES)
    what_did_not_work = RichTextField(
        _("ce qui n'a pas marché"), blank=True, features=LESSON_TEXT_FEATURES
    )
    recommendations = RichTextField(
        _("ce que nous recommandons"), blank=True, features=LESSON_TEXT_FEATURES
    )
    reuse_conditions = RichTextField(
        _("conditions de réutilisation"), blank=True, features=LESSON_TEXT_FEATURES
    )
    phase = models.CharField(
        _("phase du projet concernée"), max_length=20, choices=ProjectPhase.choices, blank=True
    )
    accompaniment_topic = models.CharField(
        _("thème d'accompagnement"), max_length=30, choices=AccompanimentTopic.choices, blank=True
    )
    related_resources = ParentalManyToManyField(
        "resources.ResourcePage",
        verbose_name=_("ressources liées"),
        blank=True,
        related_name="lessons",
    )
    evidence_links = StreamField(
        [("link", LinkBlock())], verbose_name=_("preuves et sources"), blank=True
    )
    tags = ClusterTaggableManager(through=LessonTag, blank=True, verbose_name=_("mots-clés"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("context"),
                FieldPanel("what_we_tried"),
                FieldPanel("what_worked"),
                FieldPanel("what_did_not_work"),
                FieldPanel("recommendations"),
                FieldPanel("reuse_conditions"),
            ],
            heading=_("Retour d'expérience"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phase"),
                FieldPanel("accompaniment_topic"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Classement"),
        ),
        FieldPanel("related_resources"),
        FieldPanel("evidence_links"),
        MultiFieldPanel(
            [FieldPanel("licence"), FieldPanel("language"), FieldPanel("last_reviewed")],
            heading=_("Réutilisation"),
        ),
        CommonsContentPage.change_summary_panel,
    ]
    search_fields = [
        *CommonsContentPage.search_fields,
        index.SearchField("context"),
        index.SearchField("what_worked"),
        index.SearchField("what_did_not_work"),
        index.SearchField("recommendations"),
    ]
    history_fields = (
        ("title", _("Titre")),
        ("summary", _("Résumé")),
        ("context", _("Contexte")),
        ("what_we_tried", _("Ce que nous avons essayé")),
        ("what_worked", _("Ce qui a marché")),
        ("what_did_not_work", _("Ce qui n'a pas marché")),
        ("recommendations", _("Ce que nous recommandons")),
        ("reuse_conditions", _("Conditions de réutilisation")),
    )
    parent_page_types = ["programmes.ProjectPage", "programmes.ProgrammePage"]
    subpage_types: list[str] = []
    base_form_class = CommonsContentPageForm

    class Meta:
        verbose_name = _("leçon apprise")
        verbose_name_plural = _("leçons apprises")

    def get_context(self, request, *args, **kwargs):
        from commons.resources.selectors import get_lesson_detail

        context = super().get_context(request, *args, **kwargs)
        context["detail"] = get_lesson_detail(lesson=self)
        return context
