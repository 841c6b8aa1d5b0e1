"""The filters of `/projets/`: `?programme=<slug>&theme=<code>&phase=<code>`."""

import django_filters

from commons.access.selectors import visible_pages
from commons.filtering import LenientFilterSet, PageChoiceFilter
from commons.programmes.models import ProgrammePage
from commons.taxonomies import ProjectPhase, Theme


def _public_programmes(request):
    return visible_pages(model=ProgrammePage)


class ProjectFilters(LenientFilterSet):
    programme = PageChoiceFilter(
        queryset=_public_programmes, to_field_name="slug", method="filter_programme"
    )
    theme = django_filters.ChoiceFilter(choices=Theme.choices, field_name="themes__code")
    phase = django_filters.ChoiceFilter(choices=ProjectPhase.choices)

    def filter_programme(self, queryset, name, programme):
        return queryset.child_of(programme)
