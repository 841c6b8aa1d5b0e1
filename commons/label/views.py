"""Admin views of the label: thin; permissions and rules live in selectors and services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from commons.access.selectors import Action, can, visible_pages
from commons.ids import parse_id
from commons.interop.exporter import csv_response, xlsx_response
from commons.label import selectors as selectors
from commons.label import services as services
from commons.label.filters import MatrixFilters
from commons.label.forms import AnswerForm, PublishForm, ReviewForm
from commons.label.models import LabelAssessment, RequirementAssessment
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.publishing.private_files import private_file_response
from commons.taxonomies import (
    AssessmentState,
    DeviceKind,
    LabelRequestState,
    RequirementStatus,
    Theme,
)


def _project(project_id: int) -> ProjectPage:
    return get_object_or_404(ProjectPage, pk=project_id)


def _first_message(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return " ".join(
            message for messages_ in error.message_dict.values() for message in messages_
        )
    return " ".join(error.messages)


def label_index(request):
    user = request.user
    projects = selectors.assessable_projects(user)
    programmes = selectors.overview_programmes(user)
    if not projects and not programmes:
        raise PermissionDenied
    return render(
        request,
        "label/label_index.html",
        {
            "projects": projects,
            "programmes": programmes,
            "can_edit_grid": user.has_perm("label.change_labelcriterion"),
            "page_title": _("Label Numérique en Commun[s]"),
        },
    )


def project_label(request, project_id: int):
    project = _project(project_id)
    if not can(request.user, Action.VIEW_LABEL, project):
        raise PermissionDenied
    # Funders read published snapshots only; the teams also see drafts and open comments.
    sees_drafts = can(request.user, Action.VIEW_LABEL_DRAFTS, project)
    assessments = project.label_assessments.order_by("-version")
    if not sees_drafts:
        assessments = assessments.filter(state=AssessmentState.PUBLISHED)
    assessments = list(assessments)
    label_request = selectors.get_label_request(project=project)
    comments = (
        list(label_request.comments.filter(resolved=False)) if label_request and sees_drafts else []
    )
    statements = selectors.statements_by_code(label_request.assessment if comments else None)
    draft = next((a for a in assessments if not a.is_published), None)
    latest = next((a for a in assessments if a.is_published), None)
    public_url = project.url if project.live else ""
    return render(
        request,
        "label/label_project.html",
        {
            "project": project,
            "assessments": assessments,
            "draft": draft,
            "has_published": latest is not None,
            "label_request": label_request,
            "comments": [
                {
                    "statement": statements.get(c.requirement_code, c.requirement_code),
                    "text": c.text,
                }
                for c in comments
            ],
            "latest": latest,
            "already_examined": bool(
                latest
                and label_request
                and label_request.assessment_id == latest.pk
                and label_request.state in services.EXAMINED
            ),
            "can_assess": can(request.user, Action.ASSESS, project),
            "can_review": can(request.user, Action.REVIEW, project),
            "can_request": can(request.user, Action.ASSESS, project)
            and (label_request is None or label_request.state in services.REQUESTABLE_FROM),
            "public_url": public_url,
            "progression_url": (
                public_url + project.reverse_subpage("label_progression") if public_url else ""
            ),
            "page_title": _("Label · %(title)s") % {"title": project.title},
        },
    )


@require_POST
def start_assessment_view(request, project_id: int):
    project = _project(project_id)
    if not can(request.user, Action.ASSESS, project):
        raise PermissionDenied
    assessment = services.start_assessment(project=project, user=request.user)
    return redirect("commons_label_assessment", assessment.pk)


def assessment_view(request, assessment_id: int):
    assessment = get_object_or_404(LabelAssessment.objects.select_related(), pk=assessment_id)
    project = assessment.project
    can_assess = can(request.user, Action.ASSESS, project)
    if not (can_assess or can(request.user, Action.VIEW_LABEL, project)):
        raise PermissionDenied
    sees_drafts = can_assess or can(request.user, Action.VIEW_LABEL_DRAFTS, project)
    if not (assessment.is_published or sees_drafts):
        raise PermissionDenied
    answers = selectors.answers_of(assessment)
    editable = can_assess and not assessment.is_published
    if request.method == "POST" and not editable:
        raise PermissionDenied
    label_request = selectors.get_label_request(project=project)
    comments: dict[str, list] = {}
    if label_request is not None and sees_drafts:
        for comment in label_request.comments.filter(resolved=False):
            comments.setdefault(comment.requirement_code, []).append(comment)

    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    forms_by_id = {
        answer.pk: AnswerForm(data, files, answer=answer) if editable else None
        for answer in answers
    }
    publish_form = PublishForm(
        data if data and "publish" in data else None,
        initial={"assessed_on": timezone.localdate()},
    )
    if request.method == "POST":
        # Saving a draft keeps every valid answer; the others stay as typed, with their error.
        inputs = {pk: form.to_input() for pk, form in forms_by_id.items() if form.is_valid()}
        invalid = services.save_valid_answers(
            assessment=assessment, answers=inputs, user=request.user
        )
        for pk, error in invalid.items():
            forms_by_id[pk].add_model_errors(error)
        error_count = sum(bool(form.errors) for form in forms_by_id.values())
        publishing = "publish" in request.POST
        if not error_count:
            if not publishing:
                messages.success(request, _("Brouillon enregistré."))
                return redirect("commons_label_assessment", assessment.pk)
            if publish_form.is_valid():
                try:
                    services.publish_assessment(
                        assessment=assessment,
                        user=request.user,
                        assessed_on=publish_form.cleaned_data["assessed_on"],
                    )
                except ValidationError as error:
                    messages.error(request, _first_message(error))
                else:
                    messages.success(
                        request,
                        _("Auto-évaluation v%(version)d publiée.")
                        % {"version": assessment.version},
                    )
                    return redirect("commons_label_project", project.pk)
        for form in forms_by_id.values():
            form.link_errors()
        if error_count:
            saved = len(forms_by_id) - error_count
            text = _(
                "Brouillon enregistré pour %(saved)d exigence(s) ; %(count)d exigence(s) à "
                "corriger : voir les messages ci-dessous, ce que vous avez saisi y est conservé."
            ) % {"saved": saved, "count": error_count}
            if publishing:
                text = f"{_('Auto-évaluation non publiée.')} {text}"
            messages.error(request, text)
        answers = selectors.answers_of(assessment)
    summaries = selectors.summarise(answers)
    sections = [
        {
            "summary": summary,
            "items": [
                {
                    "answer": answer,
                    "form": forms_by_id[answer.pk],
                    "comments": comments.get(answer.requirement_code, []),
                }
                for answer in summary.answers
            ],
        }
        for summary in summaries
    ]
    return render(
        request,
        "label/label_assessment.html",
        {
            "assessment": assessment,
            "project": project,
            "sections": sections,
            "editable": editable,
            "publish_form": publish_form,
            "label_request": label_request,
            "page_title": _("Auto-évaluation v%(version)d · %(title)s")
            % {"version": assessment.version, "title": project.title},
        },
    )


@require_POST
def delete_draft_view(request, assessment_id: int):
    assessment = get_object_or_404(LabelAssessment, pk=assessment_id)
    project = assessment.project
    try:
        services.delete_draft(assessment=assessment, user=request.user)
    except ValidationError as error:
        messages.error(request, _first_message(error))
    else:
        messages.success(request, _("Brouillon supprimé."))
    return redirect("commons_label_project", project.pk)


@require_POST
def request_label_view(request, project_id: int):
    project = _project(project_id)
    if not can(request.user, Action.ASSESS, project):
        raise PermissionDenied
    # the request names the snapshot the team saw; a stale or missing one is refused
    assessment = LabelAssessment.objects.filter(
        pk=parse_id(request.POST.get("assessment")), project=project
    ).first()
    try:
        if assessment is None:
            raise ValidationError(_("Indiquez l'auto-évaluation à faire examiner."))
        services.request_label(project=project, user=request.user, assessment=assessment)
    except ValidationError as error:
        messages.error(request, _first_message(error))
    else:
        messages.success(request, _("Demande de label envoyée à l'équipe du programme."))
    return redirect("commons_label_project", project.pk)


def review_view(request, project_id: int):
    project = _project(project_id)
    if not can(request.user, Action.REVIEW, project):
        raise PermissionDenied
    label_request = selectors.get_label_request(project=project)
    if label_request is None or label_request.assessment is None:
        messages.error(request, _("Ce projet n'a pas demandé le label."))
        return redirect("commons_label_project", project.pk)
    answers = selectors.answers_of(label_request.assessment)
    form = ReviewForm(
        request.POST if request.method == "POST" else None,
        requirement_codes=[answer.requirement_code for answer in answers],
        statements={answer.requirement_code: answer.statement for answer in answers},
    )
    pending = label_request.state == LabelRequestState.REQUESTED
    if request.method == "POST":
        if not pending:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.review_label_request(
                    label_request=label_request,
                    user=request.user,
                    decision=form.cleaned_data["decision"],
                    comment=form.cleaned_data["comment"],
                    requirement_comments=form.requirement_comments(),
                )
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    for field, field_errors in error.message_dict.items():
                        form.add_error(field if field in form.fields else None, field_errors)
                else:
                    form.add_error(None, error)
            else:
                messages.success(request, _("Décision enregistrée."))
                return redirect("commons_label_project", project.pk)
        form.link_errors()
    summaries = selectors.summarise(answers)
    sections = [
        {
            "summary": summary,
            "items": [
                {"answer": answer, "field": form.comment_field(answer.requirement_code)}
                for answer in summary.answers
            ],
        }
        for summary in summaries
    ]
    return render(
        request,
        "label/label_review.html",
        {
            "project": project,
            "label_request": label_request,
            "pending": pending,
            "form": form,
            "sections": sections,
            "suggested_level": selectors.label_level(answers),
            "page_title": _("Examen du label · %(title)s") % {"title": project.title},
        },
    )


def programme_matrix(request, programme_id: int):
    programme = get_object_or_404(ProgrammePage, pk=programme_id)
    if not can(request.user, Action.VIEW_DASHBOARDS, programme):
        raise PermissionDenied
    filters = MatrixFilters(
        request.GET,
        queryset=selectors.programme_projects(programme),
        programme=programme,
        request=request,
    )
    matrix = selectors.programme_label_matrix(filters=filters)
    export = request.GET.get("format", "")
    if export in ("csv", "xlsx"):
        if not can(request.user, Action.EXPORT, programme):
            raise PermissionDenied
        header, rows = selectors.matrix_table(matrix)
        filename = f"label-{programme.slug}.{export}"
        if export == "csv":
            return csv_response(filename, header, rows)
        return xlsx_response(filename, header, rows, title=_("Label"))
    query = filters.querystring()
    return render(
        request,
        "label/label_matrix.html",
        {
            "programme": programme,
            "matrix": matrix,
            "filters": filters,
            "theme_choices": Theme.choices,
            "device_kind_choices": DeviceKind.choices,
            "waves": list(programme.waves.all()),
            "can_export": can(request.user, Action.EXPORT, programme),
            "csv_query": f"{query}&format=csv" if query else "format=csv",
            "xlsx_query": f"{query}&format=xlsx" if query else "format=xlsx",
            "page_title": _("Label · vue d'ensemble · %(title)s") % {"title": programme.title},
        },
    )


def label_evidence(request, answer_id: int):
    """The evidence file of one answer, for whoever may read it, else 404:

    - the project team and the programme team (``VIEW_LABEL_DRAFTS``): any snapshot;
    - a funder (``VIEW_LABEL``): published snapshots;
    - anyone, anonymous included: a requirement marked achieved in a published snapshot of a
      project they may see on the public site (the proof link of the project page).
    """
    answer = get_object_or_404(
        RequirementAssessment.objects.select_related("evidence_file", "assessment__project").filter(
            evidence_file__isnull=False
        ),
        pk=answer_id,
    )
    project = answer.assessment.project
    published = answer.assessment.is_published
    allowed = (
        can(request.user, Action.VIEW_LABEL_DRAFTS, project)
        or (published and can(request.user, Action.VIEW_LABEL, project))
        or (
            published
            and answer.status == RequirementStatus.ACHIEVED
            and visible_pages(user=request.user, model=ProjectPage).filter(pk=project.pk).exists()
        )
    )
    if not allowed:
        raise Http404
    evidence = answer.evidence_file
    return private_file_response(
        evidence.file, filename=evidence.name, content_type=evidence.content_type
    )


def label_progression(page, request):
    """`<project>/label/`: the label's progression per criterion over published snapshots.

    A sub-page of the project page (registered by the `register_project_page_routes` hook),
    so `page` is the live project page."""
    return page.render(
        request,
        template="label/project_label_progression.html",
        context_overrides={
            "label": selectors.get_public_label(project=page),
            "progression": selectors.project_progression(project=page),
        },
    )


def label_progression_csv(page, request):
    header, rows = selectors.progression_table(selectors.project_progression(project=page))
    return csv_response(f"label-{page.code}.csv", header, rows)
