"""Each aggregation rule computed on a small hand-made example, first as a pure function,
then from the database (approved values in force only), with the faults of earlier
results frameworks checked: a latest value never summed nor corrupted by correcting an
earlier period, and percentages recomputed as a ratio of sums, never averaged."""

import datetime as dt
from decimal import Decimal

import pytest

from commons.programmes.models import ProjectPage
from evaluation.indicators import aggregation
from evaluation.indicators.aggregation import Figure, PeriodFigure, ProjectFigure
from evaluation.indicators.models import AcrossProjects, Direction, IndicatorValue, OverTime
from tests.factories.evaluation import IndicatorFactory
from tests.factories.indicators import (
    END_OF,
    Q1,
    Q2,
    Q3,
    Q4,
    approved,
    count_indicator,
    d,
    follows,
    percent_indicator,
    returned,
    stock_indicator,
    submitted,
    target_indicator,
)
from tests.factories.pages import ProjectPageFactory

MID_Q2 = dt.date(2026, 5, 15)
MID_Q3 = dt.date(2026, 8, 15)


def periods(*values) -> list[PeriodFigure]:
    """Quarterly figures of 2026 from Q1 on, in a shuffled order (order must not matter)."""
    starts = [Q1, Q2, Q3, Q4]
    rows = [
        PeriodFigure(start, END_OF[start], None if value is None else Decimal(value))
        for start, value in zip(starts, values, strict=False)
    ]
    return rows[1::2] + rows[::2]


# --------------------------------------------------------------------------- pure rules
def test_sum_over_time_adds_the_periods_ended_at_the_date():
    quarters = periods(10, 25, 30, 40)
    assert aggregation.sum_over_time(quarters, at=END_OF[Q3]).value == Decimal(65)
    assert aggregation.sum_over_time(quarters, at=MID_Q2).value == Decimal(10)
    assert aggregation.sum_over_time(quarters).value == Decimal(105)
    assert aggregation.sum_over_time(quarters, at=dt.date(2025, 12, 31)).value is None


def test_latest_value_is_the_latest_period_never_a_sum():
    quarters = periods(10, 25, 30)
    assert aggregation.latest_over_time(quarters, at=END_OF[Q3]).value == Decimal(30)
    assert aggregation.latest_over_time(quarters, at=MID_Q3).value == Decimal(25)
    assert aggregation.latest_over_time(quarters, at=END_OF[Q1]).value == Decimal(10)


def test_maximum_is_the_largest_period_value_up_to_the_date():
    quarters = periods(40, 25, 30, 50)
    assert aggregation.maximum_over_time(quarters, at=END_OF[Q3]).value == Decimal(40)
    assert aggregation.maximum_over_time(quarters).value == Decimal(50)
    assert aggregation.maximum_over_time(quarters, at=dt.date(2025, 1, 1)).value is None


def test_ratio_of_sums_is_not_the_average_of_percentages():
    small = Figure(Decimal(90), numerator=Decimal(9), denominator=Decimal(10))
    large = Figure(Decimal(10), numerator=Decimal(10), denominator=Decimal(100))
    # 19 people autonomous out of 110 accompanied: 17.27 %, where averaging says 50 %
    assert aggregation.ratio_of_sums([small, large]) == Decimal("17.2727")
    assert aggregation.average_across([small, large]) == Decimal("50.0000")


def test_sum_and_average_across_projects():
    figures = [Figure(Decimal(10)), Figure(Decimal(20)), Figure(Decimal(40)), Figure(None)]
    assert aggregation.sum_across(figures) == Decimal(70)
    assert aggregation.average_across(figures) == Decimal("23.3333")
    assert aggregation.sum_across([Figure(None)]) is None


def test_count_reaching_target_follows_the_direction():
    higher = [
        ProjectFigure(1, Figure(Decimal(120)), target=Decimal(100)),
        ProjectFigure(2, Figure(Decimal(100)), target=Decimal(100)),
        ProjectFigure(3, Figure(Decimal(80)), target=Decimal(100)),
        ProjectFigure(4, Figure(Decimal(500)), target=None),
    ]
    result = aggregation.across_projects(
        AcrossProjects.COUNT_REACHING_TARGET, higher, direction=Direction.HIGHER_IS_BETTER
    )
    assert result == Decimal(2)
    lower = [
        ProjectFigure(1, Figure(Decimal(5)), target=Decimal(10)),
        ProjectFigure(2, Figure(Decimal(10)), target=Decimal(10)),
        ProjectFigure(3, Figure(Decimal(12)), target=Decimal(10)),
    ]
    result = aggregation.across_projects(
        AcrossProjects.COUNT_REACHING_TARGET, lower, direction=Direction.LOWER_IS_BETTER
    )
    assert result == Decimal(2)


# --------------------------------------------------------------------------- from the database
@pytest.mark.django_db
def test_sum_over_periods_and_across_projects_reads_approved_values_only(project, other_project):
    indicator = count_indicator()
    mine, theirs = follows(project, indicator), follows(other_project, indicator)
    approved(mine, Q1, value=d("10"))
    approved(mine, Q2, value=d("25.5"))
    approved(mine, Q3, value=d("30"))
    approved(theirs, Q1, value=d("7"))
    submitted(theirs, Q2, value=d("1000"))
    returned(theirs, Q3, value=d("2000"))

    figures = aggregation.project_figures(indicator=indicator, at=END_OF[Q3])
    assert figures == {project.pk: Figure(d("65.5")), other_project.pk: Figure(d("7"))}
    total = aggregation.aggregate_indicator(indicator=indicator, at=END_OF[Q3])
    assert (total.value, total.project_count) == (d("72.5"), 2)
    assert aggregation.aggregate_indicator(indicator=indicator, at=MID_Q2).value == d("17")
    assert isinstance(total.value, Decimal)


@pytest.mark.django_db
def test_correcting_an_earlier_period_leaves_later_latest_values_right(project):
    indicator = stock_indicator()
    followed = follows(project, indicator)
    first = approved(followed, Q1, value=d("10"))
    approved(followed, Q2, value=d("25"))
    approved(followed, Q3, value=d("30"))

    correction = approved(followed, Q1, value=d("12"))  # typed last, about the first quarter

    assert correction.corrects == first
    first.refresh_from_db()
    assert (first.is_current, correction.is_current) == (False, True)
    figures = aggregation.project_figures
    assert figures(indicator=indicator, at=END_OF[Q3])[project.pk].value == d("30")
    assert figures(indicator=indicator, at=MID_Q3)[project.pk].value == d("25")
    assert figures(indicator=indicator, at=END_OF[Q1])[project.pk].value == d("12")
    # history kept: both updates of the first quarter remain
    assert IndicatorValue.objects.filter(project_indicator=followed, period_start=Q1).count() == 2


@pytest.mark.django_db
def test_ratio_of_sums_from_stored_numerators_and_denominators(project, other_project):
    indicator = percent_indicator()
    small, large = follows(project, indicator), follows(other_project, indicator)
    approved(small, Q1, numerator=d("5"), denominator=d("10"))
    approved(small, Q2, numerator=d("9"), denominator=d("10"))
    approved(large, Q2, numerator=d("10"), denominator=d("100"))

    total = aggregation.aggregate_indicator(indicator=indicator, at=END_OF[Q2])
    assert total.value == Decimal("17.2727")
    stored_percentages = aggregation.project_figures(indicator=indicator, at=END_OF[Q2])
    assert sorted(f.value for f in stored_percentages.values()) == [d("10"), d("90")]
    assert aggregation.average_across(stored_percentages.values()) == Decimal("50.0000")


@pytest.mark.django_db
def test_maximum_and_average_from_the_database(project, other_project):
    peak = IndicatorFactory(over_time=OverTime.MAXIMUM, across_projects=AcrossProjects.AVERAGE)
    mine, theirs = follows(project, peak), follows(other_project, peak)
    approved(mine, Q1, value=d("40"))
    approved(mine, Q2, value=d("25"))
    approved(theirs, Q1, value=d("10"))
    approved(theirs, Q2, value=d("20"))

    figures = aggregation.project_figures(indicator=peak, at=END_OF[Q2])
    assert {pk: f.value for pk, f in figures.items()} == {
        project.pk: d("40"),
        other_project.pk: d("20"),
    }
    assert aggregation.aggregate_indicator(indicator=peak, at=END_OF[Q2]).value == d("30")


@pytest.mark.django_db
def test_count_reaching_target_from_the_database(project, other_project, programme):
    waiting = target_indicator(direction=Direction.LOWER_IS_BETTER)
    third_project = ProjectPageFactory(parent=programme)
    approved(follows(project, waiting, target_value=10), Q1, value=d("8"))
    approved(follows(other_project, waiting, target_value=10), Q1, value=d("15"))
    approved(follows(third_project, waiting, target_value=None), Q1, value=d("1"))

    total = aggregation.aggregate_indicator(indicator=waiting, at=END_OF[Q1])
    assert (total.value, total.project_count) == (Decimal(1), 3)


@pytest.mark.django_db
def test_scope_limits_the_projects_aggregated(project, other_project):
    indicator = count_indicator()
    approved(follows(project, indicator), Q1, value=d("10"))
    approved(follows(other_project, indicator), Q1, value=d("5"))
    scoped = aggregation.aggregate_indicator(
        indicator=indicator, projects=ProjectPage.objects.filter(pk=project.pk)
    )
    assert scoped.value == d("10")
