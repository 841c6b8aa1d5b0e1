"""Which links may be answered: open ones only; unknown, malformed, closed, unpublished
tokens get a friendly page (404 or 410), never a 500; and no personal-data question is asked
unless the form says why."""

import datetime
from html import unescape

import pytest
import time_machine
from django.core.exceptions import ValidationError

from evaluation.campaigns.models import Response
from evaluation.campaigns.public_services import create_public_link, set_link_open
from evaluation.forms.schema import QuestionType
from tests.factories.evaluation import EvaluationFormFactory, FormVersionFactory, question, schema
from tests.factories.public_questionnaires import public_link, published_form, valid_answers

pytestmark = pytest.mark.django_db
SAME_ORIGIN = "http://testserver"
PERSONAL = schema(
    question("avis", QuestionType.LONG_TEXT, required=True),
    question("courriel", QuestionType.SHORT_TEXT, personal_data=True, label="Votre courriel ?"),
)
PURPOSE = "Vous recontacter pour un second atelier, si vous le souhaitez."


def text(response) -> str:
    return unescape(response.content.decode())


@pytest.mark.parametrize(
    "token",
    ["inconnu-123", "x" * 33, "abc.def", "%00", "%C3%A9t%C3%A9", "a%0Ab", "' OR 1=1 --"],
)
def test_an_unknown_or_malformed_token_gets_a_friendly_404(client, link, token):
    for method in (client.get, client.post):
        response = method(f"/questionnaires/{token}/", HTTP_ORIGIN=SAME_ORIGIN)
        assert response.status_code == 404
        assert "Questionnaire introuvable" in text(response)
        assert "Set-Cookie" not in response.headers
    assert client.get(f"/questionnaires/{token}/merci/").status_code == 404


def test_a_closed_link_says_so_and_takes_no_answer(client, link):
    link.active = False
    link.save()
    assert client.get(f"/questionnaires/{link.token}/").status_code == 410
    response = client.post(
        f"/questionnaires/{link.token}/", valid_answers(), HTTP_ORIGIN=SAME_ORIGIN
    )
    assert response.status_code == 410
    assert "Ce questionnaire est fermé" in text(response)
    assert Response.objects.count() == 0


def test_a_link_closes_after_its_closing_date(client, project):
    link = public_link(project=project, closes_on=datetime.date(2026, 6, 30))
    with time_machine.travel(datetime.datetime(2026, 6, 30, 20, tzinfo=datetime.UTC)):
        assert client.get(f"/questionnaires/{link.token}/").status_code == 200
    with time_machine.travel(datetime.datetime(2026, 7, 1, 9, tzinfo=datetime.UTC)):
        assert client.get(f"/questionnaires/{link.token}/").status_code == 410


def test_a_form_not_yet_published_is_not_open(client, project):
    link = public_link(project=project, form=EvaluationFormFactory(moment="beneficiaries"))
    response = client.get(f"/questionnaires/{link.token}/")
    assert response.status_code == 404
    assert "Ce questionnaire n'est pas encore ouvert" in text(response)


def test_personal_data_without_purpose_is_never_served(client, project):
    form = published_form(questions=PERSONAL)
    # A link made before the rule (or by hand): the page still refuses to ask.
    link = public_link(project=project, form=form)
    response = client.get(f"/questionnaires/{link.token}/")
    assert response.status_code == 404
    assert "Votre courriel ?" not in text(response)
    assert "sans dire à quoi elles servent" in text(response)
    posted = client.post(
        f"/questionnaires/{link.token}/",
        {"q_avis": "bien", "q_courriel": "a@example.org"},
        HTTP_ORIGIN=SAME_ORIGIN,
    )
    assert posted.status_code == 404
    assert Response.objects.count() == 0


def test_personal_data_with_its_purpose_is_asked_and_the_purpose_shown(client, project):
    link = public_link(project=project, form=published_form(questions=PERSONAL, purpose=PURPOSE))
    page = text(client.get(f"/questionnaires/{link.token}/"))
    assert "Votre courriel ?" in page
    assert PURPOSE in page
    assert "Vos réponses sont anonymes" not in page


def test_no_link_is_created_for_personal_data_without_purpose(project, project_member):
    form = published_form(questions=PERSONAL)
    with pytest.raises(ValidationError) as error:
        create_public_link(user=project_member, project=project, form=form)
    assert "finalité" in error.value.message_dict["form"][0]
    FormVersionFactory(form=form, number=2, schema=PERSONAL, personal_data_purpose=PURPOSE)
    assert create_public_link(user=project_member, project=project, form=form).active


def test_reopening_checks_the_form_again(project, project_member):
    form = published_form()
    link = create_public_link(user=project_member, project=project, form=form)
    set_link_open(user=project_member, link=link, is_open=False)
    FormVersionFactory(form=form, number=2, schema=PERSONAL)  # republished with a new question
    with pytest.raises(ValidationError):
        set_link_open(user=project_member, link=link, is_open=True)
    link.refresh_from_db()
    assert not link.active
