"""The anonymous page's defences without any cookie: same-origin posts only, a honeypot,
and a budget of answers per client address (shared through the cache), its own budget apart
from resource feedback."""

from html import unescape

import pytest

from commons.engagement.models import ResourceFeedback
from evaluation.campaigns.models import Response
from evaluation.campaigns.public import ANSWERS_PER_WINDOW
from tests.factories.pages import ResourcePageFactory
from tests.factories.public_questionnaires import public_link, published_form, valid_answers

pytestmark = pytest.mark.django_db
SAME_ORIGIN = "http://testserver"


def post(client, link, data=None, **headers):
    if not headers:
        headers = {"HTTP_ORIGIN": SAME_ORIGIN}
    return client.post(f"/questionnaires/{link.token}/", data or valid_answers(), **headers)


def test_a_filled_honeypot_is_thanked_and_nothing_is_stored(client, link):
    response = post(client, link, valid_answers(website="http://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == f"/questionnaires/{link.token}/merci/"
    assert Response.objects.count() == 0


def test_robots_do_not_use_up_the_budget_of_people(client, link):
    for _index in range(ANSWERS_PER_WINDOW + 5):
        post(client, link, valid_answers(website="spam"))
    assert post(client, link).status_code == 302
    assert Response.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "http://evil.example/questionnaires/"},
        {"HTTP_ORIGIN": "http://evil.example", "HTTP_REFERER": "http://testserver/"},
        {"HTTP_ORIGIN": ""},
    ],
    ids=["cross-site-origin", "null-origin", "cross-site-referer", "origin-wins", "none"],
)
def test_a_post_from_another_site_is_refused_and_what_was_typed_kept(client, link, headers):
    response = post(client, link, valid_answers(q_commentaire="Mon avis"), **headers)
    assert response.status_code == 403
    page = unescape(response.content.decode())
    assert "Envoi refusé : il ne provient pas d'une page de ce site." in page
    assert "Mon avis</textarea>" in page
    assert Response.objects.count() == 0
    assert "Set-Cookie" not in response.headers


def test_the_eleventh_answer_in_the_window_is_refused_with_a_clear_message(client, link):
    for index in range(ANSWERS_PER_WINDOW):
        assert post(client, link, valid_answers(q_commentaire=f"avis {index}")).status_code == 302
    refused = post(client, link, valid_answers(q_commentaire="une de trop"))
    assert refused.status_code == 429
    assert refused["Retry-After"] == "600"
    page = unescape(refused.content.decode())
    assert "Trop de réponses envoyées depuis votre connexion" in page
    assert "une de trop</textarea>" in page
    assert Response.objects.count() == ANSWERS_PER_WINDOW
    assert "Set-Cookie" not in refused.headers


def test_the_budget_is_per_client_address_and_across_questionnaires(client, link, other_project):
    other_link = public_link(project=other_project, form=published_form())
    for index in range(ANSWERS_PER_WINDOW):
        target = link if index % 2 else other_link
        assert post(client, target).status_code == 302
    assert post(client, other_link).status_code == 429
    assert (
        post(client, other_link, HTTP_ORIGIN=SAME_ORIGIN, REMOTE_ADDR="192.0.2.44").status_code
        == 302
    )


def test_questionnaires_have_their_own_budget_apart_from_feedback(client, link, project):
    resource = ResourcePageFactory(parent=project)
    for _index in range(ANSWERS_PER_WINDOW):
        assert post(client, link).status_code == 302
    feedback = client.post(
        f"/ressources/{resource.pk}/avis/",
        {"rating": "3", "comment": "utile"},
        HTTP_ORIGIN=SAME_ORIGIN,
        HTTP_USER_AGENT="Mozilla/5.0",
    )
    assert feedback.status_code == 302
    assert ResourceFeedback.objects.count() == 1
