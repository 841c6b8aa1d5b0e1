"""Writes of qualitative coding: the coding frame's codes and the excerpts of answers.

Each write checks who acts (the programme team of the programme concerned, or a superuser),
validates the whole object (``full_clean``) and runs in one transaction. An excerpt's offsets
are found here, in the answer's own text: the person gives the passage (pasted, typed, or
filled in by selecting it) and which occurrence of it they mean; what is stored is the exact
slice of the answer, so that it is shown in place whatever was typed.
"""

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from evaluation.campaigns.models import Answer
from evaluation.coding import selectors
from evaluation.coding.models import Code, Excerpt


# --------------------------------------------------------------------------- the frame
def save_code(*, code: Code, user) -> Code:
    """Creates or updates a code of the frame. A code already applied to excerpts keeps its
    programme: moving it would carry those excerpts' counts into another programme."""
    if not selectors.may_manage_code(user=user, programme=code.programme):
        raise PermissionDenied
    with transaction.atomic():
        if code.pk:
            stored = Code.objects.select_for_update().get(pk=code.pk)
            if not selectors.may_manage_code(user=user, programme=stored.programme):
                raise PermissionDenied
            if stored.programme_id != code.programme_id and stored.excerpts.exists():
                raise ValidationError({"programme": moved_code_message(stored)})
        code.full_clean()
        code.save()
    return code


def moved_code_message(code: Code) -> str:
    count = code.excerpts.count()
    return ngettext(
        "Ce code est appliqué à %(count)d extrait : il ne peut pas changer de programme.",
        "Ce code est appliqué à %(count)d extraits : il ne peut pas changer de programme.",
        count,
    ) % {"count": count}


def used_code_message(count: int) -> str:
    return ngettext(
        "Ce code est appliqué à %(count)d extrait : il ne peut pas être supprimé. Retirez-le "
        "d'abord de cet extrait.",
        "Ce code est appliqué à %(count)d extraits : il ne peut pas être supprimé. Retirez-le "
        "d'abord de ces extraits.",
        count,
    ) % {"count": count}


def delete_code(*, code: Code, user) -> None:
    """Deletes a code nobody applied; a code with excerpts is refused (removing it would
    silently uncode them and change every count)."""
    if not selectors.may_manage_code(user=user, programme=code.programme):
        raise PermissionDenied
    with transaction.atomic():
        locked = Code.objects.select_for_update().get(pk=code.pk)
        count = locked.excerpts.count()
        if count:
            raise ValidationError(used_code_message(count))
        locked.delete()


# --------------------------------------------------------------------------- excerpts
def locate_passage(*, text: str, passage: str, occurrence: int = 1) -> tuple[int, int]:
    """(start, end) of the ``occurrence``-th occurrence (1 = the first) of the passage in the
    text, white space, apostrophes and case aside; ValidationError on the field at fault."""
    if occurrence < 1:
        raise ValidationError({"occurrence": _("Indiquez un nombre entier à partir de 1.")})
    spans = selectors.passage_occurrences(text, passage)
    if not spans:
        raise ValidationError(
            {
                "passage": _(
                    "Ce passage ne figure pas dans la réponse : copiez-le tel qu'il apparaît "
                    "dans le texte ci-dessus (ou sélectionnez-le dans le texte)."
                )
            }
        )
    if occurrence > len(spans):
        raise ValidationError(
            {
                "occurrence": ngettext(
                    "Ce passage n'apparaît qu'une fois dans la réponse.",
                    "Ce passage n'apparaît que %(count)d fois dans la réponse.",
                    len(spans),
                )
                % {"count": len(spans)}
            }
        )
    return spans[occurrence - 1]


def _check_choices(*, answer: Answer, codes: Iterable[Code], lesson) -> list[Code]:
    codes = list(codes)
    programme = selectors.programme_of(answer.project)
    allowed_codes = set(selectors.codes_for(programme=programme).values_list("pk", flat=True))
    errors = {}
    if not codes:
        errors["codes"] = _("Choisissez au moins un code.")
    elif any(code.pk not in allowed_codes for code in codes):
        errors["codes"] = _("Choisissez des codes de la grille de ce programme.")
    if (
        lesson is not None
        and not selectors.lessons_for(project=answer.project).filter(pk=lesson.pk).exists()
    ):
        errors["lesson"] = _("Choisissez une leçon apprise de ce projet ou de son programme.")
    if errors:
        raise ValidationError(errors)
    return codes


def _save_excerpt(
    *, excerpt: Excerpt, passage: str, occurrence: int, codes, note: str, lesson
) -> Excerpt:
    answer = excerpt.answer
    errors: dict[str, list] = {}
    try:
        start, end = locate_passage(text=answer.text, passage=passage, occurrence=occurrence)
    except ValidationError as error:
        errors.update(error.message_dict)
        start = end = 0
    try:
        codes = _check_choices(answer=answer, codes=codes, lesson=lesson)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    excerpt.start, excerpt.end = start, end
    excerpt.text = answer.text[start:end]
    excerpt.note = note
    excerpt.lesson = lesson
    excerpt.full_clean()
    excerpt.save()
    excerpt.codes.set(codes)
    return excerpt


def add_excerpt(
    *,
    answer: Answer,
    user,
    passage: str,
    codes: Iterable[Code],
    occurrence: int = 1,
    note: str = "",
    lesson=None,
) -> Excerpt:
    """Codes a passage of a long-text answer with one or more codes of its programme's frame
    (its own or common ones), optionally supporting a lesson of its project or programme."""
    if not selectors.may_code(user=user, project=answer.project):
        raise PermissionDenied
    with transaction.atomic():
        return _save_excerpt(
            excerpt=Excerpt(answer=answer, created_by=user),
            passage=passage,
            occurrence=occurrence,
            codes=codes,
            note=note,
            lesson=lesson,
        )


def update_excerpt(
    *,
    excerpt: Excerpt,
    user,
    passage: str,
    codes: Iterable[Code],
    occurrence: int = 1,
    note: str = "",
    lesson=None,
) -> Excerpt:
    if not selectors.may_code(user=user, project=excerpt.answer.project):
        raise PermissionDenied
    with transaction.atomic():
        return _save_excerpt(
            excerpt=excerpt,
            passage=passage,
            occurrence=occurrence,
            codes=codes,
            note=note,
            lesson=lesson,
        )


def delete_excerpt(*, excerpt: Excerpt, user) -> None:
    if not selectors.may_code(user=user, project=excerpt.answer.project):
        raise PermissionDenied
    with transaction.atomic():
        excerpt.delete()
