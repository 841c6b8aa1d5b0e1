import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import TextField
from django.db.models.functions import Cast
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from wagtail.models import Page

from commons.access.selectors import visible_pages
from commons.engagement.selectors import (
    RatingSummary,
    downloads_subquery,
    rating_subquery,
    rating_summary,
    usage_totals,
)
from commons.licences import LICENCE_INFO, Licence
from commons.programmes.models import ProjectPage
from commons.publishing.absolute_urls import page_absolute_url
from commons.resources.models import LessonPage, ResourcePage

if TYPE_CHECKING:
    from commons.resources.filters import LibraryFilters

LESSON_KIND = "lesson"
OPEN_FILTER = "open"
# labels translated when shown (in the language of the request), not at import
SORTS = {
    "recent": _lazy("les plus récentes"),
    "downloads": _lazy("les plus téléchargées"),
    "rating": _lazy("les mieux notées"),
}


@dataclass(frozen=True)
class FileLink:
    document: object
    title: str
    download_url: str
    extension: str
    size: int | None


@dataclass(frozen=True)
class ResourceDetail:
    parent: object
    project: ProjectPage | None
    resource_types: list
    themes: list
    publics: list
    challenges: list
    organisations: list
    tags: list
    files: list[FileLink]
    views: int
    downloads: int
    rating: RatingSummary
    attribution: str
    json_ld: dict = field(default_factory=dict)


def download_url(*, resource: ResourcePage, document) -> str:
    return reverse("commons_download", args=[resource.pk, document.pk])


def _file_size(document) -> int | None:
    try:
        return document.file.size
    except (OSError, ValueError):
        return None


def resource_files(resource: ResourcePage) -> list[FileLink]:
    """The documents of a resource's body, in order (documents are loaded in one query)."""
    files = []
    for block in resource.body:
        if block.block_type == "file" and block.value["document"] is not None:
            document = block.value["document"]
            files.append(
                FileLink(
                    document=document,
                    title=block.value["title"] or document.title,
                    download_url=download_url(resource=resource, document=document),
                    extension=document.file_extension.upper(),
                    size=_file_size(document),
                )
            )
    return files


def attribution_text(*, page, organisations, request: HttpRequest | None) -> str:
    """The credit line a re-user copies, built from the licence."""
    info = LICENCE_INFO[page.licence]
    url = page_absolute_url(page, request)
    authors = ", ".join(organisation.name for organisation in organisations) or _(
        "les contributeurs et contributrices de %(site)s"
    ) % {"site": settings.WAGTAIL_SITE_NAME}
    if not info.is_open:
        return _(
            "« %(title)s », %(authors)s, %(url)s — tous droits réservés : demandez "
            "l'autorisation aux auteurs avant toute réutilisation."
        ) % {"title": page.title, "authors": authors, "url": url}
    return _("« %(title)s », %(authors)s, %(url)s, sous licence %(licence)s (%(licence_url)s).") % {
        "title": page.title,
        "authors": authors,
        "url": url,
        "licence": Licence(page.licence).label,
        "licence_url": info.url,
    }


def _json_ld(*, resource: ResourcePage, detail_parts: dict, request) -> dict:
    info = LICENCE_INFO[resource.licence]
    data = {
        "@context": "https://schema.org",
        "@type": ["LearningResource", "CreativeWork"],
        "name": resource.title,
        "description": resource.summary,
        "url": page_absolute_url(resource, request),
        "inLanguage": resource.language,
        "isAccessibleForFree": True,
        "learningResourceType": [str(term) for term in detail_parts["resource_types"]],
        "about": [str(term) for term in detail_parts["themes"]],
        "keywords": ", ".join(tag.name for tag in detail_parts["tags"]),
        "author": [
            {"@type": "Organization", "name": organisation.name}
            for organisation in detail_parts["organisations"]
        ],
    }
    if info.url:
        data["license"] = info.url
    else:
        data["copyrightNotice"] = str(Licence(resource.licence).label)
    if resource.last_published_at:
        data["dateModified"] = resource.last_published_at.isoformat()
    if resource.first_published_at:
        data["datePublished"] = resource.first_published_at.isoformat()
    return data


def get_resource_detail(*, resource: ResourcePage, request: HttpRequest | None) -> ResourceDetail:
    """Everything a resource page shows, in a fixed number of queries whatever its size."""
    parent = resource.get_parent().specific
    parts = {
        "resource_types": list(resource.resource_types.all()),
        "themes": list(resource.themes.all()),
        "publics": list(resource.publics.all()),
        "challenges": list(resource.challenges.all()),
        "organisations": list(resource.organisations.all()),
        "tags": list(resource.tags.all()),
    }
    totals = usage_totals(page=resource)
    return ResourceDetail(
        parent=parent,
        project=parent if isinstance(parent, ProjectPage) else None,
        files=resource_files(resource),
        views=totals["views"],
        downloads=totals["downloads"],
        rating=rating_summary(page=resource),
        attribution=attribution_text(
            page=resource, organisations=parts["organisations"], request=request
        ),
        json_ld=_json_ld(resource=resource, detail_parts=parts, request=request),
        **parts,
    )


@dataclass(frozen=True)
class LessonDetail:
    parent: object
    project: ProjectPage | None
    themes: list
    tags: list
    related_resources: list


def get_lesson_detail(*, lesson: LessonPage) -> LessonDetail:
    parent = lesson.get_parent().specific
    return LessonDetail(
        parent=parent,
        project=parent if isinstance(parent, ProjectPage) else None,
        themes=list(lesson.themes.all()),
        tags=list(lesson.tags.all()),
        related_resources=list(
            visible_pages(model=ResourcePage).filter(
                pk__in=[r.pk for r in lesson.related_resources.all()]
            )
        ),
    )


def list_library(*, filters: "LibraryFilters") -> list:
    """Published resources and lessons matching the filters, sorted; lessons have no rating
    and count no downloads, so they come after resources in those sorts."""
    keyed = []
    for model in (ResourcePage, LessonPage):
        items = filters.filtered(visible_pages(model=model)).distinct()
        if model is ResourcePage:
            items = items.annotate(downloads=downloads_subquery(), rating=rating_subquery())
            rows = items.values_list("pk", "last_published_at", "downloads", "rating")
        else:
            rows = (
                (pk, published, 0, None)
                for pk, published in items.values_list("pk", "last_published_at")
            )
        keyed.extend(rows)
    sort = filters.selected["tri"]
    if sort == "downloads":
        keyed.sort(key=lambda row: (row[2], row[1]), reverse=True)
    elif sort == "rating":
        keyed.sort(key=lambda row: (row[3] is not None, row[3] or 0, row[1]), reverse=True)
    else:
        keyed.sort(key=lambda row: row[1], reverse=True)
    return [row[0] for row in keyed]


@dataclass(frozen=True)
class LibraryItem:
    page: ResourcePage | LessonPage
    parent: Page | None = None  # the project (or programme) the item belongs to
    downloads: int = 0
    rating: float | None = None

    @property
    def is_lesson(self) -> bool:
        return isinstance(self.page, LessonPage)

    @property
    def in_project(self) -> bool:
        return self.parent is not None and self.parent.specific_class is ProjectPage


def library_items(page_ids: list[int]) -> list[LibraryItem]:
    """The pages of one library page, specific, in the order of `page_ids`, with their
    project (or programme), downloads and average rating: the cards show what the list is
    sorted by."""
    pages = Page.objects.filter(pk__in=page_ids).specific().in_bulk()
    figures = {
        pk: (downloads, rating)
        for pk, downloads, rating in ResourcePage.objects.filter(pk__in=page_ids)
        .annotate(downloads=downloads_subquery(), rating=rating_subquery())
        .values_list("pk", "downloads", "rating")
    }
    parent_paths = {page.path[: -Page.steplen] for page in pages.values()}
    parents = {
        parent.path: parent
        for parent in Page.objects.filter(path__in=parent_paths).only(
            "title", "path", "url_path", "content_type_id"
        )
    }
    items = []
    for pk in page_ids:
        if pk not in pages:
            continue
        page = pages[pk]
        downloads, rating = figures.get(pk, (0, None))
        items.append(
            LibraryItem(
                page=page,
                parent=parents.get(page.path[: -Page.steplen]),
                downloads=downloads,
                rating=rating,
            )
        )
    return items


def _uses_document(stream_data, document_id: int) -> bool:
    """Does a resource body (its raw stream data) hold a `file` block of this document?"""
    if isinstance(stream_data, str):
        try:
            stream_data = json.loads(stream_data)
        except ValueError:
            return False
    return any(
        isinstance(block, dict)
        and block.get("type") == "file"
        and isinstance(block.get("value"), dict)
        and block["value"].get("document") == document_id
        for block in stream_data or ()
    )


def pages_using_document(document) -> tuple[set[int], set[int]]:
    """The resources whose published content uses `document`, and every resource that uses it
    in its published content or in its latest revision (a draft, or unpublished changes).

    The database narrows the candidates to bodies whose JSON text holds `"document": <id>`
    (JSON written by Django and PostgreSQL alike puts one space after the colon; ids that
    only start with these digits are dropped when each candidate is read)."""
    marker = f'"document": {document.pk}'
    live: set[int] = set()
    every: set[int] = set()
    rows = (
        ResourcePage.objects.annotate(body_text=Cast("body", TextField()))
        .filter(body_text__contains=marker)
        .values_list("pk", "live", "body_text")
    )
    for pk, is_live, body_text in rows:
        if _uses_document(body_text, document.pk):
            every.add(pk)
            if is_live:
                live.add(pk)
    drafts = (
        ResourcePage.objects.filter(has_unpublished_changes=True, latest_revision__isnull=False)
        .annotate(revision_text=Cast("latest_revision__content", TextField()))
        .filter(revision_text__contains=marker)
        .values_list("pk", "latest_revision__content")
    )
    for pk, content in drafts:
        if isinstance(content, str):
            content = json.loads(content)
        if _uses_document((content or {}).get("body"), document.pk):
            every.add(pk)
    return live, every
