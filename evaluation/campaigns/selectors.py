"""Reads of campaigns: who runs which, which projects a campaign targets, what each team has
to fill, how far a campaign has got, and its aggregated results.

Every read that depends on who asks takes ``user=`` and goes through ``commons.access``:
the programme team runs the campaigns of its programmes (``RUN_EVALUATION``), a project
team fills those of its project (``EVALUATE``), funders read aggregates only
(``VIEW_DASHBOARDS``).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Avg, Count, Exists, Max, Min, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from commons.access.models import Role
from commons.access.selectors import Action, pages_where
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.taxonomies import ProjectPhase
from evaluation.campaigns.models import Answer, Campaign, Reminder, Response, ResponseStatus
from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.schema import (
    CHOICE_TYPES,
    NO,
    NUMERIC_TYPES,
    SCALE_MAX,
    SCALE_MIN,
    YES,
    QuestionType,
)


# --------------------------------------------------------------------------- who runs what
def runnable_programmes(*, user) -> QuerySet:
    """The programmes whose campaigns this person manages."""
    return pages_where(user=user, action=Action.RUN_EVALUATION, model=ProgrammePage)


def managed_campaigns(*, user) -> QuerySet:
    """The campaigns of the programmes this person runs (the management listing)."""
    return Campaign.objects.filter(programme__in=runnable_programmes(user=user).values("pk"))


def readable_campaigns(*, user) -> QuerySet:
    """The campaigns whose aggregated results this person reads (programme team, funders)."""
    programmes = pages_where(user=user, action=Action.VIEW_DASHBOARDS, model=ProgrammePage)
    return Campaign.objects.filter(programme__in=programmes.values("pk"))


def campaign_form_choices(*, programmes: QuerySet) -> QuerySet:
    """Forms a campaign may send: those of these programmes and the common ones (no
    programme), provided a version has been published (a team only ever answers one)."""
    published = FormVersion.objects.filter(form=OuterRef("pk"))
    return (
        EvaluationForm.objects.filter(
            Q(programme__isnull=True) | Q(programme__in=programmes.values("pk"))
        )
        .filter(Exists(published))
        .order_by("name")
    )


# --------------------------------------------------------------------------- targets
def laureate_projects() -> QuerySet:
    """Projects past the application phase: the ones a programme evaluates by default."""
    return ProjectPage.objects.exclude(phase=ProjectPhase.APPLICATION)


def campaign_projects(*, campaign: Campaign) -> QuerySet:
    """The projects a campaign is sent to: its explicit selection when there is one, else the
    laureate projects of its wave, else every laureate project of its programme."""
    if campaign.pk and campaign.projects.exists():
        return campaign.projects.all().order_by("title")
    projects = laureate_projects().descendant_of(campaign.programme)
    if campaign.wave_id:
        projects = projects.filter(wave_id=campaign.wave_id)
    return projects.order_by("title")


def campaigns_of_project(*, project: ProjectPage) -> QuerySet:
    """The campaigns sent to this project (the reverse of ``campaign_projects``), in one query."""
    programmes = ProgrammePage.objects.ancestor_of(project).values("pk")
    explicit = Campaign.projects.through.objects.filter(campaign=OuterRef("pk"))
    targeted = Q(projects=project)
    if project.phase != ProjectPhase.APPLICATION:
        by_scope = Q(wave__isnull=True)
        if project.wave_id:
            by_scope |= Q(wave_id=project.wave_id)
        targeted |= ~Exists(explicit) & by_scope
    return Campaign.objects.filter(programme__in=programmes).filter(targeted).distinct()


def targets(*, campaign: Campaign, project: ProjectPage) -> bool:
    return campaign_projects(campaign=campaign).filter(pk=project.pk).exists()


# --------------------------------------------------------------------------- team side
@dataclass(frozen=True)
class DueForm:
    """A campaign a project's team has to answer."""

    campaign: Campaign
    project: ProjectPage
    response: Response | None
    today: datetime.date

    @property
    def is_late(self) -> bool:
        return self.today > self.campaign.due_on

    @property
    def has_draft(self) -> bool:
        return self.response is not None and self.response.status == ResponseStatus.DRAFT


def evaluated_projects(*, user) -> QuerySet:
    """The projects this person answers campaigns for, as a member of their team. A
    superuser may act anywhere but answers for no project: the list would be every project."""
    if user.is_superuser:
        return ProjectPage.objects.none()
    return pages_where(user=user, action=Action.EVALUATE, model=ProjectPage)


def due_forms(*, user, today: datetime.date | None = None) -> list[DueForm]:
    """For each project this person's team works on, the opened campaigns it has not
    submitted yet, earliest deadline first (late ones included: they stay due)."""
    today = today or timezone.localdate()
    due = []
    for project in evaluated_projects(user=user).order_by("title"):
        campaigns = list(
            campaigns_of_project(project=project).filter(opens_on__lte=today).select_related("form")
        )
        responses = {
            response.campaign_id: response
            for response in Response.objects.filter(project=project, campaign__in=campaigns)
        }
        due.extend(
            DueForm(
                campaign=campaign,
                project=project,
                response=responses.get(campaign.pk),
                today=today,
            )
            for campaign in campaigns
            if getattr(responses.get(campaign.pk), "status", None) != ResponseStatus.SUBMITTED
        )
    return sorted(due, key=lambda item: (item.campaign.due_on, item.project.title))


def campaign_response(*, campaign: Campaign, project: ProjectPage) -> Response | None:
    """The project's response to the campaign (draft or submitted), if it was started."""
    return (
        Response.objects.filter(campaign=campaign, project=project)
        .select_related("form_version")
        .first()
    )


# --------------------------------------------------------------------------- completion
class Progress:
    NOT_STARTED = "not_started"
    DRAFT = "draft"
    SUBMITTED = "submitted"


@dataclass(frozen=True)
class ProjectCompletion:
    """Where one project stands in a campaign, and how it was reminded."""

    project: ProjectPage
    response: Response | None
    reminder_count: int
    last_reminded_at: datetime.datetime | None
    recipient_count: int
    today: datetime.date

    @property
    def progress(self) -> str:
        if self.response is None:
            return Progress.NOT_STARTED
        if self.response.status == ResponseStatus.SUBMITTED:
            return Progress.SUBMITTED
        return Progress.DRAFT

    @property
    def is_complete(self) -> bool:
        return self.progress == Progress.SUBMITTED

    @property
    def reminded_today(self) -> bool:
        return bool(
            self.last_reminded_at and timezone.localdate(self.last_reminded_at) == self.today
        )

    @property
    def can_be_reminded(self) -> bool:
        return not self.is_complete and not self.reminded_today and self.recipient_count > 0


@dataclass(frozen=True)
class Completion:
    campaign: Campaign
    rows: list[ProjectCompletion]

    @property
    def submitted_count(self) -> int:
        return sum(row.is_complete for row in self.rows)

    @property
    def remindable(self) -> list[ProjectCompletion]:
        return [row for row in self.rows if row.can_be_reminded]


def team_recipients(*, project_ids) -> QuerySet:
    """Active members of these projects' teams who have an e-mail address."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__team__role=Role.PROJECT_TEAM,
            groups__team__page_id__in=list(project_ids),
        )
        .exclude(email="")
    )


def completion(*, campaign: Campaign, today: datetime.date | None = None) -> Completion:
    """Per target project: not started, draft or submitted (late or not), last update,
    reminders sent and how many people a reminder would reach. Four queries."""
    today = today or timezone.localdate()
    projects = list(campaign_projects(campaign=campaign))
    project_ids = [project.pk for project in projects]
    responses = {
        response.project_id: response
        for response in Response.objects.filter(campaign=campaign, project_id__in=project_ids)
    }
    reminders = {
        row["project"]: row
        for row in Reminder.objects.filter(campaign=campaign, project_id__in=project_ids)
        .values("project")
        .annotate(count=Count("pk"), last=Max("sent_at"))
    }
    recipients = dict(
        team_recipients(project_ids=project_ids)
        .values("groups__team__page_id")
        .annotate(count=Count("pk", distinct=True))
        .values_list("groups__team__page_id", "count")
    )
    rows = [
        ProjectCompletion(
            project=project,
            response=responses.get(project.pk),
            reminder_count=reminders.get(project.pk, {}).get("count", 0),
            last_reminded_at=reminders.get(project.pk, {}).get("last"),
            recipient_count=recipients.get(project.pk, 0),
            today=today,
        )
        for project in projects
    ]
    return Completion(campaign=campaign, rows=rows)


# --------------------------------------------------------------------------- results
@dataclass
class OptionCount:
    value: str
    label: str
    count: int


@dataclass
class QuestionResult:
    """The aggregate of one question key over every submitted response of a campaign."""

    key: str
    label: str
    type: str
    answered: int = 0
    options: list[OptionCount] = field(default_factory=list)
    mean: Decimal | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None

    @property
    def type_label(self) -> str:
        return str(QuestionType(self.type).label) if self.type in QuestionType.values else self.type

    @property
    def has_options(self) -> bool:
        return self.type in CHOICE_TYPES or self.type in (QuestionType.YES_NO, QuestionType.SCALE)

    @property
    def is_numeric(self) -> bool:
        return self.type in NUMERIC_TYPES


@dataclass(frozen=True)
class CampaignResults:
    campaign: Campaign
    response_count: int
    questions: list[QuestionResult]


YES_NO_LABELS = {YES: _("Oui"), NO: _("Non")}


def questions_by_key(*, versions: list[FormVersion]) -> dict[str, dict]:
    """The union of these versions' questions, each key described by the latest version that
    has it, in the latest version's order (keys only older versions had come after)."""
    questions: dict[str, dict] = {}
    for version in sorted(versions, key=lambda version: -version.number):
        for question in version.questions():
            questions.setdefault(question["key"], question)
    return questions


def _options(question: dict, counted: dict[str, int]) -> list[OptionCount]:
    """Every option the question offers (even those nobody chose), then any value answered
    to an older version's options, with its count."""
    qtype = question["type"]
    if qtype == QuestionType.YES_NO:
        labels = {value: str(label) for value, label in YES_NO_LABELS.items()}
    elif qtype == QuestionType.SCALE:
        ends = {SCALE_MIN: question.get("low_label"), SCALE_MAX: question.get("high_label")}
        labels = {
            str(point): f"{point} — {ends[point]}" if ends.get(point) else str(point)
            for point in range(SCALE_MIN, SCALE_MAX + 1)
        }
    else:
        labels = {choice["value"]: choice["label"] for choice in question.get("choices", [])}
    values = [*labels, *(value for value in counted if value not in labels)]
    return [
        OptionCount(value=value, label=labels.get(value, value), count=counted.get(value, 0))
        for value in values
    ]


def campaign_results(*, campaign: Campaign) -> CampaignResults:
    """Aggregates computed in SQL from the typed answer rows (submitted responses only):
    counts per option (and per point of a scale), mean / min / max of numbers, and how many
    responses answered each question. No figure names a response or a project, no text is
    returned: this is what a funder may read."""
    answers = Answer.objects.filter(campaign=campaign)
    answered = dict(
        answers.values("question_key")
        .annotate(count=Count("response", distinct=True))
        .values_list("question_key", "count")
    )
    numbers = {
        row["question_key"]: row
        for row in answers.filter(number__isnull=False)
        .values("question_key")
        .annotate(mean=Avg("number"), minimum=Min("number"), maximum=Max("number"))
    }
    option_counts: dict[str, dict[str, int]] = defaultdict(dict)
    for key, choice, count in (
        answers.exclude(choice="")
        .values("question_key", "choice")
        .annotate(count=Count("pk"))
        .values_list("question_key", "choice", "count")
    ):
        option_counts[key][choice] = count
    described = questions_by_key(
        versions=list(FormVersion.objects.filter(form_id=campaign.form_id))
    )
    scales = [key for key, question in described.items() if question["type"] == QuestionType.SCALE]
    for key, number, count in (
        answers.filter(question_key__in=scales, number__isnull=False)
        .values("question_key", "number")
        .annotate(count=Count("pk"))
        .values_list("question_key", "number", "count")
    ):
        point = str(int(number))
        option_counts[key][point] = option_counts[key].get(point, 0) + count
    results = []
    for key, question in described.items():
        result = QuestionResult(
            key=key, label=question["label"], type=question["type"], answered=answered.get(key, 0)
        )
        if result.has_options:
            result.options = _options(question, option_counts.get(key, {}))
        if result.is_numeric and key in numbers:
            result.mean = _decimal(numbers[key]["mean"])
            result.minimum = _decimal(numbers[key]["minimum"])
            result.maximum = _decimal(numbers[key]["maximum"])
        results.append(result)
    response_count = Response.objects.filter(
        campaign=campaign, status=ResponseStatus.SUBMITTED
    ).count()
    return CampaignResults(campaign=campaign, response_count=response_count, questions=results)


def _decimal(value) -> Decimal | None:
    """SQLite averages to a float, PostgreSQL to a Decimal: two decimals either way."""
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.01"))


def submitted_responses(*, campaign: Campaign) -> QuerySet:
    """Individual submitted responses (for the programme team only, never for a funder)."""
    return (
        Response.objects.filter(campaign=campaign, status=ResponseStatus.SUBMITTED)
        .select_related("project")
        .order_by("project__title")
    )
