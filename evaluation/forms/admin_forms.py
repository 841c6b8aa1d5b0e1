"""The admin form of an evaluation form: the programme chosen among those the person runs,
and the whole definition checked on save (``schema.definition_errors``), each fault shown on
the question it concerns."""

from collections import defaultdict

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.blocks import (
    ListBlockValidationError,
    StreamBlockValidationError,
    StructBlockValidationError,
)

from commons.programmes.models import ProgrammePage
from evaluation.forms.schema import DefinitionError, definition_errors, freeze_definition
from evaluation.forms.selectors import programmes_running_evaluation


class EvaluationFormAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "programme" in self.fields:
            field = self.fields["programme"]
            field.widget = forms.Select()
            if self.for_user is not None and self.for_user.is_superuser:
                field.queryset = ProgrammePage.objects.order_by("title")
            else:
                # A programme team builds forms for its programmes only; common forms are
                # the superusers'.
                field.queryset = programmes_running_evaluation(user=self.for_user).order_by("title")
                field.required = True
                field.help_text = ""

    def clean(self):
        cleaned = super().clean()
        definition = cleaned.get("definition")
        if definition is not None:
            errors = definition_errors(
                freeze_definition(definition),
                personal_data_purpose=cleaned.get("personal_data_purpose") or "",
            )
            if errors:
                self.add_error("definition", stream_errors(errors))
        return cleaned


def stream_errors(errors: list[DefinitionError]) -> StreamBlockValidationError:
    """The faults as Wagtail block errors: each beside the field of its question, and a count
    at the top of the sections (a collapsed section still says it holds errors)."""
    by_question: dict[int, dict[int, dict[str, list[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for error in errors:
        by_question[error.section][error.question][error.field].append(error.message)
    section_errors = {}
    for section_index, questions in by_question.items():
        question_errors = {
            question_index: StructBlockValidationError(
                block_errors={
                    field: _field_error(field, messages) for field, messages in fields.items()
                }
            )
            for question_index, fields in questions.items()
        }
        section_errors[section_index] = StructBlockValidationError(
            block_errors={"questions": ListBlockValidationError(block_errors=question_errors)}
        )
    summary = ngettext(
        "Le formulaire n'est pas enregistré : %(count)d problème est signalé sur la question "
        "concernée.",
        "Le formulaire n'est pas enregistré : %(count)d problèmes sont signalés sur les "
        "questions concernées.",
        len(errors),
    ) % {"count": len(errors)}
    return StreamBlockValidationError(
        block_errors=section_errors,
        non_block_errors=[summary, *(error.message for error in errors)],
    )


def _field_error(field: str, messages: list[str]) -> ValidationError:
    """Nested blocks take their errors in their own shape: a list block (options) as errors
    of the whole list, the condition block on its « question » field."""
    if field == "choices":
        return ListBlockValidationError(non_block_errors=messages)
    if field == "condition":
        return StructBlockValidationError(block_errors={"question": ValidationError(messages)})
    return ValidationError(messages)
