from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from commons.taxonomies import TerritoryLevel, ZoneKind
from commons.validators import validate_insee_code

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
