"""Reads of the indicator library, of project indicators and of their values.

Who sees what (asked of ``commons.access``):
- the project team (``EVALUATE``) and the programme team (``RUN_EVALUATION``) see every
  update of the project's values, drafts and returned ones included, with their history;
- everybody else — funders, the public — only ever reads approved values in force
  (``is_current``), through ``public_project_indicators`` or ``evaluation.indicators.aggregation``.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from commons.access.selectors import Action, can, has_role_for, pages_where
from commons.programmes.models import ProgrammePage, ProjectPage
from evaluation.indicators.aggregation import Figure, PeriodFigure, over_time
from evaluation.indicators.dimensions import PartsMismatch, value_mismatches
from evaluation.indicators.models import (
    Indicator,
    IndicatorValue,
    Nature,
    ProjectIndicator,
    ValueStatus,
)
from evaluation.indicators.periods import Period, period_containing, periods_between

REVIEW_QUEUE_LIMIT = 200


def indicator_choices() -> list[tuple[str, str]]:
    """(code, label) of the active library, for a form question bound to an indicator."""
    return [
        (code, f"{name} ({code})")
        for code, name in Indicator.objects.filter(active=True).values_list("code", "name")
    ]


# --------------------------------------------------------------------------- the library
def programme_of(project: ProjectPage) -> ProgrammePage | None:
    """The programme a project belongs to (its parent page)."""
    parent = project.get_parent()
    return parent.specific if parent is not None else None


def usable_indicators(*, project: ProjectPage) -> QuerySet[Indicator]:
    """The active indicators a project may follow: the common library, its programme's own,
    and those other programmes share."""
    programme = programme_of(project)
    scope = Q(programme__isnull=True) | Q(shared=True)
    if programme is not None:
        scope |= Q(programme_id=programme.pk)
    return Indicator.objects.filter(scope, active=True)


def editable_programmes(*, user) -> QuerySet[ProgrammePage]:
    """The programmes whose own indicators this person manages."""
    return pages_where(user=user, action=Action.RUN_EVALUATION, model=ProgrammePage)


def library_for(*, user) -> QuerySet[Indicator]:
    """The library entries this person may read in the admin: everything for a superuser;
    for a programme team, the common library, its programmes' own and the shared ones."""
    if user.is_superuser:
        return Indicator.objects.all()
    if not has_role_for(user, Action.RUN_EVALUATION):
        return Indicator.objects.none()
    return Indicator.objects.filter(
        Q(programme__isnull=True)
        | Q(shared=True)
        | Q(programme__in=editable_programmes(user=user).values("pk"))
    )


def can_edit_indicator(user, indicator: Indicator) -> bool:
    """A programme team edits its programme's indicators; the common library (no programme)
    is edited by superusers only; shared indicators of other programmes are read-only."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if indicator.programme_id is None:
        return False
    programme = ProgrammePage.objects.filter(pk=indicator.programme_id).first()
    return programme is not None and can(user, Action.RUN_EVALUATION, programme)


# --------------------------------------------------------------------------- project indicators
def evaluated_projects(*, user) -> QuerySet[ProjectPage]:
    """The projects whose indicators this person works on: as their team (``EVALUATE``) or
    as their programme team (``RUN_EVALUATION``)."""
    teams = pages_where(user=user, action=Action.EVALUATE, model=ProjectPage)
    programmes = pages_where(user=user, action=Action.RUN_EVALUATION, model=ProjectPage)
    return ProjectPage.objects.filter(
        Q(pk__in=teams.values("pk")) | Q(pk__in=programmes.values("pk"))
    ).order_by("title")


def may_work_on(user, project: ProjectPage) -> bool:
    """Project team or programme team of this project (reads drafts and history)."""
    return can(user, Action.EVALUATE, project) or can(user, Action.RUN_EVALUATION, project)


def project_indicators(*, project: ProjectPage) -> list[ProjectIndicator]:
    return list(
        ProjectIndicator.objects.filter(project=project)
        .select_related("indicator")
        .order_by("indicator__name")
    )


def calendar_of(
    project_indicator: ProjectIndicator, *, today: datetime.date | None = None
) -> list[Period]:
    """The reporting periods from the baseline date to the target date (both optional: then
    from the current period, and up to the current period), plus any period already
    reported outside that range."""
    today = today or timezone.localdate()
    kind = project_indicator.period_kind
    start = project_indicator.baseline_date or today
    end = project_indicator.target_date or max(today, start)
    periods = set(periods_between(start, end, kind=kind))
    reported = project_indicator.values.values_list("period_start", "period_end").distinct()
    periods.update(reported)
    return sorted(periods)


@dataclass
class PeriodRow:
    """One period of a project indicator, as the team and the programme team see it."""

    start: datetime.date
    end: datetime.date
    updates: list[IndicatorValue] = field(default_factory=list)

    @property
    def latest(self) -> IndicatorValue | None:
        return self.updates[-1] if self.updates else None

    @property
    def current(self) -> IndicatorValue | None:
        return next((u for u in self.updates if u.is_current), None)

    @property
    def mismatches(self) -> list[PartsMismatch]:
        return value_mismatches(self.latest) if self.latest else []


def period_rows(
    project_indicator: ProjectIndicator, *, today: datetime.date | None = None
) -> list[PeriodRow]:
    """Every period of the calendar with its updates in order (two queries)."""
    rows = {
        start: PeriodRow(start=start, end=end)
        for start, end in calendar_of(project_indicator, today=today)
    }
    updates = (
        project_indicator.values.select_related("created_by", "reviewed_by")
        .prefetch_related("parts")
        .order_by("period_start", "created_at", "pk")
    )
    for update in updates:
        row = rows.setdefault(
            update.period_start, PeriodRow(start=update.period_start, end=update.period_end)
        )
        row.updates.append(update)
    return [rows[start] for start in sorted(rows)]


def period_history(
    project_indicator: ProjectIndicator, *, period_start: datetime.date
) -> list[IndicatorValue]:
    """Every update of one period, oldest first (corrections and returned ones included)."""
    return list(
        project_indicator.values.filter(period_start=period_start)
        .select_related("created_by", "reviewed_by", "corrects")
        .prefetch_related("parts")
        .order_by("created_at", "pk")
    )


def is_calendar_period(project_indicator: ProjectIndicator, period_start: datetime.date) -> bool:
    """Does a period of the project indicator's kind start on this day?"""
    return period_containing(period_start, kind=project_indicator.period_kind)[0] == period_start


def current_value(
    *, project_indicator: ProjectIndicator, period_start: datetime.date
) -> IndicatorValue | None:
    """The approved update in force for the period, if any."""
    return project_indicator.values.filter(period_start=period_start, is_current=True).first()


# --------------------------------------------------------------------------- review
def review_queue(*, user) -> QuerySet[IndicatorValue]:
    """Submitted values of the projects of this person's programmes (``RUN_EVALUATION``),
    oldest first."""
    projects = pages_where(user=user, action=Action.RUN_EVALUATION, model=ProjectPage)
    return (
        IndicatorValue.objects.filter(
            status=ValueStatus.SUBMITTED, project__in=projects.values("pk")
        )
        .select_related("project", "indicator", "project_indicator", "created_by")
        .order_by("submitted_at", "pk")
    )


@dataclass(frozen=True)
class IndicatorQueue:
    """What waits for the programme team, for its dashboard panel."""

    values: list[IndicatorValue]
    count: int


def indicator_queue(user, *, limit: int = 5) -> IndicatorQueue | None:
    """The first submitted values and their count; None for whoever does not review."""
    if not has_role_for(user, Action.RUN_EVALUATION):
        return None
    queue = review_queue(user=user)
    return IndicatorQueue(values=list(queue[:limit]), count=queue.count())


def returned_counts(*, user) -> dict[int, int]:
    """Per project of this person's teams, how many periods wait for a fix: their latest
    update was returned (a later update, draft or submitted, means the team is on it)."""
    projects = pages_where(user=user, action=Action.EVALUATE, model=ProjectPage)
    later = IndicatorValue.objects.filter(
        project_indicator_id=OuterRef("project_indicator_id"),
        period_start=OuterRef("period_start"),
        pk__gt=OuterRef("pk"),
    )
    rows = (
        IndicatorValue.objects.filter(
            status=ValueStatus.RETURNED, project__in=projects.values("pk")
        )
        .exclude(Exists(later))
        .values("project_id")
        .annotate(count=Count("pk"))
        .values_list("project_id", "count")
    )
    return dict(rows)


# --------------------------------------------------------------------------- public
@dataclass(frozen=True)
class PublicIndicator:
    """One indicator of a project as the public reads it: approved values only."""

    indicator: Indicator
    figure: Figure
    target_value: Decimal | None
    target_date: datetime.date | None
    as_of: datetime.date | None

    @property
    def value(self) -> Decimal | None:
        return self.figure.value


def public_project_indicators(*, project: ProjectPage) -> list[PublicIndicator]:
    """Each indicator of the project with at least one approved value in force, computed by
    its over-time rule over every approved period (two queries). Drafts, submitted and
    returned updates never appear."""
    followed = (
        ProjectIndicator.objects.filter(
            project=project, indicator__active=True, indicator__nature=Nature.QUANTITATIVE
        )
        .select_related("indicator")
        .prefetch_related(
            Prefetch(
                "values",
                queryset=IndicatorValue.objects.filter(
                    is_current=True, status=ValueStatus.APPROVED
                ).order_by("period_start"),
                to_attr="approved",
            )
        )
        .order_by("indicator__name")
    )
    result = []
    for project_indicator in followed:
        periods = [
            PeriodFigure(v.period_start, v.period_end, v.value, v.numerator, v.denominator)
            for v in project_indicator.approved
        ]
        if not periods:
            continue
        result.append(
            PublicIndicator(
                indicator=project_indicator.indicator,
                figure=over_time(project_indicator.indicator.over_time, periods),
                target_value=project_indicator.target_value,
                target_date=project_indicator.target_date,
                as_of=max(p.period_end for p in periods),
            )
        )
    return result


def can_read_attachment(user, indicator_value: IndicatorValue) -> bool:
    """An update's attachment is evidence for the review: the project team and its
    programme team only (never a funder, never the public)."""
    return may_work_on(user, indicator_value.project)
