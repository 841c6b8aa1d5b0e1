"""The life of a value: the team drafts and submits; only the programme team of the project's
programme approves or returns (with a note); a correction is a new update that takes over
as the value in force, history kept. And the parts check, and the library's defaults."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from commons.access.models import Role
from evaluation.indicators import services
from evaluation.indicators.dimensions import parts_mismatches, value_mismatches
from evaluation.indicators.models import (
    AcrossProjects,
    Indicator,
    IndicatorValue,
    OverTime,
    Unit,
    ValueStatus,
)
from tests.conftest import member_of
from tests.factories.accounts import funder
from tests.factories.directory import OrganisationFactory
from tests.factories.evaluation import IndicatorFactory
from tests.factories.indicators import (
    Q1,
    Q2,
    approved,
    count_indicator,
    d,
    follows,
    percent_indicator,
    submitted,
)

pytestmark = pytest.mark.django_db


def draft(project_indicator, user, period_start=Q1, **figures):
    return services.save_draft_value(
        project_indicator=project_indicator, period_start=period_start, user=user, **figures
    )


def test_team_drafts_and_submits_then_programme_team_approves(
    project, project_member, programme_member
):
    followed = follows(project, count_indicator())
    value = draft(followed, project_member, value=d("12.5"), comment="Ateliers du trimestre")
    assert (value.status, value.is_current, value.created_by) == (
        ValueStatus.DRAFT,
        False,
        project_member,
    )
    value = services.submit_value(indicator_value=value, user=project_member)
    assert value.status == ValueStatus.SUBMITTED and value.submitted_at is not None

    value = services.approve_value(indicator_value=value, user=programme_member)
    value.refresh_from_db()
    assert (value.status, value.is_current, value.reviewed_by) == (
        ValueStatus.APPROVED,
        True,
        programme_member,
    )
    assert value.value == Decimal("12.5") and isinstance(value.value, Decimal)


def test_team_cannot_approve_its_own_value(project, project_member):
    value = submitted(follows(project, count_indicator()), value=d("3"))
    with pytest.raises(PermissionDenied):
        services.approve_value(indicator_value=value, user=project_member)
    with pytest.raises(PermissionDenied):
        services.return_value(indicator_value=value, user=project_member, note="Non")
    value.refresh_from_db()
    assert value.status == ValueStatus.SUBMITTED


def test_programme_team_of_another_programme_cannot_review(project, other_programme):
    stranger = member_of(other_programme, Role.PROGRAMME_TEAM)
    value = submitted(follows(project, count_indicator()), value=d("3"))
    with pytest.raises(PermissionDenied):
        services.approve_value(indicator_value=value, user=stranger)
    value.refresh_from_db()
    assert (value.status, value.is_current) == (ValueStatus.SUBMITTED, False)


def test_funder_and_programme_team_cannot_declare_values(project, programme, programme_member):
    organisation = OrganisationFactory()
    programme.funders = [organisation]
    programme.save_revision().publish()
    followed = follows(project, count_indicator())
    for outsider in (programme_member, funder(organisation)):
        with pytest.raises(PermissionDenied):
            draft(followed, outsider, value=d("3"))
    assert not IndicatorValue.objects.exists()


def test_returning_needs_a_note(project, programme_member):
    value = submitted(follows(project, count_indicator()), value=d("3"))
    with pytest.raises(ValidationError) as error:
        services.return_value(indicator_value=value, user=programme_member, note="   ")
    assert "obligatoire" in error.value.message_dict["review_note"][0]
    value = services.return_value(
        indicator_value=value, user=programme_member, note="Le total ne correspond pas au bilan."
    )
    assert (value.status, value.is_current) == (ValueStatus.RETURNED, False)
    assert value.review_note == "Le total ne correspond pas au bilan."


def test_fixing_a_returned_value_is_a_new_update(project, project_member, programme_member):
    followed = follows(project, count_indicator())
    first = submitted(followed, value=d("3"))
    services.return_value(indicator_value=first, user=programme_member, note="Vérifiez.")
    fixed = draft(followed, project_member, value=d("4"))
    assert fixed.pk != first.pk and fixed.status == ValueStatus.DRAFT
    first.refresh_from_db()
    assert (first.status, first.value) == (ValueStatus.RETURNED, d("3"))


def test_a_submitted_value_cannot_be_edited_until_reviewed(project, project_member):
    followed = follows(project, count_indicator())
    submitted(followed, value=d("3"))
    with pytest.raises(ValidationError) as error:
        draft(followed, project_member, value=d("5"))
    assert "attend l'examen" in error.value.messages[0]


def test_correction_keeps_history_and_moves_is_current(project, project_member, programme_member):
    followed = follows(project, count_indicator())
    original = approved(followed, Q1, value=d("10"))
    later_period = approved(followed, Q2, value=d("20"))

    correction = draft(followed, project_member, Q1, value=d("11"))
    assert correction.corrects == original
    original.refresh_from_db()
    assert original.is_current, "a correction counts once approved, not before"
    services.submit_value(indicator_value=correction, user=project_member)
    services.approve_value(indicator_value=correction, user=programme_member)

    current = IndicatorValue.objects.filter(project_indicator=followed, is_current=True)
    assert sorted(current.values_list("period_start", "value")) == [
        (Q1, d("11")),
        (Q2, d("20")),
    ]
    original.refresh_from_db()
    later_period.refresh_from_db()
    assert (original.status, original.is_current, original.value) == (
        ValueStatus.APPROVED,
        False,
        d("10"),
    )
    assert later_period.is_current and later_period.value == d("20")


def test_percentage_needs_numerator_and_denominator(project, project_member):
    followed = follows(project, percent_indicator())
    with pytest.raises(ValidationError) as error:
        draft(followed, project_member, value=d("40"))
    assert set(error.value.message_dict) == {"numerator", "denominator"}
    with pytest.raises(ValidationError) as error:
        draft(followed, project_member, numerator=d("12"), denominator=d("10"))
    assert "dépasse" in error.value.message_dict["numerator"][0]
    value = draft(followed, project_member, numerator=d("3"), denominator=d("8"))
    assert value.value == Decimal("37.5000")


def test_value_is_required_and_not_negative(project, project_member):
    followed = follows(project, count_indicator())
    with pytest.raises(ValidationError) as error:
        draft(followed, project_member)
    assert list(error.value.message_dict) == ["value"]
    with pytest.raises(ValidationError) as error:
        draft(followed, project_member, value=d("-1"))
    assert "négative" in error.value.message_dict["value"][0]


def test_period_must_start_a_period_of_the_calendar(project, project_member):
    followed = follows(project, count_indicator())
    with pytest.raises(ValidationError) as error:
        draft(followed, project_member, Q1.replace(day=15), value=d("1"))
    assert "period_start" in error.value.message_dict


def test_parts_are_kept_and_flagged_when_they_do_not_add_up(project, project_member):
    followed = follows(project, count_indicator())
    value = draft(
        followed,
        project_member,
        value=d("40"),
        parts={
            ("gender", "femmes"): d("20"),
            ("gender", "hommes"): d("18"),
            ("age", "18-25"): d("40"),
        },
    )
    assert value.parts.count() == 3
    flags = value_mismatches(value)
    assert [flag.message for flag in flags] == [
        "Les parts « genre » totalisent 38, la valeur est 40."
    ]
    # saving again replaces the parts
    value = draft(followed, project_member, value=d("38"), parts={("gender", "femmes"): d("38")})
    assert value_mismatches(value) == [] and value.parts.count() == 1


def test_parts_of_a_dimension_the_indicator_does_not_break_down_are_refused(
    project, project_member
):
    followed = follows(project, count_indicator(dimensions=["gender"]))
    with pytest.raises(ValidationError) as error:
        draft(followed, project_member, value=d("4"), parts={("qpv", "qpv"): d("4")})
    assert "parts" in error.value.message_dict
    with pytest.raises(ValidationError):
        draft(followed, project_member, value=d("4"), parts={("gender", "inconnu"): d("4")})
    assert not IndicatorValue.objects.exists()


def test_parts_check_in_decimals():
    flags = parts_mismatches(
        total=d("12.5"), parts={("gender", "femmes"): d("10"), ("gender", "hommes"): d("2")}
    )
    assert [f.message for f in flags] == ["Les parts « genre » totalisent 12, la valeur est 12,5."]
    assert parts_mismatches(total=d("12.5"), parts={("gender", "femmes"): d("12.5")}) == []


def test_following_an_indicator_is_for_the_teams_of_the_project(
    project, project_member, other_programme, programme
):
    indicator = count_indicator()
    with pytest.raises(PermissionDenied):
        services.follow_indicator(
            project=project,
            indicator=indicator,
            user=member_of(other_programme, Role.PROGRAMME_TEAM),
        )
    followed = services.follow_indicator(
        project=project, indicator=indicator, user=project_member, target_value=d("100")
    )
    assert followed.indicator_id == indicator.code
    with pytest.raises(ValidationError) as error:
        services.follow_indicator(project=project, indicator=indicator, user=project_member)
    assert "déjà" in error.value.message_dict["indicator"][0]
    private = IndicatorFactory(programme=other_programme, shared=False)
    with pytest.raises(ValidationError):
        services.follow_indicator(project=project, indicator=private, user=project_member)


def test_calendar_kind_is_fixed_once_values_exist(project, project_member):
    followed = approved(follows(project, count_indicator()), value=d("1")).project_indicator
    with pytest.raises(ValidationError) as error:
        services.update_project_indicator(
            project_indicator=followed,
            user=project_member,
            baseline_value=None,
            baseline_date=None,
            target_value=d("50"),
            target_date=None,
            period_kind="month",
        )
    assert "period_kind" in error.value.message_dict


def test_default_library_is_seeded_with_explicit_rules(db):
    library = {i.code: i for i in Indicator.objects.filter(programme__isnull=True)}
    expected = {
        "personnes-accompagnees",
        "participants-uniques",
        "participations",
        "organisations-impliquees",
        "collectivites-impliquees",
        "centres-ressources-formes",
        "telechargements",
        "vues-videos",
        "destinataires-infolettre",
        "groupes-de-travail",
        "webinaires",
        "fiches-outils-publiees",
        "feuilles-de-route-adoptees",
        "part-personnes-autonomes",
    }
    assert expected <= set(library)
    assert library["participants-uniques"].over_time == OverTime.LATEST
    assert library["destinataires-infolettre"].over_time == OverTime.LATEST
    assert library["participations"].over_time == OverTime.SUM
    share = library["part-personnes-autonomes"]
    assert (share.unit, share.over_time, share.across_projects) == (
        Unit.PERCENT,
        OverTime.LATEST,
        AcrossProjects.RATIO_OF_SUMS,
    )
    for indicator in library.values():
        indicator.full_clean()  # every default respects the library's own rules
        assert indicator.name_en
