"""Reads for public questionnaires: which link a token opens and whether it may be answered,
and which links, projects and forms a person manages in the admin.

A link is managed by the project's team (``Action.EVALUATE``) and by its programme team
(``Action.RUN_EVALUATION``, which covers every project of the programme); nobody else sees it.
"""

import datetime
import re
from enum import StrEnum

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from commons.access.selectors import Action, can, pages_where
from commons.programmes.models import ProgrammePage, ProjectPage
from evaluation.campaigns.models import PublicLink, ResponseStatus
from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.schema import Moment

# What `new_token` produces (URL-safe base64), within the column's length: anything else is
# not a token and answers 404 before any query.
TOKEN_PATTERN = r"[A-Za-z0-9_-]{1,32}"
MANAGING_ACTIONS = (Action.EVALUATE, Action.RUN_EVALUATION)


class LinkState(StrEnum):
    """Whether a link may be answered, and if not, why (each has its own page)."""

    OPEN = "open"
    CLOSED = "closed"  # closed by the team, or past its closing date
    NOT_PUBLISHED = "not_published"  # the form has no published version yet
    PERSONAL_DATA_WITHOUT_PURPOSE = "personal_data_without_purpose"


def link_for_token(token: str) -> PublicLink | None:
    """The link a public address opens. A link of a project that is not published is not
    found: its title is a draft, which no public page shows."""
    if not re.fullmatch(TOKEN_PATTERN, token or ""):
        return None
    links = PublicLink.objects.select_related("project", "form")
    return links.filter(token=token, project__live=True).first()


def served_version(link: PublicLink) -> FormVersion | None:
    """The version people answer: the form's latest published one."""
    return link.form.latest_version


def personal_data_questions(version: FormVersion) -> list[dict]:
    return [question for question in version.questions() if question.get("personal_data")]


def lacks_personal_data_purpose(version: FormVersion) -> bool:
    """A version that asks for personal data without saying why may not be answered publicly."""
    return bool(personal_data_questions(version)) and not version.personal_data_purpose.strip()


def is_past_closing(link: PublicLink, *, today: datetime.date | None = None) -> bool:
    today = today or timezone.localdate()
    return link.closes_on is not None and link.closes_on < today


def link_state(link: PublicLink, version: FormVersion | None) -> LinkState:
    if not link.active or is_past_closing(link):
        return LinkState.CLOSED
    if version is None:
        return LinkState.NOT_PUBLISHED
    if lacks_personal_data_purpose(version):
        return LinkState.PERSONAL_DATA_WITHOUT_PURPOSE
    return LinkState.OPEN


# --------------------------------------------------------------------------- admin
def can_manage_links(user, project) -> bool:
    return any(can(user, action, project) for action in MANAGING_ACTIONS)


def managed_projects(*, user) -> QuerySet:
    """The projects whose public links this person manages."""
    scope = Q(pk__in=[])
    for action in MANAGING_ACTIONS:
        scope |= Q(pk__in=pages_where(user=user, action=action, model=ProjectPage).values("pk"))
    return ProjectPage.objects.filter(scope).order_by("title")


def managed_links(*, user, project: ProjectPage | None = None) -> QuerySet:
    """This person's links (of one project when given), with their submitted responses
    counted."""
    links = PublicLink.objects.filter(project__in=managed_projects(user=user).values("pk"))
    if project is not None:
        links = links.filter(project=project)
    return (
        links.select_related("project", "form")
        .annotate(
            submitted_count=Count("responses", filter=Q(responses__status=ResponseStatus.SUBMITTED))
        )
        .order_by("project__title", "form__name")
    )


def managed_link(*, user, link_id: int) -> PublicLink | None:
    return managed_links(user=user).filter(pk=link_id).first()


def eligible_forms(*, project: ProjectPage) -> QuerySet:
    """Forms a public link of this project may open: those of its programme or common to
    every programme, meant for the public or already published."""
    return _public_forms(programme_ids=[project.get_parent().pk])


def eligible_forms_for(*, user) -> QuerySet:
    """Every form that may open a link for one of this person's projects (the choice list of
    the creation form; the pair project/form is checked again on creation)."""
    # A project is a child page of its programme: the programme's path is the project's
    # path without its last step.
    programme_paths = {
        path[: -ProjectPage.steplen]
        for path in managed_projects(user=user).values_list("path", flat=True)
    }
    programme_ids = ProgrammePage.objects.filter(path__in=programme_paths).values("pk")
    return _public_forms(programme_ids=programme_ids)


def _public_forms(*, programme_ids) -> QuerySet:
    published = Exists(FormVersion.objects.filter(form=OuterRef("pk")))
    return (
        EvaluationForm.objects.filter(Q(programme__isnull=True) | Q(programme_id__in=programme_ids))
        .filter(Q(moment=Moment.BENEFICIARIES) | published)
        .order_by("name")
    )
