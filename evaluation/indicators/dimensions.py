"""The categories of each disaggregation dimension, and the check that parts add up.

Categories are fixed here (not typed freely) so that parts of different projects and
periods add up in the dashboards: « femmes » is always ``femmes``. Territory is the one
dimension whose categories depend on the project: its own territories (INSEE codes).

The check never blocks: a team may know the total and only part of the breakdown. A
dimension whose parts do not add up to the total is *flagged*, and the flag is shown to the
team and to the reviewer (« Les parts « genre » totalisent 38, la valeur est 40 »). For a
percentage, parts break down the numerator (the people counted), so they add up to it.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from commons.taxonomies import TargetPublic
from evaluation.indicators.models import Dimension

GENDER_CATEGORIES = [
    ("femmes", _("Femmes")),
    ("hommes", _("Hommes")),
    ("autre", _("Autre ou non précisé")),
]
AGE_CATEGORIES = [
    ("moins-de-18", _("Moins de 18 ans")),
    ("18-25", _("18 à 25 ans")),
    ("26-44", _("26 à 44 ans")),
    ("45-64", _("45 à 64 ans")),
    ("65-et-plus", _("65 ans et plus")),
    ("non-precise", _("Âge non précisé")),
]
PRIORITY_AREA_CATEGORIES = [
    ("qpv", _("En QPV")),
    ("hors-qpv", _("Hors QPV")),
    ("non-precise", _("Non précisé")),
]
FIXED_CATEGORIES: dict[str, list[tuple[str, str]]] = {
    Dimension.GENDER: GENDER_CATEGORIES,
    Dimension.AGE_BRACKET: AGE_CATEGORIES,
    Dimension.PUBLIC_TYPE: list(TargetPublic.choices),
    Dimension.PRIORITY_AREA: PRIORITY_AREA_CATEGORIES,
}

PartKey = tuple[str, str]  # (dimension, category)


def categories(dimension: str, *, project=None) -> list[tuple[str, str]]:
    """(code, label) of the categories of `dimension`; for territory, the project's own
    territories (none without a project)."""
    if dimension == Dimension.TERRITORY:
        if project is None:
            return []
        return [(t.insee_code, t.name) for t in project.territories.order_by("name")]
    return FIXED_CATEGORIES[dimension]


def dimension_label(dimension: str) -> str:
    """« genre », « tranche d'âge »: the dimension's name as it reads inside a sentence."""
    label = str(Dimension(dimension).label)
    return label[:1].lower() + label[1:]


def trimmed(number: Decimal) -> Decimal:
    """12.5000 → 12.5, 40.0000 → 40 (never 4E+1): the decimals a person typed."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def plain_number(number: Decimal) -> str:
    """12.5000 → « 12,5 », 40.0000 → « 40 » (in the active language's format)."""
    return number_format(trimmed(number), use_l10n=True)


@dataclass(frozen=True)
class PartsMismatch:
    """One dimension whose parts do not add up to the total."""

    dimension: str
    parts_total: Decimal
    total: Decimal

    @property
    def message(self) -> str:
        return gettext(
            "Les parts « %(dimension)s » totalisent %(parts)s, la valeur est %(total)s."
        ) % {
            "dimension": dimension_label(self.dimension),
            "parts": plain_number(self.parts_total),
            "total": plain_number(self.total),
        }

    def __str__(self) -> str:
        return self.message


def parts_mismatches(
    *, total: Decimal | None, parts: Mapping[PartKey, Decimal] | Iterable[tuple[PartKey, Decimal]]
) -> list[PartsMismatch]:
    """The dimensions whose given parts do not add up to `total`, in dimension order.

    A dimension with no part given is not checked (no breakdown is not a wrong breakdown)."""
    if total is None:
        return []
    items = parts.items() if isinstance(parts, Mapping) else parts
    sums: dict[str, Decimal] = {}
    for (dimension, _category), value in items:
        if value is None:
            continue
        sums[dimension] = sums.get(dimension, Decimal(0)) + Decimal(value)
    order = list(Dimension.values)
    return [
        PartsMismatch(dimension=dimension, parts_total=parts_total, total=Decimal(total))
        for dimension, parts_total in sorted(sums.items(), key=lambda item: order.index(item[0]))
        if parts_total != total
    ]


def value_mismatches(indicator_value) -> list[PartsMismatch]:
    """The flags of one stored value (its parts against its value, or its numerator for a
    percentage). Reads ``indicator_value.parts.all()`` (prefetch it for lists)."""
    total = (
        indicator_value.numerator
        if indicator_value.numerator is not None
        else indicator_value.value
    )
    return parts_mismatches(
        total=total,
        parts=[((p.dimension, p.category), p.value) for p in indicator_value.parts.all()],
    )


def category_label(dimension: str, category: str, *, project=None) -> str:
    """The label of a stored category (its code when it is no longer known)."""
    return dict(categories(dimension, project=project)).get(category, category)
