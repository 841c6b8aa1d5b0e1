"""Writes on project indicators and their values (keyword-only, validated, atomic).

The workflow of a value, one update per step of its life:
- the project team (``EVALUATE``) saves a *draft* for a period, edits it, *submits* it;
- the programme team (``RUN_EVALUATION``) *approves* it — it becomes the value in force of
  its period (``is_current``), and the previous approved update of that period stops
  being so, in the same transaction — or *returns* it with a note saying what to fix;
- fixing a returned value, or correcting an approved one, is a **new update** of the same
  period (``corrects`` points to the approved one it replaces): history is never rewritten,
  and no other period is touched.

``user=None`` is the system (demo loader, imports); views always pass ``request.user``.
"""

import datetime
from collections.abc import Mapping
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from commons.access.selectors import Action, can
from commons.programmes.models import ProjectPage
from commons.publishing.uploads import EVIDENCE, check_upload
from evaluation.indicators.aggregation import rounded
from evaluation.indicators.dimensions import PartKey, categories
from evaluation.indicators.models import (
    Indicator,
    IndicatorValue,
    Nature,
    PeriodKind,
    ProjectIndicator,
    Unit,
    ValuePart,
    ValueSource,
    ValueStatus,
)
from evaluation.indicators.periods import period_containing
from evaluation.indicators.selectors import current_value, usable_indicators

HUNDRED = Decimal(100)


def _acting(user):
    return user if user is not None and user.is_authenticated else None


def _check_team(user, project: ProjectPage) -> None:
    if user is not None and not can(user, Action.EVALUATE, project):
        raise PermissionDenied(
            _("Seule l'équipe du projet déclare les valeurs de ses indicateurs.")
        )


def _check_programme_team(user, project: ProjectPage) -> None:
    if user is not None and not can(user, Action.RUN_EVALUATION, project):
        raise PermissionDenied(
            _("Seule l'équipe du programme du projet valide ou renvoie ses valeurs.")
        )


def _check_team_or_programme(user, project: ProjectPage) -> None:
    if user is not None and not (
        can(user, Action.EVALUATE, project) or can(user, Action.RUN_EVALUATION, project)
    ):
        raise PermissionDenied(
            _("Seules les équipes du projet et de son programme modifient ses indicateurs.")
        )


# --------------------------------------------------------------------------- project indicators
@transaction.atomic
def follow_indicator(
    *,
    project: ProjectPage,
    indicator: Indicator,
    user,
    baseline_value: Decimal | None = None,
    baseline_date: datetime.date | None = None,
    target_value: Decimal | None = None,
    target_date: datetime.date | None = None,
    period_kind: str = PeriodKind.QUARTER,
    note: str = "",
) -> ProjectIndicator:
    """The project starts following a library indicator (linked by its code, never copied)."""
    _check_team_or_programme(user, project)
    if not usable_indicators(project=project).filter(pk=indicator.pk).exists():
        raise ValidationError(
            {"indicator": _("Cet indicateur n'est pas proposé aux projets de ce programme.")}
        )
    if ProjectIndicator.objects.filter(project=project, indicator=indicator).exists():
        raise ValidationError({"indicator": _("Le projet suit déjà cet indicateur.")})
    project_indicator = ProjectIndicator(
        project=project,
        indicator=indicator,
        baseline_value=baseline_value,
        baseline_date=baseline_date,
        target_value=target_value,
        target_date=target_date,
        period_kind=period_kind,
        note=note,
    )
    project_indicator.full_clean()
    project_indicator.save()
    return project_indicator


@transaction.atomic
def update_project_indicator(
    *,
    project_indicator: ProjectIndicator,
    user,
    baseline_value: Decimal | None,
    baseline_date: datetime.date | None,
    target_value: Decimal | None,
    target_date: datetime.date | None,
    period_kind: str,
    note: str = "",
) -> ProjectIndicator:
    """New baseline, target or calendar. The calendar is fixed once values were reported
    (their periods would no longer match it)."""
    _check_team_or_programme(user, project_indicator.project)
    if period_kind != project_indicator.period_kind and project_indicator.values.exists():
        raise ValidationError(
            {
                "period_kind": _(
                    "Des valeurs ont déjà été déclarées par %(kind)s : la périodicité ne change "
                    "plus."
                )
                % {"kind": project_indicator.get_period_kind_display().lower()}
            }
        )
    project_indicator.baseline_value = baseline_value
    project_indicator.baseline_date = baseline_date
    project_indicator.target_value = target_value
    project_indicator.target_date = target_date
    project_indicator.period_kind = period_kind
    project_indicator.note = note
    project_indicator.full_clean()
    project_indicator.save()
    return project_indicator


# --------------------------------------------------------------------------- values
def open_update(
    *, project_indicator: ProjectIndicator, period_start: datetime.date
) -> IndicatorValue | None:
    """The latest update of the period, whatever its state."""
    return (
        project_indicator.values.filter(period_start=period_start)
        .order_by("-created_at", "-pk")
        .first()
    )


def _check_period(project_indicator: ProjectIndicator, period_start: datetime.date):
    start, end = period_containing(period_start, kind=project_indicator.period_kind)
    if start != period_start:
        raise ValidationError(
            {"period_start": _("Cette date ne commence pas une période du calendrier du projet.")}
        )
    if start > timezone.localdate():
        raise ValidationError(
            {"period_start": _("Cette période n'a pas commencé : sa valeur se déclare ensuite.")}
        )
    return start, end


def _set_figures(
    update: IndicatorValue,
    indicator: Indicator,
    *,
    value: Decimal | None,
    numerator: Decimal | None,
    denominator: Decimal | None,
    text_value: str,
) -> None:
    """Puts the figures on `update` after checking what the indicator needs: numerator and
    denominator for a percentage (the value is then computed, so that SQL reads it), a text
    for a qualitative indicator, a value otherwise."""
    errors = {}
    update.text_value = text_value.strip()
    if indicator.nature == Nature.QUALITATIVE:
        update.value = update.numerator = update.denominator = None
        if not update.text_value:
            errors["text_value"] = _("Décrivez ce qui a été observé pendant la période.")
    elif indicator.needs_ratio:
        update.numerator, update.denominator = numerator, denominator
        if numerator is None:
            errors["numerator"] = _("Indiquez le numérateur (par ex. les personnes autonomes).")
        elif numerator < 0:
            errors["numerator"] = _("Le numérateur ne peut pas être négatif.")
        if denominator is None:
            errors["denominator"] = _(
                "Indiquez le dénominateur (par ex. les personnes accompagnées)."
            )
        update.value = (
            rounded(numerator * HUNDRED / denominator)
            if numerator is not None and denominator
            else None
        )
    else:
        update.value, update.numerator, update.denominator = value, None, None
        if value is None:
            errors["value"] = _("Indiquez la valeur de la période.")
        elif value < 0 and indicator.unit != Unit.EURO:
            errors["value"] = _("La valeur ne peut pas être négative.")
    if errors:
        raise ValidationError(errors)


def _checked_parts(
    indicator: Indicator, *, parts: Mapping[PartKey, Decimal | None], project: ProjectPage
) -> list[ValuePart]:
    """The parts given, checked against the indicator's dimensions and their categories
    (not yet attached to their value). Whether they add up is a flag, not an error."""
    allowed = {
        dimension: {code for code, _label in categories(dimension, project=project)}
        for dimension in indicator.dimensions
    }
    rows = []
    for (dimension, category), part_value in parts.items():
        if part_value is None:
            continue
        if category not in allowed.get(dimension, ()):
            raise ValidationError(
                {
                    "parts": _("Catégorie « %(category)s » inconnue pour cette ventilation.")
                    % {"category": category}
                }
            )
        if part_value < 0:
            raise ValidationError({"parts": _("Une part ne peut pas être négative.")})
        part = ValuePart(dimension=dimension, category=category, value=part_value)
        part.full_clean(exclude=["indicator_value"])
        rows.append(part)
    return rows


@transaction.atomic
def save_draft_value(
    *,
    project_indicator: ProjectIndicator,
    period_start: datetime.date,
    user,
    value: Decimal | None = None,
    numerator: Decimal | None = None,
    denominator: Decimal | None = None,
    text_value: str = "",
    parts: Mapping[PartKey, Decimal | None] | None = None,
    comment: str = "",
    attachment: UploadedFile | None = None,
) -> IndicatorValue:
    """Saves the team's draft for a period: edits the open draft, or starts a new update
    when the latest one was returned or approved (a correction: ``corrects`` names the
    approved value it will replace). Refused while an update waits for review."""
    project = project_indicator.project
    _check_team(user, project)
    start, end = _check_period(project_indicator, period_start)
    latest = (
        project_indicator.values.select_for_update()
        .filter(period_start=start)
        .order_by("-created_at", "-pk")
        .first()
    )
    if latest is not None and latest.status == ValueStatus.SUBMITTED:
        raise ValidationError(
            _(
                "Une valeur de cette période attend l'examen de l'équipe du programme : elle "
                "ne se modifie plus d'ici là."
            )
        )
    if latest is not None and latest.status == ValueStatus.DRAFT:
        update = latest
    else:
        update = IndicatorValue(
            project_indicator=project_indicator,
            project=project,
            indicator=project_indicator.indicator,
            period_start=start,
            period_end=end,
            source=ValueSource.MANUAL,
            created_by=_acting(user),
            corrects=current_value(project_indicator=project_indicator, period_start=start),
        )
        if latest is not None and latest.attachment:
            update.attachment.name = latest.attachment.name  # the evidence carries over
    _set_figures(
        update,
        project_indicator.indicator,
        value=value,
        numerator=numerator,
        denominator=denominator,
        text_value=text_value,
    )
    update.comment = comment.strip()
    update.full_clean(exclude=["attachment"])
    part_rows = _checked_parts(project_indicator.indicator, parts=parts or {}, project=project)
    if attachment is not None:
        if not hasattr(attachment, "sha256"):
            check_upload(attachment, use=EVIDENCE)
        update.attachment.save(attachment.name, attachment, save=False)
    update.save()
    update.parts.all().delete()
    for part in part_rows:
        part.indicator_value = update
    ValuePart.objects.bulk_create(part_rows)
    return update


@transaction.atomic
def submit_value(*, indicator_value: IndicatorValue, user) -> IndicatorValue:
    """The team sends its draft to the programme team."""
    update = IndicatorValue.objects.select_for_update().get(pk=indicator_value.pk)
    _check_team(user, update.project)
    if update.status != ValueStatus.DRAFT:
        raise ValidationError(_("Seul un brouillon peut être soumis."))
    update.status = ValueStatus.SUBMITTED
    update.submitted_at = timezone.now()
    update.full_clean()
    update.save(update_fields=["status", "submitted_at"])
    return update


@transaction.atomic
def approve_value(*, indicator_value: IndicatorValue, user, note: str = "") -> IndicatorValue:
    """The programme team approves a submitted update: it becomes the value in force of its
    period, and the update in force before it stops being so (one transaction; a unique
    constraint keeps one value in force per period)."""
    update = IndicatorValue.objects.select_for_update().get(pk=indicator_value.pk)
    _check_programme_team(user, update.project)
    if update.status != ValueStatus.SUBMITTED:
        raise ValidationError(_("Seule une valeur soumise peut être validée."))
    IndicatorValue.objects.select_for_update().filter(
        project_indicator_id=update.project_indicator_id,
        period_start=update.period_start,
        is_current=True,
    ).exclude(pk=update.pk).update(is_current=False)
    update.status = ValueStatus.APPROVED
    update.is_current = True
    update.review_note = note.strip()
    update.reviewed_at = timezone.now()
    update.reviewed_by = _acting(user)
    update.full_clean()
    update.save()
    return update


@transaction.atomic
def return_value(*, indicator_value: IndicatorValue, user, note: str) -> IndicatorValue:
    """The programme team sends a submitted update back to the team, saying why."""
    update = IndicatorValue.objects.select_for_update().get(pk=indicator_value.pk)
    _check_programme_team(user, update.project)
    if update.status != ValueStatus.SUBMITTED:
        raise ValidationError(_("Seule une valeur soumise peut être renvoyée."))
    if not note.strip():
        raise ValidationError(
            {
                "review_note": _(
                    "Expliquez à l'équipe ce qu'elle doit corriger : la note est obligatoire "
                    "pour renvoyer une valeur."
                )
            }
        )
    update.status = ValueStatus.RETURNED
    update.review_note = note.strip()
    update.reviewed_at = timezone.now()
    update.reviewed_by = _acting(user)
    update.full_clean()
    update.save()
    return update


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
    The project starts following the indicator if it did not yet; if the period already has
    an approved value, the new update is a correction of it."""
    indicator = Indicator.objects.get(code=indicator_code)
    project_indicator, _created = ProjectIndicator.objects.get_or_create(
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
        corrects=current_value(project_indicator=project_indicator, period_start=period_start),
    )
    update.full_clean()
    update.save()
    return update
