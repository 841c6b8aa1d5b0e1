"""Admin views of qualitative coding: thin; who may do what and the rules live in selectors and
services.

Someone with no coding role anywhere is refused (Wagtail's « permission denied »); an answer,
excerpt or programme outside the person's programmes answers 404, so that nobody learns what
another programme holds.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.views import generic
from wagtail.log_actions import log

from commons.access.selectors import Action, can, has_role_for
from commons.interop.exporter import csv_response, xlsx_response
from commons.programmes.models import ProgrammePage
from commons.resources.models import LessonPage
from evaluation.coding import selectors, services
from evaluation.coding.filters import AnswerFilters
from evaluation.coding.forms import ExcerptForm
from evaluation.coding.models import Excerpt

ANSWERS_PER_PAGE = 25


def _require_coding_role(user) -> None:
    if not has_role_for(user, Action.RUN_EVALUATION):
        raise PermissionDenied


# --------------------------------------------------------------------------- workspace
def answer_list(request):
    """The long-text answers to code, filtered and paginated."""
    user = request.user
    _require_coding_role(user)
    choices = selectors.filter_choices(user=user)
    filters = AnswerFilters(
        request.GET,
        queryset=selectors.codable_answers(user=user),
        choices=choices,
        request=request,
    )
    page = Paginator(filters.qs, ANSWERS_PER_PAGE).get_page(request.GET.get("page"))
    answers = selectors.label_answers(page.object_list)
    return render(
        request,
        "coding/answer_list.html",
        {
            "page_obj": page,
            "answers": answers,
            "filters": filters,
            "choices": choices,
            "programmes": choices.programmes,
            "page_title": _("Analyse qualitative · réponses à coder"),
        },
    )


def _codable_answer(request, answer_id: int):
    _require_coding_role(request.user)
    answer = selectors.get_codable_answer(user=request.user, answer_id=answer_id)
    if answer is None:
        raise Http404
    return answer


def _save_excerpt(request, form: ExcerptForm, save) -> bool:
    """Runs the service on a valid form; its refusals go beside the fields they concern."""
    if not form.is_valid():
        form.link_errors()
        return False
    try:
        save(**form.to_input())
    except ValidationError as error:
        form.add_service_errors(error)
        form.link_errors()
        return False
    return True


def answer_detail(request, answer_id: int):
    """One answer: its text with the coded passages marked, its excerpts, and the form that
    codes a new passage."""
    answer = _codable_answer(request, answer_id)
    form = ExcerptForm(request.POST if request.method == "POST" else None, answer=answer)
    if request.method == "POST":
        saved = _save_excerpt(
            request,
            form,
            lambda **data: services.add_excerpt(answer=answer, user=request.user, **data),
        )
        if saved:
            messages.success(request, _("Extrait codé."))
            return redirect(reverse("coding_answer", args=[answer.pk]) + "#extraits")
    return _render_answer(request, answer, form)


def _render_answer(request, answer, form: ExcerptForm, *, editing: Excerpt | None = None):
    excerpts = selectors.excerpts_of(answer)
    return render(
        request,
        "coding/answer_detail.html",
        {
            "answer": answer,
            "question_label": selectors.question_label(answer),
            "segments": selectors.segments(answer.text, excerpts),
            "excerpts": excerpts,
            "form": form,
            "editing": editing,
            "programme": selectors.programme_of(answer.project),
            "page_title": (
                _("Modifier un extrait · %(project)s") if editing else _("Coder · %(project)s")
            )
            % {"project": answer.project.title},
        },
    )


def _codable_excerpt(request, excerpt_id: int) -> Excerpt:
    _require_coding_role(request.user)
    excerpt = get_object_or_404(Excerpt.objects.select_related("answer"), pk=excerpt_id)
    answer = selectors.get_codable_answer(user=request.user, answer_id=excerpt.answer_id)
    if answer is None:
        raise Http404
    excerpt.answer = answer
    return excerpt


def excerpt_edit(request, excerpt_id: int):
    excerpt = _codable_excerpt(request, excerpt_id)
    answer = excerpt.answer
    form = ExcerptForm(
        request.POST if request.method == "POST" else None,
        answer=answer,
        initial={
            "passage": excerpt.text,
            "occurrence": selectors.occurrence_of(excerpt),
            "codes": list(excerpt.codes.all()),
            "note": excerpt.note,
            "lesson": excerpt.lesson,
        },
    )
    if request.method == "POST":
        saved = _save_excerpt(
            request,
            form,
            lambda **data: services.update_excerpt(excerpt=excerpt, user=request.user, **data),
        )
        if saved:
            messages.success(request, _("Extrait modifié."))
            return redirect(reverse("coding_answer", args=[answer.pk]) + "#extraits")
    return _render_answer(request, answer, form, editing=excerpt)


def excerpt_delete(request, excerpt_id: int):
    excerpt = _codable_excerpt(request, excerpt_id)
    answer = excerpt.answer
    if request.method == "POST":
        services.delete_excerpt(excerpt=excerpt, user=request.user)
        messages.success(request, _("Extrait supprimé."))
        return redirect(reverse("coding_answer", args=[answer.pk]) + "#extraits")
    return render(
        request,
        "coding/excerpt_confirm_delete.html",
        {
            "excerpt": excerpt,
            "answer": answer,
            "page_title": _("Supprimer un extrait · %(project)s")
            % {"project": answer.project.title},
        },
    )


# --------------------------------------------------------------------------- counts
def counts_index(request):
    _require_coding_role(request.user)
    programmes = list(selectors.coding_programmes(user=request.user))
    if len(programmes) == 1:
        return redirect("coding_counts", programmes[0].pk)
    return render(
        request,
        "coding/counts_index.html",
        {"programmes": programmes, "page_title": _("Analyse qualitative · comptages")},
    )


BREAKDOWNS = ("code", "theme", "territoire", "vague")


def counts(request, programme_id: int):
    _require_coding_role(request.user)
    programme = get_object_or_404(ProgrammePage, pk=programme_id)
    if not can(request.user, Action.RUN_EVALUATION, programme):
        raise Http404
    result = selectors.code_counts(
        programme=programme, no_territory=_("Sans territoire"), no_wave=_("Sans vague")
    )
    export = request.GET.get("format", "")
    breakdown = request.GET.get("par", "")
    if export in ("csv", "xlsx") and breakdown in BREAKDOWNS:
        header, rows = _count_table(result, breakdown)
        filename = f"codage-{programme.slug}-{breakdown}.{export}"
        if export == "csv":
            return csv_response(filename, header, rows)
        return xlsx_response(filename, header, rows, title=_("Codage"))
    return render(
        request,
        "coding/counts.html",
        {
            "programme": programme,
            "counts": result,
            "page_title": _("Comptages par code · %(title)s") % {"title": programme.title},
        },
    )


def _count_table(result: selectors.Counts, breakdown: str) -> tuple[list, list]:
    figures = [_("Extraits"), _("Réponses distinctes"), _("Projets distincts")]
    if breakdown == "theme":
        return [_("Thème"), *figures], [
            [row.theme, row.excerpts, row.answers, row.projects] for row in result.by_theme
        ]
    if breakdown == "code":
        return [_("Thème"), _("Code"), *figures], [
            [row.theme, row.code, row.excerpts, row.answers, row.projects] for row in result.by_code
        ]
    rows = result.by_territory if breakdown == "territoire" else result.by_wave
    group = _("Territoire") if breakdown == "territoire" else _("Vague")
    return [group, _("Thème"), _("Code"), *figures], [
        [row.group, row.theme, row.code, row.excerpts, row.answers, row.projects] for row in rows
    ]


# --------------------------------------------------------------------------- lessons
def lesson_evidence(request, lesson_id: int):
    """The excerpts that support a lesson, for its programme team (never on the public page)."""
    _require_coding_role(request.user)
    lesson = get_object_or_404(LessonPage, pk=lesson_id)
    if not can(request.user, Action.RUN_EVALUATION, lesson):
        raise Http404
    return render(
        request,
        "coding/lesson_evidence.html",
        {
            "lesson": lesson,
            "excerpts": list(selectors.lesson_evidence(lesson=lesson)),
            "page_title": _("Extraits qui étayent « %(title)s »") % {"title": lesson.title},
        },
    )


# --------------------------------------------------------------------------- the frame
class ScopedCodesMixin:
    """The codes a person manages (their programmes'; all for a superuser): others are 404."""

    def get_queryset(self):
        return selectors.manageable_codes(user=self.request.user).select_related("programme")


class CodeIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            selectors.manageable_codes(user=self.request.user)
            .select_related("programme")
            .annotate(excerpt_total=Count("excerpts"))
            # explicit: a GROUP BY query drops the model's default ordering
            .order_by("theme", "position", "label")
        )


class SavedByServiceMixin:
    """Saves through ``services.save_code`` (who may, and a used code keeps its programme);
    a refusal goes back to the form, beside its field."""

    log_action = ""

    def save_instance(self):
        code = services.save_code(code=self.form.instance, user=self.request.user)
        log(instance=code, action=self.log_action, user=self.request.user)
        return code

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)


class CodeCreateView(SavedByServiceMixin, generic.CreateView):
    log_action = "wagtail.create"


class CodeEditView(ScopedCodesMixin, SavedByServiceMixin, generic.EditView):
    log_action = "wagtail.edit"


class CodeDeleteView(ScopedCodesMixin, generic.DeleteView):
    """A code applied to excerpts cannot be deleted: the page says so and offers no button."""

    template_name = "coding/code_confirm_delete.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        count = self.object.excerpts.count()
        context["used_message"] = services.used_code_message(count) if count else ""
        return context

    def form_valid(self, form):
        try:
            services.delete_code(code=self.object, user=self.request.user)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return redirect(self.get_delete_url())
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url())
