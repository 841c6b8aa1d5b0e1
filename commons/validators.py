"""Validators for French administrative identifiers."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from commons.taxonomies import TerritoryLevel


def luhn_is_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def validate_siren(value: str) -> None:
    """A SIREN has nine digits and passes the Luhn checksum (La Poste's own, 356000000, too)."""
    if not re.fullmatch(r"\d{9}", value or ""):
        raise ValidationError(
            _("Un SIREN compte exactement 9 chiffres (reçu : « %(value)s »)."),
            code="siren_format",
            params={"value": value},
        )
    if not luhn_is_valid(value) and value != "356000000":
        raise ValidationError(
            _("Le SIREN « %(value)s » est invalide : sa clé de contrôle (Luhn) ne correspond pas."),
            code="siren_checksum",
            params={"value": value},
        )


INSEE_CODE_PATTERNS = {
    TerritoryLevel.COMMUNE: (r"(\d{2}|2A|2B)\d{3}", _("5 caractères, par ex. 33063 ou 2A004")),
    TerritoryLevel.EPCI: (r"\d{9}", _("le SIREN de l'EPCI, 9 chiffres")),
    TerritoryLevel.DEPARTMENT: (r"\d{2}|2A|2B|97\d", _("2 ou 3 caractères, par ex. 33, 2A, 974")),
    TerritoryLevel.REGION: (r"\d{2}", _("2 chiffres, par ex. 75")),
}


def validate_insee_code(*, code: str, level: str) -> None:
    pattern, expected = INSEE_CODE_PATTERNS[TerritoryLevel(level)]
    if not re.fullmatch(pattern, code or ""):
        raise ValidationError(
            {
                "insee_code": _("Code « %(code)s » invalide pour ce niveau : attendu %(expected)s.")
                % {"code": code, "expected": expected}
            }
        )
