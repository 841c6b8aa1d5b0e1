"""Writes for the « Numérique en Commun[s] » label.

Every write checks who acts (defence in depth behind the admin views), validates with
``full_clean()`` and runs in one transaction.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from commons.access.selectors import Action, can
from commons.label.grid import DEFAULT_GRID
from commons.label.models import (
    EvidenceFile,
    LabelAssessment,
    LabelCriterion,
    LabelRequest,
    LabelRequirement,
    LabelReviewComment,
    RequirementAssessment,
)
from commons.label.selectors import (
    answers_of,
    applicable_requirements,
    criterion_levels,
    label_level,
    latest_published_assessment,
)
from commons.programmes.models import ProjectPage
from commons.publishing.uploads import EVIDENCE, check_upload
from commons.taxonomies import AssessmentState, LabelCriterionCode, LabelRequestState


# --------------------------------------------------------------------------- the grid
@transaction.atomic
def ensure_default_label_grid() -> int:
    """Creates the default criteria and requirements that are missing; edits nothing.

    Returns how many requirements were created. Called by ``ensure_site_structure``.
    """
    existing_requirements = set(LabelRequirement.objects.values_list("code", flat=True))
    criteria = {criterion.code: criterion for criterion in LabelCriterion.objects.all()}
    created = 0
    for position, row in enumerate(DEFAULT_GRID):
        criterion = criteria.get(row["code"])
        is_new = criterion is None
        if is_new:
            criterion = LabelCriterion(
                code=row["code"],
                mandatory=row["mandatory"],
                description=row["description"],
                referential=row["referential"],
                position=position,
            )
            criterion.full_clean()
            criterion.save()
        missing = [r for r in row["requirements"] if r[0] not in existing_requirements]
        for sort_order, (code, level, kinds, evidence, statement, guidance) in enumerate(
            missing, start=criterion.requirements.count()
        ):
            requirement = LabelRequirement(
                criterion=criterion,
                code=code,
                level=level,
                device_kinds=list(kinds),
                evidence_kind=evidence,
                statement=statement,
                guidance=guidance,
                sort_order=sort_order,
            )
            requirement.full_clean(exclude=["criterion"])
            requirement.save()
            created += 1
        if is_new or missing:
            criterion.save_revision(clean=False)
    return created


# --------------------------------------------------------------------------- self-assessment
def _check_assessor(user, project: ProjectPage) -> None:
    """``user=None`` is the system (demo loader, imports); views always pass request.user."""
    if user is not None and not can(user, Action.ASSESS, project):
        raise PermissionDenied(_("Seule l'équipe du projet peut modifier son auto-évaluation."))


def current_draft(*, project: ProjectPage) -> LabelAssessment | None:
    return (
        LabelAssessment.objects.filter(project=project, state=AssessmentState.DRAFT)
        .order_by("-version")
        .first()
    )


@transaction.atomic
def start_assessment(
    *, project: ProjectPage, user, assessed_on: date | None = None
) -> LabelAssessment:
    """A new draft snapshot, one answer per applicable requirement, pre-filled from the latest
    published snapshot so that a team updates where it stands rather than starting over.

    Only one draft at a time: returns the existing draft if there is one.
    """
    _check_assessor(user, project)
    draft = current_draft(project=project)
    if draft is not None:
        return draft
    version = (
        LabelAssessment.objects.filter(project=project).aggregate(Max("version"))["version__max"]
        or 0
    ) + 1
    assessment = LabelAssessment(
        project=project,
        version=version,
        assessed_on=assessed_on or timezone.localdate(),
        author=user if user is not None and user.is_authenticated else None,
    )
    assessment.full_clean()
    assessment.save()

    previous = latest_published_assessment(project=project)
    carried = {a.requirement_code: a for a in answers_of(previous)} if previous else {}
    kinds = list(project.device_kinds.values_list("code", flat=True))
    criteria = {c.pk: c for c in LabelCriterion.objects.all()}
    for requirement in applicable_requirements(device_kind_codes=kinds):
        criterion = criteria[requirement.criterion_id]
        before = carried.get(requirement.code)
        answer = RequirementAssessment(
            assessment=assessment,
            requirement=requirement,
            requirement_code=requirement.code,
            criterion_code=criterion.code,
            mandatory=criterion.mandatory,
            level=requirement.level,
            evidence_kind=requirement.evidence_kind,
            statement=requirement.statement,
        )
        if before is not None:
            answer.status = before.status
            answer.evidence_url = before.evidence_url
            answer.evidence_file_id = before.evidence_file_id
            answer.evidence_text = before.evidence_text
            answer.justification = before.justification
            try:
                answer.full_clean()
            except ValidationError:
                # the grid changed (evidence kind, mandatory): the team answers again
                answer.status = "in_progress"
        answer.full_clean()
        answer.save()
    return assessment


@dataclass(frozen=True)
class AnswerInput:
    status: str
    evidence_url: str = ""
    evidence_text: str = ""
    justification: str = ""
    evidence_file: UploadedFile | None = None


class AnswersInvalid(Exception):
    """Some answers break a rule; ``errors`` maps each answer's id to its ValidationError."""

    def __init__(self, errors: dict[int, ValidationError]):
        super().__init__(errors)
        self.errors = errors


def store_evidence_file(*, uploaded: UploadedFile, project: ProjectPage, user) -> EvidenceFile:
    """Stores an evidence file on the private storage, as a new file (never overwriting one).

    The upload is checked by the rules of ``commons.publishing.uploads`` (the form already
    did; this is for every other caller)."""
    if not hasattr(uploaded, "sha256"):
        check_upload(uploaded, use=EVIDENCE)
    evidence = EvidenceFile(
        project=project,
        name=uploaded.name,
        size=uploaded.size,
        content_type=uploaded.content_type,
        sha256=uploaded.sha256,
        uploaded_by=user if user is not None and user.is_authenticated else None,
    )
    evidence.file.save(uploaded.name, uploaded, save=False)
    evidence.save()
    return evidence


def _check_draft(assessment: LabelAssessment) -> None:
    if assessment.state != AssessmentState.DRAFT:
        raise ValidationError(
            _("Une auto-évaluation publiée ne se modifie plus : commencez-en une nouvelle.")
        )


def save_answers(
    *, assessment: LabelAssessment, answers: Mapping[int, AnswerInput], user
) -> list[RequirementAssessment]:
    """Records the team's answers in the draft; all or nothing.

    Raises ``AnswersInvalid`` with one French message per field at fault.
    """
    _check_assessor(user, assessment.project)
    _check_draft(assessment)
    stored: list[EvidenceFile] = []
    try:
        saved = _save_rows(assessment=assessment, answers=answers, user=user, stored=stored)
    except BaseException:
        # rolled back: the files stored meanwhile are referenced by nothing
        for evidence in stored:
            evidence.file.storage.delete(evidence.file.name)
        raise
    return saved


def save_valid_answers(
    *, assessment: LabelAssessment, answers: Mapping[int, AnswerInput], user
) -> dict[int, ValidationError]:
    """Saving a draft: records every answer that keeps the rules, leaves the others as they
    were and returns their errors (answer id → ValidationError). One answer at fault never
    loses the others; publishing is what requires every answer to be complete."""
    _check_assessor(user, assessment.project)
    _check_draft(assessment)
    errors: dict[int, ValidationError] = {}
    for answer_id, given in answers.items():
        try:
            save_answers(assessment=assessment, answers={answer_id: given}, user=user)
        except AnswersInvalid as invalid:
            errors.update(invalid.errors)
    return errors


def _save_rows(*, assessment, answers, user, stored) -> list[RequirementAssessment]:
    errors: dict[int, ValidationError] = {}
    saved = []
    with transaction.atomic():
        rows = {row.pk: row for row in assessment.answers.all()}
        for answer_id, given in answers.items():
            row = rows.get(answer_id)
            if row is None:
                continue
            row.status = given.status
            row.evidence_url = given.evidence_url.strip()
            row.evidence_text = given.evidence_text.strip()
            row.justification = given.justification.strip()
            if given.evidence_file is not None:
                try:
                    row.evidence_file = store_evidence_file(
                        uploaded=given.evidence_file, project=assessment.project, user=user
                    )
                except ValidationError as error:
                    errors[answer_id] = ValidationError({"evidence_file": error.messages})
                    continue
                stored.append(row.evidence_file)
            try:
                row.full_clean()
            except ValidationError as error:
                errors[answer_id] = error
                continue
            row.save()
            saved.append(row)
        if errors:
            raise AnswersInvalid(errors)
    return saved


@transaction.atomic
def publish_assessment(
    *, assessment: LabelAssessment, user, assessed_on: date | None = None
) -> LabelAssessment:
    """Publishes the draft: dated, frozen, public on the project page."""
    _check_assessor(user, assessment.project)
    _check_draft(assessment)
    invalid = []
    for row in assessment.answers.all():
        try:
            row.full_clean()
        except ValidationError:
            invalid.append(f"« {row.statement} »")
    if invalid:
        raise ValidationError(
            _("Corrigez d'abord ces exigences : %(requirements)s.")
            % {"requirements": " ; ".join(invalid)}
        )
    assessment.state = AssessmentState.PUBLISHED
    assessment.assessed_on = assessed_on or assessment.assessed_on or timezone.localdate()
    assessment.published_at = timezone.now()
    assessment.full_clean()
    assessment.save()
    return assessment


@transaction.atomic
def delete_draft(*, assessment: LabelAssessment, user) -> None:
    _check_assessor(user, assessment.project)
    _check_draft(assessment)
    assessment.delete()


# --------------------------------------------------------------------------- request, review
def get_or_create_request(*, project: ProjectPage) -> LabelRequest:
    request, _created = LabelRequest.objects.get_or_create(project=project)
    return request


REQUESTABLE_FROM = {
    LabelRequestState.NOT_REQUESTED,
    LabelRequestState.TO_COMPLETE,
    LabelRequestState.REFUSED,
}


EXAMINED = {LabelRequestState.TO_COMPLETE, LabelRequestState.REFUSED}


@transaction.atomic
def request_label(
    *, project: ProjectPage, user, assessment: LabelAssessment | None = None
) -> LabelRequest:
    """The project team asks the programme team to review `assessment`, which must be its
    latest published snapshot (``None``: that one, for the system's callers; the view always
    names it, so that what is sent is what the team saw).

    A snapshot already examined ("à compléter", "refusé") is never sent again: the team
    publishes a new snapshot with its corrections first.
    """
    if user is not None and not can(user, Action.ASSESS, project):
        raise PermissionDenied(_("Seule l'équipe du projet peut demander le label."))
    label_request = get_or_create_request(project=project)
    if label_request.state not in REQUESTABLE_FROM:
        raise ValidationError(
            _("La demande est déjà « %(state)s ».") % {"state": label_request.get_state_display()}
        )
    latest = latest_published_assessment(project=project)
    if latest is None:
        raise ValidationError(_("Publiez d'abord une auto-évaluation : elle sera examinée."))
    if assessment is None:
        assessment = latest
    if assessment.project_id != project.pk or not assessment.is_published:
        raise ValidationError(_("Seule une auto-évaluation publiée du projet peut être examinée."))
    if assessment.pk != latest.pk:
        raise ValidationError(
            _(
                "L'auto-évaluation v%(version)d n'est plus la dernière publiée : demandez le "
                "label pour la v%(latest)d."
            )
            % {"version": assessment.version, "latest": latest.version}
        )
    if label_request.assessment_id == assessment.pk and label_request.state in EXAMINED:
        raise ValidationError(
            _(
                "L'auto-évaluation v%(version)d a déjà été examinée : publiez une nouvelle "
                "auto-évaluation avec vos corrections, puis demandez le label pour celle-ci."
            )
            % {"version": assessment.version}
        )
    label_request.comments.filter(resolved=False).update(resolved=True)
    label_request.state = LabelRequestState.REQUESTED
    label_request.assessment = assessment
    label_request.requested_at = timezone.now()
    label_request.requested_by = user
    label_request.granted_level = None
    label_request.full_clean()
    label_request.save()
    return label_request


REVIEW_DECISIONS = (
    LabelRequestState.TO_COMPLETE,
    LabelRequestState.REFUSED,
    LabelRequestState.GRANTED,
)


@transaction.atomic
def review_label_request(
    *,
    label_request: LabelRequest,
    user,
    decision: str,
    comment: str = "",
    requirement_comments: Mapping[str, str] | None = None,
) -> LabelRequest:
    """The programme team's decision, with its comments per requirement.

    "À compléter" and "refusé" need at least one comment; "accordé" needs level 1 on every
    mandatory criterion of the reviewed snapshot and records the level granted.
    """
    if user is not None and not can(user, Action.REVIEW, label_request.project):
        raise PermissionDenied(_("Seule l'équipe du programme examine les demandes de label."))
    if label_request.state != LabelRequestState.REQUESTED:
        raise ValidationError(_("Aucune demande en attente d'examen pour ce projet."))
    if decision not in REVIEW_DECISIONS:
        raise ValidationError({"decision": _("Choisissez une décision.")})
    requirement_comments = {
        code: text.strip() for code, text in (requirement_comments or {}).items() if text.strip()
    }
    comment = comment.strip()
    answers = answers_of(label_request.assessment) if label_request.assessment else []
    known_codes = {answer.requirement_code for answer in answers}
    unknown = set(requirement_comments) - known_codes
    if unknown:
        raise ValidationError(
            _("Exigences inconnues : %(codes)s.") % {"codes": ", ".join(sorted(unknown))}
        )
    if decision in (LabelRequestState.TO_COMPLETE, LabelRequestState.REFUSED) and not (
        comment or requirement_comments
    ):
        raise ValidationError(
            {"comment": _("Expliquez à l'équipe projet ce qu'elle doit compléter ou corriger.")}
        )
    if decision == LabelRequestState.GRANTED:
        levels = criterion_levels(answers)
        missing = [
            str(LabelCriterionCode(code).label)
            for code in LabelCriterionCode.values
            if any(a.criterion_code == code and a.mandatory for a in answers)
            and levels.get(code) == 0
        ]
        if missing or not answers:
            raise ValidationError(
                {
                    "decision": _(
                        "Le label ne peut être accordé : niveau 1 non atteint pour %(criteria)s."
                    )
                    % {"criteria": ", ".join(missing) or _("tous les critères")}
                }
            )
        label_request.granted_level = max(label_level(answers), 1)
    else:
        label_request.granted_level = None
    for code, text in requirement_comments.items():
        LabelReviewComment.objects.create(
            request=label_request, requirement_code=code, text=text, author=user
        )
    label_request.state = decision
    label_request.decision_comment = comment
    label_request.reviewed_at = timezone.now()
    label_request.reviewed_by = user
    label_request.full_clean()
    label_request.save()
    return label_request
