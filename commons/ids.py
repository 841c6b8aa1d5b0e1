"""Database ids read from addresses and forms: anything that cannot be one is refused before
it reaches the database (which would answer an overflow error, i.e. a 500).

- `<id:name>` in a URL pattern: ASCII digits that fit the id columns, else the pattern does not
  match and the address answers 404.
- `parse_id(value)` for ids posted in forms or query strings: the id, or None.
"""

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
