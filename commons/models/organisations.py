from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from commons.taxonomies import OrganisationKind
from commons.validators import validate_siren


class Organisation(index.Indexed, models.Model):
    name = models.CharField(_("nom"), max_length=255)
    slug = models.SlugField(_("identifiant"), max_length=100, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=OrganisationKind.choices)
    siren = models.CharField(
        _("SIREN"),
        max_length=9,
        unique=True,
        null=True,
        blank=True,
        validators=[validate_siren],
        help_text=_("9 chiffres, vérifiés par leur clé de contrôle."),
    )
    territory = models.ForeignKey(
        "commons.Territory",
        verbose_name=_("territoire"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
    )
    website = models.URLField(_("site web"), blank=True)

    search_fields = [index.SearchField("name"), index.FilterField("kind")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if self.siren == "":
            self.siren = None
        super().save(*args, **kwargs)
