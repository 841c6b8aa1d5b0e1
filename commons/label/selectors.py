"""Reads for the « Numérique en Commun[s] » label: who may do what, levels, public section,
progression over published snapshots, and the programme overview matrix."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState

from commons.access.selectors import Action, has_role_for, pages_where
from commons.engagement.models import ResourceFeedback, ResourceReport
from commons.label.models import (
    LabelAssessment,
    LabelCriterion,
    LabelRequest,
    LabelRequirement,
    RequirementAssessment,
)
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.taxonomies import (
    AssessmentState,
    FeedbackStatus,
    LabelCriterionCode,
    LabelRequestState,
    ReportStatus,
    RequirementStatus,
)

if TYPE_CHECKING:
    from commons.label.filters import MatrixFilters

MAX_LEVEL = 2


# --------------------------------------------------------------------------- who may do what
def assessable_projects(user) -> list[ProjectPage]:
    """The projects whose label this person's team self-assesses."""
    return list(pages_where(user=user, action=Action.ASSESS, model=ProjectPage).order_by("title"))


def overview_programmes(user) -> list[ProgrammePage]:
    """The programmes whose label matrix this person reads (programme team, funders)."""
    return list(
        pages_where(user=user, action=Action.VIEW_DASHBOARDS, model=ProgrammePage).order_by("title")
    )


@dataclass(frozen=True)
class ProgrammeQueue:
    """What waits for a programme team, in the programmes it works on: the first few items
    and how many there are."""

    label_requests: list[LabelRequest]
    label_request_count: int
    submissions: list[Page]
    submission_count: int
    feedback_count: int
    report_count: int

    @property
    def total(self) -> int:
        return (
            self.label_request_count
            + self.submission_count
            + self.feedback_count
            + self.report_count
        )


def programme_queue(user, *, limit: int = 5) -> ProgrammeQueue | None:
    """Label requests to examine and pages submitted for moderation (``REVIEW``), feedback and
    reports to moderate (``MODERATE``), scoped by ``commons.access``; ``None`` for whoever
    holds neither action. A fixed number of queries, whatever the size of the queue."""
    if not (has_role_for(user, Action.REVIEW) or has_role_for(user, Action.MODERATE)):
        return None
    reviewed = pages_where(user=user, action=Action.REVIEW).values("pk")
    moderated = pages_where(user=user, action=Action.MODERATE).values("pk")
    requests = LabelRequest.objects.filter(
        state=LabelRequestState.REQUESTED, project__in=reviewed
    ).select_related("project", "assessment")
    submissions = Page.objects.filter(
        pk__in=reviewed, _workflow_states__status=WorkflowState.STATUS_IN_PROGRESS
    ).distinct()
    return ProgrammeQueue(
        label_requests=list(requests.order_by("requested_at", "pk")[:limit]),
        label_request_count=requests.count(),
        submissions=list(submissions.order_by("-latest_revision_created_at", "pk")[:limit]),
        submission_count=submissions.count(),
        feedback_count=ResourceFeedback.objects.filter(
            status=FeedbackStatus.PENDING, page__in=moderated
        ).count(),
        report_count=ResourceReport.objects.filter(
            status=ReportStatus.OPEN, page__in=moderated
        ).count(),
    )


# --------------------------------------------------------------------------- the grid
def grid() -> list[LabelCriterion]:
    """Every criterion with its requirements, in display order (two queries)."""
    return list(LabelCriterion.objects.prefetch_related("requirements").order_by("position"))


def applicable_requirements(*, device_kind_codes: Iterable[str]) -> list[LabelRequirement]:
    """The requirements that apply to a project of these device kinds, in grid order."""
    codes = list(device_kind_codes)
    return [
        requirement
        for criterion in grid()
        for requirement in criterion.requirements.all()
        if requirement.applies_to(codes)
    ]


# --------------------------------------------------------------------------- levels
def criterion_level(answers: Iterable[RequirementAssessment]) -> int | None:
    """Level reached on one criterion: None when nothing applies; else 0, 1 or 2.

    Level 1: every applicable level-1 requirement achieved; level 2: every applicable
    level-1 and level-2 requirement achieved. Non-applicable requirements are left out.
    """
    applicable = [a for a in answers if a.status != RequirementStatus.NOT_APPLICABLE]
    if not applicable:
        return None
    achieved = {
        level: all(a.status == RequirementStatus.ACHIEVED for a in applicable if a.level == level)
        for level in (1, 2)
    }
    if not achieved[1]:
        return 0
    if not achieved[2]:
        return 1
    return 2


def criterion_levels(answers: Iterable[RequirementAssessment]) -> dict[str, int | None]:
    """Level per criterion code, for every criterion that has answers."""
    by_criterion: dict[str, list] = defaultdict(list)
    for answer in answers:
        by_criterion[answer.criterion_code].append(answer)
    return {code: criterion_level(rows) for code, rows in by_criterion.items()}


def label_level(answers: Iterable[RequirementAssessment]) -> int:
    """The label level a snapshot supports: the lowest level over the mandatory criteria."""
    answers = list(answers)
    mandatory = {answer.criterion_code for answer in answers if answer.mandatory}
    levels = criterion_levels(answers)
    reached = [levels[code] for code in mandatory if levels[code] is not None]
    return min(reached) if reached else 0


def level_label(level: int | None) -> str:
    if level is None:
        return _("Non applicable")
    if level == 0:
        return _("Niveau 1 non atteint")
    return _("Niveau %(level)d") % {"level": level}


def yes_no(value: bool) -> str:
    return _("Oui") if value else _("Non")


def statements_by_code(assessment: LabelAssessment | None) -> dict[str, str]:
    """Requirement code → its statement as the snapshot copied it: what a team reads, never
    the technical code."""
    if assessment is None:
        return {}
    return dict(assessment.answers.values_list("requirement_code", "statement"))


# --------------------------------------------------------------------------- one project
def latest_published_assessment(*, project: ProjectPage) -> LabelAssessment | None:
    return (
        LabelAssessment.objects.filter(project=project, state=AssessmentState.PUBLISHED)
        .order_by("-version")
        .first()
    )


def answers_of(assessment: LabelAssessment) -> list[RequirementAssessment]:
    return list(assessment.answers.select_related("evidence_file", "requirement").order_by("id"))


def get_label_request(*, project: ProjectPage) -> LabelRequest | None:
    return LabelRequest.objects.filter(project=project).first()


@dataclass(frozen=True)
class CriterionSummary:
    code: str
    label: str
    mandatory: bool
    level: int | None
    answers: list

    @property
    def level_label(self) -> str:
        return level_label(self.level)

    @property
    def achieved(self) -> list:
        return [a for a in self.answers if a.status == RequirementStatus.ACHIEVED]


def summarise(answers: list[RequirementAssessment]) -> list[CriterionSummary]:
    """Per criterion (in label order): level and answers."""
    by_criterion: dict[str, list] = defaultdict(list)
    for answer in answers:
        by_criterion[answer.criterion_code].append(answer)
    summaries = []
    for code in LabelCriterionCode.values:
        rows = by_criterion.get(code)
        if not rows:
            continue
        summaries.append(
            CriterionSummary(
                code=code,
                label=str(LabelCriterionCode(code).label),
                mandatory=rows[0].mandatory,
                level=criterion_level(rows),
                answers=sorted(rows, key=lambda a: (a.level, a.id)),
            )
        )
    return summaries


@dataclass(frozen=True)
class PublicLabel:
    assessment: LabelAssessment
    criteria: list[CriterionSummary]
    granted_level: int | None


def get_public_label(*, project: ProjectPage) -> PublicLabel | None:
    """The public Label section: the latest PUBLISHED snapshot only; drafts never leave.

    A fixed number of queries (snapshot, answers with documents, request).
    """
    assessment = latest_published_assessment(project=project)
    if assessment is None:
        return None
    request = get_label_request(project=project)
    granted = (
        request.granted_level
        if request is not None and request.state == LabelRequestState.GRANTED
        else None
    )
    return PublicLabel(
        assessment=assessment, criteria=summarise(answers_of(assessment)), granted_level=granted
    )


# --------------------------------------------------------------------------- progression
CHART_WIDTH = 320
CHART_HEIGHT = 140
CHART_LEFT = 78
CHART_RIGHT = 16
CHART_TOP = 12
CHART_BOTTOM = 30


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    level: int | None
    label: str
    version: int


@dataclass(frozen=True)
class CriterionSeries:
    code: str
    label: str
    points: list[ChartPoint]
    description: str

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points if p.level is not None)


@dataclass(frozen=True)
class Progression:
    snapshots: list[LabelAssessment]
    series: list[CriterionSeries]
    rows: list[dict] = field(default_factory=list)
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    left: int = CHART_LEFT
    right_edge: int = CHART_WIDTH - CHART_RIGHT
    bottom: int = CHART_HEIGHT - CHART_BOTTOM
    gridlines: list = field(default_factory=list)

    @property
    def criteria(self) -> list[CriterionSeries]:
        return self.series


def _y(level: int) -> float:
    plot = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM
    return CHART_TOP + plot * (MAX_LEVEL - level) / MAX_LEVEL


def project_progression(*, project: ProjectPage) -> Progression:
    """Level per criterion over the successive PUBLISHED snapshots (oldest first)."""
    snapshots = list(
        LabelAssessment.objects.filter(project=project, state=AssessmentState.PUBLISHED).order_by(
            "version"
        )
    )
    answers = RequirementAssessment.objects.filter(assessment__in=snapshots).only(
        "assessment_id", "criterion_code", "status", "level", "mandatory"
    )
    per_snapshot: dict[int, list] = defaultdict(list)
    for answer in answers:
        per_snapshot[answer.assessment_id].append(answer)
    levels = {snapshot.pk: criterion_levels(per_snapshot[snapshot.pk]) for snapshot in snapshots}

    count = len(snapshots)
    plot_width = CHART_WIDTH - CHART_LEFT - CHART_RIGHT

    def x(index: int) -> float:
        if count <= 1:
            return CHART_LEFT + plot_width / 2
        return CHART_LEFT + plot_width * index / (count - 1)

    series = []
    for code in LabelCriterionCode.values:
        if not any(code in levels[s.pk] for s in snapshots):
            continue
        label = str(LabelCriterionCode(code).label)
        points = []
        for index, snapshot in enumerate(snapshots):
            level = levels[snapshot.pk].get(code)
            points.append(
                ChartPoint(
                    x=x(index),
                    y=_y(level or 0),
                    level=level,
                    label=date_format(snapshot.assessed_on, "SHORT_DATE_FORMAT"),
                    version=snapshot.version,
                )
            )
        steps = "; ".join(
            _("%(date)s : %(level)s")
            % {"date": date_format(p_snapshot.assessed_on), "level": level_label(point.level)}
            for p_snapshot, point in zip(snapshots, points, strict=True)
        )
        series.append(
            CriterionSeries(
                code=code,
                label=label,
                points=points,
                description=_("Évolution du niveau, critère %(criterion)s — %(steps)s.")
                % {"criterion": label, "steps": steps},
            )
        )
    rows = [
        {
            "snapshot": snapshot,
            "levels": [(s.code, levels[snapshot.pk].get(s.code)) for s in series],
        }
        for snapshot in snapshots
    ]
    gridlines = [(level, _y(level), level_label(level)) for level in range(MAX_LEVEL + 1)]
    return Progression(snapshots=snapshots, series=series, rows=rows, gridlines=gridlines)


def progression_table(progression: Progression) -> tuple[list[str], list[list]]:
    """Header and rows for the CSV download of a project's progression (codes, 0/1/2/NA)."""
    header = ["version", "assessed_on", *[s.code for s in progression.series]]
    rows = [
        [
            row["snapshot"].version,
            row["snapshot"].assessed_on.isoformat(),
            *["NA" if level is None else level for _code, level in row["levels"]],
        ]
        for row in progression.rows
    ]
    return header, rows


# --------------------------------------------------------------------------- overview matrix
@dataclass(frozen=True)
class MatrixRow:
    project: ProjectPage
    assessment: LabelAssessment | None
    levels: list[tuple[str, int | None]]
    request_state: str

    @property
    def request_state_label(self) -> str:
        return str(LabelRequestState(self.request_state).label)


@dataclass(frozen=True)
class Matrix:
    criteria: list[tuple[str, str]]
    rows: list[MatrixRow]


def programme_projects(programme: ProgrammePage) -> QuerySet[ProjectPage]:
    """Every project of the programme, drafts included (the matrix is an admin view)."""
    return ProjectPage.objects.child_of(programme)


def programme_label_matrix(*, filters: "MatrixFilters") -> Matrix:
    """Projects × criteria: the level reached in each project's latest published snapshot.

    `filters` is a `commons.label.filters.MatrixFilters` on `programme_projects(programme)`."""
    projects = list(filters.qs.select_related("wave").distinct().order_by("code"))
    latest: dict[int, LabelAssessment] = {}
    for assessment in LabelAssessment.objects.filter(
        project__in=projects, state=AssessmentState.PUBLISHED
    ).order_by("project_id", "version"):
        latest[assessment.project_id] = assessment
    answers: dict[int, list] = defaultdict(list)
    for answer in RequirementAssessment.objects.filter(assessment__in=latest.values()).only(
        "assessment_id", "criterion_code", "status", "level", "mandatory"
    ):
        answers[answer.assessment_id].append(answer)
    states = dict(
        LabelRequest.objects.filter(project__in=projects).values_list("project_id", "state")
    )
    criteria = [(code, str(label)) for code, label in LabelCriterionCode.choices]
    rows = []
    for project in projects:
        assessment = latest.get(project.pk)
        levels = criterion_levels(answers[assessment.pk]) if assessment else {}
        rows.append(
            MatrixRow(
                project=project,
                assessment=assessment,
                levels=[(code, levels.get(code)) for code, _label in criteria],
                request_state=states.get(project.pk, LabelRequestState.NOT_REQUESTED),
            )
        )
    return Matrix(criteria=criteria, rows=rows)


def matrix_table(matrix: Matrix) -> tuple[list[str], list[list]]:
    """Header and rows for the CSV/XLSX export, for people first: headers and request states
    in the reader's language, levels as 0/1/2 (NA: no applicable requirement, empty: no
    published snapshot). What a machine joins on keeps its own columns with stable codes:
    ``code_projet`` and ``etat_demande_code``."""
    header = [
        "code_projet",
        _("Projet"),
        _("Vague"),
        _("Version de l'auto-évaluation"),
        _("Date de l'auto-évaluation"),
        *[label for _code, label in matrix.criteria],
        _("Demande de label"),
        "etat_demande_code",
    ]
    rows = []
    for row in matrix.rows:
        assessed: date | None = row.assessment.assessed_on if row.assessment else None
        rows.append(
            [
                row.project.code,
                row.project.title,
                row.project.wave.name if row.project.wave else "",
                row.assessment.version if row.assessment else "",
                assessed.isoformat() if assessed else "",
                *[
                    ("" if row.assessment is None else "NA" if level is None else level)
                    for _code, level in row.levels
                ],
                row.request_state_label,
                row.request_state,
            ]
        )
    return header, rows
