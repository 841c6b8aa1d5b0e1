from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet

from commons.access.selectors import visible_pages
from commons.directory.models import ChallengeTerm, Organisation, ThemeTerm
from commons.programmes.models import ProgrammePage, ProjectPage


def list_public_programmes() -> QuerySet[ProgrammePage]:
    return visible_pages(model=ProgrammePage).order_by("-start_date", "title")


PROJECTS_PER_PAGE = 20


def list_public_projects(
    *, programme: ProgrammePage | None = None, theme: str = "", phase: str = ""
) -> QuerySet[ProjectPage]:
    projects = visible_pages(model=ProjectPage).select_related("lead_organisation")
    if programme is not None:
        projects = projects.child_of(programme)
    if theme:
        projects = projects.filter(themes__code=theme)
    if phase:
        projects = projects.filter(phase=phase)
    return projects.prefetch_related("themes").order_by("title").distinct()


def paginate(queryset: QuerySet, *, page_number: str | None) -> PaginatorPage:
    return Paginator(queryset, PROJECTS_PER_PAGE).get_page(page_number)


@dataclass(frozen=True)
class ProjectDetail:
    programme: ProgrammePage
    partners: list
    objectives: list
    milestones: list
    workstreams: list
    accompaniment_needs: list
    themes: list
    challenges: list
    device_kinds: list
    publics: list
    territories: list


def get_project_detail(*, project: ProjectPage) -> ProjectDetail:
    """Everything a project page shows, in a fixed number of queries.

    Goes through the page's own relations so that previews of drafts show the draft.
    """
    return ProjectDetail(
        programme=project.get_parent().specific,
        partners=list(project.partners.select_related("organisation")),
        objectives=list(project.objectives.all()),
        milestones=sorted(project.milestones.all(), key=lambda milestone: milestone.date),
        workstreams=list(project.workstreams.all()),
        accompaniment_needs=list(project.accompaniment_needs.all()),
        themes=list(project.themes.all()),
        challenges=list(project.challenges.all()),
        device_kinds=list(project.device_kinds.all()),
        publics=list(project.publics.all()),
        territories=list(project.territories.all()),
    )


@dataclass(frozen=True)
class HomePageSummary:
    project_count: int
    programme_count: int
    organisation_count: int
    themes: list
    challenges: list
    latest_projects: list


def home_page_summary() -> HomePageSummary:
    projects = visible_pages(model=ProjectPage)
    return HomePageSummary(
        project_count=projects.count(),
        programme_count=visible_pages(model=ProgrammePage).count(),
        organisation_count=Organisation.objects.filter(led_projects__in=projects)
        .distinct()
        .count(),
        themes=list(
            ThemeTerm.objects.annotate(
                project_count=Count("projects", filter=Q(projects__in=projects))
            ).order_by("position")
        ),
        challenges=list(
            ChallengeTerm.objects.annotate(
                project_count=Count("projects", filter=Q(projects__in=projects))
            ).order_by("position")
        ),
        latest_projects=list(
            projects.select_related("lead_organisation")
            .prefetch_related("themes")
            .order_by("-first_published_at")[:6]
        ),
    )
