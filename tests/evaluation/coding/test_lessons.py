"""Excerpts that support a lesson learned: counted for the programme team on the lesson's
admin page, listed on a page of their own, and never shown on the public lesson page."""

from html import unescape

import pytest
from django.urls import reverse

from tests.conftest import member_of
from tests.factories.coding import ExcerptFactory, long_text_answer
from tests.factories.pages import LessonPageFactory

pytestmark = pytest.mark.django_db

CONFIDENTIAL = "Mme B. a peur de se tromper sur le site de la CAF"


@pytest.fixture
def lesson(project, autonomy):
    lesson = LessonPageFactory(parent=project, title="Accompagner pas à pas")
    answer = long_text_answer(project, f"{CONFIDENTIAL}, puis elle ose.")
    ExcerptFactory(answer=answer, text=CONFIDENTIAL, codes=[autonomy], lesson=lesson)
    ExcerptFactory(answer=answer, text="elle ose", codes=[autonomy], lesson=lesson)
    return lesson


def test_the_programme_team_sees_how_many_excerpts_support_the_lesson(
    client, programme_member, lesson
):
    client.force_login(programme_member)
    page = unescape(
        client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    )
    assert "2 extraits codés l'étayent" in page
    assert f'href="{reverse("coding_lesson", args=[lesson.pk])}"' in page

    response = client.get(reverse("coding_lesson", args=[lesson.pk]))
    evidence = unescape(response.content.decode())
    assert response.status_code == 200
    assert CONFIDENTIAL in evidence
    assert "jamais sur la page publique" in evidence


def test_the_project_team_edits_its_lesson_without_seeing_the_excerpts(client, project, lesson):
    client.force_login(member_of(project))
    page = unescape(
        client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    )
    assert "extraits codés" not in page
    assert client.get(reverse("coding_lesson", args=[lesson.pk])).status_code == 302


def test_another_programme_team_gets_404_on_the_lesson_evidence(
    client, other_programme_member, lesson
):
    client.force_login(other_programme_member)
    assert client.get(reverse("coding_lesson", args=[lesson.pk])).status_code == 404


def test_the_public_lesson_page_shows_nothing_from_the_responses(client, lesson, programme_member):
    for user in (None, programme_member):
        if user:
            client.force_login(user)
        response = client.get(lesson.url)
        assert response.status_code == 200
        page = unescape(response.content.decode())
        assert "Accompagner pas à pas" in page
        assert CONFIDENTIAL not in page
        assert "extrait" not in page.lower()
