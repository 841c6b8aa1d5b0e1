"""The frozen shape of a published form version, and the vocabulary of questions.

A published version stores its questions as plain JSON (``FormVersion.schema``)::

    {"sections": [{"title": str, "intro": str, "questions": [
        {"key": str, "label": str, "type": QuestionType, "required": bool, "help_text": str,
         "min_value": str | None, "max_value": str | None,   # decimals as strings
         "min_length": int | None, "max_length": int | None,
         "choices": [{"value": str, "label": str}],           # choice questions
         "low_label": str, "high_label": str,                 # scale 1–5
         "condition": {"question": str, "operator": ConditionOperator, "value": str} | None,
         "indicator": str | None,                             # library code it feeds
         "personal_data": bool}]}]}

Nothing reads the editable StreamField of a form to answer or analyse it: only this JSON,
which never changes once published.
"""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from evaluation.indicators.models import Indicator


class QuestionType(models.TextChoices):
    SHORT_TEXT = "short_text", _("Texte court")
    LONG_TEXT = "long_text", _("Texte long")
    INTEGER = "integer", _("Nombre entier")
    DECIMAL = "decimal", _("Nombre décimal")
    SINGLE_CHOICE = "single_choice", _("Choix unique")
    MULTIPLE_CHOICE = "multiple_choice", _("Choix multiple")
    SCALE = "scale", _("Échelle de 1 à 5")
    YES_NO = "yes_no", _("Oui / non")
    DATE = "date", _("Date")


NUMERIC_TYPES = frozenset({QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.SCALE})
CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})


class ConditionOperator(models.TextChoices):
    EQUALS = "equals", _("la réponse est égale à")
    DIFFERS = "differs", _("la réponse est différente de")
    ANSWERED = "answered", _("la question a une réponse")


class Moment(models.TextChoices):
    IN_ITINERE = "in_itinere", _("Auto-évaluation in itinere")
    EX_POST = "ex_post", _("Bilan ex-post")
    BENEFICIARIES = "beneficiaries", _("Questionnaire bénéficiaires / public")
    INTERVIEW = "interview", _("Entretien qualitatif")


YES = "oui"
NO = "non"
SCALE_MIN, SCALE_MAX = 1, 5
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
TEXT_TYPES = frozenset({QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT})
ANSWERED_WITHOUT_VALUE = frozenset({ConditionOperator.ANSWERED})


def freeze(form) -> dict:
    """The form's editable StreamField as the JSON a published version stores (see above).

    Works on an unsaved form too (the admin preview freezes what is being typed)."""
    return freeze_definition(form.definition)


def freeze_definition(definition) -> dict:
    """A StreamField value of sections (``blocks.SectionBlock``) as frozen JSON."""
    sections = []
    for block in definition:
        section = block.value
        sections.append(
            {
                "title": section["title"] or "",
                "intro": section["intro"] or "",
                "questions": [_freeze_question(question) for question in section["questions"]],
            }
        )
    return {"sections": sections}


def _freeze_question(question) -> dict:
    condition = question["condition"]
    source = (condition["question"] or "").strip() if condition else ""
    return {
        "key": (question["key"] or "").strip(),
        "label": question["label"] or "",
        "type": question["type"],
        "required": bool(question["required"]),
        "help_text": question["help_text"] or "",
        "min_value": _decimal_text(question["min_value"]),
        "max_value": _decimal_text(question["max_value"]),
        "min_length": question["min_length"],
        "max_length": question["max_length"],
        "choices": [
            {"value": (option["value"] or "").strip(), "label": option["label"] or ""}
            for option in question["choices"]
        ],
        "low_label": question["low_label"] or "",
        "high_label": question["high_label"] or "",
        "condition": (
            {
                "question": source,
                "operator": condition["operator"] or ConditionOperator.ANSWERED,
                "value": condition["value"] or "",
            }
            if source
            else None
        ),
        "indicator": question["indicator"] or None,
        "personal_data": bool(question["personal_data"]),
    }


def _decimal_text(value) -> str | None:
    return None if value is None or value == "" else str(value)


def questions_of(schema_dict: dict) -> list[dict]:
    """Every question of a frozen schema, in order, sections flattened."""
    return [
        question
        for section in schema_dict.get("sections", [])
        for question in section.get("questions", [])
    ]


@dataclass(frozen=True)
class DefinitionError:
    """One fault of a definition, located (section and question positions, block field) so
    the admin can show it beside the field of the block concerned."""

    section: int
    question: int
    field: str
    message: str


def validate_definition(schema_dict: dict, *, personal_data_purpose: str) -> None:
    """Refuses a form that could not be answered or analysed as intended, with one specific
    message per fault (naming the question by its key so the team finds it)."""
    errors = definition_errors(schema_dict, personal_data_purpose=personal_data_purpose)
    if errors:
        raise ValidationError([error.message for error in errors])


def definition_errors(schema_dict: dict, *, personal_data_purpose: str) -> list[DefinitionError]:
    """Every fault of the definition, in form order (see ``validate_definition``)."""
    errors: list[DefinitionError] = []
    seen: dict[str, dict] = {}
    library = _known_indicators(schema_dict)
    for section_index, section in enumerate(schema_dict.get("sections", [])):
        for question_index, question in enumerate(section.get("questions", [])):
            key = question.get("key") or ""
            name = key or question.get("label") or "?"
            faults = []
            if not KEY_PATTERN.match(key):
                faults.append(
                    (
                        "key",
                        gettext(
                            "Question « %(key)s » : la clé doit commencer par une lettre "
                            "minuscule et ne contenir que des minuscules, des chiffres et des "
                            "soulignés (60 caractères au plus), par ex. personnes_accompagnees."
                        )
                        % {"key": name},
                    )
                )
            if key in seen:
                faults.append(
                    (
                        "key",
                        gettext(
                            "Question « %(key)s » : cette clé est déjà utilisée par une autre "
                            "question."
                        )
                        % {"key": key},
                    )
                )
            faults.extend(_question_errors(question, name, seen, personal_data_purpose))
            indicator = question.get("indicator")
            if indicator and indicator not in library:
                faults.append(
                    (
                        "indicator",
                        gettext(
                            "Question « %(key)s » : l'indicateur « %(code)s » n'est pas dans "
                            "la bibliothèque."
                        )
                        % {"key": name, "code": indicator},
                    )
                )
            errors.extend(
                DefinitionError(section_index, question_index, field, message)
                for field, message in faults
            )
            if key and key not in seen:
                seen[key] = question
    return errors


def _known_indicators(schema_dict: dict) -> set[str]:
    """The library codes among those the definition binds questions to (one query)."""
    codes = {
        question["indicator"] for question in questions_of(schema_dict) if question.get("indicator")
    }
    if not codes:
        return set()
    return set(Indicator.objects.filter(code__in=codes).values_list("code", flat=True))


def _question_errors(
    question: dict, name: str, earlier: dict[str, dict], personal_data_purpose: str
) -> list[tuple[str, str]]:
    """(block field, message) of each fault of one question."""
    errors = []
    qtype = question.get("type")
    params = {"key": name}
    if qtype not in QuestionType.values:
        return [("type", gettext("Question « %(key)s » : type de question inconnu.") % params)]
    if qtype in CHOICE_TYPES:
        values = [option.get("value") or "" for option in question.get("choices") or []]
        if not values:
            errors.append(
                (
                    "choices",
                    gettext(
                        "Question « %(key)s » : une question à choix a besoin d'au moins une "
                        "option."
                    )
                    % params,
                )
            )
        if len(set(values)) != len(values):
            errors.append(
                (
                    "choices",
                    gettext("Question « %(key)s » : deux options ont la même clé.") % params,
                )
            )
        if any(not value for value in values):
            errors.append(
                ("choices", gettext("Question « %(key)s » : une option n'a pas de clé.") % params)
            )
    minimum, maximum = _decimal(question.get("min_value")), _decimal(question.get("max_value"))
    if (minimum is not None or maximum is not None) and qtype not in NUMERIC_TYPES:
        errors.append(
            (
                "min_value",
                gettext(
                    "Question « %(key)s » : le minimum et le maximum ne s'appliquent qu'aux "
                    "questions numériques (nombre, échelle)."
                )
                % params,
            )
        )
    if minimum is not None and maximum is not None and minimum > maximum:
        errors.append(
            (
                "min_value",
                gettext("Question « %(key)s » : le minimum (%(min)s) dépasse le maximum (%(max)s).")
                % {**params, "min": minimum, "max": maximum},
            )
        )
    if qtype == QuestionType.SCALE and any(
        bound is not None and not SCALE_MIN <= bound <= SCALE_MAX for bound in (minimum, maximum)
    ):
        errors.append(
            (
                "min_value",
                gettext("Question « %(key)s » : une échelle va de 1 à 5, ses bornes aussi.")
                % params,
            )
        )
    min_length, max_length = question.get("min_length"), question.get("max_length")
    if (min_length is not None or max_length is not None) and qtype not in TEXT_TYPES:
        errors.append(
            (
                "min_length",
                gettext(
                    "Question « %(key)s » : les longueurs minimale et maximale ne s'appliquent "
                    "qu'aux questions de texte."
                )
                % params,
            )
        )
    if min_length is not None and max_length is not None and min_length > max_length:
        errors.append(
            (
                "min_length",
                gettext(
                    "Question « %(key)s » : la longueur minimale (%(min)s) dépasse la longueur "
                    "maximale (%(max)s)."
                )
                % {**params, "min": min_length, "max": max_length},
            )
        )
    condition_error = _condition_error(question, name, earlier)
    if condition_error:
        errors.append(("condition", condition_error))
    if question.get("personal_data") and not (personal_data_purpose or "").strip():
        errors.append(
            (
                "personal_data",
                gettext(
                    "Question « %(key)s » : une donnée personnelle ne peut être demandée que si "
                    "le formulaire déclare la finalité du recueil."
                )
                % params,
            )
        )
    if question.get("indicator") and qtype not in NUMERIC_TYPES:
        errors.append(
            (
                "indicator",
                gettext(
                    "Question « %(key)s » : seule une question numérique (nombre entier, "
                    "décimal ou échelle) peut alimenter un indicateur."
                )
                % params,
            )
        )
    return errors


def _condition_error(question: dict, name: str, earlier: dict[str, dict]) -> str:
    condition = question.get("condition")
    if not condition or not condition.get("question"):
        return ""
    source_key = condition["question"]
    params = {"key": name, "source": source_key}
    if source_key == question.get("key"):
        return gettext("Question « %(key)s » : une question ne peut dépendre d'elle-même.") % params
    if source_key not in earlier:
        return (
            gettext(
                "Question « %(key)s » : la condition porte sur « %(source)s », qui n'est pas "
                "une question précédente de ce formulaire."
            )
            % params
        )
    operator = condition.get("operator")
    if operator not in ConditionOperator.values:
        return gettext("Question « %(key)s » : condition inconnue.") % params
    if operator in ANSWERED_WITHOUT_VALUE:
        return ""
    expected = condition.get("value") or ""
    if not expected:
        return (
            gettext("Question « %(key)s » : indiquez la valeur que la condition compare.") % params
        )
    allowed = allowed_condition_values(earlier[source_key])
    if allowed is not None and expected not in allowed:
        return gettext(
            "Question « %(key)s » : « %(value)s » n'est pas une réponse possible à "
            "« %(source)s » (possibles : %(allowed)s)."
        ) % {**params, "value": expected, "allowed": ", ".join(allowed)}
    return ""


def allowed_condition_values(question: dict) -> list[str] | None:
    """The values a condition on this question may compare with (None: any value)."""
    qtype = question.get("type")
    if qtype in CHOICE_TYPES:
        return [option.get("value") for option in question.get("choices") or []]
    if qtype == QuestionType.YES_NO:
        return [YES, NO]
    if qtype == QuestionType.SCALE:
        return [str(point) for point in range(SCALE_MIN, SCALE_MAX + 1)]
    return None


def _decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def is_empty(value) -> bool:
    return value is None or value == "" or value == [] or value == ()


def condition_holds(condition: dict, answer) -> bool:
    """Whether a question with this condition shows, given the source question's answer
    (the JSON value of ``answers()``: text, number, option key or list of option keys)."""
    operator = condition.get("operator") or ConditionOperator.ANSWERED
    if operator == ConditionOperator.ANSWERED:
        return not is_empty(answer)
    if is_empty(answer):
        # « differs » needs an answer to differ: a blank source keeps the question hidden.
        return False
    matches = _matches(answer, condition.get("value") or "")
    return matches if operator == ConditionOperator.EQUALS else not matches


def _matches(answer, expected: str) -> bool:
    if isinstance(answer, list | tuple):
        return expected in [str(item) for item in answer]
    answer_number, expected_number = _decimal(answer), _decimal(expected.replace(",", "."))
    if answer_number is not None and expected_number is not None:
        return answer_number == expected_number
    return str(answer).strip().casefold() == expected.strip().casefold()


def visible_question_keys(schema_dict: dict, answers: dict) -> set[str]:
    """The keys of the questions shown for these answers. A question shows when it has no
    condition, or when its source question shows and the condition holds on its answer (a
    question depending on a hidden one is hidden: its answer is dropped)."""
    visible: set[str] = set()
    for question in questions_of(schema_dict):
        condition = question.get("condition")
        if condition and condition.get("question"):
            source = condition["question"]
            if source not in visible or not condition_holds(condition, answers.get(source)):
                continue
        visible.add(question["key"])
    return visible


def typed_rows(question: dict, value) -> list[dict]:
    """The typed ``Answer`` fields for one answer: one dict per row (none when empty; one per
    chosen option of a multiple choice), each with ``number``, ``text``, ``choice``, ``date``."""
    if is_empty(value):
        return []
    qtype = question["type"]
    if qtype == QuestionType.MULTIPLE_CHOICE:
        values = value if isinstance(value, list | tuple) else [value]
        return [_row(choice=str(option)) for option in values if not is_empty(option)]
    if qtype == QuestionType.SINGLE_CHOICE:
        return [_row(choice=str(value))]
    if qtype == QuestionType.YES_NO:
        if isinstance(value, bool):
            value = YES if value else NO
        return [_row(choice=str(value))]
    if qtype in NUMERIC_TYPES:
        return [_row(number=Decimal(str(value).replace(",", ".")))]
    if qtype == QuestionType.DATE:
        day = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)
        return [_row(date=day)]
    return [_row(text=str(value))]


def _row(*, number=None, text="", choice="", date=None) -> dict:
    return {"number": number, "text": text, "choice": choice, "date": date}
