"""Numbers of indicators as people read them: « 12,5 personnes », « 37,5 % », « — »."""

from decimal import Decimal

from django import template

from evaluation.indicators.dimensions import category_label, plain_number
from evaluation.indicators.models import Dimension, Unit

register = template.Library()

NBSP = "\u00a0"


@register.filter
def number(value) -> str:
    """A decimal without its trailing zeros, in the active language's format."""
    if value is None or value == "":
        return "—"
    return plain_number(Decimal(value))


@register.filter
def figure(value, indicator) -> str:
    """A value with the indicator's unit."""
    if value is None:
        return "—"
    text = plain_number(Decimal(value))
    if indicator.unit == Unit.PERCENT:
        return f"{text}{NBSP}%"
    if indicator.unit == Unit.EURO:
        return f"{text}{NBSP}€"
    if indicator.unit in (Unit.PEOPLE, Unit.HOURS):
        return f"{text}{NBSP}{indicator.get_unit_display()}"
    return text


@register.filter
def part_category(part) -> str:
    """« Femmes », « 18 à 25 ans », « Lyon » for a stored part."""
    project = part.indicator_value.project if part.dimension == Dimension.TERRITORY else None
    return str(category_label(part.dimension, part.category, project=project))
