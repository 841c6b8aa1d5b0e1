"""Reads of evaluation forms, scoped to who asks (``commons.access.selectors`` decides).

A programme team (``Action.RUN_EVALUATION`` on its programme) builds and publishes the forms
of its programmes; a form common to every programme (no programme) is a superuser's."""

from django.db.models import QuerySet

from commons.access.selectors import Action, can, pages_where
from commons.programmes.models import ProgrammePage
from evaluation.forms.models import EvaluationForm
from evaluation.forms.schema import freeze

# What a respondent sees besides the questions, frozen with them in each version.
VERSIONED_FIELDS = ("name", "moment", "introduction", "data_notice", "personal_data_purpose")


def programmes_running_evaluation(*, user) -> QuerySet:
    """The programmes whose forms this person may build."""
    return pages_where(user=user, action=Action.RUN_EVALUATION, model=ProgrammePage)


def editable_forms(*, user) -> QuerySet:
    """The forms this person may edit and publish (and whose versions they may read)."""
    if user.is_active and user.is_superuser:
        return EvaluationForm.objects.all()
    return EvaluationForm.objects.filter(
        programme__in=programmes_running_evaluation(user=user).values("pk")
    )


def may_edit_form(*, user, form: EvaluationForm) -> bool:
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return form.programme_id is not None and can(user, Action.RUN_EVALUATION, form.programme)


def in_use(form: EvaluationForm) -> bool:
    """Published, or used by a campaign or a public link: the form must stay."""
    return form.versions.exists() or form.campaigns.exists() or form.public_links.exists()


def has_unpublished_changes(form: EvaluationForm) -> bool:
    """Whether publishing now would make a version different from the latest one."""
    latest = form.latest_version
    return (
        latest is None
        or latest.schema != freeze(form)
        or any(getattr(latest, name) != getattr(form, name) for name in VERSIONED_FIELDS)
    )
