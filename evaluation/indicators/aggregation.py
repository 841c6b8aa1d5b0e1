"""How indicator values add up: over time (one project) and across projects.

Two steps, each with its rule taken from the library entry, never guessed:

1. **Over time**, per project, from the project's approved values in force
   (``is_current``) for periods ended at or before a date:
   - ``sum``: the sum of those periods (counts of what happened in each period);
   - ``latest``: the value of the *latest period* — by period, not by typing date, so that
     correcting an earlier period (a new update of that period) never changes what a later
     period says — and never summed;
   - ``max``: the largest period value.
   A percentage keeps the numerator and denominator of the period it comes from.
2. **Across projects**, from each project's over-time figure:
   - ``sum``;
   - ``ratio``: Σ numerators ÷ Σ denominators × 100 — never the mean of percentages (a
     project of 10 people at 90 % and one of 100 people at 10 % make 17.27 %, not 50 %);
   - ``average``: the mean of the project figures;
   - ``count_target``: how many projects reach their own target, in the indicator's
     direction (for « lower is better », at or under the target).

The pure functions below hold each rule and take plain figures; the selectors at the end
feed them from the database. Built for the dashboards (about 50,000 values): step 1 runs in
SQL, one query per indicator — ``GROUP BY project`` with ``SUM`` for the sum rule, and one
row per project picked by a correlated subquery (``ORDER BY period_end DESC`` or
``value DESC … LIMIT 1``) for the latest and maximum rules, both served by the
``value_indicator_current`` index (indicator, is_current, period_end). Step 2 then reduces
one row per project in Python, so its cost follows the number of projects, not of values.
A dashboard grouping by wave, territory or theme groups these per-project figures.

Every number is a ``Decimal``; ratios and averages are rounded to the storage's 4 decimal
places (half up).
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import OuterRef, QuerySet, Subquery, Sum

from evaluation.indicators.models import (
    DECIMAL,
    AcrossProjects,
    Direction,
    Indicator,
    IndicatorValue,
    OverTime,
    ProjectIndicator,
    ValueStatus,
)

QUANTUM = Decimal(1).scaleb(-DECIMAL["decimal_places"])  # 0.0001
HUNDRED = Decimal(100)


def rounded(number: Decimal) -> Decimal:
    return number.quantize(QUANTUM, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Figure:
    """A number, with the numerator and denominator it comes from for a percentage."""

    value: Decimal | None
    numerator: Decimal | None = None
    denominator: Decimal | None = None


@dataclass(frozen=True)
class PeriodFigure:
    """The approved value in force for one period."""

    period_start: datetime.date
    period_end: datetime.date
    value: Decimal | None
    numerator: Decimal | None = None
    denominator: Decimal | None = None

    @property
    def figure(self) -> Figure:
        return Figure(self.value, self.numerator, self.denominator)


# --------------------------------------------------------------------------- over time
def _up_to(periods: Iterable[PeriodFigure], at: datetime.date | None) -> list[PeriodFigure]:
    return [p for p in periods if at is None or p.period_end <= at]


def _sum_or_none(numbers: Iterable[Decimal | None]) -> Decimal | None:
    present = [Decimal(n) for n in numbers if n is not None]
    return sum(present, Decimal(0)) if present else None


def sum_over_time(periods: Iterable[PeriodFigure], *, at: datetime.date | None = None) -> Figure:
    """The sum of the periods ended at or before `at` (every period when `at` is None)."""
    kept = _up_to(periods, at)
    return Figure(
        _sum_or_none(p.value for p in kept),
        _sum_or_none(p.numerator for p in kept),
        _sum_or_none(p.denominator for p in kept),
    )


def latest_over_time(periods: Iterable[PeriodFigure], *, at: datetime.date | None = None) -> Figure:
    """The value of the latest period ended at or before `at` — by period, never summed."""
    kept = _up_to(periods, at)
    if not kept:
        return Figure(None)
    return max(kept, key=lambda p: (p.period_end, p.period_start)).figure


def maximum_over_time(
    periods: Iterable[PeriodFigure], *, at: datetime.date | None = None
) -> Figure:
    """The largest period value up to `at` (the latest such period on a tie)."""
    kept = [p for p in _up_to(periods, at) if p.value is not None]
    if not kept:
        return Figure(None)
    return max(kept, key=lambda p: (p.value, p.period_end)).figure


OVER_TIME_RULES = {
    OverTime.SUM: sum_over_time,
    OverTime.LATEST: latest_over_time,
    OverTime.MAXIMUM: maximum_over_time,
}


def over_time(
    rule: str, periods: Iterable[PeriodFigure], *, at: datetime.date | None = None
) -> Figure:
    return OVER_TIME_RULES[rule](periods, at=at)


# --------------------------------------------------------------------------- across projects
def sum_across(figures: Iterable[Figure]) -> Decimal | None:
    return _sum_or_none(f.value for f in figures)


def ratio_of_sums(figures: Iterable[Figure]) -> Decimal | None:
    """Σ numerators ÷ Σ denominators × 100, over projects that gave both."""
    pairs = [f for f in figures if f.numerator is not None and f.denominator]
    if not pairs:
        return None
    numerators = sum((Decimal(f.numerator) for f in pairs), Decimal(0))
    denominators = sum((Decimal(f.denominator) for f in pairs), Decimal(0))
    return rounded(numerators * HUNDRED / denominators)


def average_across(figures: Iterable[Figure]) -> Decimal | None:
    values = [Decimal(f.value) for f in figures if f.value is not None]
    if not values:
        return None
    return rounded(sum(values, Decimal(0)) / len(values))


def reaches_target(value: Decimal | None, target: Decimal | None, *, direction: str) -> bool:
    if value is None or target is None:
        return False
    if direction == Direction.LOWER_IS_BETTER:
        return value <= target
    return value >= target


def count_reaching_target(
    figures_and_targets: Iterable[tuple[Figure, Decimal | None]], *, direction: str
) -> Decimal:
    """How many projects reach their own target (a project without target does not)."""
    return Decimal(
        sum(
            reaches_target(figure.value, target, direction=direction)
            for figure, target in figures_and_targets
        )
    )


@dataclass(frozen=True)
class ProjectFigure:
    """One project's over-time figure for an indicator, with its target."""

    project_id: int
    figure: Figure
    target: Decimal | None = None


def across_projects(
    rule: str, project_figures: Iterable[ProjectFigure], *, direction: str
) -> Decimal | None:
    rows = list(project_figures)
    figures = [row.figure for row in rows]
    if rule == AcrossProjects.SUM:
        return sum_across(figures)
    if rule == AcrossProjects.RATIO_OF_SUMS:
        return ratio_of_sums(figures)
    if rule == AcrossProjects.AVERAGE:
        return average_across(figures)
    if rule == AcrossProjects.COUNT_REACHING_TARGET:
        return count_reaching_target(((r.figure, r.target) for r in rows), direction=direction)
    raise ValueError(f"Unknown rule across projects: {rule}")


# --------------------------------------------------------------------------- from the database
def approved_values(
    *, indicator: Indicator, at: datetime.date | None = None, projects: QuerySet | None = None
) -> QuerySet:
    """The approved values in force of `indicator` for periods ended at or before `at`.

    The only rows any aggregate reads: a draft, submitted or returned update, or an approved
    one since corrected, never counts. `projects` scopes to those projects (the caller passes
    what the person may see, e.g. ``pages_where(user=…, action=VIEW_DASHBOARDS)``)."""
    values = IndicatorValue.objects.filter(
        indicator_id=indicator.code, is_current=True, status=ValueStatus.APPROVED
    )
    if at is not None:
        values = values.filter(period_end__lte=at)
    if projects is not None:
        values = values.filter(project__in=projects)
    return values


def project_figures(
    *, indicator: Indicator, at: datetime.date | None = None, projects: QuerySet | None = None
) -> dict[int, Figure]:
    """Each project's over-time figure for `indicator` at `at`, computed in SQL (one query)."""
    values = approved_values(indicator=indicator, at=at, projects=projects)
    if indicator.over_time == OverTime.SUM:
        rows = (
            values.order_by()
            .values("project_id")
            .annotate(
                total=Sum("value"),
                numerator_total=Sum("numerator"),
                denominator_total=Sum("denominator"),
            )
            .values_list("project_id", "total", "numerator_total", "denominator_total")
        )
    else:
        ordering = (
            ("-period_end", "-period_start")
            if indicator.over_time == OverTime.LATEST
            else ("-value", "-period_end")
        )
        chosen = (
            values.filter(project_indicator_id=OuterRef("project_indicator_id"))
            .exclude(value__isnull=True)
            .order_by(*ordering)
            .values("pk")[:1]
        )
        rows = values.filter(pk=Subquery(chosen)).values_list(
            "project_id", "value", "numerator", "denominator"
        )
    return {
        project_id: Figure(value, numerator, denominator)
        for project_id, value, numerator, denominator in rows
    }


@dataclass(frozen=True)
class Aggregate:
    """An indicator added up across projects at a date, by its own rules."""

    indicator: Indicator
    at: datetime.date | None
    value: Decimal | None
    project_count: int


def aggregate_indicator(
    *, indicator: Indicator, at: datetime.date | None = None, projects: QuerySet | None = None
) -> Aggregate:
    """`indicator` over the projects that reported it (scoped by `projects`), at `at`.

    Two queries: the per-project figures, and the targets when the rule counts projects
    reaching theirs."""
    figures = project_figures(indicator=indicator, at=at, projects=projects)
    targets: dict[int, Decimal | None] = {}
    if indicator.across_projects == AcrossProjects.COUNT_REACHING_TARGET:
        targets = dict(
            ProjectIndicator.objects.filter(
                indicator_id=indicator.code, project_id__in=list(figures)
            ).values_list("project_id", "target_value")
        )
    rows = [
        ProjectFigure(project_id=project_id, figure=figure, target=targets.get(project_id))
        for project_id, figure in figures.items()
    ]
    return Aggregate(
        indicator=indicator,
        at=at,
        value=across_projects(indicator.across_projects, rows, direction=indicator.direction),
        project_count=len(rows),
    )
