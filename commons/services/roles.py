"""The roles of the platform, as Wagtail groups and page permissions.

- programme team: one group per programme, manages and moderates that programme's subtree;
- funders: one global group, reads every dashboard and export, edits nothing;
- project team: one group per project, edits only that project's subtree and submits it
  for moderation to its programme team.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

FUNDERS_GROUP_NAME = "Financeurs"

PROJECT_TEAM_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page", "unlock_page")
TRUSTED_TEAM_PAGE_PERMISSION = "publish_page"
# Project teams upload and choose images and documents for their resources.
TEAM_COLLECTION_PERMISSIONS = (
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
)
PROGRAMME_TEAM_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
    "delete_page",
)
SHARED_VIEW_PERMISSIONS = (
    ("commons", "view_organisation"),
    ("commons", "view_territory"),
    ("wagtailadmin", "access_admin"),
)
PROGRAMME_TEAM_MODEL_PERMISSIONS = (
    ("commons", "add_organisation"),
    ("commons", "change_organisation"),
    ("commons", "add_territory"),
    ("commons", "change_territory"),
    ("commons", "view_dashboards"),
    ("commons", "export_data"),
    ("commons", "add_labelcriterion"),
    ("commons", "change_labelcriterion"),
)
FUNDER_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("commons", "view_dashboards"),
    ("commons", "export_data"),
)


def _permissions(codes) -> list[Permission]:
    permissions = []
    for app_label, codename in codes:
        permissions.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return permissions


def _grant_page_permissions(*, group: Group, page: Page, codenames) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


def project_team_name(code: str) -> str:
    """Group names are data shared by everyone, so they are not translated."""
    return f"Équipe projet · {code}"


def _team_group(*, page: Page, name: str) -> Group:
    """The page's own team group, created and linked on first use."""
    if page.team_group is None:
        group, _created = Group.objects.get_or_create(name=name)
        type(page).objects.filter(pk=page.pk).update(team_group=group)
        page.team_group = group
    return page.team_group


def _grant_collection_permissions(*, group: Group) -> None:
    root = Collection.get_first_root_node()
    for permission in _permissions(TEAM_COLLECTION_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


@transaction.atomic
def ensure_funders_group() -> Group:
    group, _created = Group.objects.get_or_create(name=FUNDERS_GROUP_NAME)
    group.permissions.add(*_permissions(FUNDER_PERMISSIONS))
    return group


@transaction.atomic
def ensure_programme_team(*, programme) -> Group:
    """The programme's team group, its page permissions and its moderation workflow."""
    group = _team_group(page=programme, name=f"Équipe programme · {programme.title[:100]}")
    group.permissions.add(*_permissions(SHARED_VIEW_PERMISSIONS + PROGRAMME_TEAM_MODEL_PERMISSIONS))
    _grant_page_permissions(group=group, page=programme, codenames=PROGRAMME_TEAM_PAGE_PERMISSIONS)

    task, _created = GroupApprovalTask.objects.get_or_create(
        name=f"Validation par l'équipe du programme « {programme.title[:80]} »"
    )
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(
        name=f"Modération · {programme.title[:100]}"
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=programme, defaults={"workflow": workflow})
    return group


@transaction.atomic
def ensure_project_team(*, project) -> Group:
    """The project's team group: edits only this project's subtree, publishes nothing."""
    group = _team_group(page=project, name=project_team_name(project.code))
    group.permissions.add(*_permissions(SHARED_VIEW_PERMISSIONS))
    _grant_page_permissions(group=group, page=project, codenames=PROJECT_TEAM_PAGE_PERMISSIONS)
    _grant_collection_permissions(group=group)
    return group


@transaction.atomic
def sync_trusted_teams(*, programme) -> None:
    """Trusted project teams may publish their own pages directly; the others submit them.

    Runs on every save of the programme, so it works in a fixed number of queries.
    """
    from commons.models import ProjectPage

    publish = Permission.objects.get(
        content_type__app_label="wagtailcore", codename=TRUSTED_TEAM_PAGE_PERMISSION
    )
    teams = dict(
        ProjectPage.objects.child_of(programme)
        .exclude(team_group=None)
        .values_list("pk", "team_group_id")
    )
    trusted = set(programme.trusted_projects.values_list("pk", flat=True)) & set(teams)
    team_permissions = GroupPagePermission.objects.filter(
        permission=publish, page_id__in=teams, group_id__in=teams.values()
    )
    team_permissions.exclude(page_id__in=trusted).delete()
    granted = set(team_permissions.values_list("page_id", flat=True))
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group_id=teams[pk], page_id=pk, permission=publish)
        for pk in trusted - granted
    )
