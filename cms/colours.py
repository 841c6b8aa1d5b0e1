"""Colour contrast, so that a theme cannot make the site fail WCAG 2.1 AA."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MINIMUM_CONTRAST = 4.5


def relative_luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_text_colour_on_white(value: str) -> None:
    """The colour is used for links and buttons on white: it needs 4.5:1 against white."""
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(_("Couleur attendue au format #RRGGBB, par ex. #1d4f91."))
    ratio = contrast_ratio(value, "#ffffff")
    if ratio < MINIMUM_CONTRAST:
        raise ValidationError(
            _(
                "Contraste insuffisant avec le blanc : %(ratio).2f:1 ; il faut au moins 4.5:1 "
                "(RGAA 3.2). Choisissez une couleur plus foncée."
            ),
            params={"ratio": ratio},
        )
