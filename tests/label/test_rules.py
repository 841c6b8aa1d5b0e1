"""The label's rules, checked on the services, selectors and models (the HTTP views are in
test_views). Each test builds its project and snapshots with the factories."""

import datetime as dt
import re
from types import SimpleNamespace

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from commons.access.models import Role
from commons.label import services
from commons.label.grid import DEFAULT_GRID
from commons.label.models import (
    LabelAssessment,
    LabelCriterion,
    LabelRequirement,
    RequirementAssessment,
)
from commons.label.selectors import (
    applicable_requirements,
    criterion_level,
    get_public_label,
    label_level,
    project_progression,
)
from commons.publishing.private_files import private_storage
from commons.taxonomies import (
    EvidenceKind,
    LabelCriterionCode,
    LabelRequestState,
    RequirementStatus,
)
from tests.conftest import member_of
from tests.factories.label import (
    all_achieved,
    draft_snapshot,
    fill,
    level_one,
    published_snapshot,
    reviewed_request,
)
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db

A, IP, NA, NS = (
    RequirementStatus.ACHIEVED,
    RequirementStatus.IN_PROGRESS,
    RequirementStatus.NOT_APPLICABLE,
    RequirementStatus.NOT_STARTED,
)


def row(level, status, criterion="accessibility", mandatory=True):
    return SimpleNamespace(
        level=level, status=status, criterion_code=criterion, mandatory=mandatory
    )


@pytest.fixture
def draft(project, project_member) -> LabelAssessment:
    return services.start_assessment(project=project, user=project_member)


def answer_for(assessment, code) -> RequirementAssessment:
    return assessment.answers.get(requirement_code=code)


# --------------------------------------------------------------------------- the grid
def test_default_grid_has_six_criteria_four_mandatory_and_is_idempotent(site_root):
    criteria = {c.code: c for c in LabelCriterion.objects.all()}
    assert set(criteria) == set(LabelCriterionCode.values)
    mandatory = {code for code, criterion in criteria.items() if criterion.mandatory}
    assert mandatory == {"accessibility", "openness", "appropriability", "security"}
    expected = sum(len(row["requirements"]) for row in DEFAULT_GRID)
    assert LabelRequirement.objects.count() == expected
    assert services.ensure_default_label_grid() == 0
    assert LabelRequirement.objects.count() == expected
    assert criteria["accessibility"].revisions.exists(), "the grid keeps revisions"


def test_grid_has_both_levels_for_every_device_kind_and_mandatory_criterion(site_root):
    for kind in ("digital", "tangible", "engineering"):
        requirements = applicable_requirements(device_kind_codes=[kind])
        for criterion in LabelCriterion.objects.filter(mandatory=True):
            levels = {r.level for r in requirements if r.criterion_id == criterion.pk}
            assert levels == {1, 2}, (kind, criterion.code)


def test_edited_grid_is_not_overwritten_by_the_default(site_root):
    requirement = LabelRequirement.objects.get(code="openness-1-licence")
    requirement.statement = "Texte revu par l'équipe programme."
    requirement.save()
    services.ensure_default_label_grid()
    requirement.refresh_from_db()
    assert requirement.statement == "Texte revu par l'équipe programme."


def test_only_requirements_of_the_project_device_kinds_apply(draft, project):
    kinds = set(project.device_kinds.values_list("code", flat=True))
    assert kinds == {"engineering"}
    codes = set(draft.answers.values_list("requirement_code", flat=True))
    assert "appropriability-1-method" in codes  # engineering
    assert "openness-1-repository" not in codes  # digital only
    assert "accessibility-1-physical" not in codes  # tangible only
    assert "openness-1-licence" in codes  # every kind


# --------------------------------------------------------------------------- evidence rules
@pytest.mark.parametrize(
    ("code", "kind", "field", "message"),
    [
        ("openness-1-licence", EvidenceKind.LINK, "evidence_url", "demande un lien"),
        ("security-1-gdpr", EvidenceKind.DOCUMENT, "evidence_file", "demande un document"),
        ("security-1-mandate", EvidenceKind.TEXT, "evidence_text", "demande une preuve rédigée"),
    ],
)
def test_achieved_requires_the_expected_evidence(draft, project_member, code, kind, field, message):
    answer = answer_for(draft, code)
    assert answer.evidence_kind == kind
    before = (answer.status, answer.evidence_url, answer.evidence_text)
    with pytest.raises(services.AnswersInvalid) as raised:
        services.save_answers(
            assessment=draft,
            answers={answer.pk: services.AnswerInput(status=A)},
            user=project_member,
        )
    error = raised.value.errors[answer.pk]
    assert list(error.message_dict) == [field]
    assert message in error.message_dict[field][0]
    answer.refresh_from_db()
    after = (answer.status, answer.evidence_url, answer.evidence_text)
    assert after == before, "nothing is saved when a rule is broken"


def test_a_broken_rule_saves_none_of_the_answers(draft, project_member):
    valid = answer_for(draft, "codesign-2-governance")
    invalid = answer_for(draft, "openness-1-licence")
    with pytest.raises(services.AnswersInvalid) as raised:
        services.save_answers(
            assessment=draft,
            answers={
                valid.pk: services.AnswerInput(status=A, evidence_text="Comité d'usagers."),
                invalid.pk: services.AnswerInput(status=A),
            },
            user=project_member,
        )
    assert set(raised.value.errors) == {invalid.pk}
    valid.refresh_from_db()
    assert valid.status == NS and valid.evidence_text == "", "all or nothing"


def test_achieved_with_evidence_of_another_kind_is_still_refused(draft, project_member):
    answer = answer_for(draft, "openness-1-licence")  # expects a link
    with pytest.raises(services.AnswersInvalid):
        services.save_answers(
            assessment=draft,
            answers={answer.pk: services.AnswerInput(status=A, evidence_text="Voir le site.")},
            user=project_member,
        )


def test_achieved_with_each_kind_of_evidence_is_accepted(draft, project_member):
    link = answer_for(draft, "openness-1-licence")
    document = answer_for(draft, "security-1-gdpr")
    text = answer_for(draft, "security-1-mandate")
    services.save_answers(
        assessment=draft,
        answers={
            link.pk: services.AnswerInput(status=A, evidence_url="https://example.org/licence"),
            document.pk: services.AnswerInput(
                status=A,
                evidence_file=SimpleUploadedFile("registre.txt", b"Registre RGPD"),
            ),
            text.pk: services.AnswerInput(status=A, evidence_text="Procédure écrite et suivie."),
        },
        user=project_member,
    )
    for answer in (link, document, text):
        answer.refresh_from_db()
        assert answer.status == A, answer.requirement_code
    assert document.evidence_file.name == "registre.txt"
    assert document.evidence_file.file.storage is private_storage()


# --------------------------------------------------------------------------- non applicable
def test_not_applicable_is_refused_on_a_mandatory_criterion(draft, project_member):
    answer = answer_for(draft, "accessibility-1-supports")
    assert answer.mandatory
    with pytest.raises(services.AnswersInvalid) as raised:
        services.save_answers(
            assessment=draft,
            answers={answer.pk: services.AnswerInput(status=NA, justification="Pas concerné.")},
            user=project_member,
        )
    assert "obligatoire" in raised.value.errors[answer.pk].message_dict["status"][0]


def test_not_applicable_on_an_optional_criterion_needs_a_justification(draft, project_member):
    answer = answer_for(draft, "ecodesign-1-sobriety")
    assert not answer.mandatory
    with pytest.raises(services.AnswersInvalid) as raised:
        services.save_answers(
            assessment=draft,
            answers={answer.pk: services.AnswerInput(status=NA)},
            user=project_member,
        )
    assert "justification" in raised.value.errors[answer.pk].message_dict
    services.save_answers(
        assessment=draft,
        answers={answer.pk: services.AnswerInput(status=NA, justification="Aucun matériel.")},
        user=project_member,
    )
    answer.refresh_from_db()
    assert answer.status == NA


# --------------------------------------------------------------------------- levels
@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([], None),
        ([row(1, NA, mandatory=False)], None),
        ([row(1, NS), row(2, A)], 0),
        ([row(1, A), row(1, IP), row(2, A)], 0),
        ([row(1, A), row(1, A), row(2, IP)], 1),
        ([row(1, A), row(2, A), row(2, NS)], 1),
        ([row(1, A), row(2, A)], 2),
        ([row(1, A), row(1, NA, mandatory=False), row(2, A)], 2),
        ([row(1, A)], 2),  # nothing at level 2 applies: every applicable requirement is met
    ],
)
def test_level_per_criterion(rows, expected):
    assert criterion_level(rows) == expected


def test_label_level_is_the_lowest_mandatory_level_and_ignores_optional_criteria():
    rows = [
        row(1, A, "accessibility"),
        row(2, A, "accessibility"),
        row(1, A, "security"),
        row(2, IP, "security"),
        row(1, NS, "codesign", mandatory=False),
    ]
    assert label_level(rows) == 1


# --------------------------------------------------------------------------- snapshots
def test_snapshots_are_versioned_carry_answers_and_freeze_once_published(project, project_member):
    first = published_snapshot(project, overrides={"openness-1-licence": A})
    second = published_snapshot(project, overrides={"openness-1-licence": IP})
    draft = services.start_assessment(project=project, user=project_member)
    assert (first.version, second.version, draft.version) == (1, 2, 3)
    carried = answer_for(draft, "openness-1-licence")
    assert carried.status == IP, "pre-filled from the latest published snapshot"
    assert services.start_assessment(project=project, user=project_member) == draft, "one draft"

    services.publish_assessment(assessment=draft, user=project_member)
    draft.refresh_from_db()
    assert draft.is_published
    with pytest.raises(ValidationError, match="publiée ne se modifie plus"):
        services.save_answers(
            assessment=draft,
            answers={carried.pk: services.AnswerInput(status=A)},
            user=project_member,
        )


def test_a_new_snapshot_carries_the_evidence_of_the_latest_published_one(project):
    published_snapshot(project, status=all_achieved, tag="v1")
    draft = services.start_assessment(project=project, user=None)
    answer = answer_for(draft, "openness-1-licence")
    assert (answer.status, answer.evidence_url) == (A, "https://example.org/v1/openness-1-licence")
    assert answer_for(draft, "security-1-gdpr").evidence_file is not None


@time_machine.travel(dt.datetime(2026, 3, 9, 10, 0, tzinfo=dt.UTC), tick=False)
def test_a_snapshot_is_dated_today_unless_the_team_gives_its_date(project, project_member):
    draft = services.start_assessment(project=project, user=project_member)
    assert draft.assessed_on == dt.date(2026, 3, 9)
    assert draft.author == project_member
    services.publish_assessment(assessment=draft, user=project_member)
    draft.refresh_from_db()
    assert draft.assessed_on == dt.date(2026, 3, 9)
    assert draft.published_at == dt.datetime(2026, 3, 9, 10, 0, tzinfo=dt.UTC)

    dated = published_snapshot(project, assessed_on=dt.date(2025, 12, 1))
    assert dated.assessed_on == dt.date(2025, 12, 1)


def test_a_snapshot_with_a_broken_answer_cannot_be_published(project):
    draft = services.start_assessment(project=project, user=None)
    RequirementAssessment.objects.filter(
        assessment=draft, requirement_code="openness-1-licence"
    ).update(status=A)  # achieved without its link (a grid edit, an old import…)
    statement = draft.answers.get(requirement_code="openness-1-licence").statement
    with pytest.raises(ValidationError, match=re.escape(statement)):
        services.publish_assessment(assessment=draft, user=None)
    draft.refresh_from_db()
    assert not draft.is_published


def test_only_published_snapshots_are_public(project, project_member):
    published = published_snapshot(project)
    draft = draft_snapshot(
        project, user=project_member, overrides={"codesign-2-governance": A}, tag="brouillon"
    )
    assert get_public_label(project=project).assessment == published
    services.publish_assessment(assessment=draft, user=project_member)
    assert get_public_label(project=project).assessment == draft


def test_the_public_label_is_the_latest_published_snapshot(project):
    published_snapshot(project, status=all_achieved, assessed_on=dt.date(2025, 1, 10))
    latest = published_snapshot(project, status=level_one, assessed_on=dt.date(2025, 6, 10))
    draft_snapshot(project, status=NS)
    public = get_public_label(project=project)
    assert public.assessment == latest
    levels = {criterion.code: criterion.level for criterion in public.criteria}
    assert levels["accessibility"] == 1
    assert public.granted_level is None, "no label granted yet"


def test_a_project_without_published_snapshot_has_no_public_label(project, programme):
    draft_snapshot(project, status=all_achieved)
    assert get_public_label(project=project) is None
    draft_project = ProjectPageFactory(parent=programme, live=False)
    assert not draft_project.label_assessments.exists()
    assert get_public_label(project=draft_project) is None


def test_progression_follows_the_published_snapshots_oldest_first(project):
    published_snapshot(project, status=NS, assessed_on=dt.date(2024, 6, 1))
    published_snapshot(project, status=level_one, assessed_on=dt.date(2025, 1, 1))
    published_snapshot(project, status=all_achieved, assessed_on=dt.date(2025, 6, 1))
    draft_snapshot(project, status=NS)
    progression = project_progression(project=project)
    assert [s.version for s in progression.snapshots] == [1, 2, 3]
    accessibility = next(s for s in progression.series if s.code == "accessibility")
    assert [point.level for point in accessibility.points] == [0, 1, 2]
    assert {s.code for s in progression.series} == set(LabelCriterionCode.values)


# --------------------------------------------------------------------------- permissions
def test_team_can_only_assess_its_own_project(project, other_project, project_member):
    with pytest.raises(PermissionDenied):
        services.start_assessment(project=other_project, user=project_member)
    draft = services.start_assessment(project=project, user=project_member)
    outsider = member_of(other_project)
    with pytest.raises(PermissionDenied):
        services.start_assessment(project=project, user=outsider)
    with pytest.raises(PermissionDenied):
        services.save_answers(assessment=draft, answers={}, user=outsider)
    with pytest.raises(PermissionDenied):
        services.publish_assessment(assessment=draft, user=outsider)
    with pytest.raises(PermissionDenied):
        services.delete_draft(assessment=draft, user=outsider)
    with pytest.raises(PermissionDenied):
        services.request_label(project=project, user=outsider)
    assert LabelAssessment.objects.filter(pk=draft.pk).exists()


def test_programme_team_cannot_assess_and_project_team_cannot_review(
    project, project_member, programme_member
):
    with pytest.raises(PermissionDenied):
        services.start_assessment(project=project, user=programme_member)
    published_snapshot(project, status=level_one)
    label_request = services.request_label(project=project, user=project_member)
    with pytest.raises(PermissionDenied):
        services.review_label_request(
            label_request=label_request, user=project_member, decision=LabelRequestState.GRANTED
        )


def test_another_programme_team_cannot_review(project, project_member, other_programme):
    published_snapshot(project, status=level_one)
    label_request = services.request_label(project=project, user=project_member)
    outsider = member_of(other_programme, Role.PROGRAMME_TEAM)
    with pytest.raises(PermissionDenied):
        services.review_label_request(
            label_request=label_request, user=outsider, decision=LabelRequestState.GRANTED
        )
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.REQUESTED


# --------------------------------------------------------------------------- request, review
def test_request_then_to_complete_with_comments_then_granted(
    project, project_member, programme_member
):
    published_snapshot(project, status=NS)
    label_request = services.request_label(project=project, user=project_member)
    assert label_request.state == LabelRequestState.REQUESTED
    with pytest.raises(ValidationError, match="déjà"):
        services.request_label(project=project, user=project_member)

    with pytest.raises(ValidationError) as raised:
        services.review_label_request(
            label_request=label_request,
            user=programme_member,
            decision=LabelRequestState.TO_COMPLETE,
        )
    assert "comment" in raised.value.message_dict
    services.review_label_request(
        label_request=label_request,
        user=programme_member,
        decision=LabelRequestState.TO_COMPLETE,
        requirement_comments={"openness-1-licence": "Indiquez la licence sur le guide."},
    )
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.TO_COMPLETE
    assert label_request.comments.filter(
        requirement_code="openness-1-licence", resolved=False
    ).exists()

    # the team completes every mandatory requirement and publishes a new snapshot
    draft = services.start_assessment(project=project, user=project_member)
    fill(
        draft,
        status=lambda answer: A if answer.mandatory else NS,
        user=project_member,
    )
    services.publish_assessment(assessment=draft, user=project_member)
    label_request = services.request_label(project=project, user=project_member)
    assert label_request.assessment == draft
    assert not label_request.comments.filter(resolved=False).exists()

    services.review_label_request(
        label_request=label_request, user=programme_member, decision=LabelRequestState.GRANTED
    )
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.GRANTED
    assert label_request.granted_level == 2
    assert get_public_label(project=project).granted_level == 2


def test_a_review_comment_must_name_a_requirement_of_the_snapshot(project, programme_member):
    published_snapshot(project, status=level_one)
    label_request = services.request_label(project=project, user=None)
    with pytest.raises(ValidationError, match="openness-1-repository"):  # digital only
        services.review_label_request(
            label_request=label_request,
            user=programme_member,
            decision=LabelRequestState.TO_COMPLETE,
            requirement_comments={"openness-1-repository": "Publiez le dépôt."},
        )


def test_label_is_not_granted_below_level_one_on_a_mandatory_criterion(
    project, project_member, programme_member
):
    published_snapshot(
        project, status=level_one, overrides={"security-1-gdpr": IP}, user=project_member
    )
    label_request = services.request_label(project=project, user=project_member)
    with pytest.raises(ValidationError) as raised:
        services.review_label_request(
            label_request=label_request, user=programme_member, decision=LabelRequestState.GRANTED
        )
    assert "Sécurité" in raised.value.message_dict["decision"][0]
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.REQUESTED


def test_label_is_granted_at_level_one_when_level_one_is_met(project, programme_member):
    published_snapshot(project, status=level_one)
    label_request = reviewed_request(project, decision=LabelRequestState.REQUESTED)
    services.review_label_request(
        label_request=label_request, user=programme_member, decision=LabelRequestState.GRANTED
    )
    label_request.refresh_from_db()
    assert (label_request.state, label_request.granted_level) == (LabelRequestState.GRANTED, 1)


def test_request_needs_a_published_snapshot(project, project_member):
    with pytest.raises(ValidationError, match="Publiez d'abord"):
        services.request_label(project=project, user=project_member)
    draft_snapshot(project, status=level_one)
    with pytest.raises(ValidationError, match="Publiez d'abord"):
        services.request_label(project=project, user=project_member)
