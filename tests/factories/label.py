"""Label builders: self-assessment snapshots and requests made as a project team makes them,
through ``commons.label.services`` (``user=None`` is the system, as the demo loader does)."""

from collections.abc import Callable, Mapping
from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile

from commons.label import services
from commons.label.models import LabelAssessment, LabelRequest, RequirementAssessment
from commons.taxonomies import EvidenceKind, LabelRequestState, RequirementStatus

Status = str | Callable[[RequirementAssessment], str]


def evidence_for(answer: RequirementAssessment, *, tag: str = "preuve") -> dict:
    """The evidence `answer` expects, so that « Atteint » is accepted; `tag` tells the
    evidence of one snapshot from another's."""
    code = answer.requirement_code
    if answer.evidence_kind == EvidenceKind.LINK:
        return {"evidence_url": f"https://example.org/{tag}/{code}"}
    if answer.evidence_kind == EvidenceKind.DOCUMENT:
        return {"evidence_file": SimpleUploadedFile(f"{tag}-{code}.txt", f"{tag} {code}".encode())}
    return {"evidence_text": f"{tag} : procédure écrite pour {code}."}


def answer_input(answer: RequirementAssessment, status: str, *, tag: str = "preuve"):
    """A valid answer with `status`: evidence when achieved, a justification when n/a."""
    if status == RequirementStatus.ACHIEVED:
        return services.AnswerInput(status=status, **evidence_for(answer, tag=tag))
    if status == RequirementStatus.NOT_APPLICABLE:
        return services.AnswerInput(status=status, justification="Sans objet pour ce projet.")
    return services.AnswerInput(status=status)


def level_one(answer: RequirementAssessment) -> str:
    """Every level-1 requirement achieved, level 2 in progress: level 1 on every criterion."""
    if answer.level == 1:
        return RequirementStatus.ACHIEVED
    return RequirementStatus.IN_PROGRESS


def all_achieved(answer: RequirementAssessment) -> str:
    return RequirementStatus.ACHIEVED


def fill(
    assessment: LabelAssessment,
    *,
    status: Status = RequirementStatus.NOT_STARTED,
    overrides: Mapping[str, str] | None = None,
    user=None,
    tag: str = "preuve",
) -> LabelAssessment:
    """Answers every requirement of the draft with `status` (a status, or a function of the
    answer), then `overrides` ({requirement code: status})."""
    overrides = overrides or {}
    inputs = {}
    for answer in assessment.answers.all():
        chosen = overrides.get(answer.requirement_code)
        if chosen is None:
            chosen = status(answer) if callable(status) else status
        inputs[answer.pk] = answer_input(answer, chosen, tag=tag)
    services.save_answers(assessment=assessment, answers=inputs, user=user)
    return assessment


def draft_snapshot(project, *, user=None, **answers) -> LabelAssessment:
    """The project's draft snapshot, answered as `fill` says."""
    assessment = services.start_assessment(project=project, user=user)
    return fill(assessment, user=user, **answers)


def published_snapshot(
    project, *, assessed_on: date | None = None, user=None, **answers
) -> LabelAssessment:
    """A new published snapshot of the project, answered as `fill` says."""
    assessment = draft_snapshot(project, user=user, **answers)
    services.publish_assessment(assessment=assessment, user=user, assessed_on=assessed_on)
    assessment.refresh_from_db()
    return assessment


def reviewed_request(
    project,
    *,
    decision: str,
    comment: str = "",
    requirement_comments: Mapping[str, str] | None = None,
) -> LabelRequest:
    """The project asked for the label (on its latest published snapshot) and the programme
    team decided."""
    label_request = services.request_label(project=project, user=None)
    if decision == LabelRequestState.REQUESTED:
        return label_request
    services.review_label_request(
        label_request=label_request,
        user=None,
        decision=decision,
        comment=comment,
        requirement_comments=requirement_comments,
    )
    label_request.refresh_from_db()
    return label_request
