"""Reads of qualitative coding: the answers a person may code, the coding frame, an answer's
text with its excerpts laid over it, the lessons an excerpt may support, and the counts.

Who codes: the programme team of the answer's project (``Action.RUN_EVALUATION``, which
superusers hold everywhere). Responses are never public and never shown to project teams or
funders here: a single answer is not an aggregate.

What is coded: the long-text answers of submitted responses (interview notes are the long-text
answers of an « entretien qualitatif » form). An answer row does not store its question type;
the frozen schema of its form version does, so the long-text keys are read from the versions
the scoped answers point to (a few dozen), never from each row.
"""

import re
from dataclasses import dataclass, field
from itertools import pairwise

from django.db.models import Count, F, Q, QuerySet
from wagtail.models import Page

from commons.access.selectors import Action, can, pages_where
from commons.programmes.models import ProgrammePage, ProjectPage, Wave
from commons.resources.models import LessonPage
from evaluation.campaigns.models import Answer, ResponseStatus
from evaluation.coding.models import Code, Excerpt
from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.schema import QuestionType


# --------------------------------------------------------------------------- scope
def coding_programmes(*, user) -> QuerySet:
    """The programmes whose answers this person codes."""
    return pages_where(user=user, action=Action.RUN_EVALUATION, model=ProgrammePage).order_by(
        "title"
    )


def coding_projects(*, user) -> QuerySet:
    return pages_where(user=user, action=Action.RUN_EVALUATION, model=ProjectPage)


def may_code(*, user, project: Page) -> bool:
    return can(user, Action.RUN_EVALUATION, project)


def programme_of(project: ProjectPage) -> ProgrammePage:
    """A project page always lives directly under its programme page."""
    return ProgrammePage.objects.parent_of(project).get()


# --------------------------------------------------------------------------- answers
def long_text_questions(version_ids) -> dict[int, dict[str, str]]:
    """{form version id: {question key: label}} for the long-text questions of those versions."""
    result: dict[int, dict[str, str]] = {}
    for version in FormVersion.objects.filter(pk__in=version_ids).only("pk", "schema"):
        keys = {
            question["key"]: question.get("label", question["key"])
            for question in version.questions()
            if question.get("type") == QuestionType.LONG_TEXT
        }
        if keys:
            result[version.pk] = keys
    return result


def _submitted_answers(*, user) -> QuerySet:
    return Answer.objects.filter(
        project__in=coding_projects(user=user), response__status=ResponseStatus.SUBMITTED
    ).exclude(text="")


def codable_answers(*, user) -> QuerySet:
    """The long-text answers of submitted responses of the projects this person codes, newest
    first, each with its number of excerpts (``excerpt_count``)."""
    answers = _submitted_answers(user=user)
    questions = long_text_questions(answers.values("form_version_id").distinct())
    if not questions:
        return Answer.objects.none()
    long_text = Q()
    for version_id, keys in questions.items():
        long_text |= Q(form_version_id=version_id, question_key__in=list(keys))
    return (
        answers.filter(long_text)
        .select_related("project", "form", "form_version", "campaign")
        .annotate(excerpt_count=Count("excerpts"))
        .order_by("-submitted_at", "-pk")
    )


def get_codable_answer(*, user, answer_id: int) -> Answer | None:
    """The answer if this person may code it, else None (the view answers 404: whether an
    answer exists in another programme is not for them to know). Reads one schema only."""
    answer = (
        _submitted_answers(user=user)
        .select_related("project", "form", "form_version", "campaign")
        .filter(pk=answer_id)
        .first()
    )
    if answer is None:
        return None
    keys = long_text_questions([answer.form_version_id]).get(answer.form_version_id, {})
    return answer if answer.question_key in keys else None


def question_label(answer: Answer) -> str:
    for question in answer.form_version.questions():
        if question.get("key") == answer.question_key:
            return question.get("label") or answer.question_key
    return answer.question_key


def label_answers(answers) -> list[Answer]:
    """Sets ``question_label`` on each answer of a page of the listing (one schema read per
    form version on the page)."""
    answers = list(answers)
    labels = long_text_questions({answer.form_version_id for answer in answers})
    for answer in answers:
        answer.question_label = labels.get(answer.form_version_id, {}).get(
            answer.question_key, answer.question_key
        )
    return answers


@dataclass(frozen=True)
class FilterChoices:
    """What the listing's filters offer: only what this person's answers hold."""

    programmes: list
    forms: list
    questions: list[tuple[str, str]]
    projects: list
    waves: list


def filter_choices(*, user) -> FilterChoices:
    answers = _submitted_answers(user=user)
    questions = long_text_questions(answers.values("form_version_id").distinct())
    labels: dict[str, str] = {}
    for keys in questions.values():
        for key, label in keys.items():
            labels.setdefault(key, label)
    programmes = list(coding_programmes(user=user))
    return FilterChoices(
        programmes=programmes,
        forms=list(
            EvaluationForm.objects.filter(versions__in=list(questions)).distinct().order_by("name")
        ),
        questions=sorted(labels.items(), key=lambda item: item[1].lower()),
        projects=list(coding_projects(user=user).order_by("title")),
        waves=list(Wave.objects.filter(programme__in=programmes).select_related("programme")),
    )


# --------------------------------------------------------------------------- an answer
@dataclass
class Segment:
    """A run of the answer's text: ``excerpts`` are the excerpts covering it (none: plain)."""

    text: str
    excerpts: list = field(default_factory=list)

    @property
    def marked(self) -> bool:
        return bool(self.excerpts)


def excerpts_of(answer: Answer) -> list[Excerpt]:
    return list(
        answer.excerpts.select_related("lesson", "created_by")
        .prefetch_related("codes")
        .order_by("start", "end", "pk")
    )


def segments(text: str, excerpts) -> list[Segment]:
    """The text cut at every excerpt boundary, so that overlapping excerpts still give
    well-nested ``<mark>`` elements and the joined segments are exactly the text."""
    bounds = {0, len(text)}
    for excerpt in excerpts:
        bounds.update({max(0, min(excerpt.start, len(text))), max(0, min(excerpt.end, len(text)))})
    ordered = sorted(bounds)
    result = []
    for start, end in pairwise(ordered):
        covering = [e for e in excerpts if e.start <= start and end <= e.end]
        result.append(Segment(text=text[start:end], excerpts=covering))
    return result


def passage_pattern(passage: str) -> re.Pattern | None:
    """What a pasted or typed passage matches in an answer: any run of white space for a run
    of white space (line breaks, non-breaking spaces), any apostrophe for an apostrophe, any
    case. None for a blank passage."""
    words = passage.split()
    if not words:
        return None
    apostrophes = "['’‘ʼ]"
    parts = [
        "".join(apostrophes if char in "'’‘ʼ" else re.escape(char) for char in word)
        for word in words
    ]
    return re.compile(r"\s+".join(parts), re.IGNORECASE)


def passage_occurrences(text: str, passage: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of the passage in the text, in order."""
    pattern = passage_pattern(passage)
    if pattern is None:
        return []
    return [match.span() for match in pattern.finditer(text)]


def occurrence_of(excerpt: Excerpt) -> int:
    """Which occurrence of its own text an excerpt is (1 = the first), to edit it."""
    spans = passage_occurrences(excerpt.answer.text, excerpt.text)
    for number, (start, _end) in enumerate(spans, start=1):
        if start == excerpt.start:
            return number
    return 1


# --------------------------------------------------------------------------- frame, lessons
def codes_for(*, programme: ProgrammePage) -> QuerySet:
    """The codes that apply to a programme's answers: its own and the common ones."""
    return Code.objects.filter(Q(programme=programme) | Q(programme__isnull=True)).order_by(
        "theme", "position", "label"
    )


def manageable_codes(*, user) -> QuerySet:
    """The codes this person edits: their programmes' codes; every code for a superuser (the
    common codes are theirs alone)."""
    if user.is_active and user.is_superuser:
        return Code.objects.all()
    return Code.objects.filter(programme__in=coding_programmes(user=user))


def may_manage_code(*, user, programme: ProgrammePage | None) -> bool:
    if programme is None:
        return bool(user.is_active and user.is_superuser)
    return can(user, Action.RUN_EVALUATION, programme)


def lessons_for(*, project: ProjectPage) -> QuerySet:
    """The lessons an excerpt of this project's answers may support: those of the project,
    and those of its programme itself (not another project's)."""
    programme = programme_of(project)
    return LessonPage.objects.filter(
        Q(path__startswith=project.path)
        | Q(path__startswith=programme.path, depth=programme.depth + 1)
    ).order_by("title")


def lesson_evidence(*, lesson: LessonPage) -> QuerySet:
    """The excerpts that support a lesson, with their answer and project."""
    return (
        Excerpt.objects.filter(lesson=lesson)
        .select_related("answer__project", "answer__form")
        .prefetch_related("codes")
        .order_by("answer__project__title", "answer_id", "start")
    )


# --------------------------------------------------------------------------- counts
@dataclass(frozen=True)
class CodeCount:
    theme: str
    code: str
    excerpts: int
    answers: int
    projects: int
    group: str = ""  # the territory or wave, in the broken-down tables


@dataclass(frozen=True)
class Counts:
    by_code: list[CodeCount]
    by_theme: list[CodeCount]
    by_territory: list[CodeCount]
    by_wave: list[CodeCount]


def _code_links(programme: ProgrammePage) -> QuerySet:
    """One row per (excerpt, code) of the programme's answers and its codes (own and common)."""
    return Excerpt.codes.through.objects.filter(
        excerpt__answer__project__path__startswith=programme.path,
        code__in=codes_for(programme=programme),
    )


def _counted(rows, *, group_field: str | None = None, empty_group: str = "") -> list[CodeCount]:
    return [
        CodeCount(
            theme=row["code__theme"],
            code=row.get("code__label", ""),
            excerpts=row["excerpts"],
            answers=row["answers"],
            projects=row["projects"],
            group=(row[group_field] or empty_group) if group_field else "",
        )
        for row in rows
    ]


COUNTED = {
    "excerpts": Count("excerpt_id", distinct=True),
    "answers": Count("excerpt__answer_id", distinct=True),
    "projects": Count("excerpt__answer__project_id", distinct=True),
}


def code_counts(*, programme: ProgrammePage, no_territory: str, no_wave: str) -> Counts:
    """Excerpts, and the distinct answers and projects they come from, per code — and per
    theme (an excerpt with two codes of a theme counts once there), per project territory
    (a project in two territories counts in both) and per project wave. Each is one GROUP BY
    in SQL; codes never applied are listed with zeros in the per-code table."""
    links = _code_links(programme)
    by_code = {
        row["code_id"]: row for row in links.values("code_id").annotate(**COUNTED).order_by()
    }
    codes = list(codes_for(programme=programme))
    per_code = [
        CodeCount(
            theme=code.theme,
            code=code.label,
            excerpts=by_code.get(code.pk, {}).get("excerpts", 0),
            answers=by_code.get(code.pk, {}).get("answers", 0),
            projects=by_code.get(code.pk, {}).get("projects", 0),
        )
        for code in codes
    ]
    by_theme = _counted(links.values("code__theme").annotate(**COUNTED).order_by("code__theme"))
    territory = "excerpt__answer__project__territories__name"
    by_territory = _counted(
        links.values(
            territory,
            "excerpt__answer__project__territories__insee_code",
            "code__theme",
            "code__label",
            "code__position",
        )
        .annotate(**COUNTED)
        .order_by(
            F(territory).asc(nulls_last=True),
            "excerpt__answer__project__territories__insee_code",
            "code__theme",
            "code__position",
            "code__label",
        ),
        group_field=territory,
        empty_group=no_territory,
    )
    wave = "excerpt__answer__project__wave__name"
    by_wave = _counted(
        links.values(
            "excerpt__answer__project__wave__sort_order",
            "excerpt__answer__project__wave_id",
            wave,
            "code__theme",
            "code__label",
            "code__position",
        )
        .annotate(**COUNTED)
        .order_by(
            F("excerpt__answer__project__wave__sort_order").asc(nulls_last=True),
            F("excerpt__answer__project__wave_id").asc(nulls_last=True),
            "code__theme",
            "code__position",
            "code__label",
        ),
        group_field=wave,
        empty_group=no_wave,
    )
    return Counts(by_code=per_code, by_theme=by_theme, by_territory=by_territory, by_wave=by_wave)


def lesson_excerpt_count(*, lesson: LessonPage) -> int:
    return Excerpt.objects.filter(lesson=lesson).count()
