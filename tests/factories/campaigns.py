"""Campaign builders: a published form sent to projects, and responses as a team leaves them
(a draft, or submitted through the real service so that typed answer rows exist).

Pages are never created here: pass ``programme=`` / ``project=`` (the conftest fixtures)."""

import datetime

from evaluation.campaigns import services
from evaluation.campaigns.models import Campaign, Response
from evaluation.forms.schema import QuestionType
from tests.factories.evaluation import (
    CampaignFactory,
    EvaluationFormFactory,
    FormVersionFactory,
    options,
    question,
    schema,
)

#: a campaign open since the start of 2026, due at the end of April 2026
OPENS_ON = datetime.date(2026, 4, 1)
DUE_ON = datetime.date(2026, 4, 30)


def survey_schema() -> dict:
    """Six questions, one of each kind the views render differently: a required number, a
    choice, a yes/no, a scale, a free text, and a text shown only when the yes/no is « non »."""
    return schema(
        question(
            "personnes",
            QuestionType.INTEGER,
            label="Combien de personnes avez-vous accompagnées ?",
            required=True,
            min_value="0",
        ),
        question(
            "public",
            QuestionType.SINGLE_CHOICE,
            label="Quel public surtout ?",
            choices=options("seniors", "jeunes", "familles"),
        ),
        question("objectif", QuestionType.YES_NO, label="Objectif atteint ?"),
        question(
            "satisfaction",
            QuestionType.SCALE,
            label="Satisfaction de l'équipe",
            low_label="faible",
            high_label="forte",
        ),
        question("freins", QuestionType.LONG_TEXT, label="Quels freins ?"),
        question(
            "pourquoi",
            QuestionType.LONG_TEXT,
            label="Pourquoi l'objectif n'est-il pas atteint ?",
            condition={"question": "objectif", "operator": "equals", "value": "non"},
        ),
    )


def published_form(*, programme=None, questions: dict | None = None, **fields):
    """A form with one published version (of ``survey_schema()`` unless ``questions``)."""
    form = EvaluationFormFactory(programme=programme, **fields)
    FormVersionFactory(form=form, number=1, schema=questions or survey_schema())
    return form


def campaign_for(programme, *, form=None, projects=(), **fields) -> Campaign:
    """A campaign of `programme` (opened on OPENS_ON, due on DUE_ON unless given), sending
    `form` (a new published survey by default) to `projects` or, without any, to the
    programme's laureate projects."""
    fields.setdefault("opens_on", OPENS_ON)
    fields.setdefault("due_on", DUE_ON)
    campaign = CampaignFactory(
        programme=programme, form=form or published_form(programme=programme), **fields
    )
    if projects:
        campaign.projects.set(projects)
    return campaign


def draft_response(campaign: Campaign, project, answers: dict, *, user=None) -> Response:
    response = services.start_or_resume(campaign=campaign, project=project, user=user)
    return services.save_draft(response=response, answers=answers, user=user)


def submitted_response(campaign: Campaign, project, answers: dict, *, user=None) -> Response:
    response = services.start_or_resume(campaign=campaign, project=project, user=user)
    return services.submit(response=response, answers=answers, user=user)
