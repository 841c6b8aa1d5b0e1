"""The coding workspace over HTTP: the programme team lists its long-text answers, codes a
passage (found by the server in the answer's text), edits and deletes excerpts; nobody else
reads an answer."""

import re
from html import unescape

import pytest
from django.urls import reverse

from commons.programmes.models import Wave
from evaluation.campaigns.models import ResponseStatus
from evaluation.coding.models import Excerpt
from tests.conftest import member_of
from tests.factories.coding import CITY, ExcerptFactory, interview_version, long_text_answer
from tests.factories.evaluation import AnswerFactory, CodeFactory
from tests.factories.pages import LessonPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db

DENIED = (302, "/admin/")  # Wagtail's « permission denied »: back to the dashboard
NOTES = (
    "L'atelier du mardi a changé les choses.\n"
    "Mme B. dit qu'elle ose maintenant  appeler la CAF seule.\n"
    "Le manque d'ordinateur à la maison reste un frein. "
    "Elle ose maintenant aider sa voisine."
)


def html(response) -> str:
    assert response.status_code == 200, response
    return unescape(response.content.decode())


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def answer_url(answer) -> str:
    return reverse("coding_answer", args=[answer.pk])


def listed(page: str) -> int:
    """The number of answers the listing's caption announces."""
    match = re.search(r"<caption>(\d+) réponses?</caption>", page)
    assert match, "no listing"
    return int(match.group(1))


def textarea(page: str, name: str) -> str:
    match = re.search(rf'<textarea name="{name}"[^>]*>(.*?)</textarea>', page, re.S)
    assert match, f"no {name} field"
    return match.group(1).strip()


@pytest.fixture
def answer(project):
    return long_text_answer(project, NOTES)


# --------------------------------------------------------------------------- coding
def test_programme_team_codes_a_typed_passage_and_sees_it_marked(
    client, programme_member, answer, autonomy, barrier
):
    client.force_login(programme_member)
    page = html(client.get(answer_url(answer)))
    assert "Notes de l'entretien" in page
    assert "<mark>" not in page

    # typed with other line breaks, spaces and capitals than the answer
    response = client.post(
        answer_url(answer),
        {
            "passage": "mme b. dit qu'elle ose maintenant appeler\r\nla CAF seule.",
            "codes": [autonomy.pk],
        },
    )
    assert response.status_code == 302
    excerpt = Excerpt.objects.get(answer=answer)
    start = NOTES.index("Mme B.")
    assert (excerpt.start, excerpt.end) == (start, NOTES.index("seule.") + len("seule."))
    assert excerpt.text == "Mme B. dit qu'elle ose maintenant  appeler la CAF seule."
    assert list(excerpt.codes.all()) == [autonomy]
    assert excerpt.created_by == programme_member

    page = html(client.get(response["Location"]))
    assert "Extrait codé." in page
    assert "<mark>Mme B. dit qu'elle ose maintenant  appeler la CAF seule.</mark>" in page
    assert "1 extrait codé" in page
    assert "Autonomie · Gagne en confiance" in page


def test_the_chosen_occurrence_of_a_repeated_passage_is_coded(
    client, programme_member, answer, autonomy
):
    client.force_login(programme_member)
    client.post(
        answer_url(answer),
        {"passage": "ose maintenant", "occurrence": "2", "codes": [autonomy.pk]},
    )
    excerpt = Excerpt.objects.get(answer=answer)
    second = NOTES.index("ose maintenant aider")
    assert (excerpt.start, excerpt.end) == (second, second + len("ose maintenant"))

    page = html(
        client.post(
            answer_url(answer),
            {"passage": "ose maintenant", "occurrence": "3", "codes": [autonomy.pk]},
        )
    )
    assert re.search(
        r'id="id_occurrence-error"><strong>Erreur :</strong> '
        r"Ce passage n'apparaît que 2 fois dans la réponse.",
        page,
    )
    assert Excerpt.objects.filter(answer=answer).count() == 1


def test_a_passage_not_in_the_answer_is_refused_beside_the_field_with_the_typed_text_kept(
    client, programme_member, answer, autonomy, barrier
):
    client.force_login(programme_member)
    typed = "Elle a trouvé un emploi grâce à l'atelier."
    page = html(
        client.post(
            answer_url(answer),
            {"passage": typed, "codes": [barrier.pk], "note": "À vérifier avec la référente."},
        )
    )
    assert not Excerpt.objects.exists()
    assert "L'extrait n'a pas été enregistré : 1 erreur à corriger." in page
    assert '<a href="#id_passage">Passage à coder : Ce passage ne figure pas' in page
    field = squash(page.split('id="id_passage-error"', 1)[1].split("</textarea>", 1)[0])
    assert field.startswith("><strong>Erreur :</strong> Ce passage ne figure pas dans la réponse")
    assert 'aria-describedby="id_passage-error id_passage_helptext"' in field
    assert 'aria-invalid="true"' in field
    assert textarea(page, "passage") == typed
    assert textarea(page, "note") == "À vérifier avec la référente."
    assert re.search(rf'value="{barrier.pk}"[^>]*checked', page)
    assert not re.search(rf'value="{autonomy.pk}"[^>]*checked', page)


def test_a_passage_needs_a_code_of_the_programme_frame(
    client, programme_member, answer, other_programme, autonomy
):
    foreign = CodeFactory(programme=other_programme, theme="Autonomie", label="Autre grille")
    client.force_login(programme_member)
    page = html(client.post(answer_url(answer), {"passage": "L'atelier du mardi"}))
    assert 'id="id_codes-error"><strong>Erreur :</strong> Choisissez au moins un code.' in page
    assert "Autre grille" not in page, "another programme's codes are not offered"

    page = html(
        client.post(answer_url(answer), {"passage": "L'atelier du mardi", "codes": [foreign.pk]})
    )
    assert "Choisissez des codes de la grille de ce programme." in page
    assert not Excerpt.objects.exists()


def test_common_codes_are_offered_beside_the_programme_codes_grouped_by_theme(
    client, programme_member, answer, autonomy, barrier
):
    common = CodeFactory(programme=None, theme="Transversal", label="Lien social")
    client.force_login(programme_member)
    page = squash(html(client.get(answer_url(answer))))
    legends = re.findall(r'<fieldset class="coding-theme"> <legend>([^<]+)</legend>', page)
    assert legends == ["Autonomie", "Freins", "Transversal"]
    client.post(answer_url(answer), {"passage": "sa voisine", "codes": [common.pk, autonomy.pk]})
    assert set(Excerpt.objects.get().codes.all()) == {common, autonomy}


def test_overlapping_excerpts_are_all_marked(client, programme_member, answer, autonomy, barrier):
    ExcerptFactory(answer=answer, text="Le manque d'ordinateur à la maison", codes=[barrier])
    ExcerptFactory(answer=answer, text="ordinateur à la maison reste un frein", codes=[autonomy])
    client.force_login(programme_member)
    page = html(client.get(answer_url(answer)))
    text = page.split('id="texte-reponse"', 1)[1].split("</div>", 1)[0]
    assert re.sub(r"<[^>]+>", "", text.split(">", 1)[1]) == NOTES, "the text is kept whole"
    assert re.findall(r"<mark>(.*?)</mark>", text) == [
        "Le manque d'",
        "ordinateur à la maison",
        " reste un frein",
    ]


def test_an_excerpt_is_edited_and_deleted(client, programme_member, answer, autonomy, barrier):
    excerpt = ExcerptFactory(answer=answer, text="ose maintenant", codes=[autonomy])
    client.force_login(programme_member)
    edit_url = reverse("coding_excerpt_edit", args=[excerpt.pk])
    page = html(client.get(edit_url))
    assert textarea(page, "passage") == "ose maintenant"
    assert 'name="occurrence" value="1"' in page

    response = client.post(
        edit_url,
        {"passage": "ose maintenant", "occurrence": "2", "codes": [barrier.pk], "note": "Suite"},
    )
    assert response.status_code == 302
    excerpt.refresh_from_db()
    assert excerpt.start == NOTES.index("ose maintenant aider")
    assert list(excerpt.codes.all()) == [barrier]
    assert excerpt.note == "Suite"
    assert 'name="occurrence" value="2"' in html(client.get(edit_url))

    delete_url = reverse("coding_excerpt_delete", args=[excerpt.pk])
    assert "Oui, supprimer l'extrait" in html(client.get(delete_url))
    assert client.post(delete_url).status_code == 302
    assert not Excerpt.objects.exists()
    assert answer.text == NOTES


# --------------------------------------------------------------------------- lessons
def test_the_lesson_chooser_offers_the_project_and_programme_lessons_only(
    client, programme, other_programme, project, programme_member, answer, autonomy
):
    own = LessonPageFactory(parent=project, title="Leçon du projet")
    shared = LessonPageFactory(parent=programme, title="Leçon du programme")
    draft = LessonPageFactory(parent=project, title="Leçon en brouillon", live=False)
    neighbour = LessonPageFactory(
        parent=ProjectPageFactory(parent=programme), title="Leçon d'un autre projet"
    )
    foreign = LessonPageFactory(parent=other_programme, title="Leçon d'un autre programme")
    client.force_login(programme_member)
    page = html(client.get(answer_url(answer)))
    select = page.split('name="lesson"', 1)[1].split("</select>", 1)[0]
    offered = re.findall(r'<option value="(\d*)"[^>]*>([^<]+)</option>', select)
    assert offered == [
        ("", "Aucune"),
        (str(shared.pk), "Leçon du programme"),
        (str(own.pk), "Leçon du projet"),
        (str(draft.pk), "Leçon en brouillon"),
    ]

    for refused in (neighbour, foreign):
        page = html(
            client.post(
                answer_url(answer),
                {"passage": "sa voisine", "codes": [autonomy.pk], "lesson": refused.pk},
            )
        )
        assert "Choisissez une leçon apprise de ce projet ou de son programme." in page
    assert not Excerpt.objects.exists()

    client.post(
        answer_url(answer), {"passage": "sa voisine", "codes": [autonomy.pk], "lesson": shared.pk}
    )
    assert Excerpt.objects.get().lesson == shared


# --------------------------------------------------------------------------- the listing
def test_the_listing_holds_the_programme_long_text_answers_only(
    client, programme, project, other_project, other_programme, programme_member, answer
):
    version = answer.form_version
    short = AnswerFactory(
        response=answer.response, question_key=CITY, text="Chambéry, texte court à ne pas coder"
    )
    long_text_answer(other_project, "Réponse du projet voisin, à coder aussi.", version=version)
    draft = long_text_answer(
        project, "Brouillon jamais envoyé.", version=version, response__status=ResponseStatus.DRAFT
    )
    foreign = ProjectPageFactory(parent=other_programme)
    long_text_answer(foreign, "Réponse d'un autre programme, confidentielle.")

    client.force_login(programme_member)
    page = html(client.get(reverse("coding_answers")))
    assert listed(page) == 2
    assert "L'atelier du mardi" in page
    assert "Réponse du projet voisin" in page
    for hidden in ("Chambéry", "Brouillon jamais envoyé", "autre programme"):
        assert hidden not in page
    for not_codable in (short, draft):
        assert client.get(answer_url(not_codable)).status_code == 404


def test_the_listing_filters_and_paginates(
    client, programme, project, other_project, programme_member, answer, autonomy
):
    wave = Wave.objects.create(programme=programme, name="AMI 2025", deadline="2025-03-01")
    other_project.wave = wave
    other_project.save()
    second_form = interview_version()
    for number in range(26):
        long_text_answer(
            other_project, f"Entretien numéro {number} sur la médiation.", version=second_form
        )
    ExcerptFactory(answer=answer, text="sa voisine", codes=[autonomy])
    client.force_login(programme_member)
    url = reverse("coding_answers")

    assert listed(html(client.get(url))) == 27
    assert listed(html(client.get(url, {"wave": wave.pk}))) == 26
    assert listed(html(client.get(url, {"form": second_form.form_id}))) == 26
    assert listed(html(client.get(url, {"project": project.pk}))) == 1
    coded = html(client.get(url, {"coded": "oui"}))
    assert listed(coded) == 1
    assert "L'atelier du mardi" in coded
    assert listed(html(client.get(url, {"coded": "non"}))) == 26
    assert listed(html(client.get(url, {"q": "numéro 7 sur"}))) == 1

    first = html(client.get(url, {"wave": wave.pk}))
    assert "Page 1 sur 2" in first
    assert f'href="?wave={wave.pk}&page=2"' in first
    second = html(client.get(url, {"wave": wave.pk, "page": "2"}))
    assert second.count('href="/admin/codage/reponses/') == 1

    hostile = html(client.get(url, {"wave": "²", "form": "99999999999999999999", "page": "zz"}))
    assert listed(hostile) == 27, "a malformed filter is dropped, not a 500"


# --------------------------------------------------------------------------- who
def test_another_programme_team_neither_reads_nor_codes_the_answer(
    client, other_programme_member, answer, autonomy
):
    excerpt = ExcerptFactory(answer=answer, text="sa voisine", codes=[autonomy])
    client.force_login(other_programme_member)
    assert client.get(answer_url(answer)).status_code == 404
    response = client.post(answer_url(answer), {"passage": "seule", "codes": [autonomy.pk]})
    assert response.status_code == 404
    for name in ("coding_excerpt_edit", "coding_excerpt_delete"):
        url = reverse(name, args=[excerpt.pk])
        assert client.get(url).status_code == 404
        assert client.post(url, {"passage": "seule", "codes": [autonomy.pk]}).status_code == 404
    assert Excerpt.objects.get() == excerpt
    page = html(client.get(reverse("coding_answers")))
    assert listed(page) == 0
    assert "L'atelier" not in page


@pytest.mark.parametrize("who", ["project_team", "funder", "anonymous"])
def test_project_teams_and_funders_are_refused(
    client, who, project, programme, programme_funder, answer, autonomy
):
    excerpt = ExcerptFactory(answer=answer, text="sa voisine", codes=[autonomy])
    if who == "project_team":
        client.force_login(member_of(project))
    elif who == "funder":
        client.force_login(programme_funder)
    urls = [
        reverse("coding_answers"),
        answer_url(answer),
        reverse("coding_excerpt_edit", args=[excerpt.pk]),
        reverse("coding_excerpt_delete", args=[excerpt.pk]),
        reverse("coding_counts_index"),
        reverse("coding_counts", args=[programme.pk]),
        reverse("coding_frame:index"),
        reverse("coding_frame:add"),
    ]
    for url in urls:
        for response in (client.get(url), client.post(url, {"passage": "seule"})):
            assert response.status_code == 302, url
            if who == "anonymous":
                assert response["Location"].startswith("/admin/login/")
            else:
                assert (response.status_code, response["Location"]) == DENIED, url
    assert Excerpt.objects.get() == excerpt


def test_malformed_ids_answer_404(client, programme_member, answer):
    client.force_login(programme_member)
    for value in ("0", "99999999999999999999", "2147483648", "²", "-1", "abc"):
        for route in (
            "/admin/codage/reponses/{}/",
            "/admin/codage/extraits/{}/",
            "/admin/codage/extraits/{}/supprimer/",
            "/admin/codage/comptages/{}/",
            "/admin/codage/lecons/{}/",
            "/admin/codage/grille/edit/{}/",
            "/admin/codage/grille/delete/{}/",
        ):
            url = route.format(value)
            assert client.get(url).status_code == 404, url
            assert client.post(url, {"passage": "x"}).status_code == 404, url
