"""The filters of `/projets/` (ProjectFilters) and the kernel's first-match page field: the
same GET parameters, invalid values ignored. Each test builds its projects with the factories."""

from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict

from commons.directory.models import ThemeTerm
from commons.filtering import FirstMatchChoiceField
from commons.programmes.filters import ProjectFilters
from commons.programmes.models import ProjectPage
from commons.programmes.selectors import list_public_projects
from commons.taxonomies import ProjectPhase
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db


def query(string: str) -> QueryDict:
    return QueryDict(string)


@pytest.fixture
def projects(programme, other_programme) -> dict[str, ProjectPage]:
    """Two public projects in `programme` (one completed, with a theme), one in
    `other_programme`, and a draft that no filter may show."""
    ecological = ThemeTerm.objects.get(code="ecological_transition")
    return {
        "completed": ProjectPageFactory(
            parent=programme, phase=ProjectPhase.COMPLETED, themes=[ecological]
        ),
        "ongoing": ProjectPageFactory(parent=programme, phase=ProjectPhase.ACCOMPANIMENT),
        "elsewhere": ProjectPageFactory(parent=other_programme, phase=ProjectPhase.ACCOMPANIMENT),
        "draft": ProjectPageFactory(parent=programme, phase=ProjectPhase.COMPLETED, live=False),
    }


def public(projects: dict[str, ProjectPage]) -> set[ProjectPage]:
    return {projects["completed"], projects["ongoing"], projects["elsewhere"]}


# --------------------------------------------------------------------------- FilterSets
def test_project_filters_drop_invalid_values_and_keep_valid_ones(projects):
    filters = ProjectFilters(
        query("theme=zzz&phase=completed&programme=inconnu"), queryset=list_public_projects()
    )
    assert filters.selected == {"programme": None, "theme": "", "phase": "completed"}
    assert filters.is_active
    assert set(filters.qs) == {projects["completed"]}
    assert set(filters.qs) == set(list_public_projects().filter(phase="completed"))

    nothing = ProjectFilters(query("theme=zzz&programme="), queryset=list_public_projects())
    assert not nothing.is_active
    assert set(nothing.qs) == public(projects)


def test_project_filters_by_programme_are_the_programme_children(programme, projects):
    filters = ProjectFilters(query(f"programme={programme.slug}"), queryset=list_public_projects())
    assert filters.selected["programme"] == programme
    assert set(filters.qs) == {projects["completed"], projects["ongoing"]}
    assert set(filters.qs) == set(list_public_projects().child_of(programme))


def test_project_filters_by_theme(projects):
    filters = ProjectFilters(query("theme=ecological_transition"), queryset=list_public_projects())
    assert set(filters.qs) == {projects["completed"]}


def test_project_filters_unbound_means_no_filter(projects):
    filters = ProjectFilters(queryset=list_public_projects())
    assert not filters.is_active
    assert set(filters.qs) == public(projects)


def test_a_value_matching_several_pages_selects_the_first(programme, other_programme):
    """Page slugs are unique only among siblings: a shared slug must not fail the request."""
    first = ProjectPageFactory(parent=programme, slug="meme-nom", phase=ProjectPhase.COMPLETED)
    second = ProjectPageFactory(
        parent=other_programme, slug="meme-nom", phase=ProjectPhase.COMPLETED
    )
    ProjectPageFactory(parent=programme, phase=ProjectPhase.ACCOMPANIMENT)
    by_path = ProjectPage.objects.order_by("path")
    assert first.path < second.path

    field = FirstMatchChoiceField(queryset=by_path, to_field_name="phase")
    assert field.clean("completed") == first
    assert field.clean("completed") == by_path.filter(phase="completed").first()
    with pytest.raises(ValidationError):
        field.clean("zzz")

    assert FirstMatchChoiceField(queryset=by_path, to_field_name="slug").clean("meme-nom") == first


# --------------------------------------------------------------------------- over HTTP
@pytest.mark.parametrize(
    "querystring",
    ["theme=zzz", "wave=%C2%B2", "programme=inconnu", "projet=INCONNU", "page=abc", "tri=%00"],
)
def test_invalid_values_are_ignored_on_the_projects_page(client, projects, querystring):
    unfiltered = client.get("/projets/")
    assert unfiltered.context["page_obj"].paginator.count == len(public(projects))
    response = client.get(f"/projets/?{querystring}")
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == len(public(projects))


def test_valid_filters_are_applied_and_shown_selected(client, programme, projects):
    response = client.get("/projets/", {"programme": programme.slug, "theme": "zzz"})
    html = unescape(response.content.decode())
    assert f'<option value="{programme.slug}" selected>' in html
    assert set(response.context["page_obj"].object_list) == {
        projects["completed"],
        projects["ongoing"],
    }
    assert "Effacer les filtres" in html
