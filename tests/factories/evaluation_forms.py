"""Builders for editable evaluation forms (the StreamField the admin edits) and for
answering them. Frozen schemas themselves are built with ``tests.factories.evaluation``
(``question()``, ``schema()``, ``options()``)."""

from evaluation.forms.models import EvaluationForm
from evaluation.forms.schema import QuestionType
from tests.factories.evaluation import EvaluationFormFactory


def block_question(key: str, qtype: str = QuestionType.SHORT_TEXT, **fields) -> dict:
    """One question as the admin's StreamField stores it (missing fields take defaults);
    ``choices`` may be given as option keys, ``condition`` as (key, operator, value)."""
    choices = fields.pop("choices", [])
    condition = fields.pop("condition", None)
    raw = {"key": key, "label": fields.pop("label", f"Question {key} ?"), "type": qtype, **fields}
    raw["choices"] = [
        {"value": option, "label": option.capitalize()} if isinstance(option, str) else option
        for option in choices
    ]
    if condition:
        source, operator, value = condition
        raw["condition"] = {"question": source, "operator": operator, "value": value}
    return raw


def block_section(title: str, *questions: dict, intro: str = "") -> dict:
    return {"type": "section", "value": {"title": title, "intro": intro, "questions": questions}}


def stream(*sections: dict):
    """A definition value from raw section blocks (``block_section``)."""
    block = EvaluationForm._meta.get_field("definition").stream_block
    return block.to_python([{**section, "value": dict(section["value"])} for section in sections])


def editable_form(*sections: dict, **fields) -> EvaluationForm:
    """A saved form whose definition holds these sections (nothing published yet)."""
    form = EvaluationFormFactory(**fields)
    form.definition = stream(*sections)
    form.save()
    return form
