"""Publishing rules: a draft may be incomplete, a publication names what is missing."""

import pytest
from django.urls import reverse

from commons.resources.models import LessonPage, ResourcePage

pytestmark = pytest.mark.django_db


def add_url(parent, model_name: str) -> str:
    return reverse("wagtailadmin_pages:add", args=["resources", model_name, parent.pk])


def resource_form(**overrides) -> dict:
    data = {
        "title": "Fiche outil : animer un atelier",
        "slug": "fiche-outil-animer-atelier",
        "summary": "",
        "body-count": 0,
        "licence": "etalab-2.0",
        "language": "fr",
        "tags": "",
        "change_summary": "",
    }
    data.update(overrides)
    return data


def test_a_draft_may_be_incomplete(admin_client, project):
    response = admin_client.post(add_url(project, "resourcepage"), resource_form())
    assert response.status_code == 302
    draft = ResourcePage.objects.get(slug="fiche-outil-animer-atelier")
    assert not draft.live


def test_publishing_names_each_missing_item_on_its_field(admin_client, project):
    response = admin_client.post(
        add_url(project, "resourcepage"), resource_form(licence="", **{"action-publish": "1"})
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "Le résumé est obligatoire" in form.errors["summary"][0]
    assert "Choisissez de 1 à 5 thématiques" in form.errors["themes"][0]
    assert "Choisissez de 1 à 3 types de ressource" in form.errors["resource_types"][0]
    assert "licence" in form.errors
    assert form["title"].value() == "Fiche outil : animer un atelier", "what was typed is kept"
    assert not ResourcePage.objects.filter(slug="fiche-outil-animer-atelier").exists()


def test_publishing_refuses_too_many_types_and_themes(admin_client, project):
    response = admin_client.post(
        add_url(project, "resourcepage"),
        resource_form(
            summary="Un résumé.",
            themes=["social_inclusion", "ecological_transition"],
            resource_types=["toolsheet", "article", "video", "dataset"],
            **{"action-publish": "1"},
        ),
    )
    assert "actuellement 4" in response.context["form"].errors["resource_types"][0]


def test_a_complete_resource_is_published(admin_client, project, client):
    response = admin_client.post(
        add_url(project, "resourcepage"),
        resource_form(
            summary="Comment animer un atelier de découverte.",
            themes=["social_inclusion"],
            resource_types=["toolsheet"],
            **{"action-publish": "1"},
        ),
    )
    assert response.status_code == 302
    published = ResourcePage.objects.get(slug="fiche-outil-animer-atelier")
    assert published.live
    assert client.get(published.url).status_code == 200


def test_lessons_follow_the_same_rules(admin_client, project):
    data = {
        "title": "Ce que nous avons appris",
        "slug": "ce-que-nous-avons-appris",
        "summary": "",
        "licence": "cc-by-sa-4.0",
        "language": "fr",
        "tags": "",
        "evidence_links-count": 0,
        "action-publish": "1",
    }
    response = admin_client.post(add_url(project, "lessonpage"), data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) >= {"summary", "themes"}
    assert not LessonPage.objects.filter(slug="ce-que-nous-avons-appris").exists()
