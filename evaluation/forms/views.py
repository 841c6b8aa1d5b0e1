"""Admin views of a form's published versions: the list, publishing a new version, and a
read-only view of each version. Who may: ``selectors.may_edit_form`` (the form's programme
team, superusers); anyone else gets 403, an unknown form or version 404."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from evaluation.forms.models import EvaluationForm
from evaluation.forms.responding import ResponseForm, condition_note
from evaluation.forms.schema import QuestionType, questions_of
from evaluation.forms.selectors import has_unpublished_changes, may_edit_form
from evaluation.forms.services import publish

EDIT_URL_NAME = "wagtailsnippets_evaluation_forms_evaluationform:edit"
VERSIONS_URL_NAME = "evaluation_forms_versions"


def _editable_form(request, form_id: int) -> EvaluationForm:
    form = get_object_or_404(EvaluationForm.objects.select_related("programme"), pk=form_id)
    if not may_edit_form(user=request.user, form=form):
        raise PermissionDenied
    return form


@require_http_methods(["GET", "POST"])
def versions_view(request, form_id: int):
    """The published versions of a form, and publishing the form as edited now."""
    form = _editable_form(request, form_id)
    errors = []
    if request.method == "POST":
        try:
            version = publish(form=form, user=request.user)
        except ValidationError as error:
            errors = list(error.messages)
        else:
            messages.success(
                request,
                gettext("Version %(number)s publiée : les nouvelles réponses l'utiliseront.")
                % {"number": version.number},
            )
            return redirect(VERSIONS_URL_NAME, form_id=form.pk)
    versions = list(
        form.versions.annotate(response_count=Count("responses")).select_related("published_by")
    )
    return render(
        request,
        "evaluation_forms/versions.html",
        {
            "page_title": gettext("Versions publiées de « %(form)s »") % {"form": form.name},
            "form": form,
            "versions": versions,
            "has_changes": has_unpublished_changes(form),
            "errors": errors,
            "edit_url": reverse(EDIT_URL_NAME, args=[form.pk]),
        },
    )


def version_view(request, form_id: int, number: int):
    """One published version, read-only: its questions as a table and as a respondent sees
    them."""
    form = _editable_form(request, form_id)
    version = get_object_or_404(form.versions, number=number)
    questions = questions_of(version.schema)
    by_key = {question["key"]: question for question in questions}
    rows = [
        {
            "question": question,
            "type": QuestionType(question["type"]).label,
            "condition": (
                condition_note(question["condition"], by_key[question["condition"]["question"]])
                if question.get("condition") and question["condition"]["question"] in by_key
                else ""
            ),
        }
        for question in questions
    ]
    return render(
        request,
        "evaluation_forms/version.html",
        {
            "page_title": gettext("« %(form)s », version %(number)s")
            % {"form": form.name, "number": version.number},
            "form": form,
            "version": version,
            "rows": rows,
            "response_form": ResponseForm(version=version, prefix="apercu"),
            "versions_url": reverse(VERSIONS_URL_NAME, kwargs={"form_id": form.pk}),
        },
    )
