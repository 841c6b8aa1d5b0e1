"""Forms of qualitative coding: they parse what was typed; the rules live in the services."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from commons.ids import parse_id
from commons.label.forms import AccessibleErrorsMixin
from commons.resources.models import LessonPage
from evaluation.coding import selectors
from evaluation.coding.models import Code
from evaluation.coding.services import moved_code_message


class IdModelChoiceField(forms.ModelChoiceField):
    """A choice by id: a value that cannot be an id is an invalid choice before any query
    (SQLite overflows on a huge integer: a 500 otherwise)."""

    def to_python(self, value):
        if value not in self.empty_values and parse_id(value) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for item in value:
            if parse_id(item) is None:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": item},
                )
        return super()._check_values(value)


class CodeForm(WagtailAdminModelForm):
    """A code of the frame: a programme team chooses among its own programmes (required); only
    a superuser may leave it empty, making the code common to every programme."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        field = self.fields.get("programme")
        if field is None or user is None:
            return
        field = self.fields["programme"] = IdModelChoiceField(
            queryset=field.queryset,
            required=field.required,
            widget=field.widget,
            label=field.label,
        )
        if user.is_superuser:
            field.help_text = _("Vide : code commun à tous les programmes.")
            return
        field.queryset = selectors.coding_programmes(user=user)
        field.required = True
        field.empty_label = None
        field.help_text = _(
            "Les codes communs à tous les programmes sont gérés par l'équipe nationale."
        )

    def clean(self):
        cleaned = super().clean()
        code = self.instance
        programme = cleaned.get("programme")
        if (
            code.pk
            and "programme" not in self.errors
            and Code.objects.filter(pk=code.pk).exclude(programme=programme).exists()
            and code.excerpts.exists()
        ):
            self.add_error("programme", moved_code_message(code))
        label = cleaned.get("label")
        theme = cleaned.get("theme")
        if label and theme and "programme" not in self.errors:
            twins = Code.objects.filter(programme=programme, theme=theme, label=label)
            if code.pk:
                twins = twins.exclude(pk=code.pk)
            if twins.exists():
                self.add_error("label", _("Ce code existe déjà dans ce thème."))
        return cleaned


class ExcerptForm(AccessibleErrorsMixin, forms.Form):
    """A passage of the answer, the codes that apply, and optionally a note and a lesson."""

    passage = forms.CharField(
        label=_("Passage à coder"),
        strip=True,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Copiez le passage tel qu'il figure dans la réponse (les espaces, retours à la "
            "ligne et majuscules peuvent différer). Avec JavaScript, sélectionner le texte "
            "de la réponse remplit ce champ."
        ),
    )
    occurrence = forms.IntegerField(
        label=_("Occurrence n°"),
        required=False,
        min_value=1,
        max_value=10000,
        help_text=_(
            "Si le passage figure plusieurs fois dans la réponse : laquelle coder "
            "(1 = la première, par défaut)."
        ),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    codes = IdModelMultipleChoiceField(
        label=_("Codes"),
        queryset=Code.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choisissez au moins un code."),
            "invalid_choice": _("Choisissez des codes de la grille de ce programme."),
            "invalid_pk_value": _("Choisissez des codes de la grille de ce programme."),
        },
    )
    note = forms.CharField(
        label=_("Note d'analyse"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    lesson = IdModelChoiceField(
        label=_("Leçon apprise que l'extrait étaye"),
        required=False,
        queryset=LessonPage.objects.none(),
        empty_label=_("Aucune"),
        help_text=_("Les leçons apprises de ce projet et de son programme."),
        error_messages={
            "invalid_choice": _("Choisissez une leçon apprise de ce projet ou de son programme.")
        },
    )

    def __init__(self, *args, answer, **kwargs):
        super().__init__(*args, **kwargs)
        programme = selectors.programme_of(answer.project)
        self.fields["codes"].queryset = selectors.codes_for(programme=programme)
        # the checkboxes sit in one fieldset per theme, whose legend names the theme
        self.fields["codes"].label_from_instance = lambda code: code.label
        self.fields["lesson"].queryset = selectors.lessons_for(project=answer.project)
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}_helptext"

    @property
    def codes_by_theme(self) -> list[tuple[str, list]]:
        """The code checkboxes grouped by theme, for one fieldset per theme."""
        themes = {code.pk: code.theme for code in self.fields["codes"].queryset}
        grouped: dict[str, list] = {}
        for checkbox in self["codes"]:
            grouped.setdefault(themes.get(checkbox.data["value"].value, ""), []).append(checkbox)
        return list(grouped.items())

    def to_input(self) -> dict:
        data = self.cleaned_data
        return {
            "passage": data["passage"],
            "occurrence": data.get("occurrence") or 1,
            "codes": list(data["codes"]),
            "note": data.get("note", ""),
            "lesson": data.get("lesson"),
        }

    def add_service_errors(self, error: ValidationError) -> None:
        for name, messages in error.message_dict.items():
            self.add_error(name if name in self.fields else None, messages)
