"""Taxonomy terms as tables, so that projects can be filtered and aggregated in SQL.

Each table holds exactly the codes of one TextChoices class (seeded by migration);
the label always comes from the TextChoices so that it follows the active language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from commons.taxonomies import Challenge, DeviceKind, ResourceType, TargetPublic, Theme


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
