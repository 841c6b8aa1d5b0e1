"""Bad input never answers 500 on the coding views: each route walked with hostile values in
its captures, hostile query strings and hostile POST data, as the programme team and as a
superuser (the site-wide walk in tests/cms only visits the admin prefixes it lists)."""

import pytest
from django.urls import reverse

from tests.factories.coding import ExcerptFactory, long_text_answer
from tests.factories.pages import LessonPageFactory

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = ["99999999999999999999", "-1", "0", "²", "%00", "..%2F", "x" * 3000]
HOSTILE_QUERY = (
    "?page=abc&programme=%00&form=²&question=%00&project=99999999999999999999&wave=-1"
    "&coded=zzz&q=%00&format=csv&par=%00"
)
HOSTILE_POST = {
    "passage": "\x00" + "x" * 30000,
    "occurrence": "99999999999999999999",
    "codes": ["²", "99999999999999999999", "%00"],
    "lesson": "99999999999999999999",
    "note": "x" * 10000,
    "programme": "99999999999999999999",
    "theme": "\x00",
    "label": "x" * 500,
    "position": "-5",
}
ROUTES = [
    "/admin/codage/",
    "/admin/codage/comptages/",
    "/admin/codage/reponses/{}/",
    "/admin/codage/extraits/{}/",
    "/admin/codage/extraits/{}/supprimer/",
    "/admin/codage/comptages/{}/",
    "/admin/codage/lecons/{}/",
    "/admin/codage/grille/",
    "/admin/codage/grille/new/",
    "/admin/codage/grille/edit/{}/",
    "/admin/codage/grille/delete/{}/",
]


@pytest.fixture
def hostile_paths(programme, project, autonomy):
    answer = long_text_answer(project, "Elle ose maintenant appeler la CAF.")
    excerpt = ExcerptFactory(answer=answer, text="ose", codes=[autonomy])
    lesson = LessonPageFactory(parent=project)
    real_ids = [str(pk) for pk in (programme.pk, answer.pk, excerpt.pk, autonomy.pk, lesson.pk)]
    paths = set()
    for route in ROUTES:
        for value in (HOSTILE_VALUES + real_ids) if "{}" in route else [""]:
            paths.add(route.format(value))
    return sorted(paths)


def walk(client, paths) -> list[str]:
    client.raise_request_exception = False
    failures = []
    for path in paths:
        for method, send in (
            ("GET", lambda p=path: client.get(p + HOSTILE_QUERY)),
            ("POST", lambda p=path: client.post(p, HOSTILE_POST)),
        ):
            status = send().status_code
            if status >= 500:
                failures.append(f"{method} {path[:80]} → {status}")
    return failures


def test_the_programme_team_never_gets_a_500(client, programme_member, hostile_paths):
    client.force_login(programme_member)
    assert walk(client, hostile_paths) == []


def test_a_superuser_never_gets_a_500(client, superuser, hostile_paths):
    client.force_login(superuser)
    assert walk(client, hostile_paths) == []


def test_the_routes_walked_are_the_coding_routes():
    registered = {
        reverse("coding_answers"),
        reverse("coding_counts_index"),
        reverse("coding_frame:index"),
    }
    assert registered <= set(ROUTES)
