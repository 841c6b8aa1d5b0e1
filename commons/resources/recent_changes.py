"""`/modifications-recentes/`: what was published lately on public projects, resources, lessons."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PageLogEntry
from wagtail.query import PageQuerySet

from commons.programmes.models import ProjectPage
from commons.publishing.selectors import PUBLISH_ACTION, author_display_name
from commons.resources.models import LessonPage, ResourcePage

CONTENT_KINDS = {
    "projet": ProjectPage,
    "ressource": ResourcePage,
    "lecon": LessonPage,
}


@dataclass(frozen=True)
class Change:
    page: Page
    kind: str
    published_at: object
    author: str
    change_summary: str
    revision_id: int


def changed_pages() -> PageQuerySet:
    """The live, public projects, resources and lessons, whose publications are listed."""
    content_types = ContentType.objects.get_for_models(*CONTENT_KINDS.values())
    return Page.objects.live().public().filter(content_type__in=content_types.values())


def recent_changes(*, pages: PageQuerySet | None = None, limit: int = 200) -> list[Change]:
    """The latest publications of `pages` (by default `changed_pages()`, e.g. as filtered by
    `commons.resources.filters.ChangeFilters`), newest first."""
    visible = changed_pages() if pages is None else pages
    content_types = ContentType.objects.get_for_models(*CONTENT_KINDS.values())
    kind_by_type = {content_types[model].pk: kind for kind, model in CONTENT_KINDS.items()}
    entries = (
        PageLogEntry.objects.filter(action=PUBLISH_ACTION, page__in=visible, revision__isnull=False)
        .select_related("page", "user", "revision__user")
        .order_by("-timestamp", "-pk")[:limit]
    )
    return [
        Change(
            page=entry.page,
            kind=kind_by_type[entry.page.content_type_id],
            published_at=entry.timestamp,
            author=author_display_name(entry.revision.user or entry.user),
            change_summary=(entry.revision.content or {}).get("change_summary", ""),
            revision_id=entry.revision_id,
        )
        for entry in entries
    ]
