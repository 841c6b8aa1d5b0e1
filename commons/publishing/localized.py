"""English words for pages whose content is written in French.

Wagtail's content translation is off: one tree, French content. The fixed section pages
(home, indexes, about, accessibility) carry an English version of their words in `*_en`
fields; templates read `localized_*`, which picks the English field when English is the
active language and falls back to French when that field is empty.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

ENGLISH = "en"


def english_is_active() -> bool:
    return (get_language() or "").split("-")[0] == ENGLISH


def localized_value(obj, field: str):
    """`obj.<field>_en` when English is active and that field is filled, else `obj.<field>`."""
    french = getattr(obj, field, None)
    if english_is_active():
        english = getattr(obj, f"{field}_en", None)
        if english:
            return english
    return french


def english_panel(*field_names: str) -> MultiFieldPanel:
    """The English fields of a page, grouped in one collapsible panel of the edit form."""
    return MultiFieldPanel(
        [FieldPanel(name) for name in field_names],
        heading=_("Version anglaise"),
        help_text=_("Version anglaise (/en/) ; vide : le texte français est affiché."),
        classname="collapsed",
    )


class LocalizedWordsMixin:
    """`localized_title`, `localized_intro`, `localized_body` for a page with `*_en` fields."""

    @property
    def localized_title(self) -> str:
        return localized_value(self, "title")

    @property
    def localized_intro(self) -> str:
        return localized_value(self, "intro")

    @property
    def localized_body(self):
        return localized_value(self, "body")
