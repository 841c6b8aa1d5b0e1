"""Who edits and publishes resources: the project team submits, the programme team moderates,
a trusted team publishes directly."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from commons.access.models import Role
from commons.publishing.selectors import published_revisions
from commons.resources.models import ResourcePage
from tests.conftest import member_of

pytestmark = pytest.mark.django_db


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_team_edits_its_resources_and_not_those_of_another_project(
    client, resource, other_resource, author
):
    client.force_login(author)
    assert client.get(edit_url(resource)).status_code == 200
    assert client.get(edit_url(other_resource)).status_code == 302
    assert not other_resource.permissions_for_user(author).can_publish()
    assert not resource.permissions_for_user(author).can_publish()


def edit_data(page: ResourcePage, **changes) -> dict:
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body-count": 0,
        "licence": page.licence,
        "language": page.language,
        "tags": "",
        "themes": [term.code for term in page.themes.all()],
        "resource_types": [term.code for term in page.resource_types.all()],
        "change_summary": "",
    }
    data.update(changes)
    return data


def submit_change(client, resource, author, summary: str) -> WorkflowState:
    client.force_login(author)
    response = client.post(
        edit_url(resource),
        edit_data(
            resource, summary=summary, change_summary="Résumé plus précis", **{"action-submit": "1"}
        ),
    )
    assert response.status_code == 302
    return WorkflowState.objects.get(
        object_id=str(resource.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def act_as_programme_team(client, programme, resource, action: str, state) -> None:
    client.force_login(member_of(programme, Role.PROGRAMME_TEAM))
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[resource.pk, action, state.current_task_state.pk],
    )
    response = client.post(url, {"comment": "Merci !"} if action == "reject" else {})
    assert response.status_code in (200, 302)


def test_programme_team_approves_a_submitted_change(client, resource, author, programme):
    state = submit_change(client, resource, author, "Nouveau résumé validé par le programme.")
    resource.refresh_from_db()
    assert resource.summary != "Nouveau résumé validé par le programme."

    act_as_programme_team(client, programme, resource, "approve", state)
    resource.refresh_from_db()
    assert resource.summary == "Nouveau résumé validé par le programme."
    assert published_revisions(page=resource)[0].change_summary == "Résumé plus précis"


def test_programme_team_rejects_a_submitted_change(client, resource, author, programme):
    state = submit_change(client, resource, author, "Résumé refusé.")
    act_as_programme_team(client, programme, resource, "reject", state)
    resource.refresh_from_db()
    state.refresh_from_db()
    assert resource.summary != "Résumé refusé."
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_trusted_teams_publish_directly(resource, author, project, programme):
    def may_publish() -> bool:
        member = type(author).objects.get(pk=author.pk)  # fresh permission caches
        return resource.permissions_for_user(member).can_publish()

    assert not may_publish()
    programme.trusted_projects.add(project)
    programme.save()
    assert may_publish()
    programme.trusted_projects.remove(project)
    programme.save()
    assert not may_publish()
