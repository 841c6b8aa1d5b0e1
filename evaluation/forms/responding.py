"""Answering a published form version: the Django form a respondent fills, built from the
version's frozen JSON.

Conditions are evaluated **on the server**, from the submitted data: the page works without
JavaScript (a conditional question is then shown with a note saying when to fill it), and
a script may only hide questions live as a convenience. A question hidden by its condition is
never required and its value is dropped, whatever was typed in it; a question depending on a
hidden one is hidden too.

Answers leave this module as JSON values keyed by question key (``answers()``): text, an
integer (integer, scale), a decimal as a string ("12.5"), an option key (single choice), a
list of option keys (multiple choice), "oui"/"non" (yes/no), an ISO date ("2026-03-31").
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.forms import BoundField
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from evaluation.forms.schema import (
    NO,
    SCALE_MAX,
    SCALE_MIN,
    YES,
    ConditionOperator,
    QuestionType,
    is_empty,
    questions_of,
    visible_question_keys,
)

SHORT_TEXT_MAX_LENGTH = 255
GROUPED_TYPES = frozenset(
    {
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.SCALE,
        QuestionType.YES_NO,
    }
)
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]

COMMON_ERRORS = {
    "required": _("Répondez à cette question."),
    "invalid_choice": _("Choisissez une des réponses proposées."),
    "min_value": _("Saisissez un nombre supérieur ou égal à %(limit_value)s."),
    "max_value": _("Saisissez un nombre inférieur ou égal à %(limit_value)s."),
    "min_length": _("Écrivez au moins %(limit_value)d caractères (actuellement %(show_value)d)."),
    "max_length": _("Écrivez au plus %(limit_value)d caractères (actuellement %(show_value)d)."),
}


def field_name(key: str) -> str:
    return f"q_{key}"


def visible_keys(*, version, answers: dict) -> set[str]:
    """The questions of `version` shown for these answers (JSON values keyed by question key)."""
    return visible_question_keys(version.schema, answers)


class FrenchDecimalField(forms.DecimalField):
    """A decimal typed the French way ("12,5", "1 234,5") or the English way ("12.5"), shown
    back in the active language's format (``localize=True``)."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace("\u202f", "").replace("\xa0", "").replace(" ", "")
            value = value.replace(",", ".")
        return super().to_python(value)


@dataclass
class QuestionField:
    """One question as the template renders it."""

    question: dict
    field: BoundField
    visible: bool
    grouped: bool
    condition_note: str = ""
    condition_source: str = ""  # the HTML name of the field the condition reads
    described_by: str = ""

    @property
    def anchor(self) -> str:
        """Where the error summary links to: the input, or the first option of a group."""
        return f"{self.field.auto_id}_0" if self.grouped else self.field.auto_id

    @property
    def note_id(self) -> str:
        return f"{self.field.auto_id}_condition"

    @property
    def help_id(self) -> str:
        return f"{self.field.auto_id}_helptext"

    @property
    def format_id(self) -> str:
        """The date format note (for browsers without a date picker)."""
        return f"{self.field.auto_id}_format"

    @property
    def error_id(self) -> str:
        return f"{self.field.auto_id}-error"


@dataclass
class SectionFields:
    title: str
    intro: str
    questions: list[QuestionField] = field(default_factory=list)


class ResponseForm(forms.Form):
    """One field per question of `version` (named ``q_<key>``), validated per type.

    ``draft=True`` (saving a draft) skips the required checks but keeps the type checks, so a
    draft never holds "abc" where a number is expected. ``initial`` takes a response's JSON
    snapshot (keyed by question key). The HTML ``required`` attribute is never written: a
    conditional question is only required when shown, which the server decides."""

    use_required_attribute = False

    def __init__(self, *, version, data=None, initial=None, draft=False, prefix=None):
        self.version = version
        self.draft = draft
        self.questions = questions_of(version.schema)
        initial = initial or {}
        decimals = {q["key"] for q in self.questions if q["type"] == QuestionType.DECIMAL}
        super().__init__(
            data=data,
            initial={
                field_name(key): Decimal(value) if key in decimals else value
                for key, value in initial.items()
            },
            prefix=prefix,
        )
        for question in self.questions:
            self.fields[field_name(question["key"])] = build_field(question)
        self.visible = (
            visible_question_keys(version.schema, self._submitted_answers())
            if self.is_bound
            else visible_question_keys(version.schema, initial)
        )
        for question in self.questions:
            self.fields[field_name(question["key"])].required = (
                bool(question.get("required")) and not draft and question["key"] in self.visible
            )

    def _submitted_answers(self) -> dict:
        """What was typed, parsed leniently (an invalid value counts as no answer), to decide
        which questions show before validating them."""
        answers = {}
        for question in self.questions:
            name = field_name(question["key"])
            form_field = self.fields[name]
            raw = form_field.widget.value_from_datadict(
                self.data, self.files, self.add_prefix(name)
            )
            form_field.required = False
            try:
                answers[question["key"]] = to_answer(question, form_field.clean(raw))
            except ValidationError:
                answers[question["key"]] = None
        return answers

    def clean(self):
        cleaned = super().clean()
        for question in self.questions:
            if question["key"] not in self.visible:
                name = field_name(question["key"])
                self._errors.pop(name, None)
                cleaned.pop(name, None)
        return cleaned

    def answers(self) -> dict:
        """Question key → JSON value, for the visible questions that have an answer."""
        result = {}
        for question in self.questions:
            if question["key"] not in self.visible:
                continue
            value = to_answer(question, self.cleaned_data.get(field_name(question["key"])))
            if not is_empty(value):
                result[question["key"]] = value
        return result

    def sections(self) -> list[SectionFields]:
        """Sections with their questions' bound fields, visibility and condition notes; also
        links each input to its help, condition note and error (aria-describedby)."""
        by_key = {question["key"]: question for question in self.questions}
        result = []
        for section in self.version.schema.get("sections", []):
            section_fields = SectionFields(
                title=section.get("title", ""), intro=section.get("intro", "")
            )
            for question in section.get("questions", []):
                section_fields.questions.append(self._question_field(question, by_key))
            result.append(section_fields)
        return result

    def _question_field(self, question: dict, by_key: dict) -> QuestionField:
        name = field_name(question["key"])
        bound = self[name]
        item = QuestionField(
            question=question,
            field=bound,
            visible=question["key"] in self.visible,
            grouped=question["type"] in GROUPED_TYPES,
        )
        condition = question.get("condition")
        if condition and condition.get("question") in by_key:
            item.condition_note = condition_note(condition, by_key[condition["question"]])
            item.condition_source = self.add_prefix(field_name(condition["question"]))
        described = []
        if question.get("help_text"):
            described.append(item.help_id)
        if question["type"] == QuestionType.DATE:
            described.append(item.format_id)
        if item.condition_note:
            described.append(item.note_id)
        widget_attrs = self.fields[name].widget.attrs
        if bound.errors:
            described.append(item.error_id)
            widget_attrs["aria-invalid"] = "true"
        if described:
            item.described_by = " ".join(described)
            widget_attrs["aria-describedby"] = item.described_by
        return item

    def error_summary(self) -> list[tuple[str, str, list[str]]]:
        """(anchor, question label, messages) of each question in error, in form order."""
        summary = []
        for section in self.sections():
            for item in section.questions:
                if item.field.errors:
                    summary.append((item.anchor, item.question["label"], list(item.field.errors)))
        return summary


def build_field(question: dict) -> forms.Field:
    """The Django field for one question of a frozen schema."""
    qtype = question["type"]
    common = {
        "label": question["label"],
        "help_text": question.get("help_text") or "",
        "required": False,
        "error_messages": dict(COMMON_ERRORS),
    }
    minimum, maximum = _bound(question.get("min_value")), _bound(question.get("max_value"))
    if qtype in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        long = qtype == QuestionType.LONG_TEXT
        return forms.CharField(
            max_length=question.get("max_length") or (None if long else SHORT_TEXT_MAX_LENGTH),
            min_length=question.get("min_length"),
            widget=forms.Textarea(attrs={"rows": 5}) if long else forms.TextInput,
            **common,
        )
    if qtype == QuestionType.INTEGER:
        common["error_messages"]["invalid"] = gettext(
            "Saisissez un nombre entier, sans virgule, par ex. 12."
        )
        return forms.IntegerField(
            min_value=minimum,
            max_value=maximum,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            **common,
        )
    if qtype == QuestionType.DECIMAL:
        common["error_messages"]["invalid"] = gettext("Saisissez un nombre, par ex. 12,5.")
        return FrenchDecimalField(
            min_value=minimum,
            max_value=maximum,
            max_digits=16,
            decimal_places=4,
            localize=True,  # a resumed draft shows « 12,5 », as it was typed
            widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
            **common,
        )
    if qtype == QuestionType.SINGLE_CHOICE:
        return forms.ChoiceField(choices=_options(question), widget=forms.RadioSelect, **common)
    if qtype == QuestionType.MULTIPLE_CHOICE:
        common["error_messages"]["invalid_choice"] = gettext(
            "Choisissez parmi les réponses proposées."
        )
        return forms.MultipleChoiceField(
            choices=_options(question), widget=forms.CheckboxSelectMultiple, **common
        )
    if qtype == QuestionType.SCALE:
        return forms.TypedChoiceField(
            choices=scale_choices(question),
            coerce=int,
            empty_value=None,
            widget=forms.RadioSelect,
            **common,
        )
    if qtype == QuestionType.YES_NO:
        return forms.ChoiceField(choices=yes_no_choices(), widget=forms.RadioSelect, **common)
    if qtype == QuestionType.DATE:
        common["error_messages"]["invalid"] = gettext(
            "Saisissez une date au format JJ/MM/AAAA, par ex. 31/03/2026."
        )
        return forms.DateField(
            input_formats=DATE_INPUT_FORMATS,
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **common,
        )
    raise ValueError(f"Unknown question type {qtype!r}")


def _options(question: dict) -> list[tuple[str, str]]:
    return [(option["value"], option["label"]) for option in question.get("choices") or []]


def yes_no_choices() -> list[tuple[str, str]]:
    return [(YES, gettext("Oui")), (NO, gettext("Non"))]


def scale_choices(question: dict) -> list[tuple[int, str]]:
    """1 to 5 (within the question's bounds), the ends carrying their labels."""
    low = int(_bound(question.get("min_value")) or SCALE_MIN)
    high = int(_bound(question.get("max_value")) or SCALE_MAX)
    choices = []
    for point in range(low, high + 1):
        label = str(point)
        if point == low and question.get("low_label"):
            label = pgettext("scale point", "%(point)s — %(label)s") % {
                "point": point,
                "label": question["low_label"],
            }
        elif point == high and question.get("high_label"):
            label = pgettext("scale point", "%(point)s — %(label)s") % {
                "point": point,
                "label": question["high_label"],
            }
        choices.append((point, label))
    return choices


def _bound(value) -> Decimal | None:
    return None if value is None or value == "" else Decimal(str(value))


def to_answer(question: dict, value):
    """A cleaned field value as the JSON value stored in a response's snapshot."""
    if is_empty(value):
        return None
    qtype = question["type"]
    if qtype in (QuestionType.INTEGER, QuestionType.SCALE):
        return int(value)
    if qtype == QuestionType.DECIMAL:
        return str(value)
    if qtype == QuestionType.MULTIPLE_CHOICE:
        return [str(option) for option in value]
    if qtype == QuestionType.DATE:
        return value.isoformat()
    return str(value)


def answer_label(question: dict, value) -> str:
    """How an answer reads for a person (option labels rather than keys, a French date)."""
    qtype = question["type"]
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        labels = dict(_options(question))
        values = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(str(item), str(item)) for item in values)
    if qtype == QuestionType.YES_NO:
        return dict(yes_no_choices()).get(str(value), str(value))
    if qtype == QuestionType.SCALE:
        return dict(scale_choices({**question, "min_value": None, "max_value": None})).get(
            int(value), str(value)
        )
    if qtype == QuestionType.DECIMAL:
        return str(value).replace(".", ",")
    if qtype == QuestionType.DATE:
        try:
            year, month, day = str(value).split("-")
        except ValueError:
            return str(value)
        return f"{day}/{month}/{year}"
    return str(value)


def condition_note(condition: dict, source: dict) -> str:
    """ "À remplir seulement si …": shown beside a conditional question when the page is read
    without JavaScript (every question is then on the page)."""
    operator = condition.get("operator") or ConditionOperator.ANSWERED
    params = {"question": source["label"]}
    if operator == ConditionOperator.ANSWERED:
        return gettext("À remplir seulement si vous avez répondu à « %(question)s ».") % params
    params["value"] = answer_label(source, condition.get("value") or "")
    if operator == ConditionOperator.EQUALS:
        return (
            gettext("À remplir seulement si vous avez répondu « %(value)s » à « %(question)s ».")
            % params
        )
    return (
        gettext(
            "À remplir seulement si vous avez répondu autre chose que « %(value)s » à "
            "« %(question)s »."
        )
        % params
    )


@dataclass
class AnsweredQuestion:
    question: dict
    answer: str  # "" when unanswered
    answers: list[str]  # one per chosen option of a multiple choice


def answered_sections(*, version, data: dict) -> list[dict]:
    """A response read against **its own version**: every question of that version, with
    its answer as a person reads it (empty when unanswered)."""
    result = []
    for section in version.schema.get("sections", []):
        items = []
        for question in section.get("questions", []):
            value = data.get(question["key"])
            if is_empty(value):
                items.append(AnsweredQuestion(question=question, answer="", answers=[]))
                continue
            if question["type"] == QuestionType.MULTIPLE_CHOICE and isinstance(value, list):
                parts = [answer_label(question, item) for item in value]
            else:
                parts = [answer_label(question, value)]
            items.append(
                AnsweredQuestion(question=question, answer=", ".join(parts), answers=parts)
            )
        result.append(
            {
                "title": section.get("title", ""),
                "intro": section.get("intro", ""),
                "questions": items,
            }
        )
    return result
