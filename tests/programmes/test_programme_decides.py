"""The project code, phase and granted amount are the programme's to set: over HTTP, a project
team's forged changes to them are ignored while its other edits are kept; the programme team
changes them."""

import pytest

from commons.taxonomies import ProjectPhase
from tests.admin_forms import edit_url, project_edit_data

pytestmark = pytest.mark.django_db

FORGED = {"code": "PIRATE-01", "phase": ProjectPhase.COMPLETED, "funding_granted": "90000"}


@pytest.fixture
def funded_project(project):
    project.funding_requested = 100_000
    project.funding_granted = 20_000
    project.phase = ProjectPhase.ACCOMPANIMENT
    project.save_revision().publish()
    project.refresh_from_db()
    return project


def latest(project):
    project.refresh_from_db()
    return project.get_latest_revision_as_object()


def test_project_team_sees_the_programme_fields_read_only(client, funded_project, project_member):
    client.force_login(project_member)

    form = client.get(edit_url(funded_project)).context["form"]

    for name in ("code", "phase", "funding_granted"):
        assert form.fields[name].disabled, name
    assert not form.fields["summary"].disabled
    html = client.get(edit_url(funded_project)).content.decode()
    assert 'name="code"' in html and "disabled" in html
    assert "Fixé par l&#x27;équipe du programme." in html


def test_project_team_forged_post_keeps_code_phase_and_grant(
    client, funded_project, project_member
):
    client.force_login(project_member)

    response = client.post(
        edit_url(funded_project),
        project_edit_data(
            funded_project,
            summary="Résumé revu par l'équipe.",
            funding_requested="100000",
            **FORGED,
        ),
    )

    assert response.status_code == 302, response.content[:2000]
    draft = latest(funded_project)
    assert draft.summary == "Résumé revu par l'équipe."
    assert draft.code == funded_project.code
    assert draft.phase == ProjectPhase.ACCOMPANIMENT
    assert draft.funding_granted == 20_000


def test_programme_team_changes_code_phase_and_grant(client, funded_project, programme_member):
    client.force_login(programme_member)

    form = client.get(edit_url(funded_project)).context["form"]
    assert not any(form.fields[name].disabled for name in ("code", "phase", "funding_granted"))

    response = client.post(
        edit_url(funded_project),
        project_edit_data(funded_project, funding_requested="100000", **FORGED),
    )

    assert response.status_code == 302, response.content[:2000]
    draft = latest(funded_project)
    assert draft.code == "PIRATE-01"
    assert draft.phase == ProjectPhase.COMPLETED
    assert draft.funding_granted == 90_000
