from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from commons.directory.models import Organisation, Territory


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "siren", "territory"]
    list_filter = ["kind"]
    search_fields = ["name", "siren"]


class TerritoryViewSet(SnippetViewSet):
    model = Territory
    icon = "site"
    menu_label = _("Territoires")
    list_display = ["name", "level", "insee_code", "parent", "includes_qpv", "includes_qva"]
    list_filter = ["level", "zone_kind", "includes_qpv", "includes_qva"]
    search_fields = ["name", "insee_code"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, TerritoryViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Annuaire")
    menu_name = "directory"


register_snippet(DirectoryViewSetGroup)
