from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commons.directory.models import Organisation, Territory
from commons.programmes.models import ProgrammePage, ProjectMilestone, ProjectPage, ProjectPartner

pytestmark = pytest.mark.django_db


def text(html: str) -> str:
    return unescape(html)


def queries_to_render(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_project_page_shows_its_documentation(client, project):
    html = text(client.get(project.url).content.decode())
    assert project.title in html
    assert "Les Clés du numérique" in html  # lead organisation
    assert "Objectifs" in html and "Calendrier" in html and "Feuille de route" in html
    assert "Chambéry (QPV, QVA)" in html
    assert "Transistor" in html  # breadcrumb to its programme


def test_project_page_queries_do_not_grow_with_its_relations(client, project):
    client.get(project.url)  # warm caches (site root, content types)
    baseline = queries_to_render(client, project.url)

    organisations = list(Organisation.objects.all()[:10])
    ProjectPartner.objects.bulk_create(
        ProjectPartner(project=project, organisation=organisation, role="operator", note="x")
        for organisation in organisations
    )
    ProjectMilestone.objects.bulk_create(
        ProjectMilestone(project=project, date=f"2022-{month:02d}-01", title=f"Étape {month}")
        for month in range(1, 13)
    )
    project.territories.add(*Territory.objects.all())

    html = text(client.get(project.url).content.decode())
    assert "Étape 12" in html and organisations[-1].name in html
    assert queries_to_render(client, project.url) == baseline


def test_project_index_filters_by_programme_theme_and_phase(client):
    everything = text(client.get("/projets/").content.decode())
    assert "16 projets" not in everything  # drafts are not counted
    live_count = ProjectPage.objects.live().count()
    assert f"{live_count} projets" in everything

    transistor = ProgrammePage.objects.get(slug="transistor")
    html = text(client.get("/projets/", {"programme": "transistor"}).content.decode())
    expected = ProjectPage.objects.live().child_of(transistor).count()
    assert f"{expected} projets" in html

    html = text(client.get("/projets/", {"theme": "itinerancy"}).content.decode())
    itinerant = ProjectPage.objects.live().filter(themes__code="itinerancy").distinct()
    assert f"{itinerant.count()} projet" in html
    for project in itinerant:
        assert project.title in html

    html = text(client.get("/projets/", {"phase": "completed"}).content.decode())
    completed = ProjectPage.objects.live().filter(phase="completed")
    assert all(project.title in html for project in completed)
    assert ProjectPage.objects.get(code="TRANSISTOR-01").title not in html


def test_unknown_filter_values_are_ignored(client):
    response = client.get("/projets/", {"theme": "nope", "phase": "<script>", "page": "999"})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_programme_page_lists_its_waves_and_published_projects(client):
    national = ProgrammePage.objects.get(slug="outiller-la-mediation-numerique")
    html = text(client.get(national.url).content.decode())
    assert "Vague 1" in html and "Vague 3" in html
    draft = ProjectPage.objects.child_of(national).filter(live=False).first()
    assert draft.title not in html


def test_project_page_lists_its_published_resources_and_lessons(client, project):
    from commons.resources.models import LessonPage, ResourcePage

    html = text(client.get(project.url).content.decode())
    for page in [
        *ResourcePage.objects.child_of(project).live(),
        *LessonPage.objects.child_of(project).live(),
    ]:
        assert page.title in html
    assert f"/ressources/?projet={project.code}" in html
    assert project.url + "historique/" in html
