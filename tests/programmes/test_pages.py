"""Public pages of projects and programmes: what they show, filters, and bounded queries."""

from datetime import date
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commons.directory.models import ThemeTerm
from commons.programmes.models import (
    ProjectMilestone,
    ProjectObjective,
    ProjectPartner,
    ProjectWorkstream,
    Wave,
)
from commons.taxonomies import ProjectPhase, Theme
from tests.factories.directory import OrganisationFactory, TerritoryFactory
from tests.factories.pages import LessonPageFactory, ProjectPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return unescape(response.content.decode())


def queries_to_render(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_project_page_shows_its_documentation(client, programme):
    project = ProjectPageFactory(
        parent=programme,
        lead_organisation=OrganisationFactory(name="Les Clés du numérique"),
        territories=[TerritoryFactory(name="Chambéry", includes_qpv=True, includes_qva=True)],
    )
    ProjectObjective.objects.create(project=project, text="Rendre les habitants autonomes.")
    ProjectMilestone.objects.create(project=project, date=date(2022, 3, 1), title="Lancement")
    ProjectWorkstream.objects.create(project=project, title="Ateliers")

    html = text(client.get(project.url))
    assert project.title in html
    assert "Les Clés du numérique" in html  # lead organisation
    assert "Objectifs" in html and "Calendrier" in html and "Feuille de route" in html
    assert "Chambéry (QPV, QVA)" in html
    assert programme.title in html  # breadcrumb to its programme


def test_project_page_queries_do_not_grow_with_its_relations(client, project):
    client.get(project.url)  # warm caches (site root, content types)
    baseline = queries_to_render(client, project.url)

    organisations = OrganisationFactory.create_batch(10)
    ProjectPartner.objects.bulk_create(
        ProjectPartner(project=project, organisation=organisation, role="operator", note="x")
        for organisation in organisations
    )
    ProjectMilestone.objects.bulk_create(
        ProjectMilestone(project=project, date=f"2022-{month:02d}-01", title=f"Étape {month}")
        for month in range(1, 13)
    )
    project.territories.add(*TerritoryFactory.create_batch(5))

    html = text(client.get(project.url))
    assert "Étape 12" in html and organisations[-1].name in html
    assert queries_to_render(client, project.url) == baseline


def test_project_index_filters_by_programme_theme_and_phase(client, programme, other_programme):
    itinerant = ProjectPageFactory(
        parent=programme,
        title="Médiation en triporteur",
        themes=ThemeTerm.for_codes([Theme.ITINERANCY]),
    )
    completed = ProjectPageFactory(
        parent=programme, title="Cellule d'urgence", phase=ProjectPhase.COMPLETED
    )
    elsewhere = ProjectPageFactory(parent=other_programme, title="Ateliers parents")
    draft = ProjectPageFactory(parent=programme, title="Projet en brouillon", live=False)

    everything = text(client.get("/projets/"))
    assert "3 projets" in everything  # the draft is not counted
    assert draft.title not in everything

    html = text(client.get("/projets/", {"programme": programme.slug}))
    assert "2 projets" in html
    assert itinerant.title in html and elsewhere.title not in html

    html = text(client.get("/projets/", {"theme": Theme.ITINERANCY}))
    assert "1 projet" in html
    assert itinerant.title in html and completed.title not in html

    html = text(client.get("/projets/", {"phase": ProjectPhase.COMPLETED}))
    assert completed.title in html
    assert itinerant.title not in html


def test_unknown_filter_values_are_ignored(client, project):
    response = client.get("/projets/", {"theme": "nope", "phase": "<script>", "page": "999"})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_programme_page_lists_its_waves_and_published_projects(client, programme):
    Wave.objects.create(programme=programme, name="Vague 1", deadline=date(2021, 9, 17))
    Wave.objects.create(programme=programme, name="Vague 3", deadline=date(2022, 3, 18))
    published = ProjectPageFactory(parent=programme)
    draft = ProjectPageFactory(parent=programme, live=False)
    html = text(client.get(programme.url))
    assert "Vague 1" in html and "Vague 3" in html
    assert published.title in html
    assert draft.title not in html


def test_project_page_lists_its_published_resources_and_lessons(client, project):
    resource = ResourcePageFactory(parent=project)
    lesson = LessonPageFactory(parent=project)
    draft = ResourcePageFactory(parent=project, live=False)

    html = text(client.get(project.url))
    assert resource.title in html and lesson.title in html
    assert draft.title not in html
    assert f"/ressources/?projet={project.code}" in html
    assert project.url + "historique/" in html
