"""Answering a public questionnaire anonymously, as a person with a phone does: no account,
no cookie, the data notice before the questions, errors beside the fields, a thank-you page."""

import re
from html import unescape
from html.parser import HTMLParser

import pytest

from evaluation.campaigns.models import Answer, Response, ResponseStatus
from tests.factories.public_questionnaires import DATA_NOTICE, valid_answers

pytestmark = pytest.mark.django_db
SAME_ORIGIN = "http://testserver"
PAGE_WEIGHT_BUDGET = 30 * 1024  # bytes of HTML


def text(response) -> str:
    return unescape(response.content.decode())


def address(link, language: str = "fr") -> str:
    prefix = "" if language == "fr" else f"/{language}"
    return f"{prefix}/questionnaires/{link.token}/"


def post(client, link, data, *, language: str = "fr", **headers):
    headers.setdefault("HTTP_ORIGIN", SAME_ORIGIN)
    return client.post(address(link, language), data, **headers)


class Resources(HTMLParser):
    """What a browser would fetch to show the page: stylesheets, scripts, images, frames."""

    def __init__(self):
        super().__init__()
        self.fetched: list[tuple[str, str]] = []
        self.images = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in {"img", "picture", "video", "audio", "iframe", "object", "embed"}:
            self.images += 1
        href = attributes.get("href") or ""
        # a data: address is written in the page itself: nothing to fetch
        if tag == "link" and not href.startswith("data:"):
            self.fetched.append((attributes.get("rel"), href))
        if tag == "script" and attributes.get("src"):
            self.fetched.append(("script", attributes["src"]))


def test_the_page_shows_the_notice_before_the_questions_with_the_project_name(
    client, link, project
):
    response = client.get(address(link))
    assert response.status_code == 200
    page = text(response)
    assert project.title in page
    assert "Information sur l'utilisation des données" in page
    assert DATA_NOTICE in page
    assert "Vos réponses sont anonymes" in page
    assert page.index(DATA_NOTICE) < page.index("Cet accompagnement vous a-t-il aidé ?")
    assert 'name="q_frequence"' in page


def test_the_page_sets_no_cookie_before_during_and_after_answering(client, link):
    shown = client.get(address(link))
    answered = post(client, link, valid_answers())
    thanks = client.get(answered["Location"])
    for response in (shown, answered, thanks):
        assert "Set-Cookie" not in response.headers
        assert not response.cookies
    assert "csrfmiddlewaretoken" not in text(shown)
    assert not client.cookies


def test_an_anonymous_answer_is_stored_with_its_typed_rows_and_thanked(client, link, project):
    response = post(client, link, valid_answers())
    assert response.status_code == 302
    assert response["Location"] == f"/questionnaires/{link.token}/merci/"
    stored = Response.objects.get()
    assert stored.public_link == link
    assert stored.project == project
    assert stored.status == ResponseStatus.SUBMITTED
    assert stored.updated_by is None
    assert stored.data == {"utilite": 4, "frequence": "souvent", "commentaire": "Très bien"}
    assert set(Answer.objects.values_list("question_key", flat=True)) == {
        "utilite",
        "frequence",
        "commentaire",
    }
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Merci pour vos réponses" in text(thanks)
    assert project.title in text(thanks)


def test_errors_show_beside_their_field_and_everything_typed_is_kept(client, link):
    response = post(client, link, valid_answers(q_utilite="", q_commentaire="Accueil chaleureux"))
    assert response.status_code == 200
    page = text(response)
    assert "Le formulaire n'a pas été envoyé : 1 erreur à corriger." in page
    assert re.search(r'id="id_q_utilite-error"[^>]*>.*Répondez à cette question', page, re.S)
    assert "Accueil chaleureux</textarea>" in page
    assert re.search(r'value="souvent"[^>]*checked', page)
    assert Response.objects.count() == 0
    assert "Set-Cookie" not in response.headers


def test_the_page_is_light_enough_for_a_slow_phone(client, link):
    response = client.get(address(link))
    assert len(response.content) < PAGE_WEIGHT_BUDGET
    resources = Resources()
    resources.feed(response.content.decode())
    assert resources.images == 0
    stylesheets = [href for rel, href in resources.fetched if rel == "stylesheet"]
    assert stylesheets == ["/static/cms/css/commons.css", stylesheets[1]]
    assert stylesheets[1].startswith("/theme.css")
    others = [(rel, href) for rel, href in resources.fetched if rel != "stylesheet"]
    # The only other request may be the optional script hiding conditional questions live.
    assert all(
        rel == "script" and href == "/static/cms/js/conditional-questions.js"
        for rel, href in others
    )


def test_the_page_fits_a_narrow_screen_without_javascript(client, link):
    """Viewport set, every question answerable as plain HTML (no script needed to post)."""
    page = text(client.get(address(link)))
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert '<form method="post"' in page
    assert 'type="submit"' in page


def test_the_english_page_speaks_english_and_answers_the_same(client, link, project):
    response = client.get(address(link, "en"))
    assert response.status_code == 200
    page = text(response)
    assert '<html lang="en">' in page
    assert "Information on how your data is used" in page
    assert "Send my answers" in page
    assert project.title in page
    answered = post(client, link, valid_answers(), language="en")
    assert answered.status_code == 302
    assert answered["Location"] == f"/en/questionnaires/{link.token}/merci/"
    assert "Thank you for your answers" in text(client.get(answered["Location"]))
    assert Response.objects.filter(public_link=link).count() == 1
