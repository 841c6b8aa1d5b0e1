"""Taxonomy terms as tables, so that projects can be filtered and aggregated in SQL.

Each table holds exactly the codes of one TextChoices class (seeded by migration);
the label always comes from the TextChoices so that it follows the active language.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from commons.taxonomies import (
    Challenge,
    DeviceKind,
    OrganisationKind,
    ResourceType,
    TargetPublic,
    TerritoryLevel,
    Theme,
    ZoneKind,
)
from commons.validators import validate_insee_code, validate_siren


class TaxonomyTerm(models.Model):
    code = models.CharField(primary_key=True, max_length=64)
    position = models.PositiveSmallIntegerField(default=0)

    codes: type[models.TextChoices]

    class Meta:
        abstract = True
        ordering = ["position"]

    def __str__(self) -> str:
        return str(self.codes(self.code).label)

    @property
    def label(self) -> str:
        return str(self)

    @classmethod
    def for_codes(cls, codes) -> list["TaxonomyTerm"]:
        return list(cls.objects.filter(code__in=codes))


class ThemeTerm(TaxonomyTerm):
    codes = Theme

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("thématique")
        verbose_name_plural = _("thématiques")


class ChallengeTerm(TaxonomyTerm):
    codes = Challenge

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("défi")
        verbose_name_plural = _("défis")


class DeviceKindTerm(TaxonomyTerm):
    codes = DeviceKind

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("type de dispositif")
        verbose_name_plural = _("types de dispositif")


class TargetPublicTerm(TaxonomyTerm):
    codes = TargetPublic

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("public cible")
        verbose_name_plural = _("publics cibles")


class ResourceTypeTerm(TaxonomyTerm):
    codes = ResourceType

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("type de ressource")
        verbose_name_plural = _("types de ressource")


TERM_MODELS: tuple[type[TaxonomyTerm], ...] = (
    ThemeTerm,
    ChallengeTerm,
    DeviceKindTerm,
    TargetPublicTerm,
    ResourceTypeTerm,
)


LEVEL_RANK = {
    TerritoryLevel.REGION: 0,
    TerritoryLevel.DEPARTMENT: 1,
    TerritoryLevel.EPCI: 2,
    TerritoryLevel.COMMUNE: 3,
}


class Territory(models.Model):
    """A commune, EPCI, département or région, identified by its INSEE code (SIREN for EPCI)."""

    name = models.CharField(_("nom"), max_length=200)
    level = models.CharField(_("niveau"), max_length=20, choices=TerritoryLevel.choices)
    insee_code = models.CharField(
        _("code INSEE"), max_length=9, unique=True, help_text=_("SIREN pour un EPCI.")
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("territoire parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    zone_kind = models.CharField(
        _("type de zone"), max_length=20, choices=ZoneKind.choices, blank=True
    )
    includes_qpv = models.BooleanField(
        _("comprend un QPV"),
        default=False,
        help_text=_("Quartier prioritaire de la politique de la ville."),
    )
    includes_qva = models.BooleanField(
        _("comprend un QVA"), default=False, help_text=_("Quartier de veille active.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("territoire")
        verbose_name_plural = _("territoires")

    def __str__(self) -> str:
        return f"{self.name} ({self.insee_code})"

    def clean(self) -> None:
        validate_insee_code(code=self.insee_code, level=self.level)
        if self.parent and LEVEL_RANK[self.parent.level] >= LEVEL_RANK[self.level]:
            raise ValidationError(
                {"parent": _("Le territoire parent doit être d'un niveau supérieur.")}
            )

    @property
    def is_priority_area(self) -> bool:
        return self.includes_qpv or self.includes_qva


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
        "directory.Territory",
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
