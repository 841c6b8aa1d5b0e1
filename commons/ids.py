"""Database ids read from addresses and forms: anything that cannot be one is refused before
it reaches the database (which would answer an overflow error, i.e. a 500).

- `<id:name>` in a URL pattern: ASCII digits that fit the id columns, else the pattern does not
  match and the address answers 404.
- `parse_id(value)` for ids posted in forms or query strings: the id, or None.
- `IdModelChoiceField` / `IdModelMultipleChoiceField`: a choice posted by id that cannot be one
  is an invalid choice before any query (a page id is looked up through its `page_ptr`, which
  Django does not range-check: SQLite would overflow).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import register_converter

# The largest id of an integer primary key on every supported database (a signed 32-bit
# integer on PostgreSQL; SQLite accepts more, but nothing here is ever that large).
MAX_ID = 2**31 - 1


def parse_id(value) -> int | None:
    """An id from untrusted input: ASCII digits only (not `²` nor `١`), 1 to MAX_ID."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 1 <= value <= MAX_ID else None
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return None
    if len(value) > len(str(MAX_ID)):
        return None
    number = int(value)
    return number if 1 <= number <= MAX_ID else None


class IdModelChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and parse_id(value) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for item in value:
            if parse_id(item) is None:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": item},
                )
        return super()._check_values(value)


class IdConverter:
    regex = "[0-9]{1,10}"

    def to_python(self, value: str) -> int:
        number = parse_id(value)
        if number is None:
            raise ValueError(value)  # the pattern does not match: 404
        return number

    def to_url(self, value) -> str:
        return str(int(value))


register_converter(IdConverter, "id")
