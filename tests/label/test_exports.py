"""The label's exports go through the shared exporter (commons.interop.exporter): a BOM, inert
cells. Each test builds its programme, projects and snapshots with the factories."""

import datetime as dt
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories.label import all_achieved, level_one, published_snapshot
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
    assert header[:2] == ["project_code", "project_title"]
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
