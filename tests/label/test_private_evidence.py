"""Label evidence is private: stored outside MEDIA_ROOT, never a Wagtail document, served only
by `/label/preuves/<answer>/` after asking the access module; published files are frozen and
files no answer references are cleaned up by a command."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents import get_document_model

from commons.label import services
from commons.label.models import EvidenceFile
from commons.taxonomies import RequirementStatus
from tests.conftest import member_of
from tests.factories.accounts import UserFactory, funder
from tests.factories.directory import OrganisationFactory
from tests.factories.label import draft_snapshot, level_one, published_snapshot
from tests.factories.pages import ProjectPageFactory
from tests.label.conftest import device_kinds

GDPR = "security-1-gdpr"  # a requirement whose evidence is a document
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


@pytest.fixture(autouse=True)
def storage_roots(settings, tmp_path):
    """Public and private files of this test, where it can look at them."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings


def files_under(root) -> list[Path]:
    return sorted(path for path in Path(root).rglob("*") if path.is_file())


def proof_url(answer) -> str:
    return reverse("commons_label_evidence", args=[answer.pk])


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def upload(answer, content: bytes = PDF, name: str = "registre.pdf", status=None):
    status = status or RequirementStatus.ACHIEVED
    services.save_answers(
        assessment=answer.assessment,
        answers={
            answer.pk: services.AnswerInput(
                status=status, evidence_file=SimpleUploadedFile(name, content)
            )
        },
        user=None,
    )
    answer.refresh_from_db()
    return answer.evidence_file


@pytest.fixture
def team_b(programme):
    project_b = ProjectPageFactory(parent=programme, device_kinds=device_kinds("engineering"))
    return member_of(project_b)


@pytest.fixture
def programme_funder(programme):
    organisation = OrganisationFactory()
    programme.funders = [organisation]
    programme.save_revision().publish()
    return funder(organisation)


@pytest.fixture
def no_role():
    return UserFactory()


# --------------------------------------------------------------------------- storage
def test_evidence_is_stored_privately_and_never_under_media_root(storage_roots, project):
    snapshot = published_snapshot(project, status=level_one)
    evidence = snapshot.answers.get(requirement_code=GDPR).evidence_file
    assert files_under(storage_roots.MEDIA_ROOT) == []
    stored = files_under(storage_roots.PRIVATE_MEDIA_ROOT)
    assert Path(evidence.file.path) in stored
    assert evidence.file.name.startswith(f"label/{project.pk}/")
    assert not get_document_model().objects.exists(), "evidence is never a Wagtail document"
    with pytest.raises(ValueError):
        evidence.file.url  # noqa: B018 (a private file has no URL)
    assert evidence.size == evidence.file.size and len(evidence.sha256) == 64


def test_a_stored_file_is_frozen_and_a_new_upload_is_a_new_file(project):
    draft = draft_snapshot(project, status=level_one)
    answer = draft.answers.get(requirement_code=GDPR)
    first = upload(answer, PDF, "Registre.pdf")
    second = upload(answer, PDF + b"% v2\n", "Registre.pdf")
    assert first.pk != second.pk and first.file.name != second.file.name
    assert first.file.open("rb").read() == PDF, "the first file is untouched"
    first.name = "autre.pdf"
    with pytest.raises(ValueError):
        first.save()


def test_a_refused_batch_leaves_no_stored_file(storage_roots, project):
    draft = draft_snapshot(project)
    answer = draft.answers.get(requirement_code=GDPR)
    other = draft.answers.get(requirement_code="openness-1-licence")
    with pytest.raises(services.AnswersInvalid):
        services.save_answers(
            assessment=draft,
            answers={
                answer.pk: services.AnswerInput(
                    status=RequirementStatus.ACHIEVED,
                    evidence_file=SimpleUploadedFile("registre.pdf", PDF),
                ),
                other.pk: services.AnswerInput(status=RequirementStatus.ACHIEVED),  # no link
            },
            user=None,
        )
    assert not EvidenceFile.objects.exists()
    assert files_under(storage_roots.PRIVATE_MEDIA_ROOT) == []


# --------------------------------------------------------------------------- who downloads
def test_draft_evidence_reaches_only_the_project_and_programme_teams(
    client, project, project_member, programme_member, team_b, no_role, programme_funder
):
    draft = draft_snapshot(project, status=level_one)
    answer = draft.answers.get(requirement_code=GDPR)
    url = proof_url(answer)
    assert client.get(url).status_code == 404, "anonymous"
    for outsider in (team_b, no_role, programme_funder):
        client.force_login(outsider)
        assert client.get(url).status_code in (403, 404), outsider
    for insider in (project_member, programme_member):
        client.force_login(insider)
        response = client.get(url)
        assert response.status_code == 200, insider
        assert body(response) == answer.evidence_file.file.open("rb").read()


def test_the_download_is_an_attachment_never_sniffed_and_sandboxed(client, project):
    snapshot = published_snapshot(project, status=level_one)
    answer = snapshot.answers.get(requirement_code=GDPR)
    response = client.get(proof_url(answer))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert answer.evidence_file.name in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-store" in response["Cache-Control"]


def test_the_public_proof_link_serves_only_achieved_requirements_of_published_snapshots(
    client, project, project_member, programme_funder
):
    draft = draft_snapshot(project, status=level_one)
    not_achieved = draft.answers.get(requirement_code=GDPR)
    upload(not_achieved, status=RequirementStatus.IN_PROGRESS)
    services.publish_assessment(assessment=draft, user=None)
    achieved = published_snapshot(project, status=level_one).answers.get(requirement_code=GDPR)

    assert client.get(proof_url(achieved)).status_code == 200
    assert client.get(proof_url(not_achieved)).status_code == 404, "not achieved: not public"
    assert f"/label/preuves/{achieved.pk}/" in client.get(project.url).content.decode()
    for reader in (project_member, programme_funder):  # the label file shows it to them
        client.force_login(reader)
        assert client.get(proof_url(not_achieved)).status_code == 200, reader


def test_the_public_proof_link_needs_a_publicly_visible_project(client, programme, no_role):
    hidden = ProjectPageFactory(
        parent=programme, live=False, device_kinds=device_kinds("engineering")
    )
    answer = published_snapshot(hidden, status=level_one).answers.get(requirement_code=GDPR)
    assert client.get(proof_url(answer)).status_code == 404
    client.force_login(no_role)
    assert client.get(proof_url(answer)).status_code == 404
    assert client.get(reverse("commons_label_evidence", args=[987654])).status_code == 404


def test_a_file_missing_from_the_disk_is_a_404_not_a_500(client, project):
    answer = published_snapshot(project, status=level_one).answers.get(requirement_code=GDPR)
    Path(answer.evidence_file.file.path).unlink()
    assert client.get(proof_url(answer)).status_code == 404


# --------------------------------------------------------------------------- upload over HTTP
def test_a_refused_upload_names_the_rule_on_its_field_and_keeps_what_was_typed(
    client, project, project_member
):
    client.force_login(project_member)
    draft = draft_snapshot(project)
    answer = draft.answers.get(requirement_code=GDPR)
    other = draft.answers.get(requirement_code="codesign-2-governance")
    data = {}
    for row in draft.answers.all():
        data[f"answer-{row.pk}-status"] = row.status
    data[f"answer-{answer.pk}-status"] = RequirementStatus.ACHIEVED
    data[f"answer-{other.pk}-evidence_text"] = "Texte en cours de saisie"
    data[f"answer-{answer.pk}-evidence_file"] = SimpleUploadedFile("preuve.pdf", HTML)
    response = client.post(reverse("commons_label_assessment", args=[draft.pk]), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="id_answer-{answer.pk}-evidence_file-error"' in html
    assert "ne correspond pas à son extension « .pdf »" in html
    assert "Texte en cours de saisie" in html, "what was typed is kept"
    assert not EvidenceFile.objects.exists()


def test_a_valid_upload_over_http_is_stored_privately(client, project, project_member, settings):
    client.force_login(project_member)
    draft = draft_snapshot(project)
    answer = draft.answers.get(requirement_code=GDPR)
    data = {f"answer-{row.pk}-status": row.status for row in draft.answers.all()}
    data[f"answer-{answer.pk}-status"] = RequirementStatus.ACHIEVED
    data[f"answer-{answer.pk}-evidence_file"] = SimpleUploadedFile("Registre RGPD.PDF", PDF)
    response = client.post(reverse("commons_label_assessment", args=[draft.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    answer.refresh_from_db()
    evidence = answer.evidence_file
    assert (evidence.name, evidence.content_type) == ("registre-rgpd.pdf", "application/pdf")
    assert evidence.uploaded_by == project_member and evidence.project_id == project.pk
    assert files_under(settings.MEDIA_ROOT) == []


# --------------------------------------------------------------------------- cleanup
def test_a_replaced_file_on_a_draft_leaves_no_orphan_after_cleanup(storage_roots, project):
    published = published_snapshot(project, status=level_one)
    kept = published.answers.get(requirement_code=GDPR).evidence_file
    draft = services.start_assessment(project=project, user=None)
    answer = draft.answers.get(requirement_code=GDPR)
    assert answer.evidence_file_id == kept.pk, "carried over from the published snapshot"
    replaced = upload(answer, PDF, "v2.pdf")  # the published file stays referenced
    current = upload(answer, PDF + b"% v3\n", "v3.pdf")  # v2 is now referenced by nothing
    replaced_path = Path(replaced.file.path)

    out = StringIO()
    call_command("cleanup_private_files", stdout=out)
    assert replaced.file.name in out.getvalue() and "1 file(s)" in out.getvalue()
    assert replaced_path.exists(), "dry run by default"
    assert EvidenceFile.objects.filter(pk=replaced.pk).exists()

    call_command("cleanup_private_files", "--delete", stdout=StringIO())
    assert not replaced_path.exists()
    remaining = EvidenceFile.objects.all()
    assert {kept, current} <= set(remaining) and replaced not in remaining
    assert not remaining.filter(answers__isnull=True).exists(), "no orphan record"
    assert set(files_under(storage_roots.PRIVATE_MEDIA_ROOT)) == {
        Path(evidence.file.path) for evidence in remaining
    }, "no orphan file"

    services.delete_draft(assessment=draft, user=None)
    call_command("cleanup_private_files", "--delete", stdout=StringIO())
    assert not EvidenceFile.objects.filter(pk=current.pk).exists()
    published_files = EvidenceFile.objects.filter(answers__assessment=published).distinct()
    assert set(files_under(storage_roots.PRIVATE_MEDIA_ROOT)) == {
        Path(evidence.file.path) for evidence in published_files
    }, "the published snapshot's files stay, nothing else"


def test_cleanup_removes_stored_files_without_a_record_after_a_grace_period(storage_roots, project):
    stray = Path(storage_roots.PRIVATE_MEDIA_ROOT) / "label" / "1" / "x" / "stray.pdf"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(PDF)
    call_command("cleanup_private_files", "--delete", stdout=StringIO())
    assert stray.exists(), "may be an upload in progress"
    call_command("cleanup_private_files", "--delete", "--grace-minutes=-1", stdout=StringIO())
    assert not stray.exists()
