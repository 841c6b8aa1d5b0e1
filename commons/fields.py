from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class CodeListField(models.JSONField):
    """A list of stable codes from one TextChoices class, edited as checkboxes."""

    def __init__(self, *args, codes: type[models.TextChoices] | None = None, **kwargs):
        self.codes = codes
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["codes"] = self.codes
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = sorted(set(value or []) - set(self.codes.values))
        if unknown:
            raise ValidationError(
                _("Codes inconnus : %(codes)s."), params={"codes": ", ".join(unknown)}
            )

    def formfield(self, **kwargs):
        return models.Field.formfield(
            self,
            form_class=forms.MultipleChoiceField,
            choices=self.codes.choices,
            widget=forms.CheckboxSelectMultiple,
            **kwargs,
        )
