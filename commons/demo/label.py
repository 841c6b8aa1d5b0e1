"""Demo label data: published self-assessment snapshots showing progression for every
published demo project, one granted label and one request awaiting completion.

Add-only and idempotent: a project that already has a snapshot is left alone. Statuses are
derived deterministically from the project code, so every run builds the same data.
"""

import zlib
from datetime import date, timedelta

from django.core.files.base import ContentFile

from commons.label.models import LabelRequest
from commons.label.services import (
    AnswerInput,
    ensure_default_label_grid,
    publish_assessment,
    request_label,
    review_label_request,
    save_answers,
    start_assessment,
)
from commons.programmes.models import ProjectPage
from commons.taxonomies import (
    EvidenceKind,
    LabelRequestState,
    ProjectPhase,
    RequirementStatus,
)

GRANTED_PROJECT = "TRANSISTOR-02"
TO_COMPLETE_PROJECT = "TRANSISTOR-01"
SNAPSHOTS_BY_PHASE = {
    ProjectPhase.COMPLETED: 3,
    ProjectPhase.DOCUMENTATION: 3,
    ProjectPhase.ACCOMPANIMENT: 2,
    ProjectPhase.DIAGNOSTIC: 2,
    ProjectPhase.LAUREATE: 2,
}
SNAPSHOT_SPACING = timedelta(days=150)
TO_COMPLETE_COMMENTS = {
    "accessibility-1-supports": "Le guide du parcours en PDF n'a pas de titres structurés : "
    "publiez aussi une version HTML ou balisez le PDF.",
    "security-1-gdpr": "L'extrait du registre ne mentionne pas la durée de conservation des "
    "pièces justificatives : complétez-le.",
}


def _stage(code: str, requirement_code: str, snapshots: int) -> int:
    """The snapshot (0-based) from which a requirement is achieved; may be never (== snapshots)."""
    return zlib.crc32(f"{code}:{requirement_code}".encode()) % (snapshots + 1)


def _evidence_file(project: ProjectPage, requirement_code: str) -> ContentFile:
    """A file as a team uploads it; ``save_answers`` stores it on the private storage."""
    return ContentFile(
        f"Preuve de démonstration pour l'exigence {requirement_code} du projet "
        f"{project.title}.\n".encode(),
        name=f"{project.code.lower()}-{requirement_code}.txt",
    )


def _answer(project: ProjectPage, answer, *, index: int, snapshots: int) -> AnswerInput:
    final = index == snapshots - 1
    stage = _stage(project.code, answer.requirement_code, snapshots)
    if project.code == GRANTED_PROJECT and answer.level == 1:
        stage = min(stage, snapshots - 1)
    if not answer.mandatory and answer.criterion_code == "ecodesign" and project.code.endswith("3"):
        return AnswerInput(
            status=RequirementStatus.NOT_APPLICABLE,
            justification="Le dispositif n'utilise ni matériel ni service numérique propre.",
        )
    if index < stage:
        status = (
            RequirementStatus.IN_PROGRESS if index == stage - 1 else RequirementStatus.NOT_STARTED
        )
        if final and stage >= snapshots:
            status = RequirementStatus.IN_PROGRESS
        return AnswerInput(status=status)
    url = text = ""
    if answer.evidence_kind == EvidenceKind.LINK:
        url = f"https://example.org/{project.code.lower()}/{answer.requirement_code}"
    elif answer.evidence_kind == EvidenceKind.TEXT:
        text = (
            "Réalisé avec l'équipe du projet et ses partenaires ; détail dans le compte rendu "
            "du comité de suivi."
        )
    evidence_file = None
    if answer.evidence_kind == EvidenceKind.DOCUMENT and not answer.evidence_file_id:
        evidence_file = _evidence_file(project, answer.requirement_code)
    return AnswerInput(
        status=RequirementStatus.ACHIEVED,
        evidence_url=url,
        evidence_text=text,
        evidence_file=evidence_file,
    )


def _snapshots(project: ProjectPage, *, count: int) -> None:
    start = project.wave.deadline if project.wave else date(2022, 1, 15)
    for index in range(count):
        assessment = start_assessment(project=project, user=None)
        answers = {
            answer.pk: _answer(project, answer, index=index, snapshots=count)
            for answer in assessment.answers.all()
        }
        save_answers(assessment=assessment, answers=answers, user=None)
        publish_assessment(
            assessment=assessment,
            user=None,
            assessed_on=start + SNAPSHOT_SPACING * (index + 1),
        )


def load_label_demo(report) -> None:
    ensure_default_label_grid()
    projects = (
        ProjectPage.objects.live()
        .filter(phase__in=list(SNAPSHOTS_BY_PHASE))
        .select_related("wave")
        .order_by("code")
    )
    for project in projects:
        if project.label_assessments.exists():
            continue
        _snapshots(project, count=SNAPSHOTS_BY_PHASE[ProjectPhase(project.phase)])
        report.count("auto-évaluations du label")

    for code, decision in (
        (GRANTED_PROJECT, LabelRequestState.GRANTED),
        (TO_COMPLETE_PROJECT, LabelRequestState.TO_COMPLETE),
    ):
        project = ProjectPage.objects.filter(code=code).first()
        if project is None or LabelRequest.objects.filter(project=project).exists():
            continue
        label_request = request_label(project=project, user=None)
        review_label_request(
            label_request=label_request,
            user=None,
            decision=decision,
            comment=(
                "Bravo : les critères obligatoires sont atteints, preuves à l'appui."
                if decision == LabelRequestState.GRANTED
                else "Deux preuves sont à compléter avant la prochaine commission."
            ),
            requirement_comments={}
            if decision == LabelRequestState.GRANTED
            else {
                code: text
                for code, text in TO_COMPLETE_COMMENTS.items()
                if label_request.assessment.answers.filter(requirement_code=code).exists()
            },
        )
