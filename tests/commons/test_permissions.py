"""The permission matrix, checked through the admin over HTTP as each role would use it."""

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from commons.access.selectors import Action, can
from commons.access.services import ensure_funder_team
from commons.directory.models import Organisation
from commons.programmes.models import ProgrammePage, ProjectPage

pytestmark = pytest.mark.django_db


def edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def can_open_editor(client, page: Page) -> bool:
    response = client.get(edit_url(page))
    return response.status_code == 200


def edit_post_data(page: ProjectPage, **changes) -> dict:
    """The edit form as the browser would send it, with the page's current values."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "code": page.code,
        "summary": page.summary,
        "context": '{"blocks": [], "entityMap": {}}',
        "phase": page.phase,
        "maturity": page.maturity,
        "lead_organisation": page.lead_organisation_id,
    }
    for relation in ("partners", "objectives", "milestones", "workstreams", "accompaniment_needs"):
        data.update(
            {
                f"{relation}-TOTAL_FORMS": 0,
                f"{relation}-INITIAL_FORMS": 0,
                f"{relation}-MIN_NUM_FORMS": 0,
                f"{relation}-MAX_NUM_FORMS": 1000,
            }
        )
    data.update(changes)
    return data


def test_project_team_edits_its_own_project_only(client, project, other_project):
    member = project.team_group.user_set.first() or None
    assert member is not None, "the demo gives TRANSISTOR-01 a team member"
    client.force_login(member)

    assert can_open_editor(client, project)
    assert not can_open_editor(client, other_project)
    assert not can_open_editor(client, project.get_parent())


def test_project_team_submits_for_moderation_and_cannot_publish(client, project):
    member = project.team_group.user_set.get()
    client.force_login(member)

    response = client.post(
        edit_url(project),
        edit_post_data(project, summary="Résumé revu.", **{"action-publish": "1"}),
    )
    assert response.status_code in (200, 302)
    project.refresh_from_db()
    assert project.summary != "Résumé revu.", "a team member must not publish"

    response = client.post(
        edit_url(project), edit_post_data(project, summary="Résumé revu.", **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content[:2000]
    state = WorkflowState.objects.get(object_id=str(project.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    programme_team = project.get_parent().specific.team_group
    assert list(state.current_task_state.task.specific.groups.all()) == [programme_team]


def test_programme_team_manages_its_programme_only(client, project, user_factory):
    transistor = ProgrammePage.objects.get(slug="transistor")
    other_programme = ProgrammePage.objects.exclude(pk=transistor.pk).first()
    manager = user_factory("manager", transistor.team_group)
    client.force_login(manager)

    assert can_open_editor(client, transistor)
    assert can_open_editor(client, project)
    assert project.permissions_for_user(manager).can_publish()
    assert not can_open_editor(client, other_programme)
    assert not can_open_editor(client, ProjectPage.objects.child_of(other_programme).first())


def test_funder_reads_but_edits_nothing(client, project, user_factory):
    funder = user_factory(
        "funder",
        ensure_funder_team(organisation=Organisation.objects.get(slug="grand-chambery")).group,
    )
    client.force_login(funder)

    assert can(funder, Action.VIEW_DASHBOARDS, project.get_parent())
    assert can(funder, Action.EXPORT, project.get_parent())
    assert not can_open_editor(client, project)
    assert not can_open_editor(client, project.get_parent())
    assert not project.permissions_for_user(funder).can_edit()


def test_anonymous_sees_no_draft(client, draft_project):
    assert not draft_project.live
    assert client.get(draft_project.url).status_code == 404
    listing = client.get("/projets/").content.decode()
    assert draft_project.title not in listing
    assert draft_project.url not in client.get("/sitemap.xml").content.decode()
    assert client.get(edit_url(draft_project)).status_code == 302  # to the login page


def test_each_new_project_gets_its_own_team_group():
    programme = ProgrammePage.objects.get(slug="transistor")
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
