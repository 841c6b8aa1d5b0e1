"""Reads of evaluation forms, scoped to who asks (``commons.access.selectors`` decides).

A programme team (``Action.RUN_EVALUATION`` on its programme) builds and publishes the forms
of its programmes; a form common to every programme (no programme) is a superuser's."""

from django.db.models import QuerySet

from commons.access.selectors import Action, can, pages_where
from commons.programmes.models import ProgrammePage
from evaluation.forms.models import EvaluationForm


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
