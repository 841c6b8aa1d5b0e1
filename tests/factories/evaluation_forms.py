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


QUESTION_TEXT_FIELDS = (
    "key",
    "label",
    "type",
    "help_text",
    "min_value",
    "max_value",
    "min_length",
    "max_length",
    "low_label",
    "high_label",
    "indicator",
)


def admin_post_data(*sections: dict, **fields) -> dict:
    """The admin's add/edit form as the browser sends it: the form's fields (``fields``) and
    its definition (``block_section`` sections) in Wagtail's StreamField encoding."""
    data = {
        "name": "Bilan trimestriel",
        "moment": "in_itinere",
        "programme": "",
        "introduction": "",
        "data_notice": "",
        "personal_data_purpose": "",
        "definition-count": len(sections),
        **fields,
    }
    for index, section in enumerate(sections):
        prefix = f"definition-{index}"
        data.update(_list_item(prefix, index))
        data[f"{prefix}-type"] = section["type"]
        value = section["value"]
        data[f"{prefix}-value-title"] = value["title"]
        data[f"{prefix}-value-intro"] = value.get("intro", "")
        questions_prefix = f"{prefix}-value-questions"
        data[f"{questions_prefix}-count"] = len(value["questions"])
        for position, question in enumerate(value["questions"]):
            data.update(_question_data(f"{questions_prefix}-{position}", position, question))
    return data


def _list_item(prefix: str, position: int) -> dict:
    return {f"{prefix}-deleted": "", f"{prefix}-order": position, f"{prefix}-id": ""}


def _question_data(prefix: str, position: int, question: dict) -> dict:
    data = _list_item(prefix, position)
    value = f"{prefix}-value"
    for name in QUESTION_TEXT_FIELDS:
        data[f"{value}-{name}"] = question.get(name) or ""
    for name in ("required", "personal_data"):
        if question.get(name):
            data[f"{value}-{name}"] = "on"
    choices = question.get("choices", [])
    data[f"{value}-choices-count"] = len(choices)
    for index, option in enumerate(choices):
        option_prefix = f"{value}-choices-{index}"
        data.update(_list_item(option_prefix, index))
        data[f"{option_prefix}-value-value"] = option["value"]
        data[f"{option_prefix}-value-label"] = option["label"]
    condition = question.get("condition") or {}
    for name in ("question", "operator", "value"):
        data[f"{value}-condition-{name}"] = condition.get(name, "")
    return data
