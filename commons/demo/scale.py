"""Generation of a large dataset for `make bench` (`load_demo --scale N`).

Each generated project is a copy of a demo project, under the same programme, with its own
organisations; each published demo resource is copied under the copies of its project, and
each copy follows its original's indicators with the same approved values
(``commons.demo.evaluation_volume``).

Pages are created as Wagtail creates them, through public APIs only:

- each page is added with ``parent.add_child(instance=page)`` (treebeard computes its tree
  path); saving a new ``ProjectPage`` creates its team through
  ``commons.access.services.ensure_project_team``, as when a user adds a project;
- each page then gets a published revision. Publishing one by one (``save_revision().publish()``)
  is the slow part, so it is done in bulk: one ``Revision`` per page holding
  ``page.serializable_data()``, one update of ``latest_revision``/``live_revision``, and one
  ``wagtail.publish`` ``PageLogEntry`` per page, so the public history sees it.
  Candidatures (phase ``application``) stay private drafts, as in the demo: a revision, not
  published.
"""

import itertools

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from commons.demo import datafiles as content
from commons.demo.evaluation_volume import copy_indicators_to_copies
from commons.demo.loader import project_page
from commons.directory.models import Organisation, Territory
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.resources.models import ResourcePage
from commons.validators import luhn_is_valid

BATCH_SIZE = 500
RESOURCE_RELATIONS = ("resource_types", "themes", "publics", "challenges", "organisations")
PUBLISH_ACTION = "wagtail.publish"


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
    if scale < 2:
        return 0
    programmes = {p.slug: p for p in ProgrammePage.objects.all()}
    territories = {t.insee_code: t for t in Territory.objects.all()}
    first_copy = _next_copy_number()
    copies = range(first_copy, first_copy + scale - 1)

    Organisation.objects.bulk_create(
        [
            Organisation(
                slug=f"{row['slug']}-copie-{copy}",
                name=f"{row['name']} ({copy})",
                kind=row["kind"],
                siren=_siren(copy * 100 + index),
                territory=territories.get(row["territory"]),
                website="",
            )
            for copy in copies
            for index, row in enumerate(content.ORGANISATIONS)
        ],
        batch_size=BATCH_SIZE,
    )
    organisations = {o.slug: o for o in Organisation.objects.filter(slug__contains="-copie-")}

    now = timezone.now()
    published, drafts = [], []
    projects = []
    for copy in copies:
        for row in content.PROJECTS:
            programme = programmes[row["programme"]]
            project = project_page(
                row,
                programme=programme,
                organisations=organisations,
                territories=territories,
                copy=copy,
            )
            _mark_published(project, now=now) if project.live else None
            programme.add_child(instance=project)  # its team: ensure_project_team
            (published if project.live else drafts).append(project)
            projects.append((project, row))
    published.extend(_copy_resources(projects, now=now))
    _bulk_revisions(published, drafts, now=now)
    copy_indicators_to_copies([(project, row["code"]) for project, row in projects])
    return len(projects)


def _mark_published(page: Page, *, now) -> None:
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.last_published_at = now


def _copy_resources(projects, *, now) -> list[ResourcePage]:
    """Adds a copy of each published resource of each copied demo project under its copy."""
    originals = {
        project.code: list(ResourcePage.objects.child_of(project).live().order_by("path"))
        for project in ProjectPage.objects.filter(
            code__in=[row["code"] for row in content.PROJECTS]
        )
    }
    demo_resources = list(itertools.chain.from_iterable(originals.values()))
    relations = {
        resource.pk: {name: list(getattr(resource, name).all()) for name in RESOURCE_RELATIONS}
        for resource in demo_resources
    }
    tags = {resource.pk: list(resource.tags.names()) for resource in demo_resources}
    created = []
    for project, row in projects:
        if not project.live:
            continue
        for original in originals.get(row["code"], []):
            resource = ResourcePage(
                title=original.title,
                slug=original.slug,
                summary=original.summary,
                licence=original.licence,
                language=original.language,
                last_reviewed=original.last_reviewed,
                body=original.body.raw_data,
            )
            for name, values in relations[original.pk].items():
                setattr(resource, name, values)
            resource.tags.add(*tags[original.pk])
            _mark_published(resource, now=now)
            project.add_child(instance=resource)
            created.append(resource)
    return created


def _bulk_revisions(published: list[Page], drafts: list[Page], *, now) -> None:
    """What ``save_revision()`` (and ``publish()`` for `published`) write, in bulk: a revision
    of each page, the page's pointers to it, and the publish log entry."""
    pages = [*published, *drafts]
    base_type = ContentType.objects.get_for_model(Page)
    types = {type(page): ContentType.objects.get_for_model(page) for page in pages}
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=types[type(page)],
                base_content_type=base_type,
                object_id=str(page.pk),
                object_str=page.title,
                content=page.serializable_data(),
                created_at=now,
            )
            for page in pages
        ],
        batch_size=BATCH_SIZE,
    )
    live = {page.pk for page in published}
    rows = [
        Page(
            pk=page.pk,
            latest_revision_id=revision.pk,
            live_revision_id=revision.pk if page.pk in live else None,
            latest_revision_created_at=now,
        )
        for page, revision in zip(pages, revisions, strict=True)
    ]
    Page.objects.bulk_update(
        rows,
        ["latest_revision", "live_revision", "latest_revision_created_at"],
        batch_size=BATCH_SIZE,
    )
    for page, row in zip(pages, rows, strict=True):
        page.latest_revision_id, page.live_revision_id = (
            row.latest_revision_id,
            row.live_revision_id,
        )
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                content_type=types[type(page)],
                label=page.get_admin_display_title(),
                action=PUBLISH_ACTION,
                data={},
                timestamp=now,
                revision_id=revision.pk,
                page_id=page.pk,
                content_changed=True,
            )
            for page, revision in zip(pages, revisions, strict=True)
            if page.pk in live
        ],
        batch_size=BATCH_SIZE,
    )
