"""The one answer to « what may this person see and do »: every channel asks here.

Two questions:
- ``visible_pages(user=…, model=…)``: the pages a person may read on the public channels
  (pages, feeds, sitemap, history, library, and later search, API and open data). Drafts and
  unpublished revisions never leave: only live pages, without a view restriction the person
  does not satisfy. Anonymous is one of the users (``user=None`` means anonymous).
- ``can(user, action, page)`` and ``pages_where(user=…, action=…, model=…)``: what a person
  may do, and where. A team acts on its page's subtree; a funder on the programmes its
  organisation funds (every programme for a national funder); a superuser everywhere.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction
from wagtail.permission_policies.pages import PagePermissionPolicy

from commons.access.models import Funding, Role, Team


class Action(models.TextChoices):
    ASSESS = "assess", _("s'auto-évaluer au label et le demander")
    REVIEW = "review", _("examiner une demande de label")
    MODERATE = "moderate", _("modérer avis et signalements")
    MANAGE = "manage", _("piloter le programme (éligibilité, équipes de confiance)")
    VIEW_LABEL = "view_label", _("consulter le dossier label d'un projet")
    VIEW_LABEL_DRAFTS = (
        "view_label_drafts",
        _("consulter les brouillons et les commentaires d'examen non traités du label"),
    )
    EVALUATE = (
        "evaluate",
        _("remplir les formulaires d'évaluation et déclarer les valeurs d'indicateurs"),
    )
    RUN_EVALUATION = (
        "run_evaluation",
        _(
            "piloter l'évaluation (bibliothèque d'indicateurs, formulaires, campagnes, "
            "validation des valeurs, codage qualitatif)"
        ),
    )
    VIEW_DASHBOARDS = "view_dashboards", _("consulter les tableaux de bord")
    EXPORT = "export", _("exporter les données")


ROLE_ACTIONS: dict[str, frozenset[str]] = {
    Role.PROJECT_TEAM: frozenset(
        {Action.ASSESS, Action.VIEW_LABEL, Action.VIEW_LABEL_DRAFTS, Action.EVALUATE}
    ),
    Role.PROGRAMME_TEAM: frozenset(
        {
            Action.REVIEW,
            Action.MODERATE,
            Action.MANAGE,
            Action.VIEW_LABEL,
            Action.VIEW_LABEL_DRAFTS,
            Action.RUN_EVALUATION,
            Action.VIEW_DASHBOARDS,
            Action.EXPORT,
        }
    ),
    # A funder reads what was published: never a draft nor a review still in progress.
    Role.FUNDER: frozenset({Action.VIEW_LABEL, Action.VIEW_DASHBOARDS, Action.EXPORT}),
}
EVERYWHERE = ""  # the tree path every page starts with


@dataclass(frozen=True)
class Grant:
    """`actions` on every page whose tree path starts with `path`."""

    role: str
    actions: frozenset[str]
    path: str
    page_id: int | None = None


def grants(user) -> tuple[Grant, ...]:
    """Every grant the person holds, read once per request (two queries) and kept on the
    user object."""
    if user is None or not user.is_authenticated or not user.is_active:
        return ()
    cached = getattr(user, "_access_grants", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        everything = frozenset(Action.values)
        result = (Grant(role="superuser", actions=everything, path=EVERYWHERE),)
    else:
        result = _team_grants(user)
    user._access_grants = result
    return result


def _team_grants(user) -> tuple[Grant, ...]:
    result = []
    funder_organisations = []
    teams = Team.objects.filter(group__user=user).select_related("page").order_by("pk")
    for team in teams:
        actions = ROLE_ACTIONS[team.role]
        if team.role == Role.FUNDER:
            if team.sees_all_programmes:
                result.append(Grant(role=team.role, actions=actions, path=EVERYWHERE))
            else:
                funder_organisations.append(team.organisation_id)
        elif team.page is not None:
            result.append(
                Grant(role=team.role, actions=actions, path=team.page.path, page_id=team.page_id)
            )
    if funder_organisations:
        fundings = Funding.objects.filter(organisation_id__in=funder_organisations)
        for programme_id, path in fundings.values_list("programme_id", "programme__path"):
            result.append(
                Grant(
                    role=Role.FUNDER,
                    actions=ROLE_ACTIONS[Role.FUNDER],
                    path=path,
                    page_id=programme_id,
                )
            )
    return tuple(result)


def can(user, action: str, page: Page) -> bool:
    """May this person do `action` on `page` (and so on anything attached to it)?"""
    return any(
        action in grant.actions and page.path.startswith(grant.path) for grant in grants(user)
    )


def has_role_for(user, action: str) -> bool:
    """Does this person hold `action` anywhere (to show a menu entry, for instance)?"""
    return any(action in grant.actions for grant in grants(user))


def pages_where(*, user, action: str, model: type[Page] = Page) -> QuerySet:
    """The pages of `model` on which this person may do `action`."""
    paths = [grant.path for grant in grants(user) if action in grant.actions]
    if not paths:
        return model.objects.none()
    if EVERYWHERE in paths:
        return model.objects.all()
    scope = Q()
    for path in paths:
        scope |= Q(path__startswith=path)
    return model.objects.filter(scope)


def visible_pages(*, user=None, model: type[Page] = Page) -> QuerySet:
    """Pages this person may read on the public channels: live, and either unrestricted or
    restricted in a way the person satisfies (logged in, or in one of the allowed groups).
    Password restrictions are never lifted here: they are per session, on the page itself."""
    user = user or AnonymousUser()
    pages = model.objects.live().exclude(Exists(_draft_ancestors()))
    if not user.is_authenticated:
        return pages.public()
    if user.is_superuser:
        hidden = PageViewRestriction.objects.filter(restriction_type=PageViewRestriction.PASSWORD)
    else:
        hidden = PageViewRestriction.objects.exclude(
            restriction_type=PageViewRestriction.LOGIN
        ).exclude(
            restriction_type=PageViewRestriction.GROUPS,
            groups__in=user.groups.all(),
        )
    for path in hidden.values_list("page__path", flat=True).distinct():
        pages = pages.exclude(path__startswith=path)
    return pages


def _draft_ancestors() -> QuerySet:
    """The not-live ancestors of the outer page: a live page under a draft (a resource under a
    project still in candidature) is not public, as its breadcrumb would show the draft."""
    return (
        Page.objects.filter(live=False, depth__lt=OuterRef("depth"))
        .annotate(outer_prefix=Substr(OuterRef("path"), 1, Length("path")))
        .filter(path=F("outer_prefix"))
    )


def team_group(*, page: Page, role: str):
    """The group of the team working on `page` (project or programme), or None."""
    team = Team.objects.filter(page_id=page.pk, role=role).select_related("group").first()
    return team.group if team else None


def can_read_document(*, user, document, live_page_ids, page_ids) -> bool:
    """May this person download a Wagtail document (a resource's file)?

    `live_page_ids`: the pages whose published content uses it; `page_ids`: every page that
    uses it in its published content or in its latest revision (a draft). The file is public
    when one of the live pages is visible to this person (`visible_pages`); otherwise only
    those who may edit (Wagtail page permissions) one of the pages that use it, or who may
    choose it in its collection (their own team's files, not yet attached), may read it. A
    file only attached to a draft never leaves its team, its programme team and superusers."""
    if live_page_ids and visible_pages(user=user).filter(pk__in=live_page_ids).exists():
        return True
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if (
        page_ids
        and PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .filter(pk__in=page_ids)
        .exists()
    ):
        return True
    from wagtail.documents.permissions import permission_policy

    return permission_policy.user_has_any_permission_for_instance(
        user, ["choose", "change"], document
    )
