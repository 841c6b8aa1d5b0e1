"""Evaluation data at volume, for `make bench` and the dashboards: typed answer rows and
approved indicator values by the hundred thousand, written with ``bulk_create`` in batches.

The demo itself goes through the services (``commons.demo.evaluation``); at this volume that
would take hours, so this module writes the rows those services would have written, with
the same shapes: a published 30-question form (published through the forms service), then
responses (one per project to a campaign, the rest through public links) and one ``Answer``
row per answer (one per chosen option of a multiple choice, built by the same
``typed_rows`` as the submit service); and, on their own (not fed by these answers),
project indicators with one approved value in force per quarter. Values are drawn from a seeded
generator: the same data at every run. Memory stays flat whatever the volume: rows are built
and written one batch at a time.
"""

import datetime
import itertools
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from commons.demo.evaluation import question_fields
from commons.demo.evaluation_stand_ins import create_campaign
from commons.programmes.models import ProjectPage
from evaluation.campaigns.models import Answer, Campaign, PublicLink, Response, ResponseStatus
from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.schema import NO, YES, Moment, QuestionType
from evaluation.forms.schema import typed_rows as answer_rows
from evaluation.forms.services import publish
from evaluation.indicators.models import (
    Indicator,
    IndicatorValue,
    ProjectIndicator,
    Unit,
    ValueSource,
    ValueStatus,
)
from evaluation.indicators.periods import period_containing

BATCH_SIZE = 5000
SEED = 10
VOLUME_FORM_NAME = "Questionnaire de mesure (30 questions)"
FOLLOWED_PER_PROJECT = 5
WORDS = [
    "accompagnement",
    "atelier",
    "démarche",
    "autonomie",
    "partenaire",
    "quartier",
    "permanence",
    "confiance",
    "smartphone",
    "formation",
    "bénévole",
    "collectivité",
    "usager",
    "itinérance",
    "écoute",
    "orientation",
]


def _choices(*values: str) -> list[dict]:
    return [{"value": value, "label": value.replace("_", " ").capitalize()} for value in values]


def volume_questions() -> list[dict]:
    """Thirty questions, every type, one bound to an indicator: the shape of a real form."""
    kinds = [
        QuestionType.SINGLE_CHOICE,
        QuestionType.SCALE,
        QuestionType.INTEGER,
        QuestionType.YES_NO,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.DECIMAL,
        QuestionType.SHORT_TEXT,
        QuestionType.DATE,
        QuestionType.LONG_TEXT,
        QuestionType.SINGLE_CHOICE,
    ]
    questions = []
    for index in range(30):
        kind = kinds[index % len(kinds)]
        question = {"key": f"q{index + 1:02d}", "label": f"Question {index + 1} ?", "type": kind}
        if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
            question["choices"] = _choices("jamais", "rarement", "parfois", "souvent", "toujours")
        if kind == QuestionType.INTEGER:
            question["min_value"] = "0"
        questions.append(question)
    questions[2]["indicator"] = "personnes-accompagnees"
    questions[2]["label"] = "Combien de personnes avez-vous accompagnées ?"
    return questions


def volume_form() -> EvaluationForm:
    """The 30-question form, created and published once (through the forms service)."""
    form = EvaluationForm.objects.filter(name=VOLUME_FORM_NAME).first()
    if form is None:
        questions = volume_questions()
        form = EvaluationForm(
            name=VOLUME_FORM_NAME,
            moment=Moment.BENEFICIARIES,
            data_notice="Réponses anonymes, lues sous forme de totaux, gardées deux ans.",
            definition=[
                {
                    "type": "section",
                    "value": {
                        "title": f"Partie {part + 1}",
                        "intro": "",
                        "questions": [question_fields(q) for q in questions[part::3]],
                    },
                }
                for part in range(3)
            ],
        )
        form.full_clean()
        form.save()
        publish(form=form, user=None)
    return form


def volume_answers(chance: random.Random, version: FormVersion) -> dict:
    """One response's answers (JSON values, as ``ResponseForm.answers()`` gives them)."""
    answers = {}
    for question in version.questions():
        kind, key = question["type"], question["key"]
        if kind == QuestionType.SINGLE_CHOICE:
            answers[key] = chance.choice(question["choices"])["value"]
        elif kind == QuestionType.MULTIPLE_CHOICE:
            options = [option["value"] for option in question["choices"]]
            answers[key] = chance.sample(options, chance.randint(1, 3))
        elif kind == QuestionType.SCALE:
            answers[key] = chance.choices(range(1, 6), weights=(2, 4, 14, 38, 42))[0]
        elif kind == QuestionType.INTEGER:
            answers[key] = chance.randint(0, 120)
        elif kind == QuestionType.DECIMAL:
            answers[key] = f"{chance.uniform(0, 500):.1f}"
        elif kind == QuestionType.YES_NO:
            answers[key] = YES if chance.random() < 0.7 else NO
        elif kind == QuestionType.DATE:
            answers[key] = (
                datetime.date(2024, 1, 1) + datetime.timedelta(days=chance.randint(0, 700))
            ).isoformat()
        elif kind == QuestionType.SHORT_TEXT:
            answers[key] = " ".join(chance.sample(WORDS, 3))
        else:
            answers[key] = " ".join(chance.choices(WORDS, k=chance.randint(8, 30)))
    return answers


def answer_fields(questions: dict[str, dict], answers: dict) -> list[dict]:
    """The ``Answer`` fields of one response, as the campaigns' submit service writes them."""
    return [
        {"question_key": key, **fields}
        for key, value in answers.items()
        for fields in answer_rows(questions[key], value)
    ]


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


@dataclass
class Volume:
    responses: int = 0
    answers: int = 0
    indicator_values: int = 0
    project_indicators: int = 0


def generate_answers(
    *, rows: int, projects: list[ProjectPage] | None = None, batch_size: int = BATCH_SIZE
) -> Volume:
    """At least `rows` typed answer rows (whole responses: a few rows more at most) to the
    30-question form: one response per project to a campaign of its programme, the rest
    through one public link per project, submitted over the last two years."""
    form = volume_form()
    version = form.latest_version
    questions = {question["key"]: question for question in version.questions()}
    projects = projects or list(ProjectPage.objects.live().order_by("path"))
    chance = random.Random(SEED)
    campaigns = _volume_campaigns(form, projects)
    links = _volume_links(form, projects)
    now = timezone.now()
    volume = Volume()

    def responses() -> Iterator[tuple[Response, dict]]:
        for index in itertools.count():
            project = projects[index % len(projects)]
            campaign = campaigns.pop(project.pk, None)  # one campaign response per project
            submitted = now - datetime.timedelta(minutes=chance.randint(60, 730 * 24 * 60))
            response = Response(
                form_version=version,
                form=form,
                project=project,
                campaign=campaign,
                public_link=None if campaign else links[project.pk],
                status=ResponseStatus.SUBMITTED,
                submitted_at=submitted,
            )
            yield response, volume_answers(chance, version)

    stream = responses()
    while volume.answers < rows:
        with transaction.atomic():
            batch = []
            batch_rows = 0
            while batch_rows < batch_size and volume.answers + batch_rows < rows:
                response, answers = next(stream)
                fields = answer_fields(questions, answers)
                response.data = answers
                batch.append((response, fields))
                batch_rows += len(fields)
            Response.objects.bulk_create([response for response, _ in batch])
            Answer.objects.bulk_create(
                [
                    Answer(
                        response=response,
                        form_id=form.pk,
                        form_version_id=version.pk,
                        project_id=response.project_id,
                        campaign_id=response.campaign_id,
                        submitted_at=response.submitted_at,
                        **row,
                    )
                    for response, fields in batch
                    for row in fields
                ],
                batch_size=batch_size,
            )
        volume.responses += len(batch)
        volume.answers += batch_rows
    return volume


def _volume_campaigns(form, projects) -> dict[int, Campaign]:
    """One campaign of the form per programme, for all its projects given here."""
    by_programme: dict[int, list[ProjectPage]] = {}
    parents = {
        project.pk: parent_pk
        for project, parent_pk in zip(
            projects, [project.get_parent().pk for project in projects], strict=True
        )
    }
    for project in projects:
        by_programme.setdefault(parents[project.pk], []).append(project)
    start, end = period_containing(timezone.localdate())
    result = {}
    for programme_pk, members in by_programme.items():
        name = f"{VOLUME_FORM_NAME} ({programme_pk})"
        campaign = Campaign.objects.filter(form=form, name=name).first()
        if campaign is None:
            campaign = create_campaign(
                name=name,
                programme=members[0].get_parent().specific,
                form=form,
                projects=members,
                period_start=start,
                period_end=end,
                opens_on=start,
                due_on=end,
                user=None,
            )
        answered = set(campaign.responses.values_list("project_id", flat=True))
        result.update({p.pk: campaign for p in members if p.pk not in answered})
    return result


def _volume_links(form, projects) -> dict[int, PublicLink]:
    existing = {link.project_id: link for link in PublicLink.objects.filter(form=form)}
    PublicLink.objects.bulk_create(
        [
            PublicLink(project=project, form=form)
            for project in projects
            if project.pk not in existing
        ]
    )
    return {link.project_id: link for link in PublicLink.objects.filter(form=form)}


def generate_indicator_values(
    *, values: int, projects: list[ProjectPage] | None = None, batch_size: int = BATCH_SIZE
) -> Volume:
    """`values` approved values in force: each project starts following library indicators
    it does not follow yet, with one value per quarter going back from the last quarter."""
    projects = projects or list(ProjectPage.objects.live().order_by("path"))
    library = list(Indicator.objects.filter(programme__isnull=True, active=True).order_by("code"))
    followed = set(ProjectIndicator.objects.values_list("project_id", "indicator_id"))
    chance = random.Random(SEED)
    volume = Volume()
    pairs = [
        (project, indicator)
        for project in projects
        for indicator in [i for i in library if (project.pk, i.code) not in followed][
            :FOLLOWED_PER_PROJECT
        ]
    ]
    if not pairs:
        return volume
    quarters = _quarters_back(-(-values // len(pairs)))
    today = timezone.localdate()
    with transaction.atomic():
        project_indicators = ProjectIndicator.objects.bulk_create(
            [
                ProjectIndicator(
                    project=project,
                    indicator=indicator,
                    baseline_value=Decimal(chance.randint(0, 50)),
                    baseline_date=quarters[0][0],
                    target_value=Decimal(chance.randint(100, 1000)),
                    target_date=today,
                )
                for project, indicator in pairs
            ],
            batch_size=batch_size,
        )
    volume.project_indicators = len(project_indicators)
    units = {indicator.code: indicator.unit for indicator in library}
    now = timezone.now()

    def rows() -> Iterator[IndicatorValue]:
        """Each series from its last quarter back: cut short, a series still ends at the
        last quarter, as a project that started late."""
        for project_indicator in project_indicators:
            level = chance.randint(100, 400)
            for start, end in reversed(quarters):
                level -= chance.randint(-3, 12)
                if units[project_indicator.indicator_id] == Unit.PERCENT:
                    denominator = Decimal(max(level, 1))
                    numerator = Decimal(chance.randint(0, int(denominator)))
                    fields = {
                        "numerator": numerator,
                        "denominator": denominator,
                        "value": (numerator * 100 / denominator).quantize(Decimal("0.0001")),
                    }
                else:
                    fields = {"value": Decimal(max(level, 0))}
                yield IndicatorValue(
                    project_indicator=project_indicator,
                    project_id=project_indicator.project_id,
                    indicator_id=project_indicator.indicator_id,
                    period_start=start,
                    period_end=end,
                    status=ValueStatus.APPROVED,
                    is_current=True,
                    source=ValueSource.IMPORT,
                    submitted_at=now,
                    reviewed_at=now,
                    **fields,
                )

    for batch in batched(itertools.islice(rows(), values), batch_size):
        with transaction.atomic():
            IndicatorValue.objects.bulk_create(batch)
        volume.indicator_values += len(batch)
    return volume


def _quarters_back(count: int) -> list[tuple[datetime.date, datetime.date]]:
    """The `count` quarters up to the last complete one, oldest first."""
    quarters = []
    day = period_containing(timezone.localdate())[0]
    for _ in range(count):
        quarters.insert(0, period_containing(day - datetime.timedelta(days=1)))
        day = quarters[0][0]
    return quarters


def copy_indicators_to_copies(copies: list[tuple[ProjectPage, str]]) -> int:
    """Each copy of a demo project (``load_demo --scale``) follows its original's indicators,
    with the same baseline, target and approved values in force (their history is not
    copied). `copies` pairs each copy with its original's code; returns the values added."""
    originals = {
        project_indicator.pk: project_indicator
        for project_indicator in ProjectIndicator.objects.filter(
            project__code__in={code for _, code in copies}
        ).select_related("project")
    }
    by_code: dict[str, list[ProjectIndicator]] = {}
    for project_indicator in originals.values():
        by_code.setdefault(project_indicator.project.code, []).append(project_indicator)
    current: dict[int, list[IndicatorValue]] = {}
    for value in IndicatorValue.objects.filter(project_indicator__in=originals, is_current=True):
        current.setdefault(value.project_indicator_id, []).append(value)
    pairs = [
        (
            original,
            ProjectIndicator(
                project=copy,
                indicator_id=original.indicator_id,
                baseline_value=original.baseline_value,
                baseline_date=original.baseline_date,
                target_value=original.target_value,
                target_date=original.target_date,
                period_kind=original.period_kind,
            ),
        )
        for copy, code in copies
        for original in by_code.get(code, [])
    ]
    ProjectIndicator.objects.bulk_create([made for _, made in pairs], batch_size=BATCH_SIZE)
    values = [
        IndicatorValue(
            project_indicator=made,
            project_id=made.project_id,
            indicator_id=made.indicator_id,
            period_start=value.period_start,
            period_end=value.period_end,
            value=value.value,
            numerator=value.numerator,
            denominator=value.denominator,
            status=ValueStatus.APPROVED,
            is_current=True,
            source=value.source,
            comment=value.comment,
            submitted_at=value.submitted_at,
            reviewed_at=value.reviewed_at,
        )
        for original, made in pairs
        for value in current.get(original.pk, [])
    ]
    IndicatorValue.objects.bulk_create(values, batch_size=BATCH_SIZE)
    return len(values)
