"""Forms of the indicators' admin views: they parse what people type; the rules live in the
models and services (whose errors come back beside the field they concern)."""

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from commons.ids import IdModelChoiceField
from commons.label.forms import AccessibleErrorsMixin
from commons.publishing.uploads import EVIDENCE, CheckedFileField, upload_help_text
from evaluation.indicators.dimensions import categories, trimmed
from evaluation.indicators.models import (
    DECIMAL,
    Dimension,
    Indicator,
    Nature,
    PeriodKind,
    ProjectIndicator,
    Unit,
)
from evaluation.indicators.selectors import editable_programmes

SPACES = re.compile(r"[\s\u00a0\u202f]")


class FrenchDecimalField(forms.DecimalField):
    """A decimal typed the French way: « 12,5 » (or « 12.5 »), « 1 200 » with spaces
    between thousands. Shown back in the active language's format."""

    default_error_messages = {"invalid": _("Saisissez un nombre, par ex. 12 ou 12,5.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", DECIMAL["max_digits"])
        kwargs.setdefault("decimal_places", DECIMAL["decimal_places"])
        kwargs["localize"] = True
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("inputmode", "decimal")

    def to_python(self, value):
        if isinstance(value, str):
            value = SPACES.sub("", value).replace(",", ".")
        return super().to_python(value)


def date_field(label, **kwargs) -> forms.DateField:
    return forms.DateField(
        label=label,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Saisissez une date, par ex. 2026-03-31.")},
        **kwargs,
    )


class ModelErrorsMixin(AccessibleErrorsMixin):
    """Puts a service's ``ValidationError`` on the fields it names (else at the top)."""

    def add_model_errors(self, error: ValidationError) -> None:
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for name, messages in error.message_dict.items():
            self.add_error(name if name in self.fields else None, messages)


class ProjectIndicatorForm(ModelErrorsMixin, forms.Form):
    """The indicator a project follows (chosen once), its baseline, target and calendar."""

    indicator = forms.ModelChoiceField(
        label=_("Indicateur de la bibliothèque"),
        queryset=Indicator.objects.none(),
        empty_label=_("Choisissez un indicateur"),
        error_messages={"required": _("Choisissez l'indicateur que le projet suivra.")},
    )
    baseline_value = FrenchDecimalField(label=_("Valeur de référence"), required=False)
    baseline_date = date_field(
        _("Date de la valeur de référence"),
        required=False,
        help_text=_("Le calendrier des périodes commence à cette date."),
    )
    target_value = FrenchDecimalField(label=_("Cible"), required=False)
    target_date = date_field(
        _("Échéance de la cible"),
        required=False,
        help_text=_("Le calendrier des périodes s'arrête à cette date."),
    )
    period_kind = forms.ChoiceField(
        label=_("Périodicité"), choices=PeriodKind.choices, initial=PeriodKind.QUARTER
    )
    note = forms.CharField(
        label=_("Précision"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, indicators=None, **kwargs):
        super().__init__(*args, **kwargs)
        if indicators is None:
            del self.fields["indicator"]
        else:
            self.fields["indicator"].queryset = indicators.order_by("name")

    def to_kwargs(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in (
                "baseline_value",
                "baseline_date",
                "target_value",
                "target_date",
                "period_kind",
                "note",
            )
        }


class ValueForm(ModelErrorsMixin, forms.Form):
    """One period's update: the figures the indicator needs, its parts per dimension, the
    comment and the evidence."""

    value = FrenchDecimalField(label=_("Valeur"), required=False)
    numerator = FrenchDecimalField(label=_("Numérateur"), required=False, min_value=0)
    denominator = FrenchDecimalField(label=_("Dénominateur"), required=False)
    text_value = forms.CharField(
        label=_("Constat de la période"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    comment = forms.CharField(
        label=_("Commentaire"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Comment la valeur a été obtenue, ce qui l'explique."),
    )
    attachment = CheckedFileField(
        use=EVIDENCE,
        label=_("Justificatif"),
        required=False,
        help_text=format_lazy(
            "{} {}",
            upload_help_text(EVIDENCE),
            _("Visible de l'équipe du projet et de celle du programme seulement."),
        ),
    )

    def __init__(self, *args, project_indicator: ProjectIndicator, **kwargs):
        super().__init__(*args, **kwargs)
        indicator = project_indicator.indicator
        unit = indicator.get_unit_display()
        if indicator.nature == Nature.QUALITATIVE:
            del self.fields["value"], self.fields["numerator"], self.fields["denominator"]
        elif indicator.needs_ratio:
            del self.fields["value"], self.fields["text_value"]
            self.fields["numerator"].help_text = _(
                "Le nombre compté, par ex. les personnes devenues autonomes."
            )
            self.fields["denominator"].help_text = _(
                "L'ensemble de référence, par ex. les personnes accompagnées. Le pourcentage "
                "est calculé : numérateur ÷ dénominateur × 100."
            )
        else:
            del self.fields["numerator"], self.fields["denominator"], self.fields["text_value"]
            self.fields["value"].label = _("Valeur (%(unit)s)") % {"unit": unit}
            if indicator.unit != Unit.EURO:
                self.fields["value"].validators.append(
                    MinValueValidator(Decimal(0), message=_("La valeur ne peut pas être négative."))
                )
        self.part_keys: dict[str, tuple[str, str]] = {}
        self.dimension_groups: list[tuple[str, str, list[str]]] = []
        if indicator.nature == Nature.QUALITATIVE:
            return
        for dimension in indicator.dimensions:
            names = []
            for category, label in categories(dimension, project=project_indicator.project):
                name = f"part__{dimension}__{category}"
                self.fields[name] = FrenchDecimalField(label=label, required=False, min_value=0)
                self.part_keys[name] = (dimension, category)
                names.append(name)
            if names:
                self.dimension_groups.append((dimension, Dimension(dimension).label, names))

    def part_fieldsets(self) -> list[dict]:
        """The parts, one fieldset per dimension (for the template)."""
        return [
            {"dimension": dimension, "legend": legend, "fields": [self[name] for name in names]}
            for dimension, legend, names in self.dimension_groups
        ]

    def main_fields(self) -> list:
        return [
            self[name]
            for name in ("value", "numerator", "denominator", "text_value")
            if name in self.fields
        ]

    def to_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "value": data.get("value"),
            "numerator": data.get("numerator"),
            "denominator": data.get("denominator"),
            "text_value": data.get("text_value", "") or "",
            "comment": data.get("comment", "") or "",
            "attachment": data.get("attachment") or None,
            "parts": {key: data.get(name) for name, key in self.part_keys.items()},
        }

    @staticmethod
    def initial_from(update) -> dict:
        """The form pre-filled from an update (to fix a returned one or correct one)."""
        if update is None:
            return {}
        initial = {
            "value": trimmed_or_none(update.value),
            "numerator": trimmed_or_none(update.numerator),
            "denominator": trimmed_or_none(update.denominator),
            "text_value": update.text_value,
            "comment": update.comment,
        }
        for part in update.parts.all():
            initial[f"part__{part.dimension}__{part.category}"] = trimmed(part.value)
        return initial


def trimmed_or_none(number: Decimal | None) -> Decimal | None:
    """A stored decimal as the person typed it, for a form's initial value."""
    return None if number is None else trimmed(number)


class ReviewForm(ModelErrorsMixin, forms.Form):
    APPROVE, RETURN = "approve", "return"

    decision = forms.ChoiceField(
        label=_("Décision"),
        choices=[(APPROVE, _("Valider la valeur")), (RETURN, _("Renvoyer à l'équipe du projet"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choisissez de valider ou de renvoyer la valeur.")},
    )
    review_note = forms.CharField(
        label=_("Note à l'équipe du projet"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Obligatoire pour renvoyer : ce qu'il faut corriger."),
    )


class IndicatorAdminForm(WagtailAdminModelForm):
    """The library form: a programme team files an indicator under one of its programmes;
    only a superuser may leave the programme empty (the common library)."""

    class Meta:
        # ids checked before any query: a forged huge page id would overflow (a 500)
        field_classes = {"programme": IdModelChoiceField}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.for_user = for_user
        if "programme" in self.fields and not (for_user and for_user.is_superuser):
            programmes = editable_programmes(user=for_user)
            self.fields["programme"].queryset = programmes.order_by("title")
            self.fields["programme"].required = True
            self.fields["programme"].empty_label = None
            self.fields["programme"].help_text = _(
                "Le programme dont l'équipe gère cet indicateur."
            )
