from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search over resources, lessons, projects and organisations (see ROADMAP)."""

    name = "search"
    verbose_name = _("Recherche")
