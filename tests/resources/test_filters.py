"""The filters of `/ressources/` (LibraryFilters) and `/modifications-recentes/` and its feed
(ChangeFilters): the same GET parameters, invalid values ignored. Each test builds its
projects, resources and lessons with the factories, published at fixed moments."""

import datetime as dt

import pytest
import time_machine
from django.http import QueryDict
from django.urls import reverse

from commons.licences import Licence
from commons.programmes.models import ProjectPage
from commons.resources.filters import ChangeFilters, LibraryFilters
from commons.resources.models import LessonPage
from commons.resources.recent_changes import changed_pages
from tests.factories.pages import LessonPageFactory, ProjectPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


def query(string: str) -> QueryDict:
    return QueryDict(string)


def on(day: int):
    """Publishes what is built inside on 2025-03-<day> at noon (the library sorts, and the
    recent changes list, by publication time)."""
    return time_machine.travel(dt.datetime(2025, 3, day, 12, 0, tzinfo=dt.UTC), tick=False)


@pytest.fixture
def content(programme) -> dict:
    """Two public projects, each with a resource (the other project's not open), one with a
    lesson too, and a draft project that nothing public may list."""
    with on(1):
        project = ProjectPageFactory(parent=programme)
        other = ProjectPageFactory(parent=programme)
        draft = ProjectPageFactory(parent=programme, live=False)
    with on(2):
        resource = ResourcePageFactory(parent=project)
    with on(3):
        lesson = LessonPageFactory(parent=project)
    with on(4):
        elsewhere = ResourcePageFactory(parent=other, licence=Licence.ALL_RIGHTS_RESERVED)
    return {
        "project": project,
        "other": other,
        "draft": draft,
        "resource": resource,
        "lesson": lesson,
        "elsewhere": elsewhere,
    }


# --------------------------------------------------------------------------- FilterSets
def test_library_filters_default_sort_and_lenient_values():
    filters = LibraryFilters(query("tri=zzz&theme=zzz&projet=NOPE&licence=open&type=lesson"))
    assert filters.selected["tri"] == "recent"
    assert filters.selected["projet"] is None
    assert filters.selected["licence"] == "open"
    assert filters.selected["type"] == "lesson"
    assert filters.is_active
    assert not LibraryFilters(query("tri=downloads")).is_active  # a sort is not a filter


def test_draft_projects_are_not_valid_filter_values(programme, project):
    draft_project = ProjectPageFactory(parent=programme, live=False)
    filters = LibraryFilters(query(f"projet={draft_project.code}"))
    assert filters.selected["projet"] is None
    changes = ChangeFilters(query(f"projet={draft_project.code}"), queryset=changed_pages())
    assert changes.selected["projet"] is None

    assert LibraryFilters(query(f"projet={project.code}")).selected["projet"] == project
    live = ChangeFilters(query(f"projet={project.code}"), queryset=changed_pages())
    assert live.selected["projet"] == project


def test_change_filters_by_kind_and_project(content):
    project = content["project"]
    everything = changed_pages()
    projects = ChangeFilters(query("type=projet"), queryset=everything).qs
    assert {page.specific_class for page in projects} == {ProjectPage}
    assert set(projects) == {content["project"].page_ptr, content["other"].page_ptr}
    within = ChangeFilters(query(f"projet={project.code}"), queryset=everything).qs
    assert project.page_ptr in within
    assert all(page.path.startswith(project.path) for page in within)
    assert {page.pk for page in within} == {
        project.pk,
        content["resource"].pk,
        content["lesson"].pk,
    }
    lessons = ChangeFilters(query("type=lecon"), queryset=everything).qs
    assert {page.specific_class for page in lessons} == {LessonPage}
    assert ChangeFilters(query("type=zzz"), queryset=everything).qs.count() == everything.count()


# --------------------------------------------------------------------------- over HTTP
@pytest.mark.parametrize(
    "querystring",
    ["theme=zzz", "wave=%C2%B2", "programme=inconnu", "projet=INCONNU", "page=abc", "tri=%00"],
)
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/ressources/", 3),  # two resources and a lesson of public projects
        ("/en/ressources/", 3),
        ("/modifications-recentes/", 5),  # their publications and the two projects'
    ],
)
def test_invalid_values_are_ignored_on_public_pages(client, content, url, expected, querystring):
    unfiltered = client.get(url)
    assert unfiltered.context["page_obj"].paginator.count == expected
    response = client.get(f"{url}?{querystring}")
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == expected


def test_valid_library_filters_are_applied(client, content):
    response = client.get("/ressources/", {"projet": content["project"].code, "theme": "zzz"})
    pages = [item.page for item in response.context["items"]]
    assert pages == [content["lesson"], content["resource"]]  # the most recent first
    response = client.get("/ressources/", {"type": "lesson"})
    assert [item.page for item in response.context["items"]] == [content["lesson"]]
    response = client.get("/ressources/", {"licence": "open"})
    assert [item.page for item in response.context["items"]] == [
        content["lesson"],
        content["resource"],
    ]


def test_invalid_values_are_ignored_in_the_recent_changes_feed(client, content):
    url = reverse("commons_recent_changes_feed")
    with on(10):
        response = client.get(url, {"projet": "INCONNU", "programme": "x", "type": "zzz"})
        unfiltered = client.get(url)
    assert response.status_code == 200
    assert response.content == unfiltered.content
    assert content["elsewhere"].title in response.content.decode()


# --------------------------------------------------------------------------- labels per language
def test_sort_labels_follow_the_language_of_the_request(client, site_root):
    english = client.get("/en/ressources/").content.decode()
    assert "most recent" in english and "most downloaded" in english
    assert "les plus récentes" not in english
    french = client.get("/ressources/").content.decode()
    assert "les plus récentes" in french and "most recent" not in french
