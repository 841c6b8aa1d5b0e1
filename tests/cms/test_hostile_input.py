"""Bad input never answers 500: every URL pattern of the site, walked with hostile values in
each capture, hostile query strings and hostile POST data, as anonymous, as a project team
member and as a superuser.

The patterns come from `cms.urls` resolved recursively; of Wagtail's own admin only the
project's admin views (label, eligibility, moderation, evaluation: indicators, campaigns, forms,
public links, coding) and a few page and document views are walked. Page sub-routes (history,
diff, label) and the public questionnaires (regex routes) are added by hand: the resolver does
not see them. Besides hostile values, each evaluation route is also walked once with real ids
of its own objects, so that the views reach their forms and filters.
"""

import re
from decimal import Decimal

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern

from commons.access.models import Role
from evaluation.campaigns.public_services import create_public_link
from evaluation.coding.models import Code
from evaluation.coding.services import add_excerpt, save_code
from evaluation.indicators.services import save_draft_value, submit_value
from tests.conftest import member_of
from tests.factories.accounts import UserFactory
from tests.factories.campaigns import campaign_for, published_form, submitted_response
from tests.factories.evaluation import IndicatorFactory
from tests.factories.indicators import Q1, follows
from tests.factories.pages import DocumentFactory, ResourcePageFactory, file_block

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = [
    "99999999999999999999",
    "-1",
    "0",
    "²",
    "%00",
    "..%2F",
    "x" * 3000,
]
HOSTILE_QUERY = (
    "?page=abc&theme=%00&wave=%C2%B2&projet=zzz&tri=<script>&type=%C2%B2&de=99999999999999999999"
    "&a=-1&programme=%00&phase=²&public=zzz&licence=%00&kind=zzz&q=%00&projet=%00"
    "&form=99999999999999999999&question=%00&project=-1&coded=²&format=csv&par=%00"
    "&ordering=%00&p=-1&moment=zzz&id=%00"
)
HOSTILE_POST = {
    "feedback": "abc",
    "report": "99999999999999999999",
    "action": "approve",
    "rating": "²",
    "reason": "%00",
    "comment": "x" * 5000,
    "decision": "zzz",
    "wave": "²",
    # evaluation: indicator values and reviews, campaigns, public links, coding, forms
    "value": "1e999999",
    "numerator": "-0",
    "denominator": "0",
    "review_note": "\x00",
    "indicator": "99999999999999999999",
    "baseline_value": "NaN",
    "baseline_date": "2026-02-30",
    "target_value": "Infinity",
    "period_kind": "zzz",
    "open": "²",
    "all": "1",
    "project": ["abc", "99999999999999999999"],
    "form": "99999999999999999999",
    "projects": ["²", "99999999999999999999"],
    "closes_on": "99/99/9999",
    "passage": "x" * 5000,
    "occurrence": "99999999999999999999",
    "codes": ["%00", "99999999999999999999"],
    "lesson": "abc",
    "submit": "",
    "programme": "²",
    "q_personnes": "99999999999999999999999999999",
    "q_public": "%00",
    "q_utilite": "-1",
}
ADMIN_KEPT = (
    "label/",
    "eligibilite/",
    "moderation-contributions/",
    # evaluation (issue 10)
    "indicateurs/",
    "evaluation/",
    "formulaires-evaluation/",
    "snippets/evaluation_forms/",
    "snippets/choose/evaluation_forms/",
    "questionnaires-publics/",
    "codage/",
)
WAGTAIL_ADMIN_KEPT = {
    "pages/<int:page_id>/edit/",
    "pages/<int:page_id>/history/",
    "pages/<int:page_id>/revisions/<int:revision_id>/view/",
    "documents/edit/<int:document_id>/",
}
# Known and left to Wagtail: its StreamField widget raises KeyError ('<field>-count') on a
# forged page edit POST that lacks its management fields (a 500 for an admin who forges it);
# the evaluation forms' add, edit and preview views (a StreamField too) do the same.
STREAMFIELD_EDITS = ("/admin/pages/", "/admin/snippets/evaluation_forms/")
PUBLIC_QUESTIONNAIRES = ("questionnaires/<token>/", "questionnaires/<token>/merci/")
ORIGIN = "http://testserver"
CAPTURE = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _walk(patterns, prefix: str = ""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if isinstance(entry.pattern, LocalePrefixPattern):
                yield from _walk(entry.url_patterns, prefix)
                continue
            route = _route(entry.pattern)
            if route is None:
                continue
            yield from _walk(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            route = _route(entry.pattern)
            if route is not None:
                yield prefix + route


def _route(pattern) -> str | None:
    if isinstance(pattern, RoutePattern):
        return str(pattern)
    regex = str(pattern).lstrip("^").rstrip("$")
    if regex == "":
        return ""
    return None  # Wagtail's page catch-all and other regexes: pages are added by hand


def _kept(route: str) -> bool:
    if not route.startswith("admin/"):
        return not route.startswith("documents/")  # Wagtail's document serving: kept below
    inner = route.removeprefix("admin/")
    return inner.startswith(ADMIN_KEPT) or inner in WAGTAIL_ADMIN_KEPT


def site_routes() -> list[str]:
    routes = sorted({route for route in _walk(get_resolver("cms.urls").url_patterns)})
    kept = [route for route in routes if _kept(route)]
    kept.append("documents/<int:document_id>/<str:document_filename>")
    kept.extend(PUBLIC_QUESTIONNAIRES)
    return kept


def fill(route: str, value: str) -> str:
    return "/" + CAPTURE.sub(lambda _match: value, route)


# A `<…:pk>` capture names the object of the viewset its route starts with.
PK_OWNERS = {
    "admin/evaluation/campagnes/": "campaign_id",
    "admin/indicateurs/bibliotheque/": "indicator_id",
    "admin/codage/grille/": "code_id",
    "admin/snippets/evaluation_forms/": "form_id",
    "admin/snippets/choose/evaluation_forms/": "form_id",
}


def fill_real(route: str, ids: dict[str, str]) -> str | None:
    """The route with the real id of its own object in each capture, when all are known."""
    owner = next((name for prefix, name in PK_OWNERS.items() if route.startswith(prefix)), None)
    names = [owner if match["name"] == "pk" else match["name"] for match in CAPTURE.finditer(route)]
    if not names or not all(name in ids for name in names):
        return None
    values = iter(ids[name] for name in names)
    return "/" + CAPTURE.sub(lambda _match: next(values), route)


def evaluation_ids(programme, project) -> dict[str, str]:
    """One of each evaluation object, through the services: a campaign and its sent
    response, a public link, a value waiting for review, a code applied to an excerpt."""
    programme_team = member_of(programme, Role.PROGRAMME_TEAM)
    form = published_form(programme=programme)
    campaign = campaign_for(programme, form=form, projects=[project])
    response = submitted_response(
        campaign, project, {"personnes": 4, "freins": "Le temps manque aux bénévoles."}
    )
    answer = response.answers.get(question_key="freins")
    link = create_public_link(user=programme_team, project=project, form=form)
    indicator = IndicatorFactory(programme=programme)
    followed = follows(project, indicator)
    value = submit_value(
        indicator_value=save_draft_value(
            project_indicator=followed, period_start=Q1, user=None, value=Decimal(3)
        ),
        user=None,
    )
    code = save_code(
        code=Code(programme=programme, theme="Freins", label="Temps"), user=programme_team
    )
    excerpt = add_excerpt(answer=answer, user=programme_team, passage="temps", codes=[code])
    return {
        "programme_id": str(programme.pk),
        "project_id": str(project.pk),
        "campaign_id": str(campaign.pk),
        "link_id": str(link.pk),
        "token": link.token,
        "form_id": str(form.pk),
        "number": "1",
        "indicator_id": str(indicator.pk),
        "project_indicator_id": str(followed.pk),
        "period_start": Q1.isoformat(),
        "value_id": str(value.pk),
        "code_id": str(code.pk),
        "answer_id": str(answer.pk),
        "excerpt_id": str(excerpt.pk),
    }


@pytest.fixture
def hostile_paths(project, programme):
    document = DocumentFactory()
    resource = ResourcePageFactory(parent=project, body=[file_block(document)])
    real_ids = [str(programme.pk), str(project.pk), str(resource.pk)]
    own_ids = evaluation_ids(programme, project)
    paths = set()
    for route in site_routes():
        if not CAPTURE.search(route):
            paths.add(fill(route, ""))
            continue
        for value in HOSTILE_VALUES + real_ids:
            paths.add(fill(route, value))
        real = fill_real(route, own_ids)
        if real is not None:
            paths.add(real)
    for page in (programme, project, resource):
        for value in HOSTILE_VALUES:
            paths.add(f"{page.url}{value}/")
            paths.add(f"{page.url}historique/{value}/")
        paths.add(f"{page.url}historique/")
        paths.add(f"{page.url}historique/comparer/")
        paths.add(f"{page.url}label/")
    paths.add(f"/telecharger/{resource.pk}/99999999999999999999/")
    paths.add(f"/telecharger/99999999999999999999/{document.pk}/")
    return sorted(paths)


def walk(client, paths) -> list[str]:
    client.raise_request_exception = False
    failures = []
    for path in paths:
        for language in ("", "/en"):
            url = language + path
            requests = [("GET", lambda u=url: client.get(u + HOSTILE_QUERY))]
            if not url.startswith(STREAMFIELD_EDITS):
                requests.append(
                    ("POST", lambda u=url: client.post(u, HOSTILE_POST, HTTP_ORIGIN=ORIGIN))
                )
            for method, response in requests:
                status = response().status_code
                if status >= 500:
                    failures.append(f"{method} {url[:120]} → {status}")
            if path.startswith("/admin") or not path.isascii() or len(path) > 200:
                break  # the admin is not translated by URL; hostile values once is enough
    return failures


def test_anonymous_never_gets_a_500(client, hostile_paths):
    assert walk(client, hostile_paths) == []


def test_a_project_team_member_never_gets_a_500(client, project, hostile_paths):
    client.force_login(member_of(project))
    assert walk(client, hostile_paths) == []


def test_a_superuser_never_gets_a_500(client, hostile_paths):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert walk(client, hostile_paths) == []


def test_the_walk_covers_the_project_views():
    routes = site_routes()
    for expected in (
        "telecharger/<id:resource_id>/<id:document_id>/",
        "ressources/<id:resource_id>/avis/",
        "admin/label/projets/<id:project_id>/",
        "admin/eligibilite/<id:programme_id>/",
        "admin/moderation-contributions/",
        "admin/label/programmes/<id:programme_id>/",
        "admin/indicateurs/suivis/<id:project_indicator_id>/periodes/<indicator_period:period_start>/",
        "admin/evaluation/campagnes/<id:campaign_id>/projets/<id:project_id>/",
        "admin/evaluation/campagnes/edit/<id:pk>/",
        "admin/formulaires-evaluation/<id:form_id>/versions/<int:number>/",
        "admin/questionnaires-publics/<id:link_id>/qr.svg",
        "admin/codage/reponses/<id:answer_id>/",
        "admin/snippets/evaluation_forms/evaluationform/edit/<int:pk>/",
        "questionnaires/<token>/",
    ):
        assert expected in routes
