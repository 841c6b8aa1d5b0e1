"""Responses: one per project and campaign, drafts, submission (typed rows, indicator values
without double entry, lateness), finality, public links."""

import datetime
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError

from evaluation.campaigns.models import Answer, Response, ResponseStatus
from evaluation.campaigns.services import (
    save_draft,
    start_or_resume,
    submit,
    submit_public,
)
from evaluation.forms.schema import QuestionType
from evaluation.indicators.models import IndicatorValue, ValueSource, ValueStatus
from tests.factories.evaluation import (
    CampaignFactory,
    EvaluationFormFactory,
    FormVersionFactory,
    IndicatorFactory,
    PublicLinkFactory,
    options,
    question,
    schema,
)

pytestmark = pytest.mark.django_db

QUESTIONS = schema(
    question(
        "accompagnes",
        QuestionType.INTEGER,
        indicator="personnes-accompagnees",
        label="Combien de personnes avez-vous accompagnées ce trimestre ?",
    ),
    question("public", QuestionType.MULTIPLE_CHOICE, choices=options("jeunes", "seniors", "tous")),
    question("satisfait", QuestionType.YES_NO),
    question(
        "pourquoi",
        QuestionType.LONG_TEXT,
        condition={"question": "satisfait", "operator": "equals", "value": "non"},
    ),
    question("note", QuestionType.SCALE),
    question("budget", QuestionType.DECIMAL),
    question("depuis", QuestionType.DATE),
)


@pytest.fixture
def campaign(programme):
    IndicatorFactory(code="personnes-accompagnees")
    form = EvaluationFormFactory(programme=programme)
    FormVersionFactory(form=form, number=1, schema=QUESTIONS)
    return CampaignFactory(
        programme=programme,
        form=form,
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 3, 31),
        due_on=datetime.date(2026, 4, 30),
    )


def test_a_project_has_one_response_per_campaign_resumed_where_it_was_left(
    campaign, project, project_member
):
    started = start_or_resume(campaign=campaign, project=project, user=project_member)
    assert started.status == ResponseStatus.DRAFT
    assert started.form_version == campaign.form.latest_version

    save_draft(response=started, answers={"accompagnes": 40}, user=project_member)
    resumed = start_or_resume(campaign=campaign, project=project, user=project_member)

    assert resumed.pk == started.pk
    assert resumed.data == {"accompagnes": 40}
    assert Response.objects.filter(campaign=campaign).count() == 1
    assert not Answer.objects.exists(), "a draft is not counted"
    assert not IndicatorValue.objects.exists()


def test_a_draft_stays_on_the_version_it_was_started_on(campaign, project, project_member):
    started = start_or_resume(campaign=campaign, project=project, user=project_member)
    FormVersionFactory(form=campaign.form, number=2, schema=schema(question("autre")))

    resumed = start_or_resume(campaign=campaign, project=project, user=project_member)
    assert resumed.form_version == started.form_version


def test_a_form_without_published_version_cannot_be_answered(programme, project, project_member):
    campaign = CampaignFactory(programme=programme, form=EvaluationFormFactory(name="Bilan 2026"))
    with pytest.raises(ValidationError, match=r"Bilan 2026.*pas encore de version publiée"):
        start_or_resume(campaign=campaign, project=project, user=project_member)
    assert not Response.objects.exists()


@time_machine.travel(datetime.datetime(2026, 4, 20, 10, tzinfo=datetime.UTC), tick=False)
def test_submitting_writes_one_typed_row_per_answer(campaign, project, project_member):
    response = start_or_resume(campaign=campaign, project=project, user=project_member)

    submit(
        response=response,
        answers={
            "accompagnes": 42,
            "public": ["jeunes", "seniors"],
            "satisfait": "oui",
            "note": 4,
            "budget": "1234.5",
            "depuis": "2025-09-01",
        },
        user=project_member,
    )

    response.refresh_from_db()
    assert response.status == ResponseStatus.SUBMITTED
    assert response.submitted_at == datetime.datetime(2026, 4, 20, 10, tzinfo=datetime.UTC)
    assert response.is_late is False
    rows = {
        (row.question_key, row.number, row.text, row.choice, row.date)
        for row in Answer.objects.filter(response=response)
    }
    assert rows == {
        ("accompagnes", Decimal("42"), "", "", None),
        ("public", None, "", "jeunes", None),
        ("public", None, "", "seniors", None),
        ("satisfait", None, "", "oui", None),
        ("note", Decimal("4"), "", "", None),
        ("budget", Decimal("1234.5"), "", "", None),
        ("depuis", None, "", "", datetime.date(2025, 9, 1)),
    }
    copied = set(
        Answer.objects.values_list("form", "form_version", "project", "campaign", "submitted_at")
    )
    assert copied == {
        (
            campaign.form_id,
            response.form_version_id,
            project.pk,
            campaign.pk,
            response.submitted_at,
        )
    }


def test_answers_of_hidden_or_unknown_questions_are_not_stored(campaign, project, project_member):
    response = start_or_resume(campaign=campaign, project=project, user=project_member)

    submit(
        response=response,
        answers={"satisfait": "oui", "pourquoi": "Trop loin", "inconnue": "x"},
        user=project_member,
    )

    response.refresh_from_db()
    assert response.data == {"satisfait": "oui"}
    assert list(Answer.objects.values_list("question_key", flat=True)) == ["satisfait"]


def test_an_answer_bound_to_an_indicator_becomes_its_submitted_value_once(
    campaign, project, project_member
):
    response = start_or_resume(campaign=campaign, project=project, user=project_member)
    submit(response=response, answers={"accompagnes": 42}, user=project_member)

    value = IndicatorValue.objects.get()
    assert value.project == project
    assert value.indicator_id == "personnes-accompagnees"
    assert value.value == Decimal("42")
    assert (value.period_start, value.period_end) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 3, 31),
    )
    assert value.status == ValueStatus.SUBMITTED
    assert value.source == ValueSource.FORM
    assert str(response.pk) in value.source_reference
    assert value.created_by == project_member

    with pytest.raises(ValidationError, match="déjà été envoyée"):
        submit(response=response, answers={"accompagnes": 50}, user=project_member)
    assert IndicatorValue.objects.count() == 1
    assert Answer.objects.count() == 1


def test_an_unanswered_bound_question_records_no_value(campaign, project, project_member):
    response = start_or_resume(campaign=campaign, project=project, user=project_member)
    submit(response=response, answers={"satisfait": "oui"}, user=project_member)
    assert not IndicatorValue.objects.exists()


@pytest.mark.parametrize(
    ("moment", "late"),
    [
        (datetime.datetime(2026, 4, 30, 21, 30, tzinfo=datetime.UTC), False),  # 23:30 in Paris
        (datetime.datetime(2026, 4, 30, 22, 30, tzinfo=datetime.UTC), True),  # 1 May in Paris
    ],
)
def test_a_submission_after_the_deadline_is_accepted_and_marked_late(
    campaign, project, project_member, moment, late
):
    response = start_or_resume(campaign=campaign, project=project, user=project_member)
    with time_machine.travel(moment, tick=False):
        submit(response=response, answers={"satisfait": "oui"}, user=project_member)
    response.refresh_from_db()
    assert response.status == ResponseStatus.SUBMITTED
    assert response.is_late is late


def test_a_submitted_response_is_final(campaign, project, project_member):
    response = start_or_resume(campaign=campaign, project=project, user=project_member)
    submit(response=response, answers={"satisfait": "oui"}, user=project_member)

    with pytest.raises(ValidationError, match="ne peut plus être modifiée"):
        save_draft(response=response, answers={"satisfait": "non"}, user=project_member)
    response.refresh_from_db()
    assert response.data == {"satisfait": "oui"}
    resumed = start_or_resume(campaign=campaign, project=project, user=project_member)
    assert resumed.status == ResponseStatus.SUBMITTED


@time_machine.travel(datetime.datetime(2026, 5, 12, 9, tzinfo=datetime.UTC), tick=False)
def test_a_public_answer_feeds_the_quarter_of_its_submission(project):
    IndicatorFactory(code="personnes-accompagnees")
    link = PublicLinkFactory(project=project)
    FormVersionFactory(form=link.form, number=1, schema=QUESTIONS)
    latest = FormVersionFactory(form=link.form, number=2, schema=QUESTIONS)

    response = submit_public(public_link=link, answers={"accompagnes": 3, "note": 5})

    assert response.form_version == latest
    assert response.public_link == link
    assert response.campaign is None
    assert response.updated_by is None
    assert response.status == ResponseStatus.SUBMITTED
    assert response.is_late is False
    assert Answer.objects.filter(response=response, campaign=None).count() == 2
    value = IndicatorValue.objects.get()
    assert (value.period_start, value.period_end) == (
        datetime.date(2026, 4, 1),
        datetime.date(2026, 6, 30),
    )
    assert value.created_by is None


@pytest.mark.parametrize("closed", [{"active": False}, {"closes_on": datetime.date(2026, 5, 11)}])
@time_machine.travel(datetime.datetime(2026, 5, 12, 9, tzinfo=datetime.UTC), tick=False)
def test_a_closed_public_link_takes_no_answer(project, closed):
    link = PublicLinkFactory(project=project, **closed)
    FormVersionFactory(form=link.form, number=1)

    with pytest.raises(ValidationError, match="n'accepte plus de réponses"):
        submit_public(public_link=link, answers={"avis": "Bien"})
    assert not Response.objects.exists()


@time_machine.travel(datetime.datetime(2026, 5, 11, 9, tzinfo=datetime.UTC), tick=False)
def test_a_public_link_is_open_until_its_closing_day_included(project):
    link = PublicLinkFactory(project=project, closes_on=datetime.date(2026, 5, 11))
    FormVersionFactory(form=link.form, number=1)

    response = submit_public(public_link=link, answers={"avis": "Bien"})
    assert response.data == {"avis": "Bien"}
