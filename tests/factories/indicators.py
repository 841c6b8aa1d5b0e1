"""Indicator builders on top of ``tests.factories.evaluation``: library entries of each rule,
and values taken through the real workflow (draft → submitted → approved or returned), so
that ``is_current`` is what the services make it.

Pages are never created here: pass ``project=`` (the conftest fixtures)."""

import datetime
from decimal import Decimal

from evaluation.indicators import services
from evaluation.indicators.models import (
    AcrossProjects,
    Dimension,
    Direction,
    IndicatorValue,
    OverTime,
    ProjectIndicator,
    Scale,
    Unit,
)
from tests.factories.evaluation import IndicatorFactory, ProjectIndicatorFactory

Q1 = datetime.date(2026, 1, 1)
Q2 = datetime.date(2026, 4, 1)
Q3 = datetime.date(2026, 7, 1)
Q4 = datetime.date(2026, 10, 1)
END_OF = {
    Q1: datetime.date(2026, 3, 31),
    Q2: datetime.date(2026, 6, 30),
    Q3: datetime.date(2026, 9, 30),
    Q4: datetime.date(2026, 12, 31),
}


def count_indicator(**fields):
    """People counted per period: summed over time and across projects."""
    fields.setdefault("dimensions", [Dimension.GENDER, Dimension.AGE_BRACKET])
    return IndicatorFactory(over_time=OverTime.SUM, across_projects=AcrossProjects.SUM, **fields)


def stock_indicator(**fields):
    """A stock read at the latest period (never summed over time)."""
    return IndicatorFactory(over_time=OverTime.LATEST, across_projects=AcrossProjects.SUM, **fields)


def percent_indicator(**fields):
    """A share typed as numerator / denominator, recomputed as a ratio of sums."""
    fields.setdefault("dimensions", [Dimension.GENDER])
    return IndicatorFactory(
        unit=Unit.PERCENT,
        scale=Scale.PUBLICS,
        over_time=OverTime.LATEST,
        across_projects=AcrossProjects.RATIO_OF_SUMS,
        **fields,
    )


def target_indicator(direction: str = Direction.HIGHER_IS_BETTER, **fields):
    return IndicatorFactory(
        over_time=OverTime.LATEST,
        across_projects=AcrossProjects.COUNT_REACHING_TARGET,
        direction=direction,
        **fields,
    )


def follows(project, indicator, **fields) -> ProjectIndicator:
    """`project` follows `indicator` (quarterly, 2026 by default)."""
    return ProjectIndicatorFactory(project=project, indicator=indicator, **fields)


def submitted(project_indicator, period_start=Q1, **figures) -> IndicatorValue:
    """A value saved as draft then submitted by the system (the team's steps)."""
    draft = services.save_draft_value(
        project_indicator=project_indicator, period_start=period_start, user=None, **figures
    )
    return services.submit_value(indicator_value=draft, user=None)


def approved(project_indicator, period_start=Q1, **figures) -> IndicatorValue:
    """A value taken through the whole workflow: draft, submitted, approved."""
    return services.approve_value(
        indicator_value=submitted(project_indicator, period_start, **figures), user=None
    )


def returned(project_indicator, period_start=Q1, note="À revoir.", **figures) -> IndicatorValue:
    return services.return_value(
        indicator_value=submitted(project_indicator, period_start, **figures),
        user=None,
        note=note,
    )


def d(text: str) -> Decimal:
    return Decimal(text)
