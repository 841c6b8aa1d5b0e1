"""Bulk generation of a large dataset for `make bench` (`load_demo --scale N`).

Pages are written with bulk inserts and precomputed tree paths: creating them one by one
through Wagtail would take minutes at N=30. Each generated project is a copy of a demo
project, under the same programme, with its own organisation, team group and permissions.
"""

import itertools
import uuid

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page

from commons.access.services import (
    PROJECT_TEAM_PAGE_PERMISSIONS,
    SHARED_VIEW_PERMISSIONS,
    TEAM_COLLECTION_PERMISSIONS,
    project_team_name,
)
from commons.demo import datafiles as content
from commons.directory.models import Organisation, Territory
from commons.programmes.models import (
    AccompanimentNeed,
    ProgrammePage,
    ProjectMilestone,
    ProjectObjective,
    ProjectPage,
    ProjectPartner,
    ProjectWorkstream,
)
from commons.resources.models import ResourcePage, ResourceTag
from commons.validators import luhn_is_valid

BATCH_SIZE = 500
RESOURCE_RELATIONS = ("resource_types", "themes", "publics", "challenges", "organisations")


def _siren(sequence: int) -> str:
    prefix = f"{90000000 + sequence:08d}"
    return next(prefix + str(digit) for digit in range(10) if luhn_is_valid(prefix + str(digit)))


def _next_copy_number() -> int:
    return (
        Organisation.objects.filter(slug__contains="-copie-").count()
        // max(len(content.ORGANISATIONS), 1)
        + 1
    )


@transaction.atomic
def generate_scaled_projects(*, scale: int) -> int:
    """Adds (scale - 1) copies of every demo project; returns how many projects were added."""
    programmes = {p.slug: p for p in ProgrammePage.objects.all()}
    territories = {t.insee_code: t.pk for t in Territory.objects.all()}
    locale = Locale.get_default()
    project_type = ContentType.objects.get_for_model(ProjectPage)
    now = timezone.now()
    first_copy = _next_copy_number()
    copies = range(first_copy, first_copy + scale - 1)

    organisations = [
        Organisation(
            slug=f"{row['slug']}-copie-{copy}",
            name=f"{row['name']} ({copy})",
            kind=row["kind"],
            siren=_siren(copy * 100 + index),
            territory_id=territories.get(row["territory"]),
            website="",
        )
        for copy in copies
        for index, row in enumerate(content.ORGANISATIONS)
    ]
    Organisation.objects.bulk_create(organisations, batch_size=BATCH_SIZE)
    organisation_ids = {o.slug: o.pk for o in Organisation.objects.filter(slug__contains="-copie-")}

    rows = [(copy, row) for copy in copies for row in content.PROJECTS]
    groups = [Group(name=project_team_name(f"{row['code']}-C{copy}")) for copy, row in rows]
    Group.objects.bulk_create(groups, batch_size=BATCH_SIZE)
    groups = {g.name: g for g in Group.objects.filter(name__in=[g.name for g in groups])}

    next_child = {slug: programme.numchild for slug, programme in programmes.items()}
    base_pages = []
    for copy, row in rows:
        next_child[row["programme"]] += 1
        base_pages.append(
            _page_row(
                parent=programmes[row["programme"]],
                position=next_child[row["programme"]],
                slug=f"{row['slug']}-{copy}",
                title=f"{row['title']} ({copy})",
                content_type=project_type,
                live=row["phase"] != "application",
                locale=locale,
                now=now,
            )
        )
    Page.objects.bulk_create(base_pages, batch_size=BATCH_SIZE)
    for slug, programme in programmes.items():
        Page.objects.filter(pk=programme.pk).update(numchild=next_child[slug])

    projects = []
    for page, (copy, row) in zip(base_pages, rows, strict=True):
        suffix = f"-copie-{copy}"
        project = ProjectPage(
            page_ptr_id=page.pk,
            code=f"{row['code']}-C{copy}",
            summary=row["summary"],
            context=f"<p>{row['context']}</p>",
            lead_organisation_id=organisation_ids[row["lead"] + suffix],
            phase=row["phase"],
            maturity=row["maturity"],
            accompaniment_mode=row["accompaniment_mode"],
            funding_requested=row["funding_requested"],
            funding_granted=row["funding_granted"],
            funder_id=organisation_ids[row["funder"] + suffix] if row["funder"] else None,
            commits_to_document_and_evaluate=row["commits_to_document_and_evaluate"],
            team_group=groups[project_team_name(f"{row['code']}-C{copy}")],
        )
        project.save_base(raw=True)
        projects.append((project, copy, row))

    _bulk_children(projects, organisation_ids, territories)
    _bulk_permissions(projects)
    _bulk_resources(projects, base_pages, locale=locale, now=now)
    return len(projects)


def _page_row(
    *, parent, position: int, slug: str, title: str, content_type, live: bool, locale, now
):
    """A bare wagtailcore_page row at its place in the tree (treebeard's materialised path)."""
    return Page(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=Page._get_path(parent.path, parent.depth + 1, position),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        live=live,
        has_unpublished_changes=False,
        first_published_at=now if live else None,
        last_published_at=now if live else None,
        locale=locale,
        translation_key=uuid.uuid4(),
    )


def _bulk_resources(projects, project_pages, *, locale, now) -> None:
    """Copies each demo project's published resources under its generated copies."""
    originals = {
        project.code: list(ResourcePage.objects.child_of(project).live().order_by("path"))
        for project in ProjectPage.objects.filter(
            code__in=[row["code"] for row in content.PROJECTS]
        )
    }
    demo_resources = [resource for resources in originals.values() for resource in resources]
    relations = {
        name: {
            resource.pk: list(getattr(resource, name).values_list("pk", flat=True))
            for resource in demo_resources
        }
        for name in RESOURCE_RELATIONS
    }
    tags = {
        resource.pk: list(resource.tagged_items.values_list("tag_id", flat=True))
        for resource in demo_resources
    }
    resource_type = ContentType.objects.get_for_model(ResourcePage)
    copies, rows = [], []
    for (project, _copy, row), project_page in zip(projects, project_pages, strict=True):
        for position, original in enumerate(originals.get(row["code"], []), start=1):
            rows.append(
                _page_row(
                    parent=project_page,
                    position=position,
                    slug=original.slug,
                    title=original.title,
                    content_type=resource_type,
                    live=project_page.live,
                    locale=locale,
                    now=now,
                )
            )
            copies.append((original, project))
    Page.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    for project, _copy, row in projects:
        count = len(originals.get(row["code"], []))
        if count:
            Page.objects.filter(pk=project.pk).update(numchild=count)
    for base, (original, _project) in zip(rows, copies, strict=True):
        ResourcePage(
            page_ptr_id=base.pk,
            summary=original.summary,
            licence=original.licence,
            language=original.language,
            last_reviewed=original.last_reviewed,
            body=original.body.raw_data,
        ).save_base(raw=True)
    for name in RESOURCE_RELATIONS:
        field = ResourcePage._meta.get_field(name)
        through, target_column = field.remote_field.through, field.m2m_reverse_name()
        through.objects.bulk_create(
            [
                through(resourcepage_id=base.pk, **{target_column: value})
                for base, (original, _project) in zip(rows, copies, strict=True)
                for value in relations[name][original.pk]
            ],
            batch_size=BATCH_SIZE,
        )
    ResourceTag.objects.bulk_create(
        [
            ResourceTag(content_object_id=base.pk, tag_id=tag_id)
            for base, (original, _project) in zip(rows, copies, strict=True)
            for tag_id in tags[original.pk]
        ],
        batch_size=BATCH_SIZE,
    )


def _bulk_children(projects, organisation_ids, territories) -> None:
    through = {
        "themes": ProjectPage.themes.through,
        "challenges": ProjectPage.challenges.through,
        "device_kinds": ProjectPage.device_kinds.through,
        "publics": ProjectPage.publics.through,
    }
    term_columns = {
        "themes": "themeterm_id",
        "challenges": "challengeterm_id",
        "device_kinds": "devicekindterm_id",
        "publics": "targetpublicterm_id",
    }
    for name, model in through.items():
        model.objects.bulk_create(
            [
                model(projectpage_id=project.pk, **{term_columns[name]: code})
                for project, _copy, row in projects
                for code in row[name]
            ],
            batch_size=BATCH_SIZE,
        )
    ProjectPage.territories.through.objects.bulk_create(
        [
            ProjectPage.territories.through(
                projectpage_id=project.pk, territory_id=territories[code]
            )
            for project, _copy, row in projects
            for code in row["territories"]
        ],
        batch_size=BATCH_SIZE,
    )
    children = itertools.chain(
        (
            ProjectPartner(
                project_id=project.pk,
                organisation_id=organisation_ids[f"{slug}-copie-{copy}"],
                role=role,
                note=note,
                sort_order=order,
            )
            for project, copy, row in projects
            for order, (slug, role, note) in enumerate(row["partners"])
        ),
        (
            ProjectObjective(project_id=project.pk, text=text, sort_order=order)
            for project, _copy, row in projects
            for order, text in enumerate(row["objectives"])
        ),
        (
            ProjectMilestone(
                project_id=project.pk, date=day, title=title, status=status, sort_order=order
            )
            for project, _copy, row in projects
            for order, (day, title, status) in enumerate(row["milestones"])
        ),
        (
            ProjectWorkstream(
                project_id=project.pk, title=title, owner=owner, status=status, sort_order=order
            )
            for project, _copy, row in projects
            for order, (title, owner, status) in enumerate(row["workstreams"])
        ),
        (
            AccompanimentNeed(project_id=project.pk, topic=topic, notes=notes, sort_order=order)
            for project, _copy, row in projects
            for order, (topic, notes) in enumerate(row["needs"])
        ),
    )
    for model, objects in itertools.groupby(children, key=type):
        model.objects.bulk_create(list(objects), batch_size=BATCH_SIZE)


def _bulk_permissions(projects) -> None:
    page_permissions = [
        Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        for codename in PROJECT_TEAM_PAGE_PERMISSIONS
    ]
    collection_permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in TEAM_COLLECTION_PERMISSIONS
    ]
    model_permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in SHARED_VIEW_PERMISSIONS
    ]
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(
                group_id=project.team_group_id, page_id=project.pk, permission=permission
            )
            for project, _copy, _row in projects
            for permission in page_permissions
        ],
        batch_size=BATCH_SIZE,
    )
    root_collection = Collection.get_first_root_node()
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(
                group_id=project.team_group_id, collection=root_collection, permission=permission
            )
            for project, _copy, _row in projects
            for permission in collection_permissions
        ],
        batch_size=BATCH_SIZE,
    )
    Group.permissions.through.objects.bulk_create(
        [
            Group.permissions.through(group_id=project.team_group_id, permission_id=permission.pk)
            for project, _copy, _row in projects
            for permission in model_permissions
        ],
        batch_size=BATCH_SIZE,
    )
