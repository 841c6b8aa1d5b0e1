"""A published version never changes: editing the form and publishing makes a new version,
and a response keeps rendering the version it answered."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.template.loader import render_to_string

from evaluation.campaigns.services import start_or_resume, submit
from evaluation.forms.schema import QuestionType
from evaluation.forms.services import publish
from tests.factories.evaluation import CampaignFactory
from tests.factories.evaluation_forms import block_question, block_section, editable_form, stream

pytestmark = pytest.mark.django_db

FIRST = block_section(
    "Bilan",
    block_question("venu", QuestionType.YES_NO, label="Êtes-vous venu ?"),
    block_question(
        "public",
        QuestionType.MULTIPLE_CHOICE,
        label="Quels publics ?",
        choices=["jeunes", "seniors"],
    ),
    block_question("retire", label="Question retirée ensuite ?"),
    block_question("avis", QuestionType.LONG_TEXT, label="Votre avis ?"),
)
SECOND = block_section(
    "Bilan",
    block_question("venu", QuestionType.YES_NO, label="Êtes-vous venu ?"),
    block_question("nouvelle", label="Question ajoutée ?"),
)


def answers_page(response) -> BeautifulSoup:
    html = render_to_string(
        "evaluation_forms/includes/response_answers.html", {"response": response}
    )
    return BeautifulSoup(html, "html.parser")


def test_publishing_freezes_the_form_into_numbered_versions(programme_member):
    form = editable_form(FIRST, name="Bilan ex-post")

    first = publish(form=form, user=programme_member)
    form.definition = stream(SECOND)
    form.save()
    second = publish(form=form, user=programme_member)

    assert (first.number, second.number) == (1, 2)
    assert [question["key"] for question in first.questions()] == [
        "venu",
        "public",
        "retire",
        "avis",
    ]
    assert [question["key"] for question in second.questions()] == ["venu", "nouvelle"]
    assert second.published_by == programme_member
    assert second.name == "Bilan ex-post"
    assert form.latest_version == second


def test_an_unchanged_form_is_not_published_again(programme_member):
    form = editable_form(FIRST)
    publish(form=form, user=programme_member)

    with pytest.raises(ValidationError, match="Rien n'a changé depuis la version 1"):
        publish(form=form, user=programme_member)

    form.data_notice = "Les réponses sont gardées deux ans."
    form.save()
    assert publish(form=form, user=programme_member).number == 2


def test_an_invalid_or_empty_form_is_not_published(programme_member):
    invalid = editable_form(
        block_section("Bilan", block_question("public", QuestionType.SINGLE_CHOICE))
    )
    with pytest.raises(ValidationError, match="au moins une option"):
        publish(form=invalid, user=programme_member)
    with pytest.raises(ValidationError, match="au moins une question"):
        publish(form=editable_form(), user=programme_member)
    assert not invalid.versions.exists()


def test_a_published_version_cannot_be_changed_nor_deleted_once_answered(
    programme, project, project_member, programme_member
):
    form = editable_form(FIRST, programme=programme)
    version = publish(form=form, user=programme_member)

    version.name = "Autre nom"
    with pytest.raises(ValidationError, match="ne se modifie pas"):
        version.save()

    response = start_or_resume(
        campaign=CampaignFactory(programme=programme, form=form), project=project, user=None
    )
    with pytest.raises(ProtectedError):
        version.delete()
    assert response.form_version.schema == version.schema


def test_a_response_on_an_old_version_renders_that_version(
    programme, project, project_member, programme_member
):
    form = editable_form(FIRST, programme=programme)
    publish(form=form, user=programme_member)
    response = start_or_resume(
        campaign=CampaignFactory(programme=programme, form=form),
        project=project,
        user=project_member,
    )
    submit(
        response=response,
        answers={"venu": "oui", "public": ["jeunes", "seniors"], "retire": "Encore là"},
        user=project_member,
    )
    form.definition = stream(SECOND)
    form.save()
    publish(form=form, user=programme_member)

    response.refresh_from_db()
    page = answers_page(response)

    read = {
        term.get_text(): term.find_next_sibling("dd").get_text(" ", strip=True)
        for term in page.find_all("dt")
    }
    assert read == {
        "Êtes-vous venu ?": "Oui",
        "Quels publics ?": "Jeunes Seniors",
        "Question retirée ensuite ?": "Encore là",
        "Votre avis ?": "Sans réponse",
    }
    assert [item.get_text() for item in page.select("dd li")] == ["Jeunes", "Seniors"]
