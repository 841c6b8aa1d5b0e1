"""The label's rules, checked on the services and models (the HTTP views are in test_label_views)."""

from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from commons.label import services as services
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
)
from commons.programmes.models import ProjectPage
from commons.taxonomies import (
    AssessmentState,
    EvidenceKind,
    LabelCriterionCode,
    LabelRequestState,
    RequirementStatus,
)

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
def team_member(project, user_factory):
    return user_factory("membre-t01", project.team_group)


@pytest.fixture
def draft(project, team_member) -> LabelAssessment:
    return services.start_assessment(project=project, user=team_member)


def answer_for(assessment, code) -> RequirementAssessment:
    return assessment.answers.get(requirement_code=code)


# --------------------------------------------------------------------------- the grid
def test_default_grid_has_six_criteria_four_mandatory_and_is_idempotent():
    criteria = {c.code: c for c in LabelCriterion.objects.all()}
    assert set(criteria) == set(LabelCriterionCode.values)
    mandatory = {code for code, criterion in criteria.items() if criterion.mandatory}
    assert mandatory == {"accessibility", "openness", "appropriability", "security"}
    expected = sum(len(row["requirements"]) for row in DEFAULT_GRID)
    assert LabelRequirement.objects.count() == expected
    assert services.ensure_default_label_grid() == 0
    assert LabelRequirement.objects.count() == expected
    assert criteria["accessibility"].revisions.exists(), "the grid keeps revisions"


def test_grid_has_both_levels_for_every_device_kind_and_mandatory_criterion():
    for kind in ("digital", "tangible", "engineering"):
        requirements = applicable_requirements(device_kind_codes=[kind])
        for criterion in LabelCriterion.objects.filter(mandatory=True):
            levels = {r.level for r in requirements if r.criterion_id == criterion.pk}
            assert levels == {1, 2}, (kind, criterion.code)


def test_edited_grid_is_not_overwritten_by_the_default():
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
        ("security-1-gdpr", EvidenceKind.DOCUMENT, "evidence_document", "demande un document"),
        ("security-1-mandate", EvidenceKind.TEXT, "evidence_text", "demande une preuve rédigée"),
    ],
)
def test_achieved_requires_the_expected_evidence(draft, team_member, code, kind, field, message):
    answer = answer_for(draft, code)
    assert answer.evidence_kind == kind
    RequirementAssessment.objects.filter(pk=answer.pk).update(evidence_document=None)
    answer.refresh_from_db()
    before = (answer.status, answer.evidence_url, answer.evidence_text)
    with pytest.raises(services.AnswersInvalid) as raised:
        services.save_answers(
            assessment=draft,
            answers={answer.pk: services.AnswerInput(status=A)},
            user=team_member,
        )
    error = raised.value.errors[answer.pk]
    assert list(error.message_dict) == [field]
    assert message in error.message_dict[field][0]
    answer.refresh_from_db()
    after = (answer.status, answer.evidence_url, answer.evidence_text)
    assert after == before, "nothing is saved when a rule is broken"


def test_achieved_with_evidence_of_another_kind_is_still_refused(draft, team_member):
    answer = answer_for(draft, "openness-1-licence")  # expects a link
    with pytest.raises(services.AnswersInvalid):
        services.save_answers(
            assessment=draft,
            answers={answer.pk: services.AnswerInput(status=A, evidence_text="Voir le site.")},
            user=team_member,
        )


def test_achieved_with_each_kind_of_evidence_is_accepted(draft, team_member):
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
        user=team_member,
    )
    document.refresh_from_db()
    assert document.status == A
    assert document.evidence_document.collection.name == services.EVIDENCE_COLLECTION_NAME


# --------------------------------------------------------------------------- non applicable
def test_not_applicable_is_refused_on_a_mandatory_criterion(draft, team_member):
    answer = answer_for(draft, "accessibility-1-supports")
    assert answer.mandatory
    with pytest.raises(services.AnswersInvalid) as raised:
        services.save_answers(
            assessment=draft,
            answers={answer.pk: services.AnswerInput(status=NA, justification="Pas concerné.")},
            user=team_member,
        )
    assert "obligatoire" in raised.value.errors[answer.pk].message_dict["status"][0]


def test_not_applicable_on_an_optional_criterion_needs_a_justification(draft, team_member):
    answer = answer_for(draft, "ecodesign-1-sobriety")
    assert not answer.mandatory
    with pytest.raises(services.AnswersInvalid) as raised:
        services.save_answers(
            assessment=draft,
            answers={answer.pk: services.AnswerInput(status=NA)},
            user=team_member,
        )
    assert "justification" in raised.value.errors[answer.pk].message_dict
    services.save_answers(
        assessment=draft,
        answers={answer.pk: services.AnswerInput(status=NA, justification="Aucun matériel.")},
        user=team_member,
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
def test_snapshots_are_versioned_carry_answers_and_freeze_once_published(
    project, draft, team_member
):
    previous = LabelAssessment.objects.filter(project=project, state=AssessmentState.PUBLISHED)
    assert draft.version == previous.count() + 1
    latest = previous.order_by("-version").first()
    carried = answer_for(draft, "openness-1-licence")
    assert carried.status == latest.answers.get(requirement_code="openness-1-licence").status
    assert services.start_assessment(project=project, user=team_member) == draft, "one draft"

    services.publish_assessment(assessment=draft, user=team_member)
    draft.refresh_from_db()
    assert draft.is_published
    with pytest.raises(ValidationError, match="publiée ne se modifie plus"):
        services.save_answers(
            assessment=draft,
            answers={carried.pk: services.AnswerInput(status=IP)},
            user=team_member,
        )


def test_only_published_snapshots_are_public(project, team_member):
    public_before = get_public_label(project=project)
    draft = services.start_assessment(project=project, user=team_member)
    answer = answer_for(draft, "codesign-2-governance")
    services.save_answers(
        assessment=draft,
        answers={answer.pk: services.AnswerInput(status=A, evidence_text="Comité d'usagers.")},
        user=team_member,
    )
    assert get_public_label(project=project).assessment == public_before.assessment
    services.publish_assessment(assessment=draft, user=team_member)
    assert get_public_label(project=project).assessment == draft


def test_a_project_without_published_snapshot_has_no_public_label(draft_project):
    assert not draft_project.label_assessments.exists()
    assert get_public_label(project=draft_project) is None


# --------------------------------------------------------------------------- permissions
def test_team_can_only_assess_its_own_project(other_project, team_member, project):
    with pytest.raises(PermissionDenied):
        services.start_assessment(project=other_project, user=team_member)
    draft = services.start_assessment(project=project, user=team_member)
    outsider_team = other_project.team_group
    from django.contrib.auth import get_user_model

    outsider = get_user_model().objects.create_user("autre-equipe")
    outsider.groups.add(outsider_team)
    with pytest.raises(PermissionDenied):
        services.save_answers(assessment=draft, answers={}, user=outsider)
    with pytest.raises(PermissionDenied):
        services.publish_assessment(assessment=draft, user=outsider)
    with pytest.raises(PermissionDenied):
        services.request_label(project=project, user=outsider)


def test_programme_team_cannot_assess_and_project_team_cannot_review(
    project, team_member, user_factory
):
    programme_member = user_factory("prog", project.get_parent().specific.team_group)
    with pytest.raises(PermissionDenied):
        services.start_assessment(project=project, user=programme_member)
    label_request = services.get_or_create_request(project=project)
    with pytest.raises(PermissionDenied):
        services.review_label_request(
            label_request=label_request, user=team_member, decision=LabelRequestState.GRANTED
        )


# --------------------------------------------------------------------------- request, review
def test_request_then_to_complete_with_comments_then_granted(project, team_member, user_factory):
    reviewer = user_factory("relecteur", project.get_parent().specific.team_group)
    label_request = services.request_label(project=project, user=team_member)
    assert label_request.state == LabelRequestState.REQUESTED
    with pytest.raises(ValidationError, match="déjà"):
        services.request_label(project=project, user=team_member)

    with pytest.raises(ValidationError) as raised:
        services.review_label_request(
            label_request=label_request, user=reviewer, decision=LabelRequestState.TO_COMPLETE
        )
    assert "comment" in raised.value.message_dict
    services.review_label_request(
        label_request=label_request,
        user=reviewer,
        decision=LabelRequestState.TO_COMPLETE,
        requirement_comments={"openness-1-licence": "Indiquez la licence sur le guide."},
    )
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.TO_COMPLETE
    assert label_request.comments.filter(
        requirement_code="openness-1-licence", resolved=False
    ).exists()

    # the team completes every mandatory requirement and publishes a new snapshot
    draft = services.start_assessment(project=project, user=team_member)
    answers = {}
    for answer in draft.answers.filter(mandatory=True):
        answers[answer.pk] = services.AnswerInput(
            status=A,
            evidence_url="https://example.org/preuve",
            evidence_text="Preuve rédigée.",
            evidence_file=SimpleUploadedFile("preuve.txt", b"preuve")
            if answer.evidence_kind == EvidenceKind.DOCUMENT
            else None,
        )
    services.save_answers(assessment=draft, answers=answers, user=team_member)
    services.publish_assessment(assessment=draft, user=team_member)
    label_request = services.request_label(project=project, user=team_member)
    assert label_request.assessment == draft
    assert not label_request.comments.filter(resolved=False).exists()

    services.review_label_request(
        label_request=label_request, user=reviewer, decision=LabelRequestState.GRANTED
    )
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.GRANTED
    assert label_request.granted_level == 2
    assert get_public_label(project=project).granted_level == 2


def test_label_is_not_granted_below_level_one_on_a_mandatory_criterion(
    project, team_member, user_factory
):
    reviewer = user_factory("relecteur", project.get_parent().specific.team_group)
    draft = services.start_assessment(project=project, user=team_member)
    answer = answer_for(draft, "security-1-gdpr")
    services.save_answers(
        assessment=draft, answers={answer.pk: services.AnswerInput(status=IP)}, user=team_member
    )
    services.publish_assessment(assessment=draft, user=team_member)
    label_request = services.request_label(project=project, user=team_member)
    with pytest.raises(ValidationError) as raised:
        services.review_label_request(
            label_request=label_request, user=reviewer, decision=LabelRequestState.GRANTED
        )
    assert "Sécurité" in raised.value.message_dict["decision"][0]


def test_request_needs_a_published_snapshot(user_factory):
    programme_project = ProjectPage.objects.get(code="TRANSISTOR-04")
    programme_project.label_assessments.all().delete()
    member = user_factory("t04", programme_project.team_group)
    with pytest.raises(ValidationError, match="Publiez d'abord"):
        services.request_label(project=programme_project, user=member)


def test_demo_has_progression_a_granted_label_and_a_request_to_complete():
    from commons.label.models import LabelRequest
    from commons.label.selectors import project_progression

    for project in ProjectPage.objects.live().exclude(phase="application"):
        progression = project_progression(project=project)
        assert len(progression.snapshots) >= 2, project.code
    granted = LabelRequest.objects.get(state=LabelRequestState.GRANTED)
    assert granted.granted_level >= 1
    to_complete = LabelRequest.objects.get(state=LabelRequestState.TO_COMPLETE)
    assert to_complete.comments.count() >= 1
