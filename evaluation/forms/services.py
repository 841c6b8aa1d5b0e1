"""Writes on evaluation forms: publishing a new, immutable version of a form."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext

from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.schema import freeze, validate_definition
from evaluation.forms.selectors import VERSIONED_FIELDS, has_unpublished_changes


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
    if not has_unpublished_changes(form):
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
        **{name: getattr(form, name) for name in VERSIONED_FIELDS},
    )
    version.full_clean()
    version.save()
    return version
