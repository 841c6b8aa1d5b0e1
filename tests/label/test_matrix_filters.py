"""The filters of a programme's label matrix (MatrixFilters): only the programme's waves, invalid
values ignored. Each test builds its programmes, waves and projects with the factories (the
filters applied to the exports are in test_views)."""

import datetime as dt

import pytest
from django.http import QueryDict
from django.urls import reverse

from commons.label.filters import MatrixFilters
from commons.label.selectors import programme_projects
from commons.programmes.models import Wave
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db


def wave(programme, year: int) -> Wave:
    return Wave.objects.create(
        programme=programme, name=f"AMI {year}", deadline=dt.date(year, 3, 1)
    )


def test_matrix_filters_accept_only_the_programme_waves(programme, other_programme):
    own_wave = wave(programme, 2023)
    foreign_wave = wave(other_programme, 2024)

    def matrix(string):
        return MatrixFilters(
            QueryDict(string), queryset=programme_projects(programme), programme=programme
        )

    assert matrix(f"wave={own_wave.pk}").selected["wave"] == own_wave
    assert matrix(f"wave={own_wave.pk}&theme=zzz").querystring() == f"wave={own_wave.pk}"
    assert matrix("wave=%C2%B2").selected["wave"] is None
    assert matrix(f"wave={foreign_wave.pk}").selected["wave"] is None
    assert not matrix(f"wave={foreign_wave.pk}").is_active


def test_matrix_ignores_invalid_values(admin_client, programme, project, other_programme):
    own_wave = wave(programme, 2023)
    ProjectPageFactory(parent=programme, wave=own_wave)
    ProjectPageFactory(parent=programme, live=False)  # the matrix lists drafts too
    ProjectPageFactory(parent=other_programme)
    url = reverse("commons_label_matrix", args=[programme.pk])
    everything = admin_client.get(url)
    assert len(everything.context["matrix"].rows) == 3
    for querystring in ("wave=%C2%B2", "theme=zzz", "device_kind=%00", "wave=-1"):
        response = admin_client.get(f"{url}?{querystring}")
        assert response.status_code == 200
        assert len(response.context["matrix"].rows) == 3
