"""The label's exports go through the shared exporter (commons.interop.exporter): a BOM, inert
cells. Each test builds its programme, projects and snapshots with the factories."""

import datetime as dt
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from commons.taxonomies import LabelCriterionCode, LabelRequestState
from tests.factories.label import all_achieved, level_one, published_snapshot, reviewed_request
from tests.factories.pages import ProjectPageFactory
from tests.interop.test_exporter import EVIL, csv_rows

pytestmark = pytest.mark.django_db


def test_matrix_exports_neutralise_project_titles(admin_client, programme, project):
    evil = ProjectPageFactory(parent=programme, title=EVIL)
    published_snapshot(evil, status=level_one, assessed_on=dt.date(2025, 3, 1))
    url = reverse("commons_label_matrix", args=[programme.pk])

    response = admin_client.get(url, {"format": "csv"})
    assert response["Content-Disposition"] == f'attachment; filename="label-{programme.slug}.csv"'
    rows = csv_rows(response)
    header, body = rows[0], rows[1:]
    assert header[:2] == ["code_projet", "Projet"]
    titles = {row[0]: row[1] for row in body}
    assert titles == {evil.code: f"'{EVIL}", project.code: project.title}

    sheet = load_workbook(io.BytesIO(admin_client.get(url, {"format": "xlsx"}).content)).active
    cells = {row[0].value: row[1] for row in sheet.iter_rows(min_row=2)}
    assert cells[evil.code].value == f"'{EVIL}"
    assert cells[project.code].value == project.title
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_progression_csv_goes_through_the_exporter(client, project):
    published_snapshot(project, status=level_one, assessed_on=dt.date(2025, 1, 15))
    published_snapshot(project, status=all_achieved, assessed_on=dt.date(2025, 9, 4))
    response = client.get(project.url + "label/csv/")
    assert response["Content-Disposition"] == f'attachment; filename="label-{project.code}.csv"'
    rows = csv_rows(response)
    assert rows[0][:2] == ["version", "assessed_on"]
    assert [row[:2] for row in rows[1:]] == [["1", "2025-01-15"], ["2", "2025-09-04"]]


def test_matrix_exports_have_french_headers_and_states_with_codes_in_their_own_columns(
    admin_client, programme, project
):
    """« À compléter », not `to_complete`; the code stays in `etat_demande_code` for machines."""
    published_snapshot(project, status=level_one, assessed_on=dt.date(2025, 3, 1))
    reviewed_request(project, decision=LabelRequestState.TO_COMPLETE, comment="Précisez.")
    url = reverse("commons_label_matrix", args=[programme.pk])

    rows = csv_rows(admin_client.get(url, {"format": "csv"}))
    header, body = rows[0], rows[1:]
    assert header == [
        "code_projet",
        "Projet",
        "Vague",
        "Version de l'auto-évaluation",
        "Date de l'auto-évaluation",
        *[str(label) for _code, label in LabelCriterionCode.choices],
        "Demande de label",
        "etat_demande_code",
    ]
    assert not {"project_code", "label_request_state", "accessibility"} & set(header)
    (row,) = body
    assert row[0] == project.code
    assert row[-2:] == ["À compléter", "to_complete"]

    sheet = load_workbook(io.BytesIO(admin_client.get(url, {"format": "xlsx"}).content)).active
    values = list(sheet.values)
    assert list(values[0]) == header
    assert list(values[1][-2:]) == ["À compléter", "to_complete"]
