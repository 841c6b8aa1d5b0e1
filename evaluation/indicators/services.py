"""Writes on project indicators and their values (keyword-only, validated, atomic)."""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from evaluation.indicators.models import (
    Indicator,
    IndicatorValue,
    ProjectIndicator,
    ValueSource,
    ValueStatus,
)


@transaction.atomic
def record_value_from_answer(
    *,
    project,
    indicator_code: str,
    period_start: datetime.date,
    period_end: datetime.date,
    value: Decimal,
    source_reference: str,
    user=None,
) -> IndicatorValue:
    """A form answer bound to an indicator becomes that project's *submitted* value for the
    period (no double entry); it then follows the approval workflow like any other update.
    The project starts following the indicator if it did not yet."""
    indicator = Indicator.objects.get(code=indicator_code)
    project_indicator, _ = ProjectIndicator.objects.get_or_create(
        project=project, indicator=indicator
    )
    update = IndicatorValue(
        project_indicator=project_indicator,
        project=project,
        indicator=indicator,
        period_start=period_start,
        period_end=period_end,
        value=value,
        status=ValueStatus.SUBMITTED,
        source=ValueSource.FORM,
        source_reference=source_reference,
        created_by=user,
        submitted_at=timezone.now(),
    )
    update.full_clean()
    update.save()
    return update
