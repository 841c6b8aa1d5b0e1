"""A project checked against its programme's eligibility rules, and the checklist the
programme team reads."""

import pytest

from commons.access.models import Role
from commons.directory.models import ChallengeTerm, DeviceKindTerm, ThemeTerm
from commons.programmes.eligibility import check_eligibility, programme_eligibility
from commons.programmes.models import ProjectPage, ProjectPartner
from commons.taxonomies import Challenge, DeviceKind, OrganisationKind, Theme
from tests.conftest import member_of
from tests.factories.directory import EpciFactory, OrganisationFactory, TerritoryFactory
from tests.factories.pages import ProgrammePageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db

INCUBATOR_RULES = [
    ("lead_kind", {"allowed_kinds": ["association", "commune", "epci", "department", "region"]}),
    ("targets_priority_neighbourhoods", None),
    ("theme_count", {"minimum": 1, "maximum": 1}),
    ("documentation_commitment", None),
]
NATIONAL_RULES = [
    ("consortium", {"minimum_partners": 1}),
    ("grant_range", {"minimum": 20_000, "maximum": 300_000}),
    ("device_kind_required", None),
    ("challenge_required", None),
]


def failed(project: ProjectPage) -> dict[str, str]:
    report = check_eligibility(project=project)
    return {result.label: result.reason for result in report.failures}


@pytest.fixture
def incubator(programme_index):
    return ProgrammePageFactory(parent=programme_index, eligibility_rules=INCUBATOR_RULES)


def eligible_incubated_project(incubator, **fields) -> ProjectPage:
    project = ProjectPageFactory(
        parent=incubator,
        themes=ThemeTerm.for_codes([Theme.SOCIAL_INCLUSION]),
        territories=[TerritoryFactory(includes_qpv=True)],
        commits_to_document_and_evaluate=True,
        **fields,
    )
    return ProjectPage.objects.get(pk=project.pk)


@pytest.fixture
def incubated_project(incubator) -> ProjectPage:
    return eligible_incubated_project(incubator)


@pytest.fixture
def national_project(programme_index) -> ProjectPage:
    national = ProgrammePageFactory(parent=programme_index, eligibility_rules=NATIONAL_RULES)
    project = ProjectPageFactory(
        parent=national,
        funding_requested=150_000,
        device_kinds=DeviceKindTerm.objects.filter(code=DeviceKind.DIGITAL),
        challenges=ChallengeTerm.objects.filter(code=Challenge.AUTONOMY),
    )
    ProjectPartner.objects.create(
        project=project, organisation=OrganisationFactory(), role="operator"
    )
    return ProjectPage.objects.get(pk=project.pk)


@pytest.fixture
def company():
    return OrganisationFactory(name="Pixel & Borne Conseil SAS", kind=OrganisationKind.COMPANY)


def test_a_project_meeting_every_rule_is_eligible(incubator, incubated_project, national_project):
    assert failed(incubated_project) == {}
    assert failed(national_project) == {}
    reports = programme_eligibility(programme=incubator)
    assert [report.is_eligible for report in reports] == [True]


def test_the_checklist_counts_drafts_and_their_failures(incubator, company):
    eligible = eligible_incubated_project(incubator)
    draft = ProjectPageFactory(parent=incubator, live=False, lead_organisation=company)
    reports = {report.project.pk: report for report in programme_eligibility(programme=incubator)}
    assert reports[eligible.pk].is_eligible
    assert len(reports[draft.pk].failures) == 4  # lead kind, QPV, themes, commitment


def test_lead_kind_rule_names_the_lead_and_the_accepted_kinds(incubated_project, company):
    incubated_project.lead_organisation = company
    reason = failed(incubated_project)["Type de structure porteuse"]
    assert "Pixel & Borne Conseil SAS" in reason
    assert "Entreprise" in reason
    assert "Association" in reason


def test_lead_kind_rule_fails_without_a_lead(incubated_project):
    incubated_project.lead_organisation = None
    assert "Aucune structure porteuse" in failed(incubated_project)["Type de structure porteuse"]


def test_priority_neighbourhood_rule(incubated_project):
    rule = "Publics des quartiers prioritaires (QPV ou QVA)"
    plain = EpciFactory(includes_qpv=False, includes_qva=False)
    assert not plain.is_priority_area
    incubated_project.territories = [plain]
    assert "QPV" in failed(incubated_project)[rule]
    incubated_project.territories = [TerritoryFactory(includes_qpv=False, includes_qva=True)]
    assert rule not in failed(incubated_project)


def test_exactly_one_theme_rule(incubated_project):
    incubated_project.themes = list(ThemeTerm.objects.all()[:2])
    assert (
        "exactement 1 thématique(s) ; il en compte 2"
        in failed(incubated_project)["Nombre de thématiques"]
    )
    incubated_project.themes = []
    assert "il en compte 0" in failed(incubated_project)["Nombre de thématiques"]


def test_documentation_commitment_rule(incubated_project):
    incubated_project.commits_to_document_and_evaluate = False
    assert "Engagement à documenter et évaluer" in failed(incubated_project)


def test_consortium_rule(national_project):
    national_project.partners = []
    assert "au moins 1 partenaire(s) ; il en compte 0" in failed(national_project)["Consortium"]
    national_project.partners = [
        ProjectPartner(organisation=OrganisationFactory(), role="operator")
    ]
    assert "Consortium" not in failed(national_project)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (None, "n'est pas renseigné"),
        (19_999, "sort de la fourchette"),
        (300_001, "sort de la fourchette"),
        (20_000, None),
        (300_000, None),
    ],
)
def test_grant_range_rule(national_project, amount, expected):
    national_project.funding_requested = amount
    reason = failed(national_project).get("Montant de subvention demandé")
    if expected is None:
        assert reason is None
    else:
        assert expected in reason
        assert "20\u202f000 €" in reason or "20 000 €" in reason or "20\xa0000 €" in reason


def test_device_kind_and_challenge_rules(national_project):
    national_project.device_kinds = []
    national_project.challenges = []
    reasons = failed(national_project)
    assert "Type de dispositif renseigné" in reasons
    assert "Défi renseigné" in reasons
    national_project.device_kinds = [DeviceKindTerm.objects.get(code="tangible")]
    national_project.challenges = [ChallengeTerm.objects.get(code="autonomy")]
    assert failed(national_project) == {}


def test_programme_team_sees_the_checklist_with_reasons(client, incubator, company):
    draft = ProjectPageFactory(parent=incubator, live=False, lead_organisation=company)
    client.force_login(member_of(incubator, Role.PROGRAMME_TEAM))
    response = client.get(f"/admin/eligibilite/{incubator.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert draft.title in html
    assert "4 règles non respectées" in html
    assert "Pixel &amp; Borne Conseil SAS" in html


def test_project_team_cannot_open_the_checklist(client, project_member, programme):
    client.force_login(project_member)
    response = client.get(f"/admin/eligibilite/{programme.pk}/")
    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's "permission denied"


def test_programme_editor_links_to_the_checklist(client, incubator):
    client.force_login(member_of(incubator, Role.PROGRAMME_TEAM))
    html = client.get(f"/admin/pages/{incubator.pk}/edit/").content.decode()
    assert f"/admin/eligibilite/{incubator.pk}/" in html
