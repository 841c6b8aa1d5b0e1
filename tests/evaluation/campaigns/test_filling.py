"""A project team answers its campaign forms in the admin: the dashboard lists what is due,
a draft is saved and resumed, a submission with an error keeps what was typed, a submitted
response reads as answered. Nobody else fills it, and another team never sees it."""

import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse

from evaluation.campaigns.models import Answer, Response, ResponseStatus
from tests.conftest import member_of
from tests.evaluation.campaigns.conftest import denied, text
from tests.factories.campaigns import campaign_for, draft_response, submitted_response

pytestmark = pytest.mark.django_db

MID_APRIL = dt.datetime(2026, 4, 15, 9, 0, tzinfo=dt.UTC)
MAY = dt.datetime(2026, 5, 10, 9, 0, tzinfo=dt.UTC)


def fill_url(campaign, project) -> str:
    return reverse("campaigns_fill", args=[campaign.pk, project.pk])


def panel_items(client) -> list[str]:
    """The items of the dashboard's « Formulaires à remplir » panel, as text with links."""
    html = text(client.get("/admin/"))
    panel = re.search(r'<section class="w-panel due-forms".*?</section>', html, re.S)
    assert panel, "the panel is on the dashboard"
    return re.findall(r"<li>(.*?)</li>", panel.group(0), re.S)


@time_machine.travel(MAY, tick=False)
def test_the_dashboard_lists_the_due_forms_of_ones_own_project_only(
    client, programme, other_programme, project, other_project, project_member
):
    late = campaign_for(programme, name="Campagne en retard")
    drafted = campaign_for(programme, name="Campagne commencée", due_on=dt.date(2026, 5, 31))
    done = campaign_for(programme, name="Campagne envoyée")
    upcoming = campaign_for(
        programme,
        name="Campagne à venir",
        opens_on=dt.date(2026, 6, 1),
        due_on=dt.date(2026, 6, 30),
    )
    elsewhere = campaign_for(programme, name="Campagne d'un autre projet", projects=[other_project])
    draft_response(drafted, project, {"personnes": 3})
    submitted_response(done, project, {"personnes": 8})

    client.force_login(project_member)
    items = panel_items(client)
    assert len(items) == 2, items
    late_item = next(item for item in items if fill_url(late, project) in item)
    assert "en retard" in late_item and "30 avril 2026" in late_item
    drafted_item = next(item for item in items if fill_url(drafted, project) in item)
    assert "brouillon enregistré" in drafted_item and "en retard" not in drafted_item
    everything = " ".join(items)
    for absent in (done, upcoming, elsewhere):
        assert absent.name not in everything
    assert other_project.title not in everything


@time_machine.travel(MID_APRIL, tick=False)
def test_fill_save_a_draft_resume_correct_an_error_submit_then_read(
    client, programme, project, project_member
):
    campaign = campaign_for(programme)
    url = fill_url(campaign, project)
    client.force_login(project_member)
    page = text(client.get(url))
    assert "Combien de personnes avez-vous accompagnées ?" in page
    assert "Enregistrer le brouillon" in page and "Envoyer" in page

    # a draft: the required number may stay empty
    response = client.post(url, {"q_freins": "Le transport", "q_public": "jeunes", "save": "1"})
    assert response.status_code == 302
    draft = Response.objects.get(campaign=campaign, project=project)
    assert draft.status == ResponseStatus.DRAFT
    assert draft.data == {"freins": "Le transport", "public": "jeunes"}
    assert not Answer.objects.exists(), "a draft has no typed rows"
    assert any("brouillon enregistré" in item for item in panel_items(client))

    # resumed: the page shows what was saved
    page = text(client.get(url))
    assert "Le transport" in page
    assert re.search(r'value="jeunes"[^>]*checked', page)

    # submitting without the required number: the error beside it, the rest kept
    response = client.post(
        url,
        {
            "q_freins": "Toujours le transport",
            "q_public": "seniors",
            "q_personnes": "",
            "submit": "1",
        },
    )
    assert response.status_code == 200
    page = text(response)
    assert "Répondez à cette question." in page
    assert "Toujours le transport" in page
    assert re.search(r'value="seniors"[^>]*checked', page)
    assert re.search(r'name="q_personnes"[^>]*aria-invalid="true"', page) or re.search(
        r'aria-invalid="true"[^>]*name="q_personnes"', page
    )
    draft.refresh_from_db()
    assert draft.status == ResponseStatus.DRAFT

    # submitted
    response = client.post(
        url,
        {
            "q_freins": "Toujours le transport",
            "q_public": "seniors",
            "q_personnes": "15",
            "q_objectif": "oui",
            "submit": "1",
        },
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.status, draft.is_late) == (ResponseStatus.SUBMITTED, False)
    assert Answer.objects.get(response=draft, question_key="personnes").number == 15

    # read-only from now on, and no longer due
    page = text(client.get(url))
    assert "Réponse envoyée le 15 avril 2026" in page
    assert "Toujours le transport" in page and "15" in page
    assert "Enregistrer le brouillon" not in page and 'name="q_personnes"' not in page
    assert denied(client.post(url, {"q_personnes": "99", "submit": "1"}))
    draft.refresh_from_db()
    assert draft.data["personnes"] == 15
    assert panel_items(client) == []


@time_machine.travel(dt.datetime(2026, 5, 3, 9, 0, tzinfo=dt.UTC), tick=False)
def test_a_late_submission_is_accepted_and_marked(client, programme, project, project_member):
    campaign = campaign_for(programme)
    url = fill_url(campaign, project)
    client.force_login(project_member)
    assert "en retard" in text(client.get(url))
    response = client.post(url, {"q_personnes": "4", "submit": "1"}, follow=True)
    assert "Réponse envoyée après la date limite : elle est marquée en retard." in text(response)
    assert Response.objects.get(campaign=campaign, project=project).is_late
    assert "envoyée en retard" in text(client.get(url))


@time_machine.travel(MID_APRIL, tick=False)
def test_another_team_neither_reads_nor_fills_a_projects_response(
    client, programme, other_programme, project, other_project, project_member, other_project_member
):
    campaign = campaign_for(programme)
    url = fill_url(campaign, project)
    client.force_login(other_project_member)
    assert denied(client.get(url))
    assert denied(client.post(url, {"q_personnes": "1", "submit": "1"}))
    assert not Response.objects.filter(project=project).exists()

    submitted_response(campaign, project, {"personnes": 7, "freins": "Confidentiel du projet A"})
    response = client.get(url)
    assert denied(response) and "Confidentiel du projet A" not in text(response)
    # its own project's form stays its own
    assert client.get(fill_url(campaign, other_project)).status_code == 200

    other_programme_team = member_of(other_programme, "programme_team")
    client.force_login(other_programme_team)
    assert denied(client.get(url))


@time_machine.travel(MID_APRIL, tick=False)
def test_the_programme_team_reads_a_submitted_response_but_never_writes_it(
    client, programme, project, programme_member
):
    campaign = campaign_for(programme)
    url = fill_url(campaign, project)
    client.force_login(programme_member)
    draft_response(campaign, project, {"freins": "Brouillon pas encore envoyé"})
    page = text(client.get(url))
    assert "pas encore envoyé" in page and "Brouillon pas encore envoyé" not in page
    assert denied(client.post(url, {"q_personnes": "1", "submit": "1"}))

    Response.objects.filter(project=project).delete()
    submitted_response(campaign, project, {"personnes": 7, "freins": "Le transport"})
    page = text(client.get(url))
    assert "Le transport" in page and 'name="q_personnes"' not in page


@time_machine.travel(MID_APRIL, tick=False)
def test_a_project_the_campaign_does_not_target_is_404(
    client, programme, project, other_project, project_member
):
    campaign = campaign_for(programme, projects=[other_project])
    client.force_login(project_member)
    assert client.get(fill_url(campaign, project)).status_code == 404
    assert client.post(fill_url(campaign, project), {"submit": "1"}).status_code == 404


@time_machine.travel(dt.datetime(2026, 3, 20, 9, 0, tzinfo=dt.UTC), tick=False)
def test_before_it_opens_a_campaign_cannot_be_answered(client, programme, project, project_member):
    campaign = campaign_for(programme)
    url = fill_url(campaign, project)
    client.force_login(project_member)
    assert "Cette campagne ouvre le 1 avril 2026" in text(client.get(url))
    assert denied(client.post(url, {"q_personnes": "3", "submit": "1"}))
    assert not Response.objects.exists()


def test_malformed_ids_answer_404(client, programme, project, project_member):
    campaign = campaign_for(programme)
    client.force_login(project_member)
    for path in (
        f"/admin/evaluation/campagnes/{campaign.pk}/projets/99999999999/",
        f"/admin/evaluation/campagnes/abc/projets/{project.pk}/",
        f"/admin/evaluation/campagnes/{campaign.pk}/projets/-1/",
        f"/admin/evaluation/campagnes/2147483648/projets/{project.pk}/",
        f"/admin/evaluation/campagnes/{campaign.pk + 1000}/projets/{project.pk}/",
    ):
        assert client.get(path).status_code == 404, path
