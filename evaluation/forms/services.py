"""Writes on evaluation forms: publishing a new, immutable version of a form."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext

from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.schema import freeze, validate_definition

# What a respondent sees besides the questions, frozen with them.
VERSIONED_FIELDS = ("name", "moment", "introduction", "data_notice", "personal_data_purpose")


@transaction.atomic
def publish(*, form: EvaluationForm, user) -> FormVersion:
    """Freezes the form as it is now edited into its next version. Refuses an invalid form
    and a form unchanged since its latest version (a new version would only split the
    answers). Earlier versions, and the responses pointing to them, are left as they are."""
    form = EvaluationForm.objects.select_for_update().get(pk=form.pk)
    schema = freeze(form)
    if not schema["sections"] or not any(section["questions"] for section in schema["sections"]):
        raise ValidationError(gettext("Ajoutez au moins une question avant de publier."))
    validate_definition(schema, personal_data_purpose=form.personal_data_purpose)
    latest = form.latest_version
    fields = {name: getattr(form, name) for name in VERSIONED_FIELDS}
    if (
        latest is not None
        and latest.schema == schema
        and all(getattr(latest, name) == value for name, value in fields.items())
    ):
        raise ValidationError(
            gettext(
                "Rien n'a changé depuis la version %(number)s : il n'y a pas de nouvelle "
                "version à publier."
            )
            % {"number": latest.number}
        )
    version = FormVersion(
        form=form,
        number=(latest.number + 1) if latest else 1,
        schema=schema,
        published_by=user,
        **fields,
    )
    version.full_clean()
    version.save()
    return version
