"""CSV and XLSX downloads of a table (a header and rows), built with tablib.

Every text cell goes through `neutralise` here, in one place: a spreadsheet must never read a
cell of user content (a title, a name…) as a formula.
"""

import unicodedata
from collections.abc import Iterable, Sequence

import tablib
from django.http import HttpResponse

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: what a spreadsheet may take for the start of a formula (besides control characters)
FORMULA_PREFIXES = ("=", "+", "-", "@")
XLSX_MAX_TITLE = 31


def neutralise(value):
    """A text starting with `=`, `+`, `-`, `@` or a control character (tab, carriage return…)
    gets a leading `'`, so that it is shown as text, not evaluated (CSV/formula injection).
    Numbers, dates and other values are kept as they are."""
    if isinstance(value, str) and value:
        first = value[0]
        if first in FORMULA_PREFIXES or unicodedata.category(first) == "Cc":
            return f"'{value}"
    return value


def dataset(header: Sequence, rows: Iterable[Sequence], *, title: str = "") -> tablib.Dataset:
    """The table as a tablib Dataset, every cell neutralised."""
    data = tablib.Dataset(title=title[:XLSX_MAX_TITLE] or None)
    data.headers = [neutralise(cell) for cell in header]
    for row in rows:
        data.append([neutralise(cell) for cell in row])
    return data


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(filename: str, header: Sequence, rows: Iterable[Sequence]) -> HttpResponse:
    """UTF-8 with a BOM so that spreadsheet software reads accents correctly."""
    content = "\ufeff" + dataset(header, rows).export("csv")
    return _attachment(HttpResponse(content, content_type=CSV_TYPE), filename)


def xlsx_response(
    filename: str, header: Sequence, rows: Iterable[Sequence], *, title: str
) -> HttpResponse:
    """One sheet named `title`, the header row frozen."""
    content = dataset(header, rows, title=title).export("xlsx", freeze_panes=True)
    return _attachment(HttpResponse(content, content_type=XLSX_TYPE), filename)
