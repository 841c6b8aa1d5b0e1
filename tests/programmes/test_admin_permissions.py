"""What each role may open, edit and publish in Wagtail's admin, checked over HTTP as each
role would use it."""

import pytest
from wagtail.models import Page, WorkflowState

from commons.access.selectors import Action, can
from commons.programmes.models import ProjectPage
from tests.admin_forms import edit_url, project_edit_data
from tests.factories.accounts import funder
from tests.factories.directory import OrganisationFactory
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db


def can_open_editor(client, page: Page) -> bool:
    return client.get(edit_url(page)).status_code == 200


def test_project_team_edits_its_own_project_only(client, project, other_project, project_member):
    client.force_login(project_member)

    assert can_open_editor(client, project)
    assert not can_open_editor(client, other_project)
    assert not can_open_editor(client, project.get_parent())


def test_project_team_submits_for_moderation_and_cannot_publish(
    client, project, project_member, programme
):
    client.force_login(project_member)

    response = client.post(
        edit_url(project),
        project_edit_data(project, summary="Résumé revu.", **{"action-publish": "1"}),
    )
    assert response.status_code in (200, 302)
    project.refresh_from_db()
    assert project.summary != "Résumé revu.", "a team member must not publish"

    response = client.post(
        edit_url(project),
        project_edit_data(project, summary="Résumé revu.", **{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.content[:2000]
    state = WorkflowState.objects.get(object_id=str(project.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert list(state.current_task_state.task.specific.groups.all()) == [programme.team_group]


def test_programme_team_manages_its_programme_only(
    client, programme, project, other_programme, programme_member
):
    elsewhere = ProjectPageFactory(parent=other_programme)
    client.force_login(programme_member)

    assert can_open_editor(client, programme)
    assert can_open_editor(client, project)
    assert project.permissions_for_user(programme_member).can_publish()
    assert not can_open_editor(client, other_programme)
    assert not can_open_editor(client, elsewhere)


def test_funder_reads_but_edits_nothing(client, programme, project):
    organisation = OrganisationFactory(name="Grand Chambéry")
    programme.funders.add(organisation)
    programme.save_revision().publish()
    person = funder(organisation)
    client.force_login(person)

    assert can(person, Action.VIEW_DASHBOARDS, programme)
    assert can(person, Action.EXPORT, programme)
    assert not can_open_editor(client, project)
    assert not can_open_editor(client, programme)
    assert not project.permissions_for_user(person).can_edit()


def test_anonymous_sees_no_draft(client, programme, project):
    draft = ProjectPageFactory(parent=programme, live=False)
    assert client.get(draft.url or programme.url + draft.slug + "/").status_code == 404
    assert draft.title not in client.get("/projets/").content.decode()
    assert project.title in client.get("/projets/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert project.url in sitemap and f"/{draft.slug}/" not in sitemap
    assert client.get(edit_url(draft)).status_code == 302  # to the login page


def test_each_new_project_gets_its_own_team_group(programme):
    project = ProjectPage(title="Nouveau projet, essai", slug="nouveau-projet-essai")
    programme.add_child(instance=project)

    project.refresh_from_db()
    assert project.code == "NOUVEAU-PROJET-ESSAI"
    assert project.team_group.name == "Équipe projet · NOUVEAU-PROJET-ESSAI"
    codenames = set(
        project.team_group.page_permissions.filter(page=project).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page", "lock_page", "unlock_page"}
