"""Reporting periods of the programme calendar: months, quarters (the default), semesters,
years. A period is a pair of dates (first day, last day), both inclusive."""

import datetime

from evaluation.indicators.models import PeriodKind

MONTHS_PER_PERIOD = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.SEMESTER: 6,
    PeriodKind.YEAR: 12,
}

Period = tuple[datetime.date, datetime.date]


def period_containing(day: datetime.date, *, kind: str = PeriodKind.QUARTER) -> Period:
    """The period of `kind` that `day` falls in (1 Jan–31 Mar is Q1, and so on)."""
    months = MONTHS_PER_PERIOD[kind]
    first_month = (day.month - 1) // months * months + 1
    start = datetime.date(day.year, first_month, 1)
    return start, _add_months(start, months) - datetime.timedelta(days=1)


def periods_between(
    start: datetime.date, end: datetime.date, *, kind: str = PeriodKind.QUARTER
) -> list[Period]:
    """Every period of `kind` that overlaps [start, end], in order."""
    result = []
    period_start, period_end = period_containing(start, kind=kind)
    while period_start <= end:
        result.append((period_start, period_end))
        period_start = period_end + datetime.timedelta(days=1)
        period_end = _add_months(period_start, MONTHS_PER_PERIOD[kind]) - datetime.timedelta(days=1)
    return result


def _add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` (a first of month) moved `months` later."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)
