"""Bad input never answers 500: every URL pattern of the site, walked with hostile values in
each capture, hostile query strings and hostile POST data, as anonymous, as a project team
member and as a superuser.

The patterns come from `cms.urls` resolved recursively; of Wagtail's own admin only the
project's admin views (label, eligibility, moderation) and a few page and document views are
walked. Page sub-routes (history, diff, label) are added by hand: the resolver does not see them.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern

from tests.conftest import member_of
from tests.factories.accounts import UserFactory
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
}
ADMIN_KEPT = (
    "label/",
    "eligibilite/",
    "moderation-contributions/",
    "evaluation/",
    "indicateurs/",
    "codage/",
    "questionnaires-publics/",
    "formulaires-evaluation/",
)
WAGTAIL_ADMIN_KEPT = {
    "pages/<int:page_id>/edit/",
    "pages/<int:page_id>/history/",
    "pages/<int:page_id>/revisions/<int:revision_id>/view/",
    "documents/edit/<int:document_id>/",
}
# Known and left to Wagtail: its StreamField widget raises KeyError ('<field>-count') on a
# forged page edit POST that lacks its management fields (a 500 for an admin who forges it).
WAGTAIL_PAGE_EDIT = "/admin/pages/"
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
    # The public questionnaires' routes are regexes (a token of any shape must reach the view,
    # which answers 404 itself): added by hand.
    kept.extend(["questionnaires/<token>/", "questionnaires/<token>/merci/"])
    return kept


def fill(route: str, value: str) -> str:
    return "/" + CAPTURE.sub(lambda _match: value, route)


@pytest.fixture
def hostile_paths(project, programme):
    document = DocumentFactory()
    resource = ResourcePageFactory(parent=project, body=[file_block(document)])
    real_ids = [str(programme.pk), str(project.pk), str(resource.pk)]
    paths = set()
    for route in site_routes():
        if not CAPTURE.search(route):
            paths.add(fill(route, ""))
            continue
        for value in HOSTILE_VALUES + real_ids:
            paths.add(fill(route, value))
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
            if not url.startswith(WAGTAIL_PAGE_EDIT):
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
    ):
        assert expected in routes
