from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

# Top-level paths served by the application itself: no page may take them.
RESERVED_TOP_LEVEL_SLUGS = frozenset(
    {
        "admin",
        "documents",
        "i18n",
        "static",
        "media",
        "en",
        "fr",
        "ressources",
        "recherche",
        "tableaux-de-bord",
        "donnees-ouvertes",
        "modifications-recentes",
        "api",
    }
)


class CommonsPageForm(WagtailAdminPageForm):
    """Refuses top-level slugs that the application reserves for its own sections.

    A page's change summary starts empty on every edit, so that each revision carries its own.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "change_summary" in self.fields:
            self.initial["change_summary"] = ""

    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug")
        parent = self.parent_page
        if slug in RESERVED_TOP_LEVEL_SLUGS and parent is not None and parent.depth == 2:
            self.add_error(
                "slug",
                _(
                    "L'adresse « /%(slug)s/ » est réservée par la plateforme ; choisissez-en une autre."
                )
                % {"slug": slug},
            )
        return cleaned_data
