"""The filters of a programme's label matrix (admin): `?theme=<code>&wave=<id>&device_kind=<code>`."""

import django_filters
from django.http import QueryDict

from commons.filtering import LenientFilterSet
from commons.programmes.models import ProgrammePage, Wave
from commons.taxonomies import DeviceKind, Theme


class MatrixFilters(LenientFilterSet):
    """Filters the projects of `programme`; only the waves of that programme are accepted."""

    theme = django_filters.ChoiceFilter(choices=Theme.choices, field_name="themes__code")
    wave = django_filters.ModelChoiceFilter(queryset=Wave.objects.none(), field_name="wave")
    device_kind = django_filters.ChoiceFilter(
        choices=DeviceKind.choices, field_name="device_kinds__code"
    )

    def __init__(self, data=None, queryset=None, *, programme: ProgrammePage, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.programme = programme
        self.filters["wave"].queryset = programme.waves.all()

    def querystring(self) -> str:
        """The applied filters as a query string (for the export links)."""
        query = QueryDict(mutable=True)
        for name, value in self.selected.items():
            if value:
                query[name] = value.pk if isinstance(value, Wave) else value
        return query.urlencode()
