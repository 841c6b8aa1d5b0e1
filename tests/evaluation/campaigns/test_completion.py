"""The programme team follows a campaign project by project and reminds the teams that have
not answered: e-mails go to the right team only, at most once a day per project."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from evaluation.campaigns.models import Reminder
from evaluation.campaigns.tasks import send_campaign_reminders
from tests.conftest import member_of
from tests.evaluation.campaigns.conftest import denied, text
from tests.factories.campaigns import campaign_for, draft_response, submitted_response
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db

MID_APRIL = dt.datetime(2026, 4, 15, 9, 0, tzinfo=dt.UTC)


def completion_url(campaign) -> str:
    return reverse("campaigns_completion", args=[campaign.pk])


def remind_url(campaign) -> str:
    return reverse("campaigns_remind", args=[campaign.pk])


def row_of(page: str, title: str) -> str:
    start = page.index(f">{title}<")
    return page[start : page.index("</tr>", start)]


@pytest.fixture
def teams(programme, project, other_project):
    """Two members with an address in the project's team, one in the other project's."""
    return {
        "a": [
            member_of(project, email="alice@example.org"),
            member_of(project, email="amine@example.org"),
        ],
        "b": [member_of(other_project, email="berenice@example.org")],
    }


@time_machine.travel(dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC), tick=False)
def test_completion_shows_each_projects_state(
    client, programme, project, other_project, programme_member
):
    third = ProjectPageFactory(parent=programme, title="Projet Zéro")
    campaign = campaign_for(programme)
    with time_machine.travel(dt.datetime(2026, 4, 20, 9, 0, tzinfo=dt.UTC), tick=False):
        submitted_response(campaign, project, {"personnes": 5})
    submitted_response(campaign, other_project, {"personnes": 6})
    draft_response(campaign, third, {"personnes": 1})
    fourth = ProjectPageFactory(parent=programme, title="Projet Quatre")

    client.force_login(programme_member)
    page = text(client.get(completion_url(campaign)))
    assert "2 sur 4 projets" in page
    assert "envoyée" in row_of(page, project.title) and "en retard" not in row_of(
        page, project.title
    )
    assert "en retard" in row_of(page, other_project.title)
    assert "brouillon" in row_of(page, third.title)
    assert "pas commencée" in row_of(page, fourth.title)
    assert "au plus une fois par jour" in page


@time_machine.travel(MID_APRIL, tick=False)
def test_only_the_programme_team_follows_completion(
    client, programme, project, project_member, other_programme_member, programme_funder
):
    campaign = campaign_for(programme)
    for user in (project_member, other_programme_member, programme_funder):
        client.force_login(user)
        assert denied(client.get(completion_url(campaign)))
        assert denied(client.post(remind_url(campaign), {"all": "1"}))
    assert not mail.outbox and not Reminder.objects.exists()


@time_machine.travel(MID_APRIL, tick=False)
def test_reminding_a_project_mails_its_team_only_once_a_day(
    client, programme, project, other_project, programme_member, teams
):
    campaign = campaign_for(programme, name="Bilan T1", message="Merci d'avance !")
    client.force_login(programme_member)
    response = client.post(remind_url(campaign), {"project": [str(project.pk)]}, follow=True)
    assert "Relance en cours d'envoi pour 1 projet." in text(response)

    assert sorted(message.to[0] for message in mail.outbox) == [
        "alice@example.org",
        "amine@example.org",
    ]
    assert all(len(message.to) == 1 for message in mail.outbox), "nobody sees the others"
    message = mail.outbox[0]
    assert message.subject == f"Formulaire à remplir : Bilan T1 — {project.title}"
    assert "Date limite : 30 avril 2026." in message.body
    fill = reverse("campaigns_fill", args=[campaign.pk, project.pk])
    assert f"http://testserver{fill}" in message.body
    assert "Merci d'avance !" in message.body
    reminder = Reminder.objects.get()
    assert (reminder.project, reminder.recipients, reminder.sent_by) == (
        project,
        2,
        programme_member,
    )

    # the same day: no second e-mail, and the page says why
    page = text(client.get(completion_url(campaign)))
    assert "déjà relancé aujourd'hui" in row_of(page, project.title)
    assert f'value="{project.pk}"' not in page, "it can no longer be ticked today"
    response = client.post(remind_url(campaign), {"project": [str(project.pk)]}, follow=True)
    assert "Aucune relance envoyée" in text(response)
    assert len(mail.outbox) == 2 and Reminder.objects.count() == 1

    # the next day it can be reminded again
    with time_machine.travel(dt.datetime(2026, 4, 16, 9, 0, tzinfo=dt.UTC), tick=False):
        client.post(remind_url(campaign), {"project": [str(project.pk)]})
    assert len(mail.outbox) == 4 and Reminder.objects.count() == 2


@time_machine.travel(dt.datetime(2026, 5, 2, 9, 0, tzinfo=dt.UTC), tick=False)
def test_reminding_all_skips_the_projects_that_answered(
    client, programme, project, other_project, programme_member, teams
):
    campaign = campaign_for(programme)
    submitted_response(campaign, project, {"personnes": 5})
    client.force_login(programme_member)
    client.post(remind_url(campaign), {"all": "1"})
    assert [message.to for message in mail.outbox] == [["berenice@example.org"]]
    assert "vous pouvez encore répondre, la réponse sera marquée en retard" in mail.outbox[0].body
    assert list(Reminder.objects.values_list("project", flat=True)) == [other_project.pk]


@time_machine.travel(MID_APRIL, tick=False)
def test_the_task_never_writes_to_a_project_outside_the_campaign(
    programme, project, other_project, teams
):
    campaign = campaign_for(programme, projects=[project])
    sent = send_campaign_reminders.enqueue(
        campaign_id=campaign.pk, project_ids=[other_project.pk], sent_by_id=None
    )
    assert sent.return_value == 0
    assert not mail.outbox and not Reminder.objects.exists()


@time_machine.travel(MID_APRIL, tick=False)
def test_a_team_without_an_address_cannot_be_reminded(client, programme, project, programme_member):
    member_of(project, email="")
    campaign = campaign_for(programme, projects=[project])
    client.force_login(programme_member)
    page = text(client.get(completion_url(campaign)))
    assert "personne à qui écrire" in row_of(page, project.title)
    client.post(remind_url(campaign), {"all": "1"})
    assert not mail.outbox and not Reminder.objects.exists()


def test_nothing_ticked_is_explained(client, programme, project, programme_member):
    campaign = campaign_for(programme)
    client.force_login(programme_member)
    response = client.post(remind_url(campaign), {"project": ["abc", "99999999999"]}, follow=True)
    assert "Cochez au moins un projet à relancer" in text(response)
    assert client.get(remind_url(campaign)).status_code == 405
