"""The evaluation part of the demo: a year of approved quarterly values per published project,
two campaigns answered in every state, a public questionnaire with about 200 answers, coded
excerpts; a second load, even on another day, adds nothing. And the volume generators of
`make bench` write the rows the services would, and the bench itself runs."""

import datetime
import itertools
from collections import Counter
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from bench.evaluation import measure_evaluation
from commons.demo.evaluation import DemoCalendar, data, load_evaluation_demo, public_answers
from commons.demo.evaluation_volume import (
    generate_answers,
    generate_indicator_values,
    volume_form,
)
from commons.demo.loader import DemoReport, load_demo
from commons.programmes.models import ProjectPage
from evaluation.campaigns.models import Answer, Campaign, PublicLink, Response, ResponseStatus
from evaluation.coding.models import Code, Excerpt
from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.schema import Moment, QuestionType, typed_rows
from evaluation.indicators.dimensions import value_mismatches
from evaluation.indicators.models import (
    IndicatorValue,
    ProjectIndicator,
    ValuePart,
    ValueSource,
    ValueStatus,
)
from evaluation.indicators.periods import period_containing

pytestmark = pytest.mark.django_db


def evaluation_counts() -> dict[str, int]:
    models = (
        ProjectIndicator,
        IndicatorValue,
        ValuePart,
        EvaluationForm,
        FormVersion,
        Campaign,
        PublicLink,
        Response,
        Answer,
        Code,
        Excerpt,
    )
    return {model.__name__: model.objects.count() for model in models}


def test_every_published_project_has_indicators_with_a_year_of_approved_quarters():
    calendar = DemoCalendar(timezone.localdate())
    published = ProjectPage.objects.exclude(phase="application")
    assert set(published.values_list("code", flat=True)) == set(data("project_indicators"))
    for project in published:
        codes = {row["indicator"] for row in data("project_indicators")[project.code]}
        assert 3 <= len(codes) <= 5, project.code
        followed = ProjectIndicator.objects.filter(project=project, indicator__in=codes)
        assert followed.count() == len(codes), project.code
        for project_indicator in followed:
            assert project_indicator.baseline_value is not None
            assert project_indicator.target_value is not None
            current = project_indicator.values.filter(is_current=True).order_by("period_start")
            assert [(v.period_start, v.period_end) for v in current] == calendar.value_quarters
            assert {v.status for v in current} == {ValueStatus.APPROVED}


def test_the_four_quarters_follow_each_other_just_before_the_campaign_quarter():
    for today in (
        datetime.date(2026, 1, 3),
        datetime.date(2026, 5, 31),
        datetime.date(2027, 12, 1),
    ):
        calendar = DemoCalendar(today)
        quarters = calendar.value_quarters
        assert len(quarters) == 4
        for (_, end), (start, _) in itertools.pairwise(quarters):
            assert start == end + datetime.timedelta(days=1)
        assert quarters[-1][1] + datetime.timedelta(days=1) == calendar.in_itinere_period[0]
        assert calendar.in_itinere_period == period_containing(today - datetime.timedelta(30))
        assert calendar.in_itinere_due_on < today
        assert calendar.ex_post_due_on < today
        assert calendar.ex_post_period[1] < calendar.ex_post_opens_on


def test_a_corrected_quarter_keeps_its_first_value_in_the_history():
    corrected = IndicatorValue.objects.filter(corrects__isnull=False)
    assert corrected.count() == 1
    correction = corrected.get()
    first = correction.corrects
    assert correction.is_current and not first.is_current
    assert first.status == ValueStatus.APPROVED
    assert first.period_start == correction.period_start
    assert first.value != correction.value
    assert first.reviewed_at < correction.created_at


def test_a_percentage_is_stored_as_numerator_and_denominator():
    values = IndicatorValue.objects.filter(indicator__unit="percent", is_current=True)
    assert values.exists()
    for value in values:
        assert value.numerator is not None and value.denominator > 0
        assert value.value == (value.numerator * 100 / value.denominator).quantize(value.value)


def test_disaggregated_parts_add_up_but_in_one_quarter():
    values = IndicatorValue.objects.filter(parts__isnull=False, is_current=True).distinct()
    assert values.count() == 4
    flagged = [value for value in values if value_mismatches(value)]
    assert len(flagged) == 1
    assert sum(part.value for part in flagged[0].parts.all()) != flagged[0].value


def test_two_campaigns_with_every_state_of_a_response():
    in_itinere = Campaign.objects.get(form__moment=Moment.IN_ITINERE)
    ex_post = Campaign.objects.get(form__moment=Moment.EX_POST)
    assert Campaign.objects.count() == 2
    assert ex_post.period_end < in_itinere.period_start

    responses = {r.project.code: r for r in in_itinere.responses.select_related("project")}
    expected = data("campaigns")[0]["responses"]
    states = Counter(row["state"] for row in expected.values())
    assert states["submitted"] > states["draft"] == states["late"] == states["not_started"] == 1
    for code, row in expected.items():
        if row["state"] == "not_started":
            assert code not in responses
            continue
        response = responses[code]
        if row["state"] == "draft":
            assert response.status == ResponseStatus.DRAFT
            assert response.submitted_at is None
            assert response.data
        else:
            assert response.status == ResponseStatus.SUBMITTED
            assert response.is_late == (row["state"] == "late")
            assert (response.submitted_at.date() > in_itinere.due_on) == response.is_late


def test_typed_answer_rows_exist_for_submitted_responses_only():
    for response in Response.objects.all():
        has_rows = Answer.objects.filter(response=response).exists()
        assert has_rows == (response.status == ResponseStatus.SUBMITTED), response.pk
    row = Answer.objects.filter(response__campaign__isnull=False).first()
    assert row.submitted_at == row.response.submitted_at


def test_the_question_bound_to_an_indicator_submitted_values_for_the_campaign_period():
    campaign = Campaign.objects.get(form__moment=Moment.IN_ITINERE)
    submitted = campaign.responses.filter(status=ResponseStatus.SUBMITTED)
    fed = IndicatorValue.objects.filter(source=ValueSource.FORM)
    assert fed.count() == submitted.count()
    for value in fed:
        assert value.status == ValueStatus.SUBMITTED and not value.is_current
        assert (value.period_start, value.period_end) == (
            campaign.period_start,
            campaign.period_end,
        )
        response = submitted.get(project=value.project)
        assert value.value == Decimal(response.data["personnes_accompagnees"])


def test_the_self_assessment_uses_every_question_type_a_condition_and_an_indicator():
    version = EvaluationForm.objects.get(moment=Moment.IN_ITINERE).latest_version
    questions = version.questions()
    assert 10 <= len(questions) <= 14
    assert {question["type"] for question in questions} == set(QuestionType.values)
    assert any(question["condition"] for question in questions)
    assert any(question["indicator"] for question in questions)


def test_old_responses_keep_the_first_version_of_the_reviewed_form():
    form = EvaluationForm.objects.get(moment=Moment.EX_POST)
    assert form.latest_version.number == 2
    first = form.versions.get(number=1)
    assert set(Response.objects.filter(form=form).values_list("form_version", flat=True)) == {
        first.pk
    }
    new_keys = {q["key"] for q in form.latest_version.questions()} - {
        q["key"] for q in first.questions()
    }
    assert new_keys == {"financement_suite"}


def test_the_public_questionnaire_has_about_200_varied_answers_over_the_past_months():
    spec = data("public_questionnaire")
    link = PublicLink.objects.get(project__code=spec["project"])
    assert link.form.data_notice
    responses = link.responses.all()
    assert responses.count() == spec["responses"] >= 150
    assert {r.status for r in responses} == {ResponseStatus.SUBMITTED}
    assert not responses.filter(campaign__isnull=False).exists()
    months = {r.submitted_at.strftime("%Y-%m") for r in responses}
    assert len(months) >= spec["months"] - 1
    assert max(r.submitted_at for r in responses) < timezone.now()
    scores = Counter(
        Answer.objects.filter(response__public_link=link, question_key="satisfaction").values_list(
            "number", flat=True
        )
    )
    assert len(scores) == 5
    assert scores.most_common(1)[0][0] >= 4


def test_public_answers_are_the_same_at_every_load():
    spec = data("public_questionnaire")
    calendar = DemoCalendar(datetime.date(2026, 3, 1))
    assert public_answers(spec, calendar) == public_answers(spec, calendar)
    answers = [answers for _, answers in public_answers(spec, calendar)]
    assert len({repr(a) for a in answers}) > len(answers) * 0.8


def test_coded_excerpts_quote_their_answer():
    excerpts = Excerpt.objects.select_related("answer")
    assert excerpts.count() == len(data("coding")["excerpts"])
    for excerpt in excerpts:
        assert excerpt.answer.text[excerpt.start : excerpt.end] == excerpt.text
        assert excerpt.codes.exists()


def test_evaluation_data_names_no_real_person():
    text = repr([data(name) for name in ("campaigns", "public_questionnaire", "coding", "forms")])
    assert "@" not in text


def test_a_second_load_even_on_another_day_adds_nothing():
    before = evaluation_counts()
    assert load_demo().created == {}
    report = DemoReport()
    load_evaluation_demo(report, today=timezone.localdate() + datetime.timedelta(days=100))
    assert report.created == {}
    assert evaluation_counts() == before


# --- Volume (make bench, dashboards) ------------------------------------------------------------


def live_projects(count: int) -> list[ProjectPage]:
    return list(ProjectPage.objects.live().order_by("path")[:count])


def test_bulk_answers_are_the_typed_rows_of_their_snapshots():
    projects = live_projects(4)
    volume = generate_answers(rows=500, projects=projects, batch_size=120)
    form = volume_form()
    rows = Answer.objects.filter(form=form)
    assert 500 <= volume.answers == rows.count() < 500 + 40
    responses = Response.objects.filter(form=form).prefetch_related("answers")
    assert responses.count() == volume.responses
    questions = {q["key"]: q for q in form.latest_version.questions()}
    for response in responses:
        expected = sorted(
            (key, fields["choice"], fields["text"], fields["number"])
            for key, value in response.data.items()
            for fields in typed_rows(questions[key], value)
        )
        stored = sorted(
            (a.question_key, a.choice, a.text, a.number) for a in response.answers.all()
        )
        assert len(stored) == len(expected) > 30
        assert stored == expected
    campaign_responses = responses.filter(campaign__isnull=False)
    assert sorted(campaign_responses.values_list("project", flat=True)) == sorted(
        p.pk for p in projects
    )
    assert responses.filter(campaign__isnull=True, public_link__isnull=False).count() == (
        volume.responses - len(projects)
    )


def test_bulk_indicator_values_are_approved_quarters_in_force():
    projects = live_projects(3)
    volume = generate_indicator_values(values=100, projects=projects)
    assert volume.indicator_values == 100
    made = IndicatorValue.objects.filter(source=ValueSource.IMPORT)
    assert made.count() == 100
    assert set(made.values_list("status", "is_current")) == {(ValueStatus.APPROVED, True)}
    last_quarter = period_containing(
        period_containing(timezone.localdate())[0] - datetime.timedelta(1)
    )
    for project_indicator in ProjectIndicator.objects.filter(values__in=made).distinct():
        periods = list(
            project_indicator.values.order_by("period_start").values_list(
                "period_start", "period_end"
            )
        )
        assert periods[-1] == last_quarter
        for (_, end), (start, _) in itertools.pairwise(periods):
            assert start == end + datetime.timedelta(days=1)
    for value in made.filter(indicator__unit="percent"):
        assert value.value == (value.numerator * 100 / value.denominator).quantize(value.value)


def test_scaled_copies_follow_their_originals_indicators():
    call_command("load_demo", scale=2, no_accounts=True, verbosity=0)
    original = ProjectPage.objects.get(code="TRANSISTOR-01")
    copy = ProjectPage.objects.get(code="TRANSISTOR-01-C1")

    def in_force(project):
        return sorted(
            IndicatorValue.objects.filter(project=project, is_current=True).values_list(
                "indicator", "period_start", "value", "numerator", "denominator"
            )
        )

    assert in_force(copy) == in_force(original) != []
    assert sorted(copy.indicators.values_list("indicator", "target_value")) == sorted(
        original.indicators.values_list("indicator", "target_value")
    )


def test_the_evaluation_bench_runs_at_a_tiny_scale(capsys):
    measure_evaluation(submissions=3, answer_rows=200, indicator_values=40)
    printed = capsys.readouterr().out
    for figure in (
        "submit a 30-question response p95",
        "generate typed answer rows",
        "generate approved indicator values",
        "COUNT(*) per option, after",
    ):
        assert figure in printed
    assert Response.objects.filter(campaign__name__startswith="Mesure").count() == 3
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
    assert not [name for name in tables if name.startswith("bench_floor")]
