"""Builders for public questionnaires: a beneficiaries' form published once, and a public
link of a project to it. Pages are never created here: pass ``project=`` (a conftest
fixture)."""

from evaluation.campaigns.models import PublicLink
from evaluation.forms.schema import Moment, QuestionType
from tests.factories.evaluation import (
    EvaluationFormFactory,
    FormVersionFactory,
    PublicLinkFactory,
    options,
    question,
    schema,
)

DATA_NOTICE = (
    "Vos réponses sont lues par l'équipe du projet et celle du programme, pour améliorer "
    "l'accompagnement ; elles sont gardées deux ans."
)


def satisfaction_schema() -> dict:
    """Three questions: a required scale, a required single choice, a free comment."""
    return schema(
        question(
            "utilite",
            QuestionType.SCALE,
            label="Cet accompagnement vous a-t-il aidé ?",
            required=True,
            low_label="Pas du tout",
            high_label="Beaucoup",
        ),
        question(
            "frequence",
            QuestionType.SINGLE_CHOICE,
            label="Êtes-vous déjà venu ?",
            required=True,
            choices=options("premiere", "souvent"),
        ),
        question("commentaire", QuestionType.LONG_TEXT, label="Un commentaire ?", max_length=500),
        title="Votre avis",
    )


def published_form(*, questions: dict | None = None, purpose: str = "", **fields):
    """A beneficiaries' form (common to every programme) with one published version."""
    fields.setdefault("moment", Moment.BENEFICIARIES)
    form = EvaluationFormFactory(personal_data_purpose=purpose, **fields)
    FormVersionFactory(
        form=form,
        number=1,
        schema=questions or satisfaction_schema(),
        data_notice=DATA_NOTICE,
        personal_data_purpose=purpose,
    )
    return form


def public_link(*, project, form=None, **fields) -> PublicLink:
    """A link of `project` to `form` (a published satisfaction form by default)."""
    return PublicLinkFactory(project=project, form=form or published_form(), **fields)


def valid_answers(**overrides) -> dict:
    """What a person posts to the satisfaction form (fields named ``q_<key>``)."""
    return {"q_utilite": "4", "q_frequence": "souvent", "q_commentaire": "Très bien", **overrides}
