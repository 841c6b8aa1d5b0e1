from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.colours import validate_text_colour_on_white
from commons.publishing.forms import CommonsPageForm
from commons.publishing.localized import LocalizedWordsMixin, english_panel, localized_value


class HomePage(LocalizedWordsMixin, Page):
    intro = models.TextField(_("accroche"), blank=True)
    body = RichTextField(_("présentation"), blank=True)
    title_en = models.CharField(_("titre (anglais)"), max_length=255, blank=True)
    intro_en = models.TextField(_("accroche (anglais)"), blank=True)
    body_en = RichTextField(_("présentation (anglais)"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        english_panel("title_en", "intro_en", "body_en"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "programmes.ProjectIndexPage",
        "programmes.ProgrammeIndexPage",
        "cms.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")

    def get_context(self, request, *args, **kwargs):
        from commons.programmes.selectors import home_page_summary

        context = super().get_context(request, *args, **kwargs)
        context["summary"] = home_page_summary()
        return context


def standard_page_blocks():
    return [
        ("heading", blocks.CharBlock(label=_("intertitre"), form_classname="title")),
        ("paragraph", blocks.RichTextBlock(label=_("paragraphe"))),
    ]


class StandardPage(LocalizedWordsMixin, Page):
    """A plain editorial page: about, accessibility statement, legal notices."""

    intro = models.TextField(_("chapeau"), blank=True)
    body = StreamField(standard_page_blocks(), verbose_name=_("contenu"), blank=True)
    title_en = models.CharField(_("titre (anglais)"), max_length=255, blank=True)
    intro_en = models.TextField(_("chapeau (anglais)"), blank=True)
    body_en = StreamField(standard_page_blocks(), verbose_name=_("contenu (anglais)"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        english_panel("title_en", "intro_en", "body_en"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["cms.StandardPage"]
    base_form_class = CommonsPageForm

    class Meta:
        verbose_name = _("page simple")

    def get_context(self, request, *args, **kwargs):
        from django.conf import settings

        context = super().get_context(request, *args, **kwargs)
        context["source_code_url"] = settings.SOURCE_CODE_URL
        return context


@register_setting(icon="view")
class SiteTheme(BaseSiteSetting):
    """Branding of one site: a programme operator can theme the platform without code."""

    site_name = models.CharField(_("nom du site"), max_length=100, default="Commons")
    tagline = models.CharField(
        _("signature"),
        max_length=200,
        blank=True,
        default="Les communs de la médiation numérique",
    )
    tagline_en = models.CharField(
        _("signature (anglais)"),
        max_length=200,
        blank=True,
        default="The commons of digital mediation",
        help_text=_("Affichée sur le site anglais (/en/) ; vide : la signature française."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_colour = models.CharField(
        _("couleur principale"),
        max_length=7,
        default="#1d4f91",
        validators=[validate_text_colour_on_white],
        help_text=_("Liens, boutons et bandeau ; contraste d'au moins 4.5:1 avec le blanc."),
    )
    accent_colour = models.CharField(
        _("couleur d'accent"),
        max_length=7,
        default="#8a3b12",
        validators=[validate_text_colour_on_white],
        help_text=_("Étiquettes et mises en avant ; contraste d'au moins 4.5:1 avec le blanc."),
    )
    footer_text = models.TextField(_("texte du pied de page"), blank=True)
    contact_email = models.EmailField(
        _("adresse de contact (accessibilité)"),
        default="accessibilite@commons.example",
        help_text=_("Donnée sur la déclaration d'accessibilité : une adresse d'équipe."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("site_name"),
                FieldPanel("tagline"),
                FieldPanel("tagline_en"),
                FieldPanel("logo"),
            ]
        ),
        MultiFieldPanel(
            [FieldPanel("primary_colour"), FieldPanel("accent_colour")], heading=_("Couleurs")
        ),
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("thème du site")

    @property
    def localized_tagline(self) -> str:
        return localized_value(self, "tagline")
