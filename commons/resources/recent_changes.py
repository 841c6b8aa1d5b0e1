"""`/modifications-recentes/`: what was published lately on public projects, resources, lessons."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.http import QueryDict
from wagtail.models import Page, PageLogEntry

from commons.access.selectors import visible_pages
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.publishing.selectors import PUBLISH_ACTION, author_display_name
from commons.resources.models import LessonPage, ResourcePage

CONTENT_KINDS = {
    "projet": ProjectPage,
    "ressource": ResourcePage,
    "lecon": LessonPage,
}


@dataclass(frozen=True)
class ChangeFilters:
    project: ProjectPage | None = None
    programme: ProgrammePage | None = None
    kind: str = ""

    @classmethod
    def from_query(cls, query: QueryDict) -> "ChangeFilters":
        project_code, programme_slug = query.get("projet", ""), query.get("programme", "")
        kind = query.get("type", "")
        return cls(
            project=visible_pages(model=ProjectPage).filter(code=project_code).first()
            if project_code
            else None,
            programme=visible_pages(model=ProgrammePage).filter(slug=programme_slug).first()
            if programme_slug
            else None,
            kind=kind if kind in CONTENT_KINDS else "",
        )


@dataclass(frozen=True)
class Change:
    page: Page
    kind: str
    published_at: object
    author: str
    change_summary: str
    revision_id: int


def recent_changes(*, filters: ChangeFilters, limit: int = 200) -> list[Change]:
    models = [CONTENT_KINDS[filters.kind]] if filters.kind else list(CONTENT_KINDS.values())
    content_types = ContentType.objects.get_for_models(*models)
    kind_by_type = {
        content_types[model].pk: kind
        for kind, model in CONTENT_KINDS.items()
        if model in content_types
    }
    visible = Page.objects.live().public().filter(content_type__in=content_types.values())
    for ancestor in (filters.project, filters.programme):
        if ancestor is not None:
            visible = visible.descendant_of(ancestor, inclusive=True)
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
