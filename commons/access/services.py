"""Writes of the roles: teams, their Wagtail permissions, memberships and funders' scopes.

- programme team: one per programme; manages and moderates that programme's subtree;
- project team: one per project; edits only that project's subtree and submits it for
  moderation to its programme team (or publishes directly when the programme trusts it);
- funder: one team per funder organisation; reads the dashboards, exports and label files of
  the programmes that organisation funds (all programmes for a national funder); edits nothing.

What each role may do is decided by ``commons.access.selectors``; the Wagtail permissions
granted here only make the admin show the same thing.
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

from commons.access.models import Funding, Role, Team

PROJECT_TEAM_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page", "unlock_page")
TRUSTED_TEAM_PAGE_PERMISSION = "publish_page"
# Project and programme teams upload and choose images and documents for their resources, in
# their own collection only (a programme's collection holds its projects' collections).
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
    ("directory", "view_organisation"),
    ("directory", "view_territory"),
    ("wagtailadmin", "access_admin"),
)
PROGRAMME_TEAM_MODEL_PERMISSIONS = (
    ("directory", "add_organisation"),
    ("directory", "change_organisation"),
    ("directory", "add_territory"),
    ("directory", "change_territory"),
    ("label", "add_labelcriterion"),
    ("label", "change_labelcriterion"),
)
FUNDER_PERMISSIONS = (("wagtailadmin", "access_admin"),)


def _permissions(codes) -> list[Permission]:
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in codes
    ]


def _grant_page_permissions(*, group: Group, page: Page, codenames) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


PROJECTS_COLLECTION_NAME = "Projets"


def _projects_collection() -> Collection:
    """The "Projets" collection under Root: one child per programme, one grandchild per
    project. Names are for people; the teams point to their collection."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=PROJECTS_COLLECTION_NAME).first()
    return existing or root.add_child(name=PROJECTS_COLLECTION_NAME)


def _team_collection(*, team: Team, parent: Collection) -> Collection:
    if team.collection_id is None:
        team.collection = parent.add_child(name=team.page.title[:255])
        team.save(update_fields=["collection"])
    return team.collection


def _grant_collection_permissions(*, group: Group, collection: Collection) -> None:
    """Choose and add on the team's own collection, and nowhere else (a grant on Root, as
    given before, would show every project's files in the choosers)."""
    permissions = _permissions(TEAM_COLLECTION_PERMISSIONS)
    GroupCollectionPermission.objects.filter(group=group).exclude(collection=collection).delete()
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def project_team_name(code: str) -> str:
    """Group names are shown to people, not read by the platform, so they are not translated."""
    return f"Équipe projet · {code}"


def _page_team(*, role: str, page: Page, name: str) -> Team:
    team = Team.objects.filter(role=role, page=page).select_related("group").first()
    if team is None:
        group, _created = Group.objects.get_or_create(name=name)
        team = Team.objects.create(role=role, page=page, group=group)
    return team


@transaction.atomic
def ensure_programme_team(*, programme: Page) -> Team:
    """The programme's team, its page permissions and its moderation workflow."""
    team = _page_team(
        role=Role.PROGRAMME_TEAM,
        page=programme,
        name=f"Équipe programme · {programme.title[:100]}",
    )
    group = team.group
    group.permissions.add(*_permissions(SHARED_VIEW_PERMISSIONS + PROGRAMME_TEAM_MODEL_PERMISSIONS))
    _grant_page_permissions(group=group, page=programme, codenames=PROGRAMME_TEAM_PAGE_PERMISSIONS)
    collection = _team_collection(team=team, parent=_projects_collection())
    _grant_collection_permissions(group=group, collection=collection)

    task, _created = GroupApprovalTask.objects.get_or_create(
        name=f"Validation par l'équipe du programme « {programme.title[:80]} »"
    )
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(
        name=f"Modération · {programme.title[:100]}"
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=programme, defaults={"workflow": workflow})
    return team


@transaction.atomic
def ensure_project_team(*, project: Page, code: str) -> Team:
    """The project's team: edits only this project's subtree, publishes nothing."""
    team = _page_team(role=Role.PROJECT_TEAM, page=project, name=project_team_name(code))
    team.group.permissions.add(*_permissions(SHARED_VIEW_PERMISSIONS))
    _grant_page_permissions(group=team.group, page=project, codenames=PROJECT_TEAM_PAGE_PERMISSIONS)
    programme = project.get_parent()
    programme_team = Team.objects.filter(role=Role.PROGRAMME_TEAM, page=programme).first()
    if programme_team is not None:
        parent = _team_collection(team=programme_team, parent=_projects_collection())
    else:
        parent = _projects_collection()
    collection = _team_collection(team=team, parent=parent)
    _grant_collection_permissions(group=team.group, collection=collection)
    return team


@transaction.atomic
def ensure_funder_team(*, organisation, sees_all_programmes: bool = False) -> Team:
    """The team of a funder organisation; a national funder sees every programme."""
    team = (
        Team.objects.filter(role=Role.FUNDER, organisation=organisation)
        .select_related("group")
        .first()
    )
    if team is None:
        group, _created = Group.objects.get_or_create(name=f"Financeur · {organisation.name[:120]}")
        team = Team.objects.create(
            role=Role.FUNDER,
            organisation=organisation,
            group=group,
            sees_all_programmes=sees_all_programmes,
        )
    elif team.sees_all_programmes != sees_all_programmes:
        team.sees_all_programmes = sees_all_programmes
        team.save(update_fields=["sees_all_programmes"])
    team.group.permissions.add(*_permissions(FUNDER_PERMISSIONS))
    return team


def add_member(*, team: Team, user) -> None:
    user.groups.add(team.group)


@transaction.atomic
def sync_programme_scope(*, programme: Page, funder_ids, trusted_project_ids) -> None:
    """Keeps the funders' scope and the trusted teams' right to publish in step with a
    saved programme, in a fixed number of queries."""
    funder_ids = set(funder_ids)
    Funding.objects.filter(programme=programme).exclude(organisation_id__in=funder_ids).delete()
    existing = set(
        Funding.objects.filter(programme=programme).values_list("organisation_id", flat=True)
    )
    Funding.objects.bulk_create(
        Funding(programme=programme, organisation_id=pk) for pk in funder_ids - existing
    )

    publish = Permission.objects.get(
        content_type__app_label="wagtailcore", codename=TRUSTED_TEAM_PAGE_PERMISSION
    )
    teams = dict(
        Team.objects.filter(
            role=Role.PROJECT_TEAM,
            page__path__startswith=programme.path,
            page__depth=programme.depth + 1,
        ).values_list("page_id", "group_id")
    )
    trusted = set(trusted_project_ids) & set(teams)
    team_permissions = GroupPagePermission.objects.filter(
        permission=publish, page_id__in=teams, group_id__in=teams.values()
    )
    team_permissions.exclude(page_id__in=trusted).delete()
    granted = set(team_permissions.values_list("page_id", flat=True))
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group_id=teams[pk], page_id=pk, permission=publish)
        for pk in trusted - granted
    )


# Wagtail's initial migrations create these two groups with rights on the root page and the
# root collection, i.e. on the whole site; on this platform rights come only from teams.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


@transaction.atomic
def remove_default_group_rights() -> int:
    """Removes the page and collection rights Wagtail's default groups hold on the root page
    and the root collection (the groups stay, empty of site-wide rights); idempotent. Returns
    the number of grants removed."""
    groups = Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, team__isnull=True)
    removed, _detail = GroupPagePermission.objects.filter(group__in=groups, page__depth=1).delete()
    collections, _detail = GroupCollectionPermission.objects.filter(
        group__in=groups, collection__depth=1
    ).delete()
    return removed + collections
