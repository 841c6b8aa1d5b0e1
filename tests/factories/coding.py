"""Qualitative coding builders: long-text answers of submitted responses (interview notes by
default) and excerpts placed on a passage of them.

Pages are never created here: pass ``project=`` (the conftest fixtures)."""

import factory
from factory.django import DjangoModelFactory

from evaluation.campaigns.models import ResponseStatus
from evaluation.coding.models import Excerpt
from evaluation.forms.schema import Moment, QuestionType
from tests.factories.evaluation import (
    AnswerFactory,
    EvaluationFormFactory,
    FormVersionFactory,
    question,
    schema,
)

NOTES = "notes"
CITY = "ville"


def interview_version(**fields):
    """A published « entretien qualitatif » form: long-text notes and a short-text city."""
    fields.setdefault("form", EvaluationFormFactory(moment=Moment.INTERVIEW))
    fields.setdefault(
        "schema",
        schema(
            question(NOTES, QuestionType.LONG_TEXT, label="Notes de l'entretien"),
            question(CITY, QuestionType.SHORT_TEXT, label="Commune"),
        ),
    )
    return FormVersionFactory(**fields)


def long_text_answer(project, text: str, *, version=None, key: str = NOTES, **fields):
    """The answer to a long-text question of a submitted response of ``project``."""
    version = version or interview_version()
    fields.setdefault("response__status", ResponseStatus.SUBMITTED)
    return AnswerFactory(
        response__project=project,
        response__form_version=version,
        question_key=key,
        text=text,
        **fields,
    )


class ExcerptFactory(DjangoModelFactory):
    """An excerpt on the first occurrence of ``text`` in its answer; ``codes=[…]`` applies."""

    class Meta:
        model = Excerpt
        skip_postgeneration_save = True

    start = factory.LazyAttribute(lambda excerpt: excerpt.answer.text.index(excerpt.text))
    end = factory.LazyAttribute(lambda excerpt: excerpt.start + len(excerpt.text))

    @factory.post_generation
    def codes(self, create, codes, **kwargs):
        if create and codes:
            self.codes.set(codes)
