"""Managing public links in the admin, as each role does: the project team and its
programme team create, close, reopen and print them; nobody else sees them."""

import datetime
import io
import re
import xml.etree.ElementTree as ElementTree
from html import unescape

import pytest
import segno

from commons.access.models import Funding
from evaluation.campaigns.models import PublicLink, ResponseStatus
from evaluation.forms.schema import Moment, QuestionType
from tests.factories.accounts import funder
from tests.factories.directory import OrganisationFactory
from tests.factories.evaluation import (
    EvaluationFormFactory,
    ResponseFactory,
    question,
    schema,
)
from tests.factories.pages import ProjectPageFactory
from tests.factories.public_questionnaires import public_link, published_form

pytestmark = pytest.mark.django_db
LINKS = "/admin/questionnaires-publics/"
DENIED = (302, "/admin/")  # Wagtail's "permission denied" redirect
SVG = "{http://www.w3.org/2000/svg}"


def text(response) -> str:
    return unescape(response.content.decode())


def table_rows(response) -> list[list[str]]:
    """The cells of the links table, as text."""
    body = text(response).split("<tbody>")[1].split("</tbody>")[0]
    return [
        [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def public_address(link) -> str:
    return f"http://testserver/questionnaires/{link.token}/"


def responses(link, count: int, status=ResponseStatus.SUBMITTED) -> None:
    version = link.form.latest_version
    for _index in range(count):
        ResponseFactory(form_version=version, project=link.project, public_link=link, status=status)


def test_a_team_sees_its_links_with_their_answer_count_and_never_another_teams(
    client, project, other_project, project_member
):
    mine = public_link(project=project, form=published_form(name="Satisfaction atelier"))
    theirs = public_link(project=other_project, form=published_form(name="Avis des voisins"))
    responses(mine, 3)
    responses(mine, 1, status=ResponseStatus.DRAFT)
    responses(theirs, 5)
    client.force_login(project_member)
    page = text(client.get(LINKS))
    assert "Satisfaction atelier" in page
    assert public_address(mine) in page
    assert "<td>3</td>" in page
    assert theirs.token not in page
    assert "<td>5</td>" not in page
    for url in (
        f"{LINKS}{theirs.pk}/qr.svg",
        f"{LINKS}{theirs.pk}/imprimer/",
    ):
        assert client.get(url).status_code == 404
    assert client.post(f"{LINKS}{theirs.pk}/ouverture/", {"open": "0"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.active


def test_the_programme_team_sees_every_link_of_its_programme_only(
    client, project, other_project, programme_member, other_programme
):
    elsewhere = ProjectPageFactory(parent=other_programme)
    links = [public_link(project=p) for p in (project, other_project, elsewhere)]
    client.force_login(programme_member)
    page = text(client.get(LINKS))
    assert public_address(links[0]) in page
    assert public_address(links[1]) in page
    assert public_address(links[2]) not in page


def test_a_funder_is_refused(client, link, programme):
    """Funders read aggregates: they neither manage links nor see their addresses."""
    organisation = OrganisationFactory()
    Funding.objects.create(organisation=organisation, programme=programme)
    client.force_login(funder(organisation))
    response = client.get(LINKS)
    assert (response.status_code, response.get("Location")) == DENIED
    assert client.get(f"{LINKS}{link.pk}/qr.svg").status_code == 404
    assert client.get(f"{LINKS}{link.pk}/imprimer/").status_code == 404


def test_a_team_creates_a_link_and_the_page_opens(client, project, project_member):
    form = published_form(name="Après l'atelier")
    client.force_login(project_member)
    response = client.post(LINKS, {"project": project.pk, "form": form.pk, "closes_on": ""})
    assert response.status_code == 302
    link = PublicLink.objects.get()
    assert (link.project, link.form, link.active) == (project, form, True)
    client.logout()
    assert client.get(f"/questionnaires/{link.token}/").status_code == 200


def test_creation_errors_show_beside_the_field_and_keep_the_choices(
    client, project, project_member
):
    personal = published_form(
        name="Avec courriel",
        questions=schema(question("courriel", QuestionType.SHORT_TEXT, personal_data=True)),
    )
    client.force_login(project_member)
    response = client.post(
        LINKS, {"project": project.pk, "form": personal.pk, "closes_on": "31/02/2026"}
    )
    assert response.status_code == 200
    page = text(response)
    assert 'id="id_closes_on-error"' in page
    assert "Saisissez une date au format JJ/MM/AAAA" in page
    assert f'<option value="{personal.pk}" selected>' in page
    response = client.post(LINKS, {"project": project.pk, "form": personal.pk})
    page = text(response)
    assert 'id="id_form-error"' in page
    assert "sans en déclarer la finalité" in page
    assert not PublicLink.objects.exists()


def test_a_team_cannot_open_a_link_on_another_project_or_an_ineligible_form(
    client, project, other_project, project_member, other_programme
):
    client.force_login(project_member)
    form = published_form()
    response = client.post(LINKS, {"project": other_project.pk, "form": form.pk})
    assert "Choisissez un de vos projets dans la liste." in text(response)
    internal = EvaluationFormFactory(moment=Moment.IN_ITINERE)  # never published
    foreign = published_form(programme=other_programme)
    for ineligible in (internal, foreign):
        response = client.post(LINKS, {"project": project.pk, "form": ineligible.pk})
        assert "Choisissez un formulaire de la liste." in text(response)
    assert not PublicLink.objects.exists()


def test_closing_and_reopening_a_link(client, link, project_member):
    client.force_login(project_member)
    assert client.post(f"{LINKS}{link.pk}/ouverture/", {"open": "0"}).status_code == 302
    link.refresh_from_db()
    assert not link.active
    client.logout()
    assert client.get(f"/questionnaires/{link.token}/").status_code == 410
    client.force_login(project_member)
    client.post(f"{LINKS}{link.pk}/ouverture/", {"open": "1"})
    link.refresh_from_db()
    assert link.active


def test_the_qr_code_is_an_svg_file_of_the_public_address(client, link, project_member):
    client.force_login(project_member)
    response = client.get(f"{LINKS}{link.pk}/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{SVG}svg"
    assert public_address(link) in root.find(f"{SVG}title").text
    expected = io.BytesIO()
    segno.make(public_address(link), error="m").save(expected, kind="svg", scale=10)
    # The same modules as segno draws for the address (colours and title aside).
    modules = f".//{SVG}path[@class='qrline']"
    drawn = root.find(modules).get("d")
    assert drawn == ElementTree.fromstring(expected.getvalue()).find(modules).get("d")


def test_the_printable_page_shows_the_address_project_and_form(client, project, project_member):
    link = public_link(project=project, form=published_form(name="Votre avis compte"))
    client.force_login(project_member)
    response = client.get(f"{LINKS}{link.pk}/imprimer/")
    assert response.status_code == 200
    page = text(response)
    assert f'<p class="qr-sheet__url">{public_address(link)}</p>' in page
    assert project.title in page
    assert "Votre avis compte" in page
    assert f'src="{LINKS}{link.pk}/qr.svg"' in page


def test_each_link_says_whether_people_can_answer(client, project, project_member):
    open_link = public_link(project=project, form=published_form(name="Ouvert jusqu'en juin"))
    open_link.closes_on = datetime.date(2099, 6, 30)
    open_link.save()
    public_link(project=project, form=published_form(name="Ancien"), active=False)
    public_link(
        project=project, form=EvaluationFormFactory(name="À venir", moment=Moment.BENEFICIARIES)
    )
    public_link(
        project=project,
        form=published_form(
            name="Courriel",
            questions=schema(question("courriel", QuestionType.SHORT_TEXT, personal_data=True)),
        ),
    )
    client.force_login(project_member)
    states = {row[1]: row[3] for row in table_rows(client.get(LINKS))}
    assert states == {
        "Ouvert jusqu'en juin": "Ouvert (jusqu'au 30/06/2099)",
        "Ancien": "Fermé",
        "À venir": "En attente : formulaire pas encore publié",
        "Courriel": "Bloqué : données personnelles demandées sans finalité déclarée",
    }


def test_the_project_page_leads_to_its_links_only(client, project, other_project, project_member):
    mine = public_link(project=project)
    public_link(project=other_project)
    client.force_login(project_member)
    editor = text(client.get(f"/admin/pages/{project.pk}/edit/"))
    assert f'href="{LINKS}?projet={project.pk}"' in editor
    rows = table_rows(client.get(f"{LINKS}?projet={project.pk}"))
    assert [row[2] for row in rows] == [public_address(mine)]
    assert f'<option value="{project.pk}" selected>' in text(
        client.get(f"{LINKS}?projet={project.pk}")
    )
    # Another team's project, or anything that is not an id, shows the person's own links.
    for value in (other_project.pk, "abc", "99999999999"):
        rows = table_rows(client.get(f"{LINKS}?projet={value}"))
        assert [row[2] for row in rows] == [public_address(mine)]
