"""Evaluation builders: library indicators, project indicators and values, forms and their
published versions, campaigns, public links, responses and typed answers, qualitative codes.

Pages are never created here: pass ``project=`` / ``programme=`` (the conftest fixtures)."""

import datetime

import factory
from factory.django import DjangoModelFactory

from evaluation.campaigns.models import Answer, Campaign, PublicLink, Response
from evaluation.coding.models import Code
from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.schema import Moment, QuestionType
from evaluation.indicators.models import (
    AcrossProjects,
    Indicator,
    IndicatorValue,
    OverTime,
    ProjectIndicator,
    Scale,
    Unit,
)


def question(key: str, qtype: str = QuestionType.SHORT_TEXT, **fields) -> dict:
    """One question of a frozen schema (see ``evaluation.forms.schema``)."""
    return {
        "key": key,
        "label": fields.pop("label", f"Question {key} ?"),
        "type": qtype,
        "required": fields.pop("required", False),
        "help_text": fields.pop("help_text", ""),
        "min_value": fields.pop("min_value", None),
        "max_value": fields.pop("max_value", None),
        "min_length": fields.pop("min_length", None),
        "max_length": fields.pop("max_length", None),
        "choices": fields.pop("choices", []),
        "low_label": fields.pop("low_label", ""),
        "high_label": fields.pop("high_label", ""),
        "condition": fields.pop("condition", None),
        "indicator": fields.pop("indicator", None),
        "personal_data": fields.pop("personal_data", False),
        **fields,
    }


def options(*values: str) -> list[dict]:
    return [{"value": value, "label": value.capitalize()} for value in values]


def schema(*questions: dict, title: str = "Section") -> dict:
    return {"sections": [{"title": title, "intro": "", "questions": list(questions)}]}


class IndicatorFactory(DjangoModelFactory):
    class Meta:
        model = Indicator
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"indicateur-{n}")
    name = factory.Sequence(lambda n: f"Indicateur {n}")
    unit = Unit.PEOPLE
    scale = Scale.PUBLICS
    over_time = OverTime.SUM
    across_projects = AcrossProjects.SUM


class ProjectIndicatorFactory(DjangoModelFactory):
    class Meta:
        model = ProjectIndicator

    indicator = factory.SubFactory(IndicatorFactory)
    baseline_value = 0
    baseline_date = datetime.date(2026, 1, 1)
    target_value = 100
    target_date = datetime.date(2026, 12, 31)


class IndicatorValueFactory(DjangoModelFactory):
    """A value row as stored; the workflow itself is ``evaluation.indicators.services``."""

    class Meta:
        model = IndicatorValue

    project_indicator = factory.SubFactory(ProjectIndicatorFactory)
    project = factory.LazyAttribute(lambda value: value.project_indicator.project)
    indicator = factory.LazyAttribute(lambda value: value.project_indicator.indicator)
    period_start = datetime.date(2026, 1, 1)
    period_end = datetime.date(2026, 3, 31)
    value = 10


class EvaluationFormFactory(DjangoModelFactory):
    class Meta:
        model = EvaluationForm

    name = factory.Sequence(lambda n: f"Formulaire {n}")
    moment = Moment.IN_ITINERE


class FormVersionFactory(DjangoModelFactory):
    """A published version; ``schema=`` holds its questions (built with ``question``)."""

    class Meta:
        model = FormVersion

    form = factory.SubFactory(EvaluationFormFactory)
    number = factory.Sequence(lambda n: n + 1)
    name = factory.LazyAttribute(lambda version: version.form.name)
    moment = factory.LazyAttribute(lambda version: version.form.moment)
    data_notice = "Les réponses sont lues par l'équipe du programme, anonymes, gardées 2 ans."
    schema = factory.LazyFunction(
        lambda: schema(question("avis", QuestionType.LONG_TEXT, required=True))
    )


class CampaignFactory(DjangoModelFactory):
    class Meta:
        model = Campaign

    name = factory.Sequence(lambda n: f"Campagne {n}")
    form = factory.SubFactory(EvaluationFormFactory)
    period_start = datetime.date(2026, 1, 1)
    period_end = datetime.date(2026, 3, 31)
    opens_on = datetime.date(2026, 4, 1)
    due_on = datetime.date(2026, 4, 30)


class PublicLinkFactory(DjangoModelFactory):
    class Meta:
        model = PublicLink

    form = factory.SubFactory(EvaluationFormFactory)


class ResponseFactory(DjangoModelFactory):
    class Meta:
        model = Response

    form_version = factory.SubFactory(FormVersionFactory)
    form = factory.LazyAttribute(lambda response: response.form_version.form)


class AnswerFactory(DjangoModelFactory):
    class Meta:
        model = Answer

    response = factory.SubFactory(ResponseFactory)
    form = factory.LazyAttribute(lambda answer: answer.response.form)
    form_version = factory.LazyAttribute(lambda answer: answer.response.form_version)
    project = factory.LazyAttribute(lambda answer: answer.response.project)
    campaign = factory.LazyAttribute(lambda answer: answer.response.campaign)
    question_key = "avis"
    submitted_at = factory.Faker("date_time", tzinfo=datetime.UTC)


class CodeFactory(DjangoModelFactory):
    class Meta:
        model = Code

    theme = "Autonomie"
    label = factory.Sequence(lambda n: f"Code {n}")
