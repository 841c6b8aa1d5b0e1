"""Counts by code, theme, territory and wave on a hand-made example, read from the CSV exports
and the page, as the programme team downloads them.

Programme: projects A (territories T1 and T2, wave W1), B (T1, W2), C (none, none); codes c1,
c2 (theme Autonomie), c3 (Freins) and a common code c4 (Transversal). Excerpts:
A answer 1: e1 [c1, c2], e2 [c1]; A answer 2: e3 [c3]; B answer 3: e4 [c1, c3];
C answer 4: e5 [c2, c4]. Another programme's answer: e6 [c4] — never counted here.
"""

import csv
import datetime as dt
import io
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from commons.access.models import Role
from commons.programmes.models import Wave
from tests.conftest import member_of
from tests.factories.coding import ExcerptFactory, long_text_answer
from tests.factories.directory import TerritoryFactory
from tests.factories.evaluation import CodeFactory
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def example(programme, other_programme):
    t1 = TerritoryFactory(name="Chambéry")
    t2 = TerritoryFactory(name="Aix-les-Bains")
    w1 = Wave.objects.create(programme=programme, name="AMI 2024", deadline=dt.date(2024, 3, 1))
    w2 = Wave.objects.create(programme=programme, name="AMI 2025", deadline=dt.date(2025, 3, 1))
    a = ProjectPageFactory(parent=programme, territories=[t1, t2], wave=w1)
    b = ProjectPageFactory(parent=programme, territories=[t1], wave=w2)
    c = ProjectPageFactory(parent=programme)
    c1 = CodeFactory(programme=programme, theme="Autonomie", label="c1", position=1)
    c2 = CodeFactory(programme=programme, theme="Autonomie", label="c2", position=2)
    c3 = CodeFactory(programme=programme, theme="Freins", label="c3")
    c4 = CodeFactory(programme=None, theme="Transversal", label="c4")
    CodeFactory(programme=other_programme, theme="Autonomie", label="ailleurs")
    answer1 = long_text_answer(a, "un deux trois")
    answer2 = long_text_answer(a, "quatre cinq")
    answer3 = long_text_answer(b, "six sept")
    answer4 = long_text_answer(c, "huit neuf")
    ExcerptFactory(answer=answer1, text="un", codes=[c1, c2])
    ExcerptFactory(answer=answer1, text="trois", codes=[c1])
    ExcerptFactory(answer=answer2, text="cinq", codes=[c3])
    ExcerptFactory(answer=answer3, text="six", codes=[c1, c3])
    ExcerptFactory(answer=answer4, text="neuf", codes=[c2, c4])
    foreign = long_text_answer(ProjectPageFactory(parent=other_programme, territories=[t1]), "dix")
    ExcerptFactory(answer=foreign, text="dix", codes=[c4])
    return programme


def table(client, programme, breakdown: str) -> list[list[str]]:
    response = client.get(
        reverse("coding_counts", args=[programme.pk]), {"format": "csv", "par": breakdown}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert f"codage-{programme.slug}-{breakdown}.csv" in response["Content-Disposition"]
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_counts_by_code_and_theme(client, example, programme_member):
    client.force_login(programme_member)
    assert table(client, example, "code") == [
        ["Thème", "Code", "Extraits", "Réponses distinctes", "Projets distincts"],
        ["Autonomie", "c1", "3", "2", "2"],
        ["Autonomie", "c2", "2", "2", "2"],
        ["Freins", "c3", "2", "2", "2"],
        ["Transversal", "c4", "1", "1", "1"],
    ]
    assert table(client, example, "theme") == [
        ["Thème", "Extraits", "Réponses distinctes", "Projets distincts"],
        ["Autonomie", "4", "3", "3"],
        ["Freins", "2", "2", "2"],
        ["Transversal", "1", "1", "1"],
    ]


def test_counts_by_territory_and_wave(client, example, programme_member):
    client.force_login(programme_member)
    header = ["Territoire", "Thème", "Code", "Extraits", "Réponses distinctes", "Projets distincts"]
    assert table(client, example, "territoire") == [
        header,
        ["Aix-les-Bains", "Autonomie", "c1", "2", "1", "1"],
        ["Aix-les-Bains", "Autonomie", "c2", "1", "1", "1"],
        ["Aix-les-Bains", "Freins", "c3", "1", "1", "1"],
        ["Chambéry", "Autonomie", "c1", "3", "2", "2"],
        ["Chambéry", "Autonomie", "c2", "1", "1", "1"],
        ["Chambéry", "Freins", "c3", "2", "2", "2"],
        ["Sans territoire", "Autonomie", "c2", "1", "1", "1"],
        ["Sans territoire", "Transversal", "c4", "1", "1", "1"],
    ]
    assert table(client, example, "vague") == [
        ["Vague", *header[1:]],
        ["AMI 2024", "Autonomie", "c1", "2", "1", "1"],
        ["AMI 2024", "Autonomie", "c2", "1", "1", "1"],
        ["AMI 2024", "Freins", "c3", "1", "1", "1"],
        ["AMI 2025", "Autonomie", "c1", "1", "1", "1"],
        ["AMI 2025", "Freins", "c3", "1", "1", "1"],
        ["Sans vague", "Autonomie", "c2", "1", "1", "1"],
        ["Sans vague", "Transversal", "c4", "1", "1", "1"],
    ]


def test_the_counts_page_shows_the_same_figures_in_a_few_queries(client, example, programme_member):
    client.force_login(programme_member)
    url = reverse("coding_counts", args=[example.pk])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    page = unescape(response.content.decode())
    assert response.status_code == 200
    assert '<th scope="row">Autonomie</th><td>4</td><td>3</td><td>3</td>' in page
    assert '<td>Autonomie</td><th scope="row">c1</th><td>3</td><td>2</td><td>2</td>' in page
    assert "ailleurs" not in page
    counting = [q["sql"] for q in queries.captured_queries if "GROUP BY" in q["sql"]]
    assert len(counting) == 4, "one GROUP BY per table"


def test_counts_are_the_programme_team_s_only(client, example, other_programme, project):
    url = reverse("coding_counts", args=[example.pk])
    client.force_login(member_of(other_programme, Role.PROGRAMME_TEAM))
    assert client.get(url).status_code == 404
    assert client.get(url, {"format": "csv", "par": "code"}).status_code == 404
    client.force_login(member_of(project))
    assert client.get(url, {"format": "csv", "par": "code"}).status_code == 302


def test_an_unknown_export_shows_the_page(client, example, programme_member):
    client.force_login(programme_member)
    url = reverse("coding_counts", args=[example.pk])
    for query in ({"format": "csv", "par": "%00"}, {"format": "pdf", "par": "code"}):
        response = client.get(url, query)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
