"""What resources and lessons share: reuse metadata, taxonomy, history and change summary."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from commons.licences import LICENCE_INFO, Licence
from commons.models.history import PublicHistoryMixin
from commons.taxonomies import ContentLanguage

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
        "commons.ThemeTerm", verbose_name=_("thématiques"), blank=True, related_name="+"
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
