"""The filters of `/ressources/` and `/modifications-recentes/` (and its feed).

`/ressources/`: `?type=<resource type|lesson>&theme=&public=&licence=<code|open>&projet=<code>
&tri=<recent|downloads|rating>`; `/modifications-recentes/`: `?projet=<code>&programme=<slug>
&type=<projet|ressource|lecon>`.
"""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from commons.access.selectors import visible_pages
from commons.filtering import LenientFilterSet, PageChoiceFilter
from commons.licences import OPEN_LICENCES, Licence
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.resources.models import LessonPage, ResourcePage
from commons.resources.recent_changes import CONTENT_KINDS
from commons.resources.selectors import LESSON_KIND, OPEN_FILTER, SORTS
from commons.taxonomies import ResourceType, TargetPublic, Theme


def type_choices():
    return [*ResourceType.choices, (LESSON_KIND, _("Leçon apprise"))]


def licence_choices():
    return [(OPEN_FILTER, _("Toutes les licences ouvertes")), *Licence.choices]


def _public_projects(request):
    return visible_pages(model=ProjectPage)


def _public_programmes(request):
    return visible_pages(model=ProgrammePage)


class LibraryFilters(LenientFilterSet):
    """Applied to the resources and to the lessons in turn (`filtered(queryset)`): a filter that
    cannot apply to one of them (a resource type, a public for lessons) empties it."""

    type = django_filters.ChoiceFilter(choices=type_choices, method="filter_kind")
    theme = django_filters.ChoiceFilter(choices=Theme.choices, field_name="themes__code")
    public = django_filters.ChoiceFilter(choices=TargetPublic.choices, method="filter_public")
    licence = django_filters.ChoiceFilter(choices=licence_choices, method="filter_licence")
    projet = PageChoiceFilter(
        queryset=_public_projects, to_field_name="code", method="filter_project"
    )
    tri = django_filters.ChoiceFilter(choices=list(SORTS.items()), method="sort_elsewhere")

    defaults = {"tri": "recent"}
    not_restricting = ("tri",)

    def __init__(self, data=None, *, request=None):
        # no queryset of its own: `list_library` filters resources and lessons in turn
        super().__init__(data, Page.objects.none(), request=request)

    def filter_kind(self, queryset, name, kind):
        if (kind == LESSON_KIND) != (queryset.model is LessonPage):
            return queryset.none()
        if queryset.model is ResourcePage:
            return queryset.filter(resource_types__code=kind)
        return queryset

    def filter_public(self, queryset, name, public):
        if queryset.model is not ResourcePage:
            return queryset.none()
        return queryset.filter(publics__code=public)

    def filter_licence(self, queryset, name, licence):
        if licence == OPEN_FILTER:
            return queryset.filter(licence__in=OPEN_LICENCES)
        return queryset.filter(licence=licence)

    def filter_project(self, queryset, name, project):
        return queryset.descendant_of(project)

    def sort_elsewhere(self, queryset, name, sort):
        """The sort spans resources and lessons together: `list_library` applies it."""
        return queryset


def kind_choices():
    return [
        ("projet", _("Projets")),
        ("ressource", _("Ressources")),
        ("lecon", _("Leçons apprises")),
    ]


class ChangeFilters(LenientFilterSet):
    """Filters the pages whose publications `recent_changes` lists (a Page queryset)."""

    projet = PageChoiceFilter(
        queryset=_public_projects, to_field_name="code", method="filter_within"
    )
    programme = PageChoiceFilter(
        queryset=_public_programmes, to_field_name="slug", method="filter_within"
    )
    type = django_filters.ChoiceFilter(choices=kind_choices, method="filter_kind")

    def filter_within(self, queryset, name, ancestor):
        return queryset.descendant_of(ancestor, inclusive=True)

    def filter_kind(self, queryset, name, kind):
        return queryset.filter(content_type=ContentType.objects.get_for_model(CONTENT_KINDS[kind]))
