"""Each team has its own collection (Root › Projets › programme › project) and chooses and adds
documents and images there only: never on Root, where it would see every project's files."""

import pytest
from wagtail.models import Collection, GroupCollectionPermission

from commons.access.models import Role, Team
from commons.access.services import ensure_project_team

pytestmark = pytest.mark.django_db


def collection_of(page, role=Role.PROJECT_TEAM) -> Collection:
    return Team.objects.get(page=page, role=role).collection


def test_project_collections_sit_under_their_programme_under_projets(programme, project):
    programme_collection = collection_of(programme, Role.PROGRAMME_TEAM)
    project_collection = collection_of(project)
    assert project_collection.get_parent() == programme_collection
    assert programme_collection.get_parent().name == "Projets"
    assert programme_collection.get_parent().get_parent().is_root()


def test_teams_hold_collection_rights_on_their_own_collection_only(
    programme, project, other_project
):
    for team in Team.objects.filter(page__in=[programme, project, other_project]):
        collections = set(
            GroupCollectionPermission.objects.filter(group=team.group).values_list(
                "collection_id", flat=True
            )
        )
        assert collections == {team.collection_id}, team


def test_ensure_project_team_is_idempotent_and_removes_a_root_grant(project):
    team = Team.objects.get(page=project, role=Role.PROJECT_TEAM)
    root = Collection.get_first_root_node()
    permission = GroupCollectionPermission.objects.filter(group=team.group).first().permission
    GroupCollectionPermission.objects.create(
        group=team.group, collection=root, permission=permission
    )
    ensure_project_team(project=project, code="A")
    assert Team.objects.get(pk=team.pk).collection_id == team.collection_id
    assert not GroupCollectionPermission.objects.filter(group=team.group, collection=root).exists()
