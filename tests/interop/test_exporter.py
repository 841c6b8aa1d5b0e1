"""The shared exporter (commons.interop.exporter): CSV with a BOM, XLSX, cells made inert.
The label's exports through it (matrix, progression) are in tests/label/test_exports."""

import csv
import io

import pytest
from openpyxl import load_workbook

from commons.interop.exporter import csv_response, neutralise, xlsx_response

EVIL = '=HYPERLINK("http://evil")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (EVIL, f"'{EVIL}"),
        ("+33 1 23", "'+33 1 23"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("\x00x", "'\x00x"),
        ("Numérique = commun", "Numérique = commun"),
        ("", ""),
        (-1, -1),
        (2, 2),
        (None, None),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def csv_rows(response) -> list[list[str]]:
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))


def test_csv_response_has_a_bom_and_inert_cells():
    response = csv_response("t.csv", ["title", "=header"], [[EVIL, 3], ["Équipe", "-1"]])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="t.csv"'
    assert csv_rows(response) == [
        ["title", "'=header"],
        [f"'{EVIL}", "3"],
        ["Équipe", "'-1"],
    ]


def test_xlsx_response_has_inert_cells_and_a_frozen_header():
    response = xlsx_response("t.xlsx", ["title", "n"], [[EVIL, 3]], title="Label")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.title == "Label"
    assert sheet.freeze_panes == "A2"
    cell = sheet["A2"]
    assert cell.data_type == "s"
    assert cell.value == f"'{EVIL}"
    assert sheet["B2"].value == 3
