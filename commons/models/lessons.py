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

from commons.blocks import LinkBlock
from commons.forms import CommonsContentPageForm
from commons.models.content import CommonsContentPage
from commons.taxonomies import AccompanimentTopic, ProjectPhase

LESSON_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class LessonTag(TaggedItemBase):
    content_object = ParentalKey(
        "commons.LessonPage", on_delete=models.CASCADE, related_name="tagged_items"
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
        "commons.ResourcePage",
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
    parent_page_types = ["commons.ProjectPage", "commons.ProgrammePage"]
    subpage_types: list[str] = []
    base_form_class = CommonsContentPageForm

    class Meta:
        verbose_name = _("leçon apprise")
        verbose_name_plural = _("leçons apprises")

    def get_context(self, request, *args, **kwargs):
        from commons.selectors.resources import get_lesson_detail

        context = super().get_context(request, *args, **kwargs)
        context["detail"] = get_lesson_detail(lesson=self)
        return context
