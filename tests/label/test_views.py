"""The label through HTTP, as each role uses it: admin views, public section, exports.
Each test builds its programme, projects and snapshots with the factories."""

import csv
import datetime as dt
import io
from html import unescape

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from commons.directory.models import ThemeTerm
from commons.label import services
from commons.label.models import LabelAssessment, LabelRequest
from commons.programmes.models import Wave
from commons.taxonomies import AssessmentState, LabelRequestState, RequirementStatus
from tests.conftest import member_of
from tests.factories.accounts import funder
from tests.factories.directory import OrganisationFactory
from tests.factories.label import (
    all_achieved,
    draft_snapshot,
    level_one,
    published_snapshot,
    reviewed_request,
)
from tests.factories.pages import ProjectPageFactory
from tests.label.conftest import device_kinds

pytestmark = pytest.mark.django_db

DENIED = (302, "/admin/")  # Wagtail's "permission denied" redirect


def denied(response) -> bool:
    return (response.status_code, response.get("Location")) == DENIED


def text(response) -> str:
    return unescape(response.content.decode())


def csv_rows(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def csv_dicts(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def start(client, project):
    response = client.post(reverse("commons_label_start", args=[project.pk]))
    assert response.status_code == 302, response
    return LabelAssessment.objects.get(project=project, state=AssessmentState.DRAFT)


def form_data(assessment, **overrides) -> dict:
    """The assessment form as the browser sends it, with each answer's current values."""
    data = {}
    for answer in assessment.answers.all():
        prefix = f"answer-{answer.pk}"
        data[f"{prefix}-status"] = answer.status
        data[f"{prefix}-evidence_url"] = answer.evidence_url
        data[f"{prefix}-evidence_text"] = answer.evidence_text
        data[f"{prefix}-justification"] = answer.justification
    for code, values in overrides.items():
        answer = assessment.answers.get(requirement_code=code.replace("_", "-"))
        for field, value in values.items():
            data[f"answer-{answer.pk}-{field}"] = value
    return data


def funds(organisation, programme) -> None:
    programme.funders = [organisation]
    programme.save_revision().publish()


@pytest.fixture
def programme_funder(programme):
    organisation = OrganisationFactory()
    funds(organisation, programme)
    return funder(organisation)


@pytest.fixture
def other_programme_funder(other_programme):
    organisation = OrganisationFactory()
    funds(organisation, other_programme)
    return funder(organisation)


# --------------------------------------------------------------------------- the team
@time_machine.travel(dt.datetime(2026, 2, 2, 9, 0, tzinfo=dt.UTC), tick=False)
def test_team_fills_publishes_and_the_public_page_shows_it(client, project, project_member):
    client.force_login(project_member)
    assert client.get(reverse("commons_label_project", args=[project.pk])).status_code == 200
    draft = start(client, project)
    url = reverse("commons_label_assessment", args=[draft.pk])
    page = text(client.get(url))
    assert "Accessibilité" in page and "Enregistrer et publier" in page
    assert 'value="2026-02-02"' in page, "the form proposes today's date"

    data = form_data(
        draft,
        codesign_2_governance={
            "status": "achieved",
            "evidence_text": "Comité d'usagers trimestriel.",
        },
    )
    data.update({"publish": "1", "assessed_on": "2026-01-15"})
    response = client.post(url, data)
    assert response.status_code == 302, text(response)[:3000]
    draft.refresh_from_db()
    assert draft.state == AssessmentState.PUBLISHED
    assert str(draft.assessed_on) == "2026-01-15"

    client.logout()
    public = text(client.get(project.url))
    assert "Label Numérique en Commun[s]" in public
    assert f"Auto-évaluation n° {draft.version}" in public
    assert "15 janvier 2026" in public
    assert "Comité d'usagers trimestriel." in public


def test_saving_without_publishing_keeps_a_draft(client, project, project_member):
    client.force_login(project_member)
    draft = start(client, project)
    data = form_data(
        draft,
        openness_1_licence={"status": "achieved", "evidence_url": "https://example.org/licence"},
    )
    response = client.post(reverse("commons_label_assessment", args=[draft.pk]), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.state == AssessmentState.DRAFT
    answer = draft.answers.get(requirement_code="openness-1-licence")
    assert (answer.status, answer.evidence_url) == ("achieved", "https://example.org/licence")


def test_missing_evidence_is_reported_on_its_field_and_typed_values_are_kept(
    client, project, project_member
):
    client.force_login(project_member)
    draft = start(client, project)
    answer = draft.answers.get(requirement_code="openness-1-licence")
    other = draft.answers.get(requirement_code="codesign-2-governance")
    data = form_data(
        draft,
        openness_1_licence={"status": "achieved", "evidence_url": ""},
        codesign_2_governance={
            "status": "in_progress",
            "evidence_text": "Texte en cours de saisie",
        },
    )
    response = client.post(reverse("commons_label_assessment", args=[draft.pk]), data)
    assert response.status_code == 200
    html = text(response)
    field_id = f"id_answer-{answer.pk}-evidence_url"
    assert f'id="{field_id}-error"' in html
    assert "« Atteint » demande un lien vers la preuve." in html
    assert f'aria-describedby="{field_id}-error' in html
    assert "Texte en cours de saisie" in html, "what was typed is kept"
    assert "1 exigence(s) à corriger" in html
    other.refresh_from_db()
    assert (other.status, other.evidence_text) == ("in_progress", "Texte en cours de saisie"), (
        "the valid answers of the draft are saved"
    )
    answer.refresh_from_db()
    assert answer.status != "achieved", "the answer at fault is not saved"


def test_a_draft_saves_what_is_valid_publishing_requires_completeness(
    client, project, project_member
):
    client.force_login(project_member)
    draft = start(client, project)
    url = reverse("commons_label_assessment", args=[draft.pk])
    licence = draft.answers.get(requirement_code="openness-1-licence")
    data = form_data(
        draft,
        openness_1_licence={"status": "achieved", "evidence_url": "pas une adresse"},
        codesign_2_governance={"status": "achieved", "evidence_text": "Comité trimestriel."},
    )
    data.update({"publish": "1", "assessed_on": "2026-01-15"})
    response = client.post(url, data)
    assert response.status_code == 200
    html = text(response)
    assert "Auto-évaluation non publiée." in html
    assert f'id="id_answer-{licence.pk}-evidence_url-error"' in html
    assert 'value="pas une adresse"' in html, "the invalid value stays typed"
    draft.refresh_from_db()
    assert draft.state == AssessmentState.DRAFT
    governance = draft.answers.get(requirement_code="codesign-2-governance")
    assert (governance.status, governance.evidence_text) == ("achieved", "Comité trimestriel.")

    # publishing a draft still incomplete names the requirements, not their codes
    fixed = form_data(draft, openness_1_licence={"status": "achieved", "evidence_url": ""})
    fixed.update({"publish": "1", "assessed_on": "2026-01-15"})
    html = text(client.post(url, fixed))
    assert "Auto-évaluation non publiée." in html
    draft.refresh_from_db()
    assert draft.state == AssessmentState.DRAFT


def test_the_assessment_form_has_its_actions_in_a_sticky_bar(client, project, project_member):
    client.force_login(project_member)
    draft = start(client, project)
    html = text(client.get(reverse("commons_label_assessment", args=[draft.pk])))
    bar = html[html.index('class="label-actions"') :]
    assert bar.index("Enregistrer le brouillon") < bar.index("</form>")
    assert bar.index("Enregistrer et publier") < bar.index("</form>")
    assert "cms/css/label-admin.css" in html
    assert "<style" not in html.split("</head>")[1]


def test_not_applicable_on_mandatory_criterion_is_refused_over_http(
    client, project, project_member
):
    client.force_login(project_member)
    draft = start(client, project)
    answer = draft.answers.get(requirement_code="security-1-mandate")
    data = form_data(
        draft,
        security_1_mandate={"status": "not_applicable", "justification": "Pas de données."},
    )
    html = text(client.post(reverse("commons_label_assessment", args=[draft.pk]), data))
    assert f'id="id_answer-{answer.pk}-status-error"' in html
    assert "Ce critère est obligatoire" in html
    answer.refresh_from_db()
    assert answer.status != "not_applicable"


def test_team_deletes_its_draft(client, project, project_member):
    client.force_login(project_member)
    draft = start(client, project)
    response = client.post(reverse("commons_label_delete_draft", args=[draft.pk]))
    assert response.status_code == 302
    assert not LabelAssessment.objects.filter(pk=draft.pk).exists()


def test_team_cannot_assess_another_project_over_http(client, project, other_project):
    client.force_login(member_of(other_project))
    assert denied(client.post(reverse("commons_label_start", args=[project.pk])))
    assert not LabelAssessment.objects.filter(project=project, state="draft").exists()

    draft = services.start_assessment(project=project, user=None)
    url = reverse("commons_label_assessment", args=[draft.pk])
    assert denied(client.get(url))
    assert denied(client.post(url, form_data(draft)))
    assert denied(client.get(reverse("commons_label_project", args=[project.pk])))
    assert denied(client.post(reverse("commons_label_request", args=[project.pk])))
    assert denied(client.post(reverse("commons_label_delete_draft", args=[draft.pk])))
    assert LabelAssessment.objects.filter(pk=draft.pk).exists()


def test_programme_team_reads_but_does_not_write_the_assessment(client, project, programme_member):
    draft = services.start_assessment(project=project, user=None)
    client.force_login(programme_member)
    url = reverse("commons_label_assessment", args=[draft.pk])
    html = text(client.get(url))
    assert "Enregistrer et publier" not in html
    assert denied(client.post(url, form_data(draft)))
    assert denied(client.post(reverse("commons_label_start", args=[project.pk])))


def test_anonymous_is_sent_to_the_login_page(client, project):
    response = client.get(reverse("commons_label_project", args=[project.pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_drafts_are_never_public(client, project, project_member):
    published = published_snapshot(project, status=level_one)
    draft = services.start_assessment(project=project, user=project_member)
    answer = draft.answers.get(requirement_code="codesign-2-governance")
    services.save_answers(
        assessment=draft,
        answers={
            answer.pk: services.AnswerInput(status="achieved", evidence_text="SECRET-BROUILLON")
        },
        user=project_member,
    )
    assert draft.version == published.version + 1
    for url in (project.url, project.url + "label/", project.url + "label/csv/"):
        response = client.get(url)
        assert response.status_code == 200, url
        body = text(response)
        assert "SECRET-BROUILLON" not in body
        assert f">v{draft.version}" not in body and f"n° {draft.version}" not in body


# --------------------------------------------------------------------------- request, review
def test_request_and_programme_review_over_http(client, project, project_member, programme_member):
    published_snapshot(project, status=level_one, overrides={"security-1-gdpr": "in_progress"})
    label_request = reviewed_request(
        project,
        decision=LabelRequestState.TO_COMPLETE,
        requirement_comments={"security-1-gdpr": "Complétez la durée de conservation."},
    )
    client.force_login(project_member)
    page = text(client.get(reverse("commons_label_project", args=[project.pk])))
    assert "À corriger, exigence par exigence" in page
    gdpr = label_request.assessment.answers.get(requirement_code="security-1-gdpr")
    assert f"<strong>{gdpr.statement}</strong> : Complétez la durée de conservation." in page
    assert "security-1-gdpr" not in page, "teams read the requirement, not its code"
    # the examined snapshot is not sent again: the team publishes its corrections first
    examined = label_request.assessment
    response = client.post(
        reverse("commons_label_request", args=[project.pk]), {"assessment": examined.pk}
    )
    assert response.status_code == 302
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.TO_COMPLETE
    corrected = published_snapshot(project, status=level_one)
    assert (
        client.post(
            reverse("commons_label_request", args=[project.pk]), {"assessment": corrected.pk}
        ).status_code
        == 302
    )
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.REQUESTED
    assert label_request.assessment == corrected
    assert denied(client.get(reverse("commons_label_review", args=[project.pk])))

    client.force_login(programme_member)
    review_url = reverse("commons_label_review", args=[project.pk])
    assert client.get(review_url).status_code == 200
    response = client.post(review_url, {"decision": "to_complete", "comment": ""})
    assert response.status_code == 200
    assert "Expliquez à l'équipe projet" in text(response)
    response = client.post(
        review_url,
        {
            "decision": "to_complete",
            "comment": "",
            "comment_openness-1-licence": "Ajoutez la licence au guide.",
        },
    )
    assert response.status_code == 302
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.TO_COMPLETE

    client.force_login(project_member)
    draft = start(client, project)
    html = text(client.get(reverse("commons_label_assessment", args=[draft.pk])))
    assert "Ajoutez la licence au guide." in html, "the team sees what to fix where to fix it"


def test_programme_team_grants_the_label_over_http(client, project, programme_member):
    published_snapshot(project, status=level_one)
    reviewed_request(project, decision=LabelRequestState.REQUESTED)
    client.force_login(programme_member)
    response = client.post(
        reverse("commons_label_review", args=[project.pk]), {"decision": "granted"}
    )
    assert response.status_code == 302
    label_request = LabelRequest.objects.get(project=project)
    assert (label_request.state, label_request.granted_level) == ("granted", 1)


def test_other_programme_team_cannot_review(
    client, project, project_member, other_programme_member
):
    published_snapshot(project, status=level_one)
    services.request_label(project=project, user=project_member)
    client.force_login(other_programme_member)
    url = reverse("commons_label_review", args=[project.pk])
    assert denied(client.get(url))
    assert denied(client.post(url, {"decision": "granted"}))
    assert LabelRequest.objects.get(project=project).state == LabelRequestState.REQUESTED


# --------------------------------------------------------------------------- public pages
def test_public_section_shows_levels_evidence_and_granted_label(client, project):
    published_snapshot(project, status=level_one, tag="preuves-projet")
    reviewed_request(project, decision=LabelRequestState.GRANTED)
    html = text(client.get(project.url))
    assert "Label accordé — niveau 1" in html
    assert "Niveau atteint par critère et preuves publiées" in html
    assert 'href="https://example.org/preuves-projet/openness-1-licence"' in html
    assert f'href="{project.url}label/"' in html


def test_public_section_shows_only_the_latest_published_snapshot(client, project):
    published_snapshot(project, status=level_one, tag="ancienne", assessed_on=dt.date(2025, 2, 3))
    published_snapshot(project, status=all_achieved, tag="recente", assessed_on=dt.date(2025, 9, 4))
    draft_snapshot(project, status=level_one, tag="brouillon")
    html = text(client.get(project.url))
    assert "Auto-évaluation n° 2," in html and "4 septembre 2025" in html
    assert "Auto-évaluation n° 1," not in html and "3 février 2025" not in html
    assert "https://example.org/recente/openness-1-licence" in html
    assert "example.org/ancienne/" not in html and "example.org/brouillon/" not in html
    assert "Label accordé" not in html, "no label granted"


def test_a_project_without_published_snapshot_has_no_label_section(client, project):
    draft_snapshot(project, status=all_achieved)
    html = text(client.get(project.url))
    assert "Label Numérique en Commun[s]" not in html


def test_progression_page_has_an_accessible_chart_a_table_and_a_csv(client, project):
    for day, status in (
        (dt.date(2024, 6, 1), RequirementStatus.NOT_STARTED),
        (dt.date(2025, 1, 1), level_one),
        (dt.date(2025, 6, 1), all_achieved),
    ):
        published_snapshot(project, status=status, assessed_on=day)
    html = text(client.get(project.url + "label/"))
    assert html.count('role="img"') == 6
    assert "<title id=" in html and "<desc id=" in html
    assert (
        '<caption id="tableau-progression">Niveau atteint par critère à chaque '
        "auto-évaluation publiée</caption>" in html
    )
    assert "<script" not in html
    rows = csv_rows(client.get(project.url + "label/csv/"))
    assert rows[0][:3] == ["version", "assessed_on", "accessibility"]
    assert [row[:3] for row in rows[1:]] == [
        ["1", "2024-06-01", "0"],
        ["2", "2025-01-01", "1"],
        ["3", "2025-06-01", "2"],
    ]


def test_progression_of_a_draft_project_is_not_served(client, programme):
    draft_project = ProjectPageFactory(parent=programme, live=False)
    published_snapshot(draft_project, status=level_one)
    assert not draft_project.live
    assert client.get(draft_project.url + "label/").status_code == 404
    assert client.get(draft_project.url + "label/csv/").status_code == 404


def test_project_page_queries_do_not_grow_with_snapshots(client, project):
    published_snapshot(project, status=level_one)
    client.get(project.url)
    with CaptureQueriesContext(connection) as before:
        client.get(project.url)
    for status in (level_one, all_achieved):
        published_snapshot(project, status=status)
    with CaptureQueriesContext(connection) as after:
        client.get(project.url)
    assert len(after) == len(before)


def test_evidence_files_are_public_only_through_published_snapshots(client, project):
    snapshot = published_snapshot(project, status=level_one)
    published = snapshot.answers.get(requirement_code="security-1-gdpr")
    assert published.evidence_file is not None

    response = client.get(f"/label/preuves/{published.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content)
    project_html = client.get(project.url).content.decode()
    assert f"/label/preuves/{published.pk}/" in project_html

    snapshot.state = "draft"
    snapshot.save(update_fields=["state"])
    assert client.get(f"/label/preuves/{published.pk}/").status_code == 404


def test_evidence_of_a_draft_project_is_not_served(client, programme):
    draft_project = ProjectPageFactory(parent=programme, live=False)
    snapshot = published_snapshot(draft_project, status=level_one)
    answer = snapshot.answers.get(requirement_code="security-1-gdpr")
    assert answer.evidence_file is not None
    assert client.get(f"/label/preuves/{answer.pk}/").status_code == 404


# --------------------------------------------------------------------------- overview matrix
def test_funder_reads_the_matrix_and_exports_csv_and_xlsx(
    client, programme, other_programme, programme_funder
):
    granted = ProjectPageFactory(parent=programme, device_kinds=device_kinds("tangible"))
    published_snapshot(granted, status=level_one)
    reviewed_request(granted, decision=LabelRequestState.GRANTED)
    unassessed = ProjectPageFactory(parent=programme, live=False)
    elsewhere = ProjectPageFactory(parent=other_programme)
    published_snapshot(elsewhere, status=level_one)

    client.force_login(programme_funder)
    url = reverse("commons_label_matrix", args=[programme.pk])
    html = text(client.get(url))
    assert "<caption" in html and 'scope="col"' in html and 'scope="row"' in html
    assert granted.code in html and elsewhere.code not in html

    by_code = {row["code_projet"]: row for row in csv_dicts(client.get(url, {"format": "csv"}))}
    assert set(by_code) == {granted.code, unassessed.code}
    assert by_code[granted.code]["etat_demande_code"] == "granted"
    assert by_code[granted.code]["Demande de label"] == "Accordé"
    assert by_code[granted.code]["Version de l'auto-évaluation"] == "1"
    assert by_code[granted.code]["Accessibilité"] == "1"
    assert by_code[unassessed.code]["Version de l'auto-évaluation"] == ""
    assert by_code[unassessed.code]["Accessibilité"] == ""
    assert by_code[unassessed.code]["etat_demande_code"] == "not_requested"
    assert by_code[unassessed.code]["Demande de label"] == "Non demandé"

    response = client.get(url, {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0][0] == "code_projet"
    assert {row[0] for row in values[1:]} == set(by_code)


def test_funder_of_another_programme_is_refused_the_matrix_and_its_exports(
    client, programme, other_programme, other_programme_funder
):
    published_snapshot(ProjectPageFactory(parent=programme), status=level_one)
    client.force_login(other_programme_funder)
    url = reverse("commons_label_matrix", args=[programme.pk])
    assert denied(client.get(url))
    assert denied(client.get(url, {"format": "csv"}))
    assert denied(client.get(url, {"format": "xlsx"}))
    own = reverse("commons_label_matrix", args=[other_programme.pk])
    assert client.get(own).status_code == 200
    assert client.get(own, {"format": "csv"}).status_code == 200


def test_national_funder_reads_every_programme_matrix(client, programme, other_programme):
    client.force_login(funder(OrganisationFactory(), sees_all_programmes=True))
    for page in (programme, other_programme):
        url = reverse("commons_label_matrix", args=[page.pk])
        assert client.get(url).status_code == 200
        assert client.get(url, {"format": "csv"}).status_code == 200


def test_matrix_filters_by_theme_wave_and_device_kind(admin_client, programme):
    first = Wave.objects.create(programme=programme, name="AMI 2021", deadline=dt.date(2021, 3, 1))
    second = Wave.objects.create(programme=programme, name="AMI 2023", deadline=dt.date(2023, 3, 1))
    ecological = ThemeTerm.objects.get(code="ecological_transition")
    kit = ProjectPageFactory(
        parent=programme, wave=first, themes=[ecological], device_kinds=device_kinds("tangible")
    )
    app = ProjectPageFactory(parent=programme, wave=first, device_kinds=device_kinds("digital"))
    both = ProjectPageFactory(
        parent=programme, wave=second, device_kinds=device_kinds("tangible", "engineering")
    )
    published_snapshot(kit, status=level_one)
    url = reverse("commons_label_matrix", args=[programme.pk])

    def codes(**query):
        response = admin_client.get(url, {**query, "format": "csv"})
        return {row["code_projet"] for row in csv_dicts(response)}

    assert codes() == {kit.code, app.code, both.code}
    assert codes(theme="ecological_transition") == {kit.code}
    assert codes(device_kind="tangible") == {kit.code, both.code}
    assert codes(wave=first.pk) == {kit.code, app.code}
    assert codes(wave=second.pk, device_kind="engineering") == {both.code}
    assert codes(theme="nope", wave="x", device_kind="?") == {kit.code, app.code, both.code}
    html = text(admin_client.get(url, {"theme": "ecological_transition"}))
    assert kit.code in html and app.code not in html


def test_matrix_ignores_a_wave_of_another_programme(admin_client, programme, other_programme):
    foreign = Wave.objects.create(
        programme=other_programme, name="AMI 2022", deadline=dt.date(2022, 3, 1)
    )
    project = ProjectPageFactory(parent=programme)
    url = reverse("commons_label_matrix", args=[programme.pk])
    rows = csv_dicts(admin_client.get(url, {"wave": foreign.pk, "format": "csv"}))
    assert {row["code_projet"] for row in rows} == {project.code}


def test_project_team_cannot_read_the_matrix(client, project, project_member):
    client.force_login(project_member)
    url = reverse("commons_label_matrix", args=[project.get_parent().pk])
    assert denied(client.get(url))
    assert denied(client.get(url, {"format": "csv"}))


def test_programme_team_reads_only_its_programme_matrix(
    client, programme, other_programme, programme_member
):
    client.force_login(programme_member)
    assert client.get(reverse("commons_label_matrix", args=[programme.pk])).status_code == 200
    assert denied(client.get(reverse("commons_label_matrix", args=[other_programme.pk])))
    assert denied(
        client.get(reverse("commons_label_matrix", args=[other_programme.pk]), {"format": "csv"})
    )


def test_label_menu_and_grid_snippet(client, programme, other_programme, programme_member):
    client.force_login(programme_member)
    html = text(client.get(reverse("commons_label_index")))
    assert programme.title in html and "Modifier la grille du label" in html
    assert other_programme.title not in html
    response = client.get(reverse("wagtailsnippets_label_labelcriterion:list"))
    assert response.status_code == 200
    assert "Accessibilité" in text(response)


def test_label_index_lists_the_team_projects_and_the_funder_programmes(
    client, project, other_project, project_member, programme, programme_funder
):
    client.force_login(project_member)
    html = text(client.get(reverse("commons_label_index")))
    assert project.code in html and other_project.code not in html
    assert "Modifier la grille du label" not in html

    client.force_login(programme_funder)
    html = text(client.get(reverse("commons_label_index")))
    assert programme.title in html and project.code not in html


def test_label_index_is_refused_to_a_funder_of_no_programme(client, programme):
    client.force_login(funder(OrganisationFactory()))
    assert denied(client.get(reverse("commons_label_index")))
    assert denied(client.get(reverse("commons_label_matrix", args=[programme.pk])))
