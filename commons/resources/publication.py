"""What a resource or lesson needs before it can be published (drafts may be incomplete)."""

from django.utils.translation import gettext as _

MIN_THEMES, MAX_THEMES = 1, 5
MIN_TYPES, MAX_TYPES = 1, 3


def publication_errors(
    *, summary: str, licence: str, themes, resource_types=None
) -> dict[str, str]:
    """One message per field that blocks publication; empty when the page may be published.

    `resource_types` is None for pages without types (lessons).
    """
    errors = {}
    if not (summary or "").strip():
        errors["summary"] = _("Le résumé est obligatoire pour publier (300 caractères au plus).")
    if not licence:
        errors["licence"] = _("Choisissez une licence pour publier.")
    theme_count = len(themes or [])
    if not MIN_THEMES <= theme_count <= MAX_THEMES:
        errors["themes"] = _(
            "Choisissez de %(minimum)d à %(maximum)d thématiques pour publier (actuellement %(count)d)."
        ) % {"minimum": MIN_THEMES, "maximum": MAX_THEMES, "count": theme_count}
    if resource_types is not None:
        type_count = len(resource_types)
        if not MIN_TYPES <= type_count <= MAX_TYPES:
            errors["resource_types"] = _(
                "Choisissez de %(minimum)d à %(maximum)d types de ressource pour publier "
                "(actuellement %(count)d)."
            ) % {"minimum": MIN_TYPES, "maximum": MAX_TYPES, "count": type_count}
    return errors
