"""Reads of the indicator library and of project indicators."""

from evaluation.indicators.models import Indicator


def indicator_choices() -> list[tuple[str, str]]:
    """(code, label) of the active library, for a form question bound to an indicator."""
    return [
        (code, f"{name} ({code})")
        for code, name in Indicator.objects.filter(active=True).values_list("code", "name")
    ]
