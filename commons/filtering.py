"""The base of the public filters: django-filter FilterSets that read the query string leniently.

A value that does not validate (unknown code, unknown programme, `?wave=²`…) is dropped: that
filter is not applied, the others are, and the page answers 200 — never a 500.
"""

from typing import Any

import django_filters
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.functional import cached_property
from django_filters.fields import ModelChoiceField


def _without_control_characters(query: QueryDict) -> QueryDict:
    """Drops the values holding a control character (a NUL byte, for one, is refused by
    PostgreSQL before any lookup): no filter value needs one, so such a value is invalid."""
    kept = QueryDict(mutable=True)
    for key, values in query.lists():
        clean = [value for value in values if value.isprintable()]
        if clean:
            kept.setlist(key, clean)
    return kept


class FirstMatchChoiceField(ModelChoiceField):
    """Like ModelChoiceField, but a value matching several objects (page slugs are unique only
    among siblings) selects the first instead of failing."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            match = self.queryset.filter(**{self.to_field_name or "pk": value}).first()
        except (ValueError, TypeError, ValidationError):
            match = None
        if match is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return match


class PageChoiceFilter(django_filters.ModelChoiceFilter):
    """A page chosen by one of its fields (`to_field_name`, e.g. a slug or a code)."""

    field_class = FirstMatchChoiceField


class LenientFilterSet(django_filters.FilterSet):
    """Templates read the applied values from `selected` (name of the GET parameter → cleaned
    value, or the default when absent or invalid) and `is_active`."""

    #: values used when a parameter is absent or invalid (otherwise "" or None)
    defaults: dict[str, Any] = {}
    #: parameters that do not restrict the results (e.g. the sort), left out of `is_active`
    not_restricting: tuple[str, ...] = ()

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # always bound: no query string means "no filter", not "unvalidated"
        super().__init__(
            _without_control_characters(data if data is not None else QueryDict()),
            queryset,
            request=request,
            prefix=prefix,
        )

    @cached_property
    def selected(self) -> dict[str, Any]:
        self.form.is_valid()
        cleaned = self.form.cleaned_data
        return {
            name: cleaned[name]
            if cleaned.get(name) not in (None, "")
            else self.defaults.get(name, None if self._is_model_filter(name) else "")
            for name in self.filters
        }

    def _is_model_filter(self, name: str) -> bool:
        return isinstance(self.filters[name], django_filters.ModelChoiceFilter)

    @property
    def is_active(self) -> bool:
        return any(
            self.selected[name] not in (None, "")
            for name in self.filters
            if name not in self.not_restricting
        )

    def filtered(self, queryset):
        """`queryset` filtered by the valid values (for views that filter several querysets)."""
        self.form.is_valid()
        return self.filter_queryset(queryset)
