import pytest

from commons.directory.models import (
    ChallengeTerm,
    DeviceKindTerm,
    Organisation,
    Territory,
    ThemeTerm,
)
from commons.programmes.eligibility import check_eligibility, programme_eligibility
from commons.programmes.models import ProjectPage, ProjectPartner

pytestmark = pytest.mark.django_db


def failed(project: ProjectPage) -> dict[str, str]:
    report = check_eligibility(project=project)
    return {result.label: result.reason for result in report.failures}


@pytest.fixture
def national_project() -> ProjectPage:
    return ProjectPage.objects.get(code="OUTILLER-01")


def test_demo_projects_pass_all_rules_except_the_teaching_example():
    for programme_reports in (
        programme_eligibility(programme=project.get_parent().specific)
        for project in ProjectPage.objects.filter(
            code__in=["TRANSISTOR-01", "OUTILLER-01", "FORMACTION-01"]
        )
    ):
        for report in programme_reports:
            if report.project.code == "TRANSISTOR-06":
                assert len(report.failures) == 4
            else:
                assert report.is_eligible, (report.project.code, report.failures)


def test_lead_kind_rule_names_the_lead_and_the_accepted_kinds(project):
    project.lead_organisation = Organisation.objects.get(kind="company")
    reasons = failed(project)
    assert "Type de structure porteuse" in reasons
    assert "Pixel & Borne Conseil SAS" in reasons["Type de structure porteuse"]
    assert "Entreprise" in reasons["Type de structure porteuse"]
    assert "Association" in reasons["Type de structure porteuse"]


def test_lead_kind_rule_fails_without_a_lead(project):
    project.lead_organisation = None
    assert "Aucune structure porteuse" in failed(project)["Type de structure porteuse"]


def test_priority_neighbourhood_rule(project):
    project.territories = [Territory.objects.get(insee_code="73179")]
    assert not Territory.objects.get(insee_code="73179").is_priority_area
    assert "QPV" in failed(project)["Publics des quartiers prioritaires (QPV ou QVA)"]
    project.territories = [Territory.objects.filter(includes_qva=True).first()]
    assert "Publics des quartiers prioritaires (QPV ou QVA)" not in failed(project)


def test_exactly_one_theme_rule(project):
    project.themes = list(ThemeTerm.objects.all()[:2])
    assert "exactement 1 thématique(s) ; il en compte 2" in failed(project)["Nombre de thématiques"]
    project.themes = []
    assert "il en compte 0" in failed(project)["Nombre de thématiques"]


def test_documentation_commitment_rule(project):
    project.commits_to_document_and_evaluate = False
    assert "Engagement à documenter et évaluer" in failed(project)


def test_consortium_rule(national_project):
    national_project.partners = []
    assert "au moins 1 partenaire(s) ; il en compte 0" in failed(national_project)["Consortium"]
    national_project.partners = [
        ProjectPartner(organisation=Organisation.objects.first(), role="operator")
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


def test_programme_team_sees_the_checklist_with_reasons(client, draft_project):
    programme = draft_project.get_parent().specific
    client.force_login(programme.team_group.user_set.get())
    response = client.get(f"/admin/eligibilite/{programme.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert draft_project.title in html
    assert "4 règles non respectées" in html
    assert "Pixel &amp; Borne Conseil SAS" in html


def test_project_team_cannot_open_the_checklist(client, project):
    client.force_login(project.team_group.user_set.get())
    programme = project.get_parent()
    response = client.get(f"/admin/eligibilite/{programme.pk}/")
    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's "permission denied"


def test_programme_editor_links_to_the_checklist(client, draft_project):
    programme = draft_project.get_parent().specific
    client.force_login(programme.team_group.user_set.get())
    html = client.get(f"/admin/pages/{programme.pk}/edit/").content.decode()
    assert f"/admin/eligibilite/{programme.pk}/" in html
