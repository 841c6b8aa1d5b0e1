"""Campaign results: aggregates computed from the typed answer rows, across form versions by
question key; funders read them without ever reaching a response or a free text."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from evaluation.campaigns.selectors import campaign_results
from evaluation.forms.schema import QuestionType
from tests.evaluation.campaigns.conftest import denied, text
from tests.factories.campaigns import campaign_for, submitted_response
from tests.factories.evaluation import FormVersionFactory, question, schema
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db

SECRET = "Texte libre que seul le programme lit"


@pytest.fixture
def answered(programme, project, other_project):
    """Three projects answered: 10, 20 and 30 people; seniors twice; one objective missed."""
    third = ProjectPageFactory(parent=programme)
    campaign = campaign_for(programme, name="Bilan T1")
    submitted_response(
        campaign,
        project,
        {"personnes": 10, "public": "seniors", "objectif": "oui", "satisfaction": 4},
    )
    submitted_response(
        campaign,
        other_project,
        {
            "personnes": 20,
            "public": "seniors",
            "objectif": "non",
            "pourquoi": SECRET,
            "freins": SECRET,
            "satisfaction": 5,
        },
    )
    submitted_response(campaign, third, {"personnes": 30, "public": "jeunes", "objectif": "oui"})
    return campaign


def by_key(results) -> dict:
    return {result.key: result for result in results.questions}


def counts(result) -> dict:
    return {option.value: option.count for option in result.options}


def test_aggregates_are_computed_from_the_typed_rows(answered):
    results = campaign_results(campaign=answered)
    assert results.response_count == 3
    questions = by_key(results)
    people = questions["personnes"]
    assert (people.answered, people.mean, people.minimum, people.maximum) == (
        3,
        Decimal("20.00"),
        Decimal("10.00"),
        Decimal("30.00"),
    )
    assert counts(questions["public"]) == {"seniors": 2, "jeunes": 1, "familles": 0}
    assert counts(questions["objectif"]) == {"oui": 2, "non": 1}
    assert counts(questions["satisfaction"]) == {"1": 0, "2": 0, "3": 0, "4": 1, "5": 1}
    assert questions["satisfaction"].mean == Decimal("4.50")
    assert (questions["freins"].answered, questions["pourquoi"].answered) == (1, 1)


def test_versions_are_united_by_key_and_labelled_by_the_latest(programme, project, other_project):
    campaign = campaign_for(programme)
    submitted_response(campaign, project, {"personnes": 4, "freins": "a"})
    FormVersionFactory(
        form=campaign.form,
        number=2,
        schema=schema(
            question("personnes", QuestionType.INTEGER, label="Personnes accompagnées (v2)"),
            question("nouvelle", QuestionType.YES_NO, label="Question ajoutée en v2"),
        ),
    )
    submitted_response(campaign, other_project, {"personnes": 6, "nouvelle": "non"})
    questions = by_key(campaign_results(campaign=campaign))
    assert list(questions)[:2] == ["personnes", "nouvelle"]
    assert questions["personnes"].label == "Personnes accompagnées (v2)"
    assert (questions["personnes"].answered, questions["personnes"].mean) == (2, Decimal("5.00"))
    assert questions["freins"].label == "Quels freins ?", "a key only v1 had keeps its v1 label"
    assert questions["freins"].answered == 1


def test_a_funder_reads_aggregates_but_no_response_and_no_text(
    client, answered, project, programme_funder
):
    client.force_login(programme_funder)
    page = text(client.get(reverse("campaigns_results", args=[answered.pk])))
    assert "3 réponses envoyées" in page
    assert "20.00" in page or "20,00" in page
    assert SECRET not in page
    assert project.title not in page
    assert "/projets/" not in page, "no link to an individual response"
    assert denied(client.get(reverse("campaigns_fill", args=[answered.pk, project.pk])))

    export = client.get(reverse("campaigns_results_csv", args=[answered.pk]))
    assert export["Content-Type"].startswith("text/csv")
    content = export.content.decode("utf-8-sig")
    assert SECRET not in content and project.title not in content
    rows = list(csv.DictReader(io.StringIO(content)))
    seniors = next(row for row in rows if row["clé"] == "public" and row["option"] == "Seniors")
    assert seniors["nombre"] == "2"
    people = next(row for row in rows if row["clé"] == "personnes")
    assert people["type"] == "Nombre entier"
    assert (people["moyenne"], people["minimum"], people["maximum"]) == ("20.00", "10.00", "30.00")

    listing = text(client.get(reverse("campaigns_results_index")))
    assert "Bilan T1" in listing


def test_the_programme_team_also_opens_each_response(
    client, answered, other_project, programme_member
):
    client.force_login(programme_member)
    page = text(client.get(reverse("campaigns_results", args=[answered.pk])))
    response_url = reverse("campaigns_fill", args=[answered.pk, other_project.pk])
    assert f'href="{response_url}"' in page
    assert SECRET not in page, "texts are read in the response itself, not in the aggregates"
    assert SECRET in text(client.get(response_url))


def test_others_do_not_read_a_programmes_results(
    client, answered, project_member, other_programme_member, other_programme_funder
):
    for user in (project_member, other_programme_member, other_programme_funder):
        client.force_login(user)
        assert denied(client.get(reverse("campaigns_results", args=[answered.pk])))
        assert denied(client.get(reverse("campaigns_results_csv", args=[answered.pk])))
    client.force_login(project_member)
    assert denied(client.get(reverse("campaigns_results_index")))
