"""STAND-INS, deleted one by one as the evaluation services land on this branch.

The evaluation demo calls services with the interfaces announced for the evaluation apps
(``evaluation.indicators.services``, ``evaluation.forms.services``,
``evaluation.campaigns.services``, ``evaluation.coding.services``). Until each exists, the
function of the same name here writes the same rows with the ORM, as plainly as possible, so
that the demo's data and tests can be written now. Nothing outside ``commons.demo`` imports
this module.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone

from evaluation.campaigns.models import Answer, Campaign, PublicLink, Response, ResponseStatus
from evaluation.coding.models import Code, Excerpt
from evaluation.forms.models import FormVersion
from evaluation.forms.schema import ConditionOperator, QuestionType
from evaluation.indicators.models import (
    Indicator,
    IndicatorValue,
    ProjectIndicator,
    ValuePart,
    ValueStatus,
)
from evaluation.indicators.services import record_value_from_answer

YES, NO = "yes", "no"


# --- evaluation.indicators.services -------------------------------------------------------------


@transaction.atomic
def add_library_indicator(*, programme, user, **fields) -> Indicator:
    indicator = Indicator(programme=programme, **fields)
    indicator.full_clean()
    indicator.save()
    return indicator


@transaction.atomic
def follow_indicator(*, project, indicator, user, **fields) -> ProjectIndicator:
    project_indicator = ProjectIndicator(project=project, indicator=indicator, **fields)
    project_indicator.full_clean()
    project_indicator.save()
    return project_indicator


@transaction.atomic
def save_value(
    *, project_indicator, period_start, period_end, parts, comment, corrects, user, **amounts
) -> IndicatorValue:
    value = IndicatorValue(
        project_indicator=project_indicator,
        project_id=project_indicator.project_id,
        indicator_id=project_indicator.indicator_id,
        period_start=period_start,
        period_end=period_end,
        comment=comment,
        corrects=corrects,
        created_by=user,
        **amounts,
    )
    value.full_clean()
    value.save()
    ValuePart.objects.bulk_create(
        ValuePart(indicator_value=value, dimension=dimension, category=category, value=amount)
        for (dimension, category), amount in parts.items()
    )
    return value


def submit_value(*, value, user) -> IndicatorValue:
    value.status = ValueStatus.SUBMITTED
    value.submitted_at = timezone.now()
    value.save(update_fields=["status", "submitted_at"])
    return value


@transaction.atomic
def approve_value(*, value, user) -> IndicatorValue:
    IndicatorValue.objects.filter(
        project_indicator=value.project_indicator_id,
        period_start=value.period_start,
        is_current=True,
    ).update(is_current=False)
    value.status = ValueStatus.APPROVED
    value.is_current = True
    value.reviewed_at = timezone.now()
    value.reviewed_by = user
    value.save(update_fields=["status", "is_current", "reviewed_at", "reviewed_by"])
    return value


# --- evaluation.forms.services ------------------------------------------------------------------


@transaction.atomic
def publish(*, form, user) -> FormVersion:
    latest = form.latest_version
    version = FormVersion(
        form=form,
        number=(latest.number + 1) if latest else 1,
        name=form.name,
        moment=form.moment,
        introduction=form.introduction,
        data_notice=form.data_notice,
        personal_data_purpose=form.personal_data_purpose,
        schema={
            "sections": [
                {
                    "title": section.value["title"],
                    "intro": section.value["intro"] or "",
                    "questions": [_frozen(question) for question in section.value["questions"]],
                }
                for section in form.definition
            ]
        },
        published_by=user,
    )
    version.save()
    return version


def _frozen(question) -> dict:
    condition = question["condition"]
    return {
        "key": question["key"],
        "label": question["label"],
        "type": question["type"],
        "required": bool(question["required"]),
        "help_text": question["help_text"] or "",
        "min_value": None if question["min_value"] is None else str(question["min_value"]),
        "max_value": None if question["max_value"] is None else str(question["max_value"]),
        "min_length": question["min_length"],
        "max_length": question["max_length"],
        "choices": [{"value": c["value"], "label": c["label"]} for c in question["choices"]],
        "low_label": question["low_label"] or "",
        "high_label": question["high_label"] or "",
        "condition": dict(condition) if condition["question"] else None,
        "indicator": question["indicator"] or None,
        "personal_data": bool(question["personal_data"]),
    }


# --- evaluation.campaigns.services --------------------------------------------------------------


@transaction.atomic
def create_campaign(*, projects, user, **fields) -> Campaign:
    campaign = Campaign(**fields)
    campaign.full_clean()
    campaign.save()
    campaign.projects.set(projects)
    return campaign


def create_public_link(*, project, form, user) -> PublicLink:
    link = PublicLink(project=project, form=form)
    link.full_clean()
    link.save()
    return link


def start_or_resume(*, campaign, project, user) -> Response:
    response = Response.objects.filter(campaign=campaign, project=project).first()
    if response is None:
        version = campaign.form.latest_version
        response = Response.objects.create(
            campaign=campaign, project=project, form=campaign.form, form_version=version
        )
    return response


def save_draft(*, response, data, user) -> Response:
    response.data = data
    response.updated_by = user
    response.save()
    return response


@transaction.atomic
def submit(*, response, data, user) -> Response:
    response.data = data
    response.status = ResponseStatus.SUBMITTED
    response.submitted_at = timezone.now()
    response.is_late = bool(
        response.campaign and response.submitted_at.date() > response.campaign.due_on
    )
    response.updated_by = user
    response.save()
    _typed_rows(response)
    return response


@transaction.atomic
def submit_public(*, link, data) -> Response:
    version = link.form.latest_version
    response = Response.objects.create(
        public_link=link,
        project=link.project,
        form=link.form,
        form_version=version,
        data=data,
        status=ResponseStatus.SUBMITTED,
        submitted_at=timezone.now(),
    )
    _typed_rows(response)
    return response


def _response_reference(response) -> str:
    return f"response:{response.pk}"


def _visible(question, data) -> bool:
    condition = question["condition"]
    if not condition:
        return True
    answer = data.get(condition["question"])
    if condition["operator"] == ConditionOperator.ANSWERED:
        return answer not in (None, "", [])
    if condition["operator"] == ConditionOperator.EQUALS:
        return answer == condition["value"]
    return answer != condition["value"]


def _typed_rows(response) -> None:
    common = {
        "response": response,
        "form_id": response.form_id,
        "form_version_id": response.form_version_id,
        "project_id": response.project_id,
        "campaign_id": response.campaign_id,
        "submitted_at": response.submitted_at,
    }
    rows = []
    for question in response.form_version.questions():
        value = response.data.get(question["key"])
        if value in (None, "", []) or not _visible(question, response.data):
            continue
        kind, key = question["type"], question["key"]
        if kind == QuestionType.MULTIPLE_CHOICE:
            rows += [Answer(question_key=key, choice=item, **common) for item in value]
        elif kind in (QuestionType.SINGLE_CHOICE, QuestionType.YES_NO):
            rows.append(Answer(question_key=key, choice=value, **common))
        elif kind in (QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.SCALE):
            try:
                number = Decimal(value)
            except InvalidOperation:
                continue
            rows.append(Answer(question_key=key, number=number, **common))
            if question["indicator"] and response.campaign:
                record_value_from_answer(
                    project=response.project,
                    indicator_code=question["indicator"],
                    period_start=response.campaign.period_start,
                    period_end=response.campaign.period_end,
                    value=number,
                    source_reference=_response_reference(response),
                )
        elif kind == QuestionType.DATE:
            rows.append(Answer(question_key=key, date=datetime.date.fromisoformat(value), **common))
        else:
            rows.append(Answer(question_key=key, text=value, **common))
    Answer.objects.bulk_create(rows)


# --- evaluation.coding.services -----------------------------------------------------------------


def create_code(*, programme, theme, label, description, user) -> Code:
    code = Code(programme=programme, theme=theme, label=label, description=description)
    code.full_clean()
    code.save()
    return code


@transaction.atomic
def code_excerpt(*, answer, start, end, codes, user) -> Excerpt:
    excerpt = Excerpt(
        answer=answer, start=start, end=end, text=answer.text[start:end], created_by=user
    )
    excerpt.full_clean()
    excerpt.save()
    excerpt.codes.set(codes)
    return excerpt


# --- evaluation/indicators/migrations/0002 (the default library) --------------------------------

# code: (name, unit, scale, over_time, across_projects)
DEFAULT_LIBRARY = {
    "personnes-accompagnees": ("Personnes accompagnées", "people", "publics", "sum", "sum"),
    "participants-uniques": ("Participants uniques", "people", "publics", "latest", "sum"),
    "participations": ("Participations", "number", "publics", "sum", "sum"),
    "organisations-impliquees": (
        "Organisations impliquées",
        "number",
        "organisations",
        "latest",
        "sum",
    ),
    "collectivites-impliquees": (
        "Collectivités impliquées",
        "number",
        "territoires",
        "latest",
        "sum",
    ),
    "structures-formees": ("Centres de ressources formés", "number", "organisations", "sum", "sum"),
    "telechargements": ("Téléchargements", "number", "publics", "sum", "sum"),
    "vues-videos": ("Vues des vidéos", "number", "publics", "sum", "sum"),
    "destinataires-lettre": (
        "Destinataires de la lettre d'information",
        "people",
        "publics",
        "latest",
        "sum",
    ),
    "groupes-de-travail": ("Groupes de travail", "number", "organisations", "sum", "sum"),
    "webinaires": ("Webinaires", "number", "publics", "sum", "sum"),
    "fiches-outils-publiees": ("Fiches outils publiées", "number", "publics", "sum", "sum"),
    "feuilles-de-route-adoptees": (
        "Feuilles de route adoptées",
        "number",
        "territoires",
        "sum",
        "sum",
    ),
    "part-autonomie": (
        "Part des personnes devenues autonomes",
        "percent",
        "publics",
        "latest",
        "ratio",
    ),
}


def ensure_default_library() -> None:
    for code, (name, unit, scale, over_time, across) in DEFAULT_LIBRARY.items():
        Indicator.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "unit": unit,
                "scale": scale,
                "over_time": over_time,
                "across_projects": across,
                "dimensions": ["gender", "age"] if unit == "people" else [],
            },
        )
