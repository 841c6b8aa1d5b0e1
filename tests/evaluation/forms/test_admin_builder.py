"""The form builder in Wagtail's admin, over HTTP: programme teams build the forms of their
programmes, preview them as respondents see them, and publish versions; nobody else may."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from commons.access.models import Role
from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.schema import QuestionType
from evaluation.forms.services import publish
from tests.conftest import member_of
from tests.factories.evaluation_forms import (
    admin_post_data,
    block_question,
    block_section,
    editable_form,
)

pytestmark = pytest.mark.django_db

VIEWSET = "wagtailsnippets_evaluation_forms_evaluationform"
SECTION = block_section(
    "Votre activité",
    block_question("venu", QuestionType.YES_NO, label="Avez-vous animé des ateliers ?"),
    block_question(
        "combien",
        QuestionType.INTEGER,
        label="Combien d'ateliers ?",
        required=True,
        condition=("venu", "equals", "oui"),
    ),
)


DENIED = (302, "/admin/")  # Wagtail's "permission denied": back to the dashboard, with a message


def denied(response) -> bool:
    return (response.status_code, response.get("Location")) == DENIED


def url(name: str, *args) -> str:
    return reverse(f"{VIEWSET}:{name}", args=args)


def versions_url(form) -> str:
    return reverse("evaluation_forms_versions", kwargs={"form_id": form.pk})


def definition_errors(response) -> dict:
    """The errors Wagtail's StreamField shows for the definition (its error JSON)."""
    page = BeautifulSoup(response.content, "html.parser")
    element = page.find(id="definition", attrs={"data-w-block-arguments-value": True})
    _value, errors = json.loads(element["data-w-block-arguments-value"])
    return errors or {}


def question_errors(errors: dict, section: int, question: int) -> dict:
    """The errors shown inside one question block, by field of the block."""
    section_errors = errors["blockErrors"][str(section)]["blockErrors"]
    return section_errors["questions"]["blockErrors"][str(question)]["blockErrors"]


@pytest.fixture
def own_form(programme):
    return editable_form(SECTION, programme=programme, name="Bilan de l'atelier")


def test_a_programme_team_lists_only_the_forms_of_its_programmes(
    client, programme_member, own_form, other_programme
):
    editable_form(SECTION, programme=other_programme, name="Formulaire d'un autre programme")
    editable_form(SECTION, name="Formulaire commun")
    client.force_login(programme_member)

    response = client.get(url("list"))

    assert response.status_code == 200
    assert "Bilan de l&#x27;atelier" in response.content.decode()
    assert "Formulaire d&#x27;un autre programme" not in response.content.decode()
    assert "Formulaire commun" not in response.content.decode()
    assert versions_url(own_form) in response.content.decode()


def test_the_edit_page_leads_to_the_published_versions(client, programme_member, own_form):
    client.force_login(programme_member)

    response = client.get(url("edit", own_form.pk))

    assert response.status_code == 200
    assert versions_url(own_form) in response.content.decode()


def test_a_programme_team_creates_a_form_for_its_programme(client, programme_member, programme):
    client.force_login(programme_member)

    response = client.post(url("add"), admin_post_data(SECTION, programme=programme.pk))

    assert response.status_code == 302, definition_errors(response)
    form = EvaluationForm.objects.get()
    assert form.programme == programme
    assert [question["key"] for question in form.definition[0].value["questions"]] == [
        "venu",
        "combien",
    ]


def test_a_programme_team_cannot_attach_a_form_to_another_programme_nor_make_it_common(
    client, programme_member, other_programme
):
    client.force_login(programme_member)

    to_other = client.post(url("add"), admin_post_data(SECTION, programme=other_programme.pk))
    common = client.post(url("add"), admin_post_data(SECTION, programme=""))

    assert to_other.status_code == 200
    assert common.status_code == 200
    assert not EvaluationForm.objects.exists()


def test_an_invalid_definition_is_refused_with_its_error_beside_the_question(
    client, programme_member, own_form, programme
):
    client.force_login(programme_member)
    broken = block_section(
        "Votre activité",
        block_question("combien", QuestionType.INTEGER, condition=("venu", "equals", "oui")),
        block_question("venu", QuestionType.YES_NO),
        block_question("public", QuestionType.SINGLE_CHOICE),
    )

    response = client.post(
        url("edit", own_form.pk), admin_post_data(broken, programme=programme.pk)
    )

    assert response.status_code == 200
    errors = definition_errors(response)
    assert errors["messages"][0] == (
        "Le formulaire n'est pas enregistré : 2 problèmes sont signalés sur les questions "
        "concernées."
    )
    condition = question_errors(errors, 0, 0)["condition"]["blockErrors"]["question"]
    assert condition["messages"] == [
        "Question « combien » : la condition porte sur « venu », qui n'est pas une question "
        "précédente de ce formulaire."
    ]
    assert question_errors(errors, 0, 2)["choices"]["messages"] == [
        "Question « public » : une question à choix a besoin d'au moins une option."
    ]
    assert 1 not in [
        int(index)
        for index in errors["blockErrors"]["0"]["blockErrors"]["questions"]["blockErrors"]
    ]
    own_form.refresh_from_db()
    assert own_form.definition[0].value["questions"][0]["key"] == "venu"


def test_others_cannot_open_the_builder(client, project, own_form):
    client.force_login(member_of(project, Role.PROJECT_TEAM))

    assert denied(client.get(url("list")))
    assert denied(client.get(url("edit", own_form.pk)))
    assert denied(client.get(versions_url(own_form)))
    assert denied(client.post(versions_url(own_form)))
    assert not own_form.versions.exists()


def test_another_programme_team_cannot_open_this_programmes_form(client, other_programme, own_form):
    client.force_login(member_of(other_programme, Role.PROGRAMME_TEAM))

    assert client.get(url("list")).status_code == 200
    assert denied(client.get(url("edit", own_form.pk)))
    assert denied(client.post(url("delete", own_form.pk)))
    assert denied(client.get(versions_url(own_form)))
    assert EvaluationForm.objects.filter(pk=own_form.pk).exists()


def test_common_forms_are_the_superusers(client, programme_member, admin_user):
    common = editable_form(SECTION, name="Formulaire commun")
    client.force_login(programme_member)
    assert denied(client.get(url("edit", common.pk)))

    client.force_login(admin_user)
    assert client.get(url("edit", common.pk)).status_code == 200


def test_the_preview_shows_the_unsaved_definition_as_the_respondent_sees_it(
    client, programme_member, own_form, programme
):
    client.force_login(programme_member)
    edited = block_section(
        "Votre activité",
        block_question("venu", QuestionType.YES_NO, label="Avez-vous animé des ateliers ?"),
        block_question(
            "public",
            QuestionType.MULTIPLE_CHOICE,
            label="Quels publics, nouvelle question ?",
            choices=["jeunes", "seniors"],
            condition=("venu", "equals", "oui"),
        ),
    )
    preview_url = url("preview_on_edit", own_form.pk)

    sent = client.post(preview_url, admin_post_data(edited, programme=programme.pk))
    assert sent.json() == {"is_valid": True, "is_available": True}
    shown = client.get(preview_url)

    assert shown.status_code == 200
    page = BeautifulSoup(shown.content, "html.parser")
    legends = [legend.get_text(" ", strip=True) for legend in page.select("form fieldset legend")]
    assert "Quels publics, nouvelle question ?" in legends
    assert page.find("input", attrs={"type": "checkbox", "value": "seniors"}) is not None
    assert "À remplir seulement si vous avez répondu « Oui »" in page.get_text()
    own_form.refresh_from_db()
    assert "public" not in [q["key"] for q in own_form.definition[0].value["questions"]]


def test_publishing_from_the_admin_makes_immutable_numbered_versions(
    client, programme_member, own_form
):
    client.force_login(programme_member)

    first = client.post(versions_url(own_form))
    again = client.post(versions_url(own_form))

    assert first.status_code == 302
    version = FormVersion.objects.get(form=own_form)
    assert version.number == 1
    assert version.published_by == programme_member
    assert again.status_code == 200
    assert "Rien n&#x27;a changé depuis la version 1" in again.content.decode()
    assert own_form.versions.count() == 1

    listing = client.get(versions_url(own_form))
    assert "Version 1" in listing.content.decode()


def test_an_invalid_saved_form_is_not_published(client, programme_member, programme):
    form = editable_form(
        block_section("S", block_question("public", QuestionType.SINGLE_CHOICE)),
        programme=programme,
    )
    client.force_login(programme_member)

    response = client.post(versions_url(form))

    assert response.status_code == 200
    assert "une question à choix a besoin d&#x27;au moins une option" in response.content.decode()
    assert not form.versions.exists()


def test_a_published_version_reads_as_it_was_published(
    client, programme_member, own_form, programme
):
    publish(form=own_form, user=programme_member)
    client.force_login(programme_member)
    client.post(
        url("edit", own_form.pk),
        admin_post_data(
            block_section("Autre", block_question("autre", label="Une autre question ?")),
            programme=programme.pk,
            name=own_form.name,
        ),
    )

    response = client.get(
        reverse("evaluation_forms_version", kwargs={"form_id": own_form.pk, "number": 1})
    )

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    keys = [code.get_text() for code in page.select("table code")]
    assert keys == ["venu", "combien"]
    assert "Une autre question ?" not in page.get_text()
    assert page.find(attrs={"name": "apercu-q_combien"}) is not None


@pytest.mark.parametrize(
    "path",
    [
        "/admin/formulaires-evaluation/abc/versions/",
        "/admin/formulaires-evaluation/99999999999999999999/versions/",
    ],
)
def test_a_malformed_form_id_is_not_found(client, programme_member, path):
    client.force_login(programme_member)
    assert client.get(path).status_code == 404


def test_an_unknown_version_is_not_found(client, programme_member, own_form):
    client.force_login(programme_member)
    response = client.get(
        reverse("evaluation_forms_version", kwargs={"form_id": own_form.pk, "number": 3})
    )
    assert response.status_code == 404


def test_a_form_with_a_published_version_cannot_be_deleted(client, programme_member, own_form):
    publish(form=own_form, user=programme_member)
    client.force_login(programme_member)

    assert denied(client.post(url("delete", own_form.pk)))
    assert EvaluationForm.objects.filter(pk=own_form.pk).exists()
