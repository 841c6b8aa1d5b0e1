"""The indicators through HTTP, as each role uses them: the team declares values (French
decimals, errors beside the fields with what was typed kept), the programme team reviews,
everybody else is refused, and the public project page shows approved values only."""

import datetime
from decimal import Decimal
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from commons.access.models import Role
from evaluation.indicators import services
from evaluation.indicators.models import Indicator, IndicatorValue, ProjectIndicator, ValueStatus
from tests.conftest import member_of
from tests.factories.accounts import funder
from tests.factories.directory import OrganisationFactory
from tests.factories.evaluation import IndicatorFactory
from tests.factories.indicators import (
    Q1,
    Q2,
    Q3,
    approved,
    count_indicator,
    d,
    follows,
    percent_indicator,
    returned,
    submitted,
)
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db

DENIED = (302, "/admin/")  # Wagtail's "permission denied" redirect
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def denied(response) -> bool:
    return (response.status_code, response.get("Location")) == DENIED


def text(response) -> str:
    return unescape(response.content.decode())


def period_url(followed, start=Q1) -> str:
    return reverse("indicators_period", args=[followed.pk, start])


def funder_of(programme):
    organisation = OrganisationFactory()
    programme.funders = [organisation]
    programme.save_revision().publish()
    return funder(organisation)


@pytest.fixture(autouse=True)
def storage_roots(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


# --------------------------------------------------------------------------- the team
def test_team_declares_a_french_decimal_then_submits(client, project, project_member):
    followed = follows(project, count_indicator())
    client.force_login(project_member)
    page = client.get(reverse("indicators_project", args=[project.pk]))
    assert page.status_code == 200
    assert followed.indicator.name in text(page)

    response = client.post(period_url(followed), {"value": "12,5", "comment": "", "save": ""})
    assert response.status_code == 302
    draft = IndicatorValue.objects.get(project_indicator=followed)
    assert (draft.status, draft.value) == (ValueStatus.DRAFT, Decimal("12.5"))

    page = client.get(period_url(followed))
    assert 'value="12,5"' in text(page)  # shown back the French way
    response = client.post(period_url(followed), {"value": "1 200,5", "submit": ""})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.status, draft.value) == (ValueStatus.SUBMITTED, Decimal("1200.5"))
    assert "attend l'examen" in text(client.get(period_url(followed)))


def test_errors_are_beside_the_fields_and_typed_values_are_kept(client, project, project_member):
    followed = follows(project, percent_indicator())
    client.force_login(project_member)
    response = client.post(
        period_url(followed),
        {
            "numerator": "douze",
            "denominator": "8",
            "part__gender__femmes": "3",
            "comment": "Bilan des ateliers",
            "save": "",
        },
    )
    page = text(response)
    assert response.status_code == 200
    assert 'id="id_numerator-error"' in page
    assert "Saisissez un nombre" in page
    assert 'aria-describedby="id_numerator-error id_numerator_helptext"' in page
    assert 'href="#id_numerator"' in page  # the error summary links to the field
    assert 'value="douze"' in page and 'value="8"' in page and 'value="3"' in page
    assert "Bilan des ateliers" in page
    assert not IndicatorValue.objects.exists()

    response = client.post(period_url(followed), {"numerator": "9", "denominator": "8"})
    assert "dépasse le dénominateur" in text(response)
    assert 'id="id_numerator-error"' in text(response)


def test_parts_that_do_not_add_up_are_flagged_to_team_and_reviewer(
    client, project, project_member, programme_member
):
    followed = follows(project, count_indicator())
    client.force_login(project_member)
    client.post(
        period_url(followed),
        {"value": "40", "part__gender__femmes": "20", "part__gender__hommes": "18", "submit": ""},
    )
    flag = "Les parts « genre » totalisent 38, la valeur est 40."
    assert flag in text(client.get(period_url(followed)))
    value = IndicatorValue.objects.get()
    assert value.status == ValueStatus.SUBMITTED  # a flag never blocks
    client.force_login(programme_member)
    assert flag in text(client.get(reverse("indicators_review", args=[value.pk])))


def test_team_follows_an_indicator_with_its_target(client, project, project_member):
    indicator = count_indicator()
    client.force_login(project_member)
    url = reverse("indicators_follow", args=[project.pk])
    response = client.post(url, {"indicator": indicator.pk, "target_value": "beaucoup"})
    assert 'id="id_target_value-error"' in text(response)
    assert 'value="beaucoup"' in text(response)
    response = client.post(
        url,
        {
            "indicator": indicator.pk,
            "target_value": "150,5",
            "baseline_date": "2026-01-01",
            "target_date": "2026-12-31",
            "period_kind": "quarter",
        },
    )
    assert response.status_code == 302
    followed = ProjectIndicator.objects.get(project=project)
    assert followed.target_value == Decimal("150.5")
    page = text(client.get(reverse("indicators_project", args=[project.pk])))
    assert page.count("Rien de déclaré") == 4  # the four quarters of the calendar


# --------------------------------------------------------------------------- who is refused
def test_others_are_refused_and_malformed_addresses_are_not_found(
    client, project, other_project, programme, other_programme
):
    followed = follows(project, count_indicator())
    value = submitted(followed, value=d("3"))
    outsiders = [
        member_of(other_project),
        member_of(other_programme, Role.PROGRAMME_TEAM),
        funder_of(programme),
    ]
    for outsider in outsiders:
        client.force_login(outsider)
        assert denied(client.get(reverse("indicators_project", args=[project.pk])))
        assert denied(client.get(period_url(followed)))
        assert denied(client.post(period_url(followed), {"value": "5", "save": ""}))
        assert denied(client.get(reverse("indicators_edit", args=[followed.pk])))
        assert denied(client.post(reverse("indicators_follow", args=[project.pk]), {}))
        response = client.post(
            reverse("indicators_review", args=[value.pk]), {"decision": "approve"}
        )
        assert denied(response)
    value.refresh_from_db()
    assert (value.status, value.value) == (ValueStatus.SUBMITTED, d("3"))
    client.force_login(outsiders[-1])
    assert denied(client.get(reverse("indicators_index")))
    assert denied(client.get(reverse("indicators_review_queue")))

    client.force_login(member_of(project))
    for address in (
        "/admin/indicateurs/projets/abc/",
        "/admin/indicateurs/projets/99999999999/",
        f"/admin/indicateurs/suivis/{followed.pk}/periodes/2026-13-01/",
        f"/admin/indicateurs/suivis/{followed.pk}/periodes/2026-01-15/",
        f"/admin/indicateurs/suivis/{followed.pk}/periodes/tomorrow/",
        "/admin/indicateurs/valeurs/0/examen/",
        "/admin/indicateurs/valeurs/%C2%B2/justificatif/",
    ):
        assert client.get(address).status_code == 404, address


def test_team_cannot_approve_through_http(client, project, project_member):
    value = submitted(follows(project, count_indicator()), value=d("3"))
    client.force_login(project_member)
    response = client.post(reverse("indicators_review", args=[value.pk]), {"decision": "approve"})
    assert denied(response)
    value.refresh_from_db()
    assert value.status == ValueStatus.SUBMITTED


# --------------------------------------------------------------------------- review
def test_programme_team_reviews_its_programmes_values(
    client, project, programme_member, other_programme
):
    followed = follows(project, count_indicator())
    mine = submitted(followed, Q1, value=d("3"))
    elsewhere = follows(ProjectPageFactory(parent=other_programme), followed.indicator)
    theirs = submitted(elsewhere, Q1, value=d("777"))
    client.force_login(programme_member)

    queue = text(client.get(reverse("indicators_review_queue")))
    assert reverse("indicators_review", args=[mine.pk]) in queue
    assert reverse("indicators_review", args=[theirs.pk]) not in queue
    home = text(client.get(reverse("wagtailadmin_home")))
    assert "Valeurs d'indicateurs à valider (1)" in home

    url = reverse("indicators_review", args=[mine.pk])
    response = client.post(url, {"decision": "return", "review_note": ""})
    assert response.status_code == 200
    assert 'id="id_review_note-error"' in text(response)
    mine.refresh_from_db()
    assert mine.status == ValueStatus.SUBMITTED

    response = client.post(url, {"decision": "approve", "review_note": ""})
    assert response.status_code == 302
    mine.refresh_from_db()
    assert (mine.status, mine.is_current) == (ValueStatus.APPROVED, True)


def test_returned_value_is_fixed_with_a_new_update(
    client, project, project_member, programme_member
):
    followed = follows(project, count_indicator())
    value = submitted(followed, value=d("3"))
    client.force_login(programme_member)
    client.post(
        reverse("indicators_review", args=[value.pk]),
        {"decision": "return", "review_note": "Le bilan dit 4."},
    )
    client.force_login(project_member)
    index = reverse("indicators_index")
    assert "1 valeur renvoyée à corriger" in text(client.get(index))
    page = text(client.get(period_url(followed)))
    assert "Le bilan dit 4." in page and 'value="3"' in page  # pre-filled to be fixed
    client.post(period_url(followed), {"value": "4", "submit": ""})
    statuses = list(
        IndicatorValue.objects.filter(project_indicator=followed)
        .order_by("created_at", "pk")
        .values_list("status", "value")
    )
    assert statuses == [(ValueStatus.RETURNED, d("3")), (ValueStatus.SUBMITTED, d("4"))]
    assert "renvoyée à corriger" not in text(client.get(index))


# --------------------------------------------------------------------------- attachments
def test_attachment_is_private_to_the_two_teams(
    client, project, project_member, programme_member, programme, other_project
):
    followed = follows(project, count_indicator())
    client.force_login(project_member)
    upload = SimpleUploadedFile("Bilan T1.pdf", PDF, content_type="application/pdf")
    client.post(period_url(followed), {"value": "4", "attachment": upload, "submit": ""})
    value = IndicatorValue.objects.get()
    assert value.attachment.name.endswith(".pdf")
    url = reverse("indicators_attachment", args=[value.pk])
    for reader in (project_member, programme_member):
        client.force_login(reader)
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Disposition"].startswith("attachment")
    for outsider in (member_of(other_project), funder_of(programme)):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to the admin login


def test_an_html_file_is_refused_beside_the_field(client, project, project_member):
    followed = follows(project, count_indicator())
    client.force_login(project_member)
    upload = SimpleUploadedFile("bilan.html", b"<html><script>alert(1)</script></html>")
    response = client.post(period_url(followed), {"value": "4", "attachment": upload})
    assert 'id="id_attachment-error"' in text(response)
    assert 'value="4"' in text(response)
    assert not IndicatorValue.objects.exists()


# --------------------------------------------------------------------------- public
def test_public_project_page_shows_approved_values_only(client, project):
    people = count_indicator(name="Personnes accompagnées du test")
    followed = follows(project, people, target_value=500)
    approved(followed, Q1, value=d("120"))
    submitted(followed, Q2, value=d("98765"))
    returned(followed, Q3, value=d("45678"))
    hidden = follows(project, count_indicator(name="Indicateur en brouillon seulement"))
    submitted(hidden, Q1, value=d("31337"))

    page = text(client.get(project.url))
    assert "Personnes accompagnées du test" in page
    assert "120\u00a0personnes" in page and "500\u00a0personnes" in page
    for never in ("98765", "45678", "31337", "Indicateur en brouillon seulement"):
        assert never not in page


def test_public_share_is_the_latest_ratio(client, project):
    share = percent_indicator(name="Part devenue autonome")
    followed = follows(project, share)
    approved(followed, Q1, numerator=d("1"), denominator=d("4"))
    approved(followed, Q2, numerator=d("3"), denominator=d("8"))
    page = text(client.get(project.url))
    assert "37,5\u00a0%" in page and "25\u00a0%" not in page


# --------------------------------------------------------------------------- library
def test_library_is_scoped_by_programme(client, programme, other_programme, programme_member):
    common = IndicatorFactory(name="Indicateur commun du test")
    mine = IndicatorFactory(name="Indicateur de mon programme", programme=programme)
    shared = IndicatorFactory(name="Partagé par un autre", programme=other_programme, shared=True)
    private = IndicatorFactory(name="Privé d'un autre", programme=other_programme, shared=False)
    client.force_login(programme_member)

    index = text(client.get(reverse("indicator_library:index")))
    for visible in (common, mine, shared):
        assert visible.name in index
    assert private.name not in index
    assert reverse("indicator_library:edit", args=[mine.pk]) in index
    assert reverse("indicator_library:edit", args=[shared.pk]) not in index
    found = text(client.get(reverse("indicator_library:index"), {"q": "commun du test"}))
    assert common.name in found and mine.name not in found

    assert client.get(reverse("indicator_library:edit", args=[mine.pk])).status_code == 200
    for read_only in (common, shared, private):
        assert denied(client.get(reverse("indicator_library:edit", args=[read_only.pk])))
    assert client.get(reverse("indicator_library:inspect", args=[shared.pk])).status_code == 200
    assert denied(client.get(reverse("indicator_library:inspect", args=[private.pk])))


def test_programme_team_adds_an_indicator_to_its_programme_only(
    client, programme, other_programme, programme_member
):
    client.force_login(programme_member)
    data = {
        "code": "ateliers-parentalite",
        "name": "Ateliers parentalité numérique",
        "name_en": "",
        "definition": "",
        "unit": "number",
        "nature": "quantitative",
        "direction": "higher",
        "scale": "publics",
        "over_time": "sum",
        "across_projects": "sum",
        "shared": "on",
        "active": "on",
        "programme": other_programme.pk,
    }
    url = reverse("indicator_library:add")
    response = client.post(url, data)
    assert response.status_code == 200  # the other programme is not a choice
    assert not Indicator.objects.filter(code="ateliers-parentalite").exists()
    response = client.post(url, {**data, "programme": programme.pk})
    assert response.status_code == 302
    created = Indicator.objects.get(code="ateliers-parentalite")
    assert created.programme_id == programme.pk


def test_project_team_and_funder_do_not_reach_the_library(client, project_member, programme):
    for outsider in (project_member, funder_of(programme)):
        client.force_login(outsider)
        assert denied(client.get(reverse("indicator_library:index")))
        assert denied(client.get(reverse("indicator_library:add")))


def test_a_value_from_a_form_answer_is_reviewed_like_any_other(client, project, programme_member):
    """Campaign periods need not follow the project's calendar: the period still opens."""
    indicator = count_indicator()
    from_answer = services.record_value_from_answer(
        project=project,
        indicator_code=indicator.code,
        period_start=datetime.date(2026, 2, 1),
        period_end=datetime.date(2026, 2, 28),
        value=d("17"),
        source_reference="réponse 42",
    )
    client.force_login(programme_member)
    assert reverse("indicators_review", args=[from_answer.pk]) in text(
        client.get(reverse("indicators_review_queue"))
    )
    page = client.get(period_url(from_answer.project_indicator, datetime.date(2026, 2, 1)))
    assert page.status_code == 200
    assert "réponse 42" in text(page) and "Réponse à un formulaire" in text(page)
    client.post(reverse("indicators_review", args=[from_answer.pk]), {"decision": "approve"})
    from_answer.refresh_from_db()
    assert from_answer.is_current
