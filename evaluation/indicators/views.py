"""Admin views of the indicators: thin; permissions and rules live in selectors and services.

Who reaches what (asked of ``commons.access``; anybody else is refused):
- a project's indicators and their periods: its team (``EVALUATE``, which declares values)
  and its programme team (``RUN_EVALUATION``, which reads everything and reviews);
- the review queue and each review: the programme team of the value's project;
- an update's attachment: the same two teams, else 404.
A funder reaches none of these: it reads approved aggregates on the dashboards only.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from commons.access.selectors import Action, can, has_role_for
from commons.programmes.models import ProjectPage
from commons.publishing.private_files import private_file_response
from commons.publishing.uploads import CONTENT_TYPES
from evaluation.indicators import selectors, services
from evaluation.indicators.dimensions import value_mismatches
from evaluation.indicators.forms import (
    ProjectIndicatorForm,
    ReviewForm,
    ValueForm,
    trimmed_or_none,
)
from evaluation.indicators.models import IndicatorValue, ProjectIndicator, ValueStatus
from evaluation.indicators.periods import period_containing


class PeriodConverter:
    """`<indicator_period:…>`: an ISO date (2026-04-01); anything else does not match (404)."""

    regex = "[0-9]{4}-[0-9]{2}-[0-9]{2}"

    def to_python(self, value: str) -> datetime.date:
        return datetime.date.fromisoformat(value)  # ValueError: no match, 404

    def to_url(self, value) -> str:
        return value.isoformat() if isinstance(value, datetime.date) else str(value)


def _project(project_id: int) -> ProjectPage:
    return get_object_or_404(ProjectPage, pk=project_id)


def _project_indicator(project_indicator_id: int) -> ProjectIndicator:
    return get_object_or_404(
        ProjectIndicator.objects.select_related("indicator", "project"), pk=project_indicator_id
    )


def _require_work_on(user, project: ProjectPage) -> None:
    if not selectors.may_work_on(user, project):
        raise PermissionDenied


def indicators_index(request):
    """Where each person starts: the projects whose indicators they work on, the values
    waiting for their review, the library."""
    user = request.user
    reviews = has_role_for(user, Action.RUN_EVALUATION)
    if not (has_role_for(user, Action.EVALUATE) or reviews):
        raise PermissionDenied
    returned = selectors.returned_counts(user=user)
    projects = [
        {"project": project, "returned": returned.get(project.pk, 0)}
        for project in selectors.evaluated_projects(user=user)
    ]
    return render(
        request,
        "indicators/index.html",
        {
            "projects": projects,
            "reviews": reviews,
            "queue_count": selectors.review_queue(user=user).count() if reviews else 0,
            "page_title": _("Indicateurs"),
        },
    )


def project_indicators(request, project_id: int):
    project = _project(project_id)
    _require_work_on(request.user, project)
    rows = [
        {"followed": followed, "periods": selectors.period_rows(followed)}
        for followed in selectors.project_indicators(project=project)
    ]
    return render(
        request,
        "indicators/project.html",
        {
            "project": project,
            "rows": rows,
            "can_declare": can(request.user, Action.EVALUATE, project),
            "page_title": _("Indicateurs du projet · %(title)s") % {"title": project.title},
        },
    )


def follow_indicator(request, project_id: int):
    project = _project(project_id)
    _require_work_on(request.user, project)
    followed = project.indicators.values("indicator_id")
    indicators = selectors.usable_indicators(project=project).exclude(code__in=followed)
    form = ProjectIndicatorForm(
        request.POST if request.method == "POST" else None, indicators=indicators
    )
    if request.method == "POST":
        if form.is_valid():
            try:
                services.follow_indicator(
                    project=project,
                    indicator=form.cleaned_data["indicator"],
                    user=request.user,
                    **form.to_kwargs(),
                )
            except ValidationError as error:
                form.add_model_errors(error)
            else:
                messages.success(request, _("Indicateur ajouté au projet."))
                return redirect("indicators_project", project.pk)
        form.link_errors()
    return render(
        request,
        "indicators/project_indicator_form.html",
        {
            "project": project,
            "form": form,
            "page_title": _("Suivre un indicateur · %(title)s") % {"title": project.title},
        },
    )


def edit_project_indicator(request, project_indicator_id: int):
    followed = _project_indicator(project_indicator_id)
    project = followed.project
    _require_work_on(request.user, project)
    form = ProjectIndicatorForm(
        request.POST if request.method == "POST" else None,
        initial={
            "baseline_value": trimmed_or_none(followed.baseline_value),
            "baseline_date": followed.baseline_date,
            "target_value": trimmed_or_none(followed.target_value),
            "target_date": followed.target_date,
            "period_kind": followed.period_kind,
            "note": followed.note,
        },
    )
    if request.method == "POST":
        if form.is_valid():
            try:
                services.update_project_indicator(
                    project_indicator=followed, user=request.user, **form.to_kwargs()
                )
            except ValidationError as error:
                form.add_model_errors(error)
            else:
                messages.success(request, _("Indicateur du projet enregistré."))
                return redirect("indicators_project", project.pk)
        form.link_errors()
    return render(
        request,
        "indicators/project_indicator_form.html",
        {
            "project": project,
            "followed": followed,
            "form": form,
            "page_title": _("%(indicator)s · %(title)s")
            % {"indicator": followed.indicator.name, "title": project.title},
        },
    )


def period_view(request, project_indicator_id: int, period_start: datetime.date):
    """One period: its updates (history), and for the team the form to declare or fix it."""
    followed = _project_indicator(project_indicator_id)
    project = followed.project
    _require_work_on(request.user, project)
    history = selectors.period_history(followed, period_start=period_start)
    # a period of the calendar, or one a form answer already reported (campaign periods)
    if not (history or selectors.is_calendar_period(followed, period_start)):
        raise Http404
    latest = history[-1] if history else None
    can_declare = can(request.user, Action.EVALUATE, project)
    editable = can_declare and (latest is None or latest.status != ValueStatus.SUBMITTED)
    if request.method == "POST" and not editable:
        raise PermissionDenied
    form = None
    if editable:
        form = ValueForm(
            request.POST if request.method == "POST" else None,
            request.FILES if request.method == "POST" else None,
            project_indicator=followed,
            initial=ValueForm.initial_from(latest),
        )
    if request.method == "POST":
        if form.is_valid():
            try:
                update = services.save_draft_value(
                    project_indicator=followed,
                    period_start=period_start,
                    user=request.user,
                    **form.to_kwargs(),
                )
                if "submit" in request.POST:
                    services.submit_value(indicator_value=update, user=request.user)
            except ValidationError as error:
                form.add_model_errors(error)
            else:
                if "submit" in request.POST:
                    messages.success(request, _("Valeur soumise à l'équipe du programme."))
                else:
                    messages.success(request, _("Brouillon enregistré."))
                return redirect(request.path)
        form.link_errors()
    start, end = (
        (latest.period_start, latest.period_end)
        if latest is not None
        else period_containing(period_start, kind=followed.period_kind)
    )
    return render(
        request,
        "indicators/period.html",
        {
            "project": project,
            "followed": followed,
            "period_start": start,
            "period_end": end,
            "history": [
                {"update": update, "mismatches": value_mismatches(update)}
                for update in reversed(history)
            ],
            "latest": latest,
            "form": form,
            "can_declare": can_declare,
            "page_title": _("%(indicator)s · période du %(start)s")
            % {"indicator": followed.indicator.name, "start": start.strftime("%d/%m/%Y")},
        },
    )


def review_queue(request):
    if not has_role_for(request.user, Action.RUN_EVALUATION):
        raise PermissionDenied
    queue = selectors.review_queue(user=request.user)
    return render(
        request,
        "indicators/review_queue.html",
        {
            "values": list(queue[: selectors.REVIEW_QUEUE_LIMIT]),
            "count": queue.count(),
            "page_title": _("Valeurs d'indicateurs à valider"),
        },
    )


def review_view(request, value_id: int):
    update = get_object_or_404(
        IndicatorValue.objects.select_related("project", "indicator", "project_indicator"),
        pk=value_id,
    )
    if not can(request.user, Action.RUN_EVALUATION, update.project):
        raise PermissionDenied
    pending = update.status == ValueStatus.SUBMITTED
    form = ReviewForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not pending:
            raise PermissionDenied
        if form.is_valid():
            decision = form.cleaned_data["decision"]
            note = form.cleaned_data["review_note"]
            try:
                if decision == ReviewForm.APPROVE:
                    services.approve_value(indicator_value=update, user=request.user, note=note)
                else:
                    services.return_value(indicator_value=update, user=request.user, note=note)
            except ValidationError as error:
                form.add_model_errors(error)
            else:
                if decision == ReviewForm.APPROVE:
                    messages.success(request, _("Valeur validée."))
                else:
                    messages.success(request, _("Valeur renvoyée à l'équipe du projet."))
                return redirect("indicators_review_queue")
        form.link_errors()
    current = selectors.current_value(
        project_indicator=update.project_indicator, period_start=update.period_start
    )
    return render(
        request,
        "indicators/review.html",
        {
            "update": update,
            "mismatches": value_mismatches(update),
            "current": current if current is not None and current.pk != update.pk else None,
            "project": update.project,
            "followed": update.project_indicator,
            "form": form,
            "pending": pending,
            "period_url": reverse(
                "indicators_period", args=[update.project_indicator_id, update.period_start]
            ),
            "page_title": _("Examen · %(indicator)s · %(title)s")
            % {"indicator": update.indicator.name, "title": update.project.title},
        },
    )


def value_attachment(request, value_id: int):
    """The attachment of one update, for the project team and its programme team; else 404."""
    update = get_object_or_404(
        IndicatorValue.objects.select_related("project").exclude(attachment=""), pk=value_id
    )
    if not selectors.can_read_attachment(request.user, update):
        raise Http404
    name = update.attachment.name.rsplit("/", 1)[-1]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return private_file_response(
        update.attachment,
        filename=name,
        content_type=CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
