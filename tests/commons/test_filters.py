"""The public filters (django-filter FilterSets): same GET parameters, invalid values ignored."""

from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.urls import reverse

from commons.filtering import FirstMatchChoiceField
from commons.label.filters import MatrixFilters
from commons.label.selectors import programme_projects
from commons.programmes.filters import ProjectFilters
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.programmes.selectors import list_public_projects
from commons.resources.filters import ChangeFilters, LibraryFilters
from commons.resources.recent_changes import changed_pages

pytestmark = pytest.mark.django_db


def query(string: str) -> QueryDict:
    return QueryDict(string)


# --------------------------------------------------------------------------- FilterSets
def test_project_filters_drop_invalid_values_and_keep_valid_ones():
    filters = ProjectFilters(
        query("theme=zzz&phase=completed&programme=inconnu"), queryset=list_public_projects()
    )
    assert filters.selected == {"programme": None, "theme": "", "phase": "completed"}
    assert filters.is_active
    assert set(filters.qs) == set(list_public_projects().filter(phase="completed"))

    nothing = ProjectFilters(query("theme=zzz&programme="), queryset=list_public_projects())
    assert not nothing.is_active
    assert nothing.qs.count() == list_public_projects().count()


def test_project_filters_by_programme_are_the_programme_children():
    programme = ProgrammePage.objects.get(slug="transistor")
    filters = ProjectFilters(query("programme=transistor"), queryset=list_public_projects())
    assert filters.selected["programme"] == programme
    assert set(filters.qs) == set(list_public_projects().child_of(programme))


def test_project_filters_unbound_means_no_filter():
    filters = ProjectFilters(queryset=list_public_projects())
    assert not filters.is_active
    assert filters.qs.count() == list_public_projects().count()


def test_library_filters_default_sort_and_lenient_values():
    filters = LibraryFilters(query("tri=zzz&theme=zzz&projet=NOPE&licence=open&type=lesson"))
    assert filters.selected["tri"] == "recent"
    assert filters.selected["projet"] is None
    assert filters.selected["licence"] == "open"
    assert filters.selected["type"] == "lesson"
    assert filters.is_active
    assert not LibraryFilters(query("tri=downloads")).is_active  # a sort is not a filter


def test_draft_projects_are_not_valid_filter_values(draft_project):
    filters = LibraryFilters(query(f"projet={draft_project.code}"))
    assert filters.selected["projet"] is None
    changes = ChangeFilters(query(f"projet={draft_project.code}"), queryset=changed_pages())
    assert changes.selected["projet"] is None


def test_change_filters_by_kind_and_project(project):
    everything = changed_pages()
    projects = ChangeFilters(query("type=projet"), queryset=everything).qs
    assert {page.specific_class for page in projects} == {ProjectPage}
    within = ChangeFilters(query(f"projet={project.code}"), queryset=everything).qs
    assert project.page_ptr in within
    assert all(page.path.startswith(project.path) for page in within)
    assert ChangeFilters(query("type=zzz"), queryset=everything).qs.count() == everything.count()


def test_matrix_filters_accept_only_the_programme_waves():
    transistor = ProgrammePage.objects.get(slug="transistor")
    other = ProgrammePage.objects.exclude(pk=transistor.pk).filter(waves__isnull=False).first()
    own_wave = transistor.waves.first()

    def matrix(string, programme=transistor):
        return MatrixFilters(
            query(string), queryset=programme_projects(programme), programme=programme
        )

    assert matrix(f"wave={own_wave.pk}").selected["wave"] == own_wave
    assert matrix(f"wave={own_wave.pk}&theme=zzz").querystring() == f"wave={own_wave.pk}"
    assert matrix("wave=%C2%B2").selected["wave"] is None
    if other is not None:
        assert matrix(f"wave={other.waves.first().pk}").selected["wave"] is None


def test_a_value_matching_several_pages_selects_the_first():
    """Page slugs are unique only among siblings: a shared slug must not fail the request."""
    field = FirstMatchChoiceField(
        queryset=ProjectPage.objects.order_by("path"), to_field_name="phase"
    )
    assert (
        field.clean("completed")
        == ProjectPage.objects.filter(phase="completed").order_by("path").first()
    )
    with pytest.raises(ValidationError):
        field.clean("zzz")


# --------------------------------------------------------------------------- over HTTP
@pytest.mark.parametrize(
    "querystring",
    ["theme=zzz", "wave=%C2%B2", "programme=inconnu", "projet=INCONNU", "page=abc", "tri=%00"],
)
@pytest.mark.parametrize(
    "url", ["/projets/", "/ressources/", "/modifications-recentes/", "/en/ressources/"]
)
def test_invalid_values_are_ignored_on_public_pages(client, url, querystring):
    unfiltered = client.get(url)
    response = client.get(f"{url}?{querystring}")
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == (
        unfiltered.context["page_obj"].paginator.count
    )


def test_invalid_values_are_ignored_in_the_recent_changes_feed(client):
    url = reverse("commons_recent_changes_feed")
    response = client.get(url, {"projet": "INCONNU", "programme": "x", "type": "zzz"})
    assert response.status_code == 200
    assert response.content == client.get(url).content


def test_valid_filters_are_applied_and_shown_selected(client):
    response = client.get("/projets/", {"programme": "transistor", "theme": "zzz"})
    html = unescape(response.content.decode())
    assert '<option value="transistor" selected>' in html
    programme = ProgrammePage.objects.get(slug="transistor")
    assert response.context["page_obj"].paginator.count == (
        list_public_projects().child_of(programme).count()
    )
    assert "Effacer les filtres" in html


def test_matrix_ignores_invalid_values(admin_client):
    programme = ProgrammePage.objects.get(slug="transistor")
    url = reverse("commons_label_matrix", args=[programme.pk])
    everything = admin_client.get(url)
    for querystring in ("wave=%C2%B2", "theme=zzz", "device_kind=%00", "wave=-1"):
        response = admin_client.get(f"{url}?{querystring}")
        assert response.status_code == 200
        assert len(response.context["matrix"].rows) == len(everything.context["matrix"].rows)


# --------------------------------------------------------------------------- labels per language
def test_sort_labels_follow_the_language_of_the_request(client):
    english = client.get("/en/ressources/").content.decode()
    assert "most recent" in english and "most downloaded" in english
    assert "les plus récentes" not in english
    french = client.get("/ressources/").content.decode()
    assert "les plus récentes" in french and "most recent" not in french
