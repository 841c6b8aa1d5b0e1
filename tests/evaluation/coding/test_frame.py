"""The coding frame over HTTP: a programme team manages its own programme's codes, grouped by
theme; common codes are the superusers'; a code applied to excerpts is never deleted."""

import re
from html import unescape

import pytest
from django.urls import reverse

from evaluation.coding.models import Code
from tests.factories.coding import ExcerptFactory, long_text_answer
from tests.factories.evaluation import CodeFactory

pytestmark = pytest.mark.django_db

INDEX = "coding_frame:index"


def html(response) -> str:
    assert response.status_code == 200, response
    return unescape(response.content.decode())


def code_data(programme, **changes) -> dict:
    data = {
        "programme": programme.pk if programme else "",
        "theme": "Autonomie",
        "label": "Fait seul ses démarches",
        "description": "La personne réalise une démarche en ligne sans aide.",
        "position": "1",
    }
    data.update(changes)
    return data


def field_error(page: str, name: str) -> str:
    """The error message Wagtail shows beside a field of the code form."""
    block = page.split(f'id="id_{name}"', 1)[0].rsplit("data-field-wrapper", 1)[-1]
    block += page.split(f'id="id_{name}"', 1)[1].split("</div>\n", 3)[0]
    messages = re.findall(r'class="error-message"[^>]*>\s*(.*?)\s*</', block, re.S)
    return " ".join(re.sub(r"<[^>]+>", "", message).strip() for message in messages)


def test_programme_team_lists_its_codes_only(
    client, project, other_programme, programme_member, autonomy, barrier
):
    CodeFactory(programme=other_programme, theme="Autonomie", label="Code d'ailleurs")
    CodeFactory(programme=None, theme="Transversal", label="Code commun")
    CodeFactory(programme=project.get_parent().specific, theme="Autonomie", label="Zèbre")
    answer = long_text_answer(project, "Elle gagne en confiance.")
    ExcerptFactory(answer=answer, text="gagne en confiance", codes=[autonomy])
    client.force_login(programme_member)
    page = html(client.get(reverse(INDEX)))
    listed = ["Gagne en confiance", "Zèbre", "Manque d'équipement"]
    assert sorted(listed, key=page.index) == listed, "listed theme by theme"
    assert "Code d'ailleurs" not in page
    assert "Code commun" not in page, "common codes are managed by superusers"


def test_superuser_lists_every_code_common_ones_included(client, superuser, autonomy):
    CodeFactory(programme=None, theme="Transversal", label="Code commun")
    client.force_login(superuser)
    page = html(client.get(reverse(INDEX)))
    assert "Gagne en confiance" in page
    assert "Code commun" in page
    assert "Commun" in page


def test_programme_team_adds_a_code_to_its_programme_only(
    client, programme, other_programme, programme_member
):
    client.force_login(programme_member)
    page = html(client.get(reverse("coding_frame:add")))
    select = page.split('name="programme"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="(\d*)"', select) == [str(programme.pk)]

    response = client.post(reverse("coding_frame:add"), code_data(programme))
    assert response.status_code == 302
    code = Code.objects.get(label="Fait seul ses démarches")
    assert code.programme == programme

    for refused in (other_programme, None):
        page = html(
            client.post(reverse("coding_frame:add"), code_data(refused, label="Autre code"))
        )
        assert field_error(page, "programme"), page
    assert not Code.objects.filter(label="Autre code").exists()


def test_a_code_twice_in_a_theme_is_refused_beside_its_label(client, programme_member, autonomy):
    client.force_login(programme_member)
    page = html(
        client.post(
            reverse("coding_frame:add"),
            code_data(autonomy.programme, theme="Autonomie", label="Gagne en confiance"),
        )
    )
    assert field_error(page, "label") == "Ce code existe déjà dans ce thème."
    assert 'value="Gagne en confiance"' in page, "the typed label is kept"
    assert Code.objects.filter(label="Gagne en confiance").count() == 1


def test_superuser_adds_a_common_code_once(client, superuser):
    client.force_login(superuser)
    assert client.post(reverse("coding_frame:add"), code_data(None)).status_code == 302
    assert Code.objects.get().programme is None
    page = html(client.post(reverse("coding_frame:add"), code_data(None)))
    assert field_error(page, "label") == "Ce code existe déjà dans ce thème."
    assert Code.objects.count() == 1


def test_another_programme_team_cannot_edit_nor_delete_a_code(
    client, other_programme_member, autonomy
):
    client.force_login(other_programme_member)
    for name in ("edit", "delete", "history", "usage"):
        url = reverse(f"coding_frame:{name}", args=[autonomy.pk])
        assert client.get(url).status_code == 404, name
    url = reverse("coding_frame:edit", args=[autonomy.pk])
    assert client.post(url, code_data(autonomy.programme, label="Piraté")).status_code == 404
    assert client.post(reverse("coding_frame:delete", args=[autonomy.pk])).status_code == 404
    autonomy.refresh_from_db()
    assert autonomy.label == "Gagne en confiance"


def test_a_used_code_is_not_deleted_and_the_page_says_why(
    client, programme, project, programme_member, autonomy, barrier
):
    answer = long_text_answer(project, "Elle gagne en confiance, sans ordinateur.")
    ExcerptFactory(answer=answer, text="gagne en confiance", codes=[autonomy])
    ExcerptFactory(answer=answer, text="sans ordinateur", codes=[autonomy, barrier])
    client.force_login(programme_member)
    url = reverse("coding_frame:delete", args=[autonomy.pk])
    page = html(client.get(url))
    message = (
        "Ce code est appliqué à 2 extraits : il ne peut pas être supprimé. "
        "Retirez-le d'abord de ces extraits."
    )
    assert message in page
    assert "Yes, delete" not in page and "Oui, supprimer" not in page

    response = client.post(url)
    assert response.status_code == 302
    assert Code.objects.filter(pk=autonomy.pk).exists()
    assert message in html(client.get(response["Location"]))
    assert autonomy.excerpts.count() == 2

    unused = CodeFactory(programme=programme, theme="Freins", label="Jamais appliqué")
    response = client.post(reverse("coding_frame:delete", args=[unused.pk]))
    assert response.status_code == 302
    assert not Code.objects.filter(pk=unused.pk).exists()


def test_a_used_code_keeps_its_programme(client, superuser, project, other_programme, autonomy):
    answer = long_text_answer(project, "Elle gagne en confiance.")
    ExcerptFactory(answer=answer, text="gagne en confiance", codes=[autonomy])
    client.force_login(superuser)
    url = reverse("coding_frame:edit", args=[autonomy.pk])
    page = html(
        client.post(url, code_data(other_programme, theme=autonomy.theme, label=autonomy.label))
    )
    assert field_error(page, "programme") == (
        "Ce code est appliqué à 1 extrait : il ne peut pas changer de programme."
    )
    autonomy.refresh_from_db()
    assert autonomy.programme == project.get_parent().specific

    response = client.post(
        url, code_data(autonomy.programme, theme=autonomy.theme, label="Reprend confiance")
    )
    assert response.status_code == 302
    autonomy.refresh_from_db()
    assert autonomy.label == "Reprend confiance"
