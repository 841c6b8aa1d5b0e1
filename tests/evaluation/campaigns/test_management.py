"""The programme team sets campaigns up in the admin, for its own programmes only; which
projects a campaign reaches (selection, else wave, else laureate projects)."""

import datetime

import pytest
from django.urls import reverse

from commons.access.models import Role
from commons.programmes.models import Wave
from commons.taxonomies import ProjectPhase
from evaluation.campaigns.models import Campaign
from evaluation.campaigns.selectors import campaign_projects
from tests.conftest import member_of
from tests.evaluation.campaigns.conftest import denied, text
from tests.factories.campaigns import campaign_for, published_form, submitted_response
from tests.factories.evaluation import EvaluationFormFactory
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db

ADD_URL = reverse("campaigns:add")


def campaign_data(programme, form, **changes) -> dict:
    data = {
        "name": "Bilan du premier trimestre",
        "programme": programme.pk,
        "form": form.pk,
        "wave": "",
        "period_start": "2026-01-01",
        "period_end": "2026-03-31",
        "opens_on": "2026-04-01",
        "due_on": "2026-04-30",
        "message": "Merci de répondre avant la fin du mois.",
    }
    data.update(changes)
    return data


def wave_of(programme, name="Vague 1") -> Wave:
    return Wave.objects.create(programme=programme, name=name, deadline=datetime.date(2025, 9, 1))


def test_the_programme_team_creates_a_campaign(client, programme, project, programme_member):
    form = published_form(programme=programme, name="Auto-évaluation trimestrielle")
    client.force_login(programme_member)
    response = client.post(ADD_URL, campaign_data(programme, form))
    assert response.status_code == 302, text(response)[:2000]
    campaign = Campaign.objects.get(name="Bilan du premier trimestre")
    assert (campaign.programme, campaign.form, campaign.due_on) == (
        programme,
        form,
        datetime.date(2026, 4, 30),
    )
    assert list(campaign_projects(campaign=campaign)) == [project]


def test_the_form_chooser_offers_its_programme_forms_and_common_published_ones(
    client, programme, other_programme, programme_member
):
    own = published_form(programme=programme, name="Formulaire du programme")
    common = published_form(name="Formulaire commun")
    EvaluationFormFactory(programme=programme, name="Formulaire jamais publié")
    foreign = published_form(programme=other_programme, name="Formulaire d'un autre programme")
    client.force_login(programme_member)
    page = text(client.get(ADD_URL))
    assert own.name in page and common.name in page
    assert "Formulaire jamais publié" not in page
    assert foreign.name not in page
    assert other_programme.title not in page, "only its programmes, waves and projects"

    response = client.post(ADD_URL, campaign_data(programme, foreign))
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in text(response)
    assert not Campaign.objects.exists()


def test_dates_out_of_order_are_refused_beside_their_fields(client, programme, programme_member):
    form = published_form(programme=programme)
    client.force_login(programme_member)
    data = campaign_data(
        programme,
        form,
        name="Campagne mal datée",
        period_start="2026-03-31",
        period_end="2026-01-01",
        opens_on="2026-04-30",
        due_on="2026-04-01",
    )
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    page = text(response)
    assert "La fin de la période évaluée doit être après son début." in page
    assert "La date limite doit être après la date d'ouverture." in page
    assert 'value="Campagne mal datée"' in page, "what was typed is kept"
    assert not Campaign.objects.exists()


def test_a_wave_form_or_project_of_another_programme_is_refused(
    client, programme, other_programme, project
):
    """A person who runs both programmes is offered both programmes' waves and projects: the
    ones that do not belong to the chosen programme are refused, each beside its field."""
    both = member_of(programme, Role.PROGRAMME_TEAM)
    both.groups.add(other_programme.team_group)
    foreign_wave = wave_of(other_programme, "Vague de l'autre programme")
    foreign_form = published_form(programme=other_programme)
    foreign_project = ProjectPageFactory(parent=other_programme, title="Projet d'ailleurs")
    client.force_login(both)
    data = campaign_data(programme, foreign_form, wave=foreign_wave.pk)
    data["projects"] = [project.pk, foreign_project.pk]
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    page = text(response)
    assert f"Cette vague appartient à un autre programme que « {programme.title} »." in page
    assert f"Ce formulaire appartient à un autre programme que « {programme.title} »." in page
    assert "Ces projets n'appartiennent pas au programme" in page and "Projet d'ailleurs" in page
    assert not Campaign.objects.exists()


def test_a_campaign_reaching_no_project_is_refused(client, programme, programme_member):
    ProjectPageFactory(parent=programme, phase=ProjectPhase.APPLICATION)
    wave = wave_of(programme)
    client.force_login(programme_member)
    response = client.post(ADD_URL, campaign_data(programme, published_form(), wave=wave.pk))
    assert "Cette vague n'a aucun projet lauréat : cochez des projets." in text(response)
    assert not Campaign.objects.exists()


def test_the_listing_and_each_view_only_find_the_programmes_own_campaigns(
    client, programme, other_programme, programme_member, project
):
    own = campaign_for(programme, name="Campagne du programme")
    ProjectPageFactory(parent=other_programme)
    foreign = campaign_for(other_programme, name="Campagne d'ailleurs")
    client.force_login(programme_member)
    listing = text(client.get(reverse("campaigns:index")))
    assert own.name in listing and foreign.name not in listing
    assert client.get(reverse("campaigns:edit", args=[own.pk])).status_code == 200
    for name in ("campaigns:edit", "campaigns:delete", "campaigns:history", "campaigns:usage"):
        assert client.get(reverse(name, args=[foreign.pk])).status_code == 404, name
    response = client.post(
        reverse("campaigns:edit", args=[foreign.pk]),
        campaign_data(other_programme, foreign.form, name="Détournée"),
    )
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.name == "Campagne d'ailleurs"


def test_teams_and_funders_do_not_manage_campaigns(
    client, programme, project, project_member, programme_funder
):
    campaign = campaign_for(programme)
    for user in (project_member, programme_funder):
        client.force_login(user)
        assert denied(client.get(reverse("campaigns:index")))
        assert denied(client.get(ADD_URL))
        assert client.get(reverse("campaigns:edit", args=[campaign.pk])).status_code in (302, 404)


def test_malformed_ids_answer_404(client, programme_member):
    client.force_login(programme_member)
    for suffix in ("edit/99999999999/", "edit/１２/", "99999999999/suivi/", "0/resultats/"):
        response = client.get(f"/admin/evaluation/campagnes/{suffix}")
        assert response.status_code == 404, suffix


def test_once_answered_the_form_of_a_campaign_no_longer_changes(
    client, programme, project, programme_member
):
    campaign = campaign_for(programme)
    submitted_response(campaign, project, {"personnes": 12})
    client.force_login(programme_member)
    other_form = published_form(programme=programme)
    data = campaign_data(programme, other_form, name=campaign.name)
    response = client.post(reverse("campaigns:edit", args=[campaign.pk]), data)
    assert response.status_code == 200
    assert "Des équipes ont déjà répondu : le formulaire de la campagne ne change plus." in text(
        response
    )
    campaign.refresh_from_db()
    assert campaign.form_id != other_form.pk


# --------------------------------------------------------------------------- targets
def test_targets_are_the_selection_else_the_wave_else_the_laureate_projects(
    programme, other_programme
):
    first_wave, second_wave = wave_of(programme, "Vague 1"), wave_of(programme, "Vague 2")
    laureate = ProjectPageFactory(parent=programme, title="A lauréat", wave=first_wave)
    second = ProjectPageFactory(parent=programme, title="B seconde vague", wave=second_wave)
    candidate = ProjectPageFactory(
        parent=programme, title="C candidat", wave=first_wave, phase=ProjectPhase.APPLICATION
    )
    ProjectPageFactory(parent=other_programme, title="D ailleurs")

    whole = campaign_for(programme)
    assert list(campaign_projects(campaign=whole)) == [laureate, second]

    by_wave = campaign_for(programme, wave=first_wave)
    assert list(campaign_projects(campaign=by_wave)) == [laureate]

    chosen = campaign_for(programme, wave=first_wave, projects=[candidate, second])
    assert list(campaign_projects(campaign=chosen)) == [second, candidate]


def test_an_answered_campaign_is_kept_an_unanswered_one_can_be_deleted(
    client, programme, project, programme_member
):
    answered = campaign_for(programme)
    submitted_response(answered, project, {"personnes": 12})
    unanswered = campaign_for(programme)
    client.force_login(programme_member)
    page = text(client.get(reverse("campaigns:delete", args=[answered.pk])))
    assert "Une équipe a déjà répondu à cette campagne : elle ne peut plus être supprimée" in page
    assert "Oui, supprimer" not in page
    assert denied(client.post(reverse("campaigns:delete", args=[answered.pk])))
    assert Campaign.objects.filter(pk=answered.pk).exists()

    response = client.post(reverse("campaigns:delete", args=[unanswered.pk]))
    assert response.status_code == 302
    assert not Campaign.objects.filter(pk=unanswered.pk).exists()
