"""The label through HTTP, as each role uses it: admin views, public section, exports."""

import csv
import io
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from commons.access.services import ensure_funder_team
from commons.directory.models import Organisation
from commons.label import services as services
from commons.label.models import LabelAssessment, LabelRequest
from commons.programmes.models import ProgrammePage
from commons.taxonomies import AssessmentState, LabelRequestState

pytestmark = pytest.mark.django_db

DENIED = (302, "/admin/")  # Wagtail's "permission denied" redirect


def denied(response) -> bool:
    return (response.status_code, response.get("Location")) == DENIED


def text(response) -> str:
    return unescape(response.content.decode())


@pytest.fixture
def team_member(project, user_factory):
    return user_factory("membre-t01", project.team_group)


@pytest.fixture
def programme_member(project, user_factory):
    return user_factory("programme-transistor", project.get_parent().specific.team_group)


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


# --------------------------------------------------------------------------- the team
def test_team_fills_publishes_and_the_public_page_shows_it(client, project, team_member):
    client.force_login(team_member)
    assert client.get(reverse("commons_label_project", args=[project.pk])).status_code == 200
    draft = start(client, project)
    url = reverse("commons_label_assessment", args=[draft.pk])
    page = text(client.get(url))
    assert "Accessibilité" in page and "Enregistrer et publier" in page

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


def test_missing_evidence_is_reported_on_its_field_and_typed_values_are_kept(
    client, project, team_member
):
    client.force_login(team_member)
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
    other.refresh_from_db()
    assert other.evidence_text != "Texte en cours de saisie", "all or nothing"


def test_not_applicable_on_mandatory_criterion_is_refused_over_http(client, project, team_member):
    client.force_login(team_member)
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


def test_team_cannot_assess_another_project_over_http(client, project, other_project, user_factory):
    member = user_factory("membre-t02", other_project.team_group)
    client.force_login(member)
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


def test_drafts_are_never_public(client, project, team_member):
    draft = services.start_assessment(project=project, user=team_member)
    answer = draft.answers.get(requirement_code="codesign-2-governance")
    services.save_answers(
        assessment=draft,
        answers={
            answer.pk: services.AnswerInput(status="achieved", evidence_text="SECRET-BROUILLON")
        },
        user=team_member,
    )
    for url in (project.url, project.url + "label/", project.url + "label/csv/"):
        body = text(client.get(url))
        assert "SECRET-BROUILLON" not in body
        assert f">v{draft.version}" not in body and f"n° {draft.version}" not in body


# --------------------------------------------------------------------------- request, review
def test_request_and_programme_review_over_http(client, project, team_member, programme_member):
    label_request = LabelRequest.objects.get(project=project)
    assert label_request.state == LabelRequestState.TO_COMPLETE  # demo
    client.force_login(team_member)
    page = text(client.get(reverse("commons_label_project", args=[project.pk])))
    assert "À corriger, exigence par exigence" in page
    assert "security-1-gdpr" in page
    assert client.post(reverse("commons_label_request", args=[project.pk])).status_code == 302
    label_request.refresh_from_db()
    assert label_request.state == LabelRequestState.REQUESTED
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

    client.force_login(team_member)
    draft = start(client, project)
    html = text(client.get(reverse("commons_label_assessment", args=[draft.pk])))
    assert "Ajoutez la licence au guide." in html, "the team sees what to fix where to fix it"


def test_other_programme_team_cannot_review(client, project, team_member, user_factory):
    services.request_label(project=project, user=team_member)
    other = ProgrammePage.objects.exclude(pk=project.get_parent().pk).first()
    client.force_login(user_factory("autre-programme", other.team_group))
    url = reverse("commons_label_review", args=[project.pk])
    assert denied(client.get(url))
    assert denied(client.post(url, {"decision": "granted"}))
    assert LabelRequest.objects.get(project=project).state == LabelRequestState.REQUESTED


# --------------------------------------------------------------------------- public pages
def test_public_section_shows_levels_evidence_and_granted_label(client, other_project):
    html = text(client.get(other_project.url))
    assert "Label accordé — niveau 1" in html
    assert "Niveau atteint par critère et preuves publiées" in html
    assert 'href="https://example.org/transistor-02/' in html
    assert "label/" in html


def test_progression_page_has_an_accessible_chart_a_table_and_a_csv(client, other_project):
    html = text(client.get(other_project.url + "label/"))
    assert html.count('role="img"') == 6
    assert "<title id=" in html and "<desc id=" in html
    assert "<caption>Niveau atteint par critère à chaque auto-évaluation publiée</caption>" in html
    assert "<script" not in html
    response = client.get(other_project.url + "label/csv/")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["version", "assessed_on", "accessibility"]
    assert [row[0] for row in rows[1:]] == ["1", "2", "3"]


def test_progression_of_a_draft_project_is_not_served(client, draft_project):
    assert not draft_project.live
    assert client.get(draft_project.url + "label/").status_code == 404
    assert client.get(draft_project.url + "label/csv/").status_code == 404


def test_project_page_queries_do_not_grow_with_snapshots(client, project, team_member):
    client.get(project.url)
    with CaptureQueriesContext(connection) as before:
        client.get(project.url)
    for _ in range(2):
        draft = services.start_assessment(project=project, user=team_member)
        services.publish_assessment(assessment=draft, user=team_member)
    with CaptureQueriesContext(connection) as after:
        client.get(project.url)
    assert len(after) == len(before)


# --------------------------------------------------------------------------- overview matrix
def test_funder_reads_the_matrix_and_exports_csv_and_xlsx(client, user_factory):
    programme = ProgrammePage.objects.get(slug="transistor")
    client.force_login(
        user_factory(
            "financeur-test",
            ensure_funder_team(organisation=Organisation.objects.get(slug="grand-chambery")).group,
        )
    )
    url = reverse("commons_label_matrix", args=[programme.pk])
    html = text(client.get(url))
    assert "<caption>" in html and 'scope="col"' in html and 'scope="row"' in html
    assert "TRANSISTOR-02" in html

    response = client.get(url, {"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    by_code = {row["project_code"]: row for row in rows}
    assert by_code["TRANSISTOR-02"]["label_request_state"] == "granted"
    assert by_code["TRANSISTOR-02"]["accessibility"] in {"0", "1", "2"}
    assert by_code["TRANSISTOR-06"]["assessment_version"] == ""

    response = client.get(url, {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0][0] == "project_code"
    assert {row[0] for row in values[1:]} == set(by_code)


def test_matrix_filters_by_theme_wave_and_device_kind(admin_client):
    programme = ProgrammePage.objects.get(slug="transistor")
    url = reverse("commons_label_matrix", args=[programme.pk])

    def codes(**query):
        response = admin_client.get(url, {**query, "format": "csv"})
        return {
            row["project_code"]
            for row in csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))
        }

    assert codes(theme="ecological_transition") == {"TRANSISTOR-02"}
    assert codes(device_kind="tangible") >= {"TRANSISTOR-02", "TRANSISTOR-04"}
    assert "TRANSISTOR-01" not in codes(device_kind="tangible")
    wave = programme.waves.get(name="AMI 2021")
    assert len(codes(wave=wave.pk)) == 6
    assert len(codes(theme="nope", wave="x")) == 6  # unknown filters are ignored


def test_project_team_cannot_read_the_matrix(client, project, team_member):
    client.force_login(team_member)
    url = reverse("commons_label_matrix", args=[project.get_parent().pk])
    assert denied(client.get(url))
    assert denied(client.get(url, {"format": "csv"}))


def test_programme_team_reads_only_its_programme_matrix(client, programme_member):
    client.force_login(programme_member)
    transistor = ProgrammePage.objects.get(slug="transistor")
    other = ProgrammePage.objects.exclude(pk=transistor.pk).first()
    assert client.get(reverse("commons_label_matrix", args=[transistor.pk])).status_code == 200
    assert denied(client.get(reverse("commons_label_matrix", args=[other.pk])))


def test_label_menu_and_grid_snippet(client, programme_member):
    client.force_login(programme_member)
    html = text(client.get(reverse("commons_label_index")))
    assert "Transistor" in html and "Modifier la grille du label" in html
    response = client.get(reverse("wagtailsnippets_label_labelcriterion:list"))
    assert response.status_code == 200
    assert "Accessibilité" in text(response)


def test_evidence_files_are_public_only_through_published_snapshots(client):
    from commons.label.models import RequirementAssessment
    from commons.label.services import _evidence_collection

    published = (
        RequirementAssessment.objects.filter(
            assessment__state="published", evidence_document__isnull=False
        )
        .order_by("-assessment__pk")
        .first()
    )
    document = published.evidence_document
    assert document.collection == _evidence_collection()
    response = client.get(document.url)
    assert response.status_code == 302 and "/login/" in response.url, "raw file is private"

    response = client.get(f"/label/preuves/{published.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content)
    project_html = client.get(published.assessment.project.url).content.decode()
    assert f"/label/preuves/{published.pk}/" in project_html

    published.assessment.state = "draft"
    published.assessment.save(update_fields=["state"])
    assert client.get(f"/label/preuves/{published.pk}/").status_code == 404
