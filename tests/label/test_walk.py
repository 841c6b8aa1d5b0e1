"""What a first walk through the label showed (issue 9, items 1 to 4), over HTTP: the request
names its snapshot, teams read statements, the grid admin reads Oui/Non, the matrix scrolls in
its own region, the programme team's dashboard shows what waits for it."""

import re
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from commons.access.models import Role
from commons.label import services
from commons.label.models import LabelRequest
from commons.taxonomies import FeedbackStatus, LabelRequestState
from tests.conftest import member_of
from tests.factories.engagement import FeedbackFactory, ReportFactory
from tests.factories.label import draft_snapshot, level_one, published_snapshot, reviewed_request
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db


def text(response) -> str:
    assert response.status_code == 200, response
    return unescape(response.content.decode())


def visible(html: str) -> str:
    """The text of the page, without tags nor attributes (ids may keep codes)."""
    body = html.split("<body", 1)[-1].split(">", 1)[-1]
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return re.sub(r"<[^>]+>", " ", body)


def squash(html: str) -> str:
    return re.sub(r"\s+", " ", html)


# --------------------------------------------------------------------------- 1. the request
def test_the_request_button_names_its_snapshot_and_a_newer_draft_is_announced(
    client, project, project_member
):
    published = published_snapshot(project, status=level_one)
    client.force_login(project_member)
    url = reverse("commons_label_project", args=[project.pk])
    html = squash(text(client.get(url)))
    assert f"Demander le label pour l'auto-évaluation v{published.version} du" in html
    assert f'name="assessment" value="{published.pk}"' in html
    assert "brouillon plus récent" not in html

    draft = draft_snapshot(project, status=level_one)
    html = squash(text(client.get(url)))
    assert f"Un brouillon plus récent (v{draft.version}) n'est pas encore publié" in html
    assert f'href="{reverse("commons_label_assessment", args=[draft.pk])}#publier"' in html, (
        "the team is offered to publish the draft first"
    )
    assert f"Publier d'abord le brouillon v{draft.version}" in html


def test_a_request_must_name_the_latest_published_snapshot(client, project, project_member):
    first = published_snapshot(project, status=level_one)
    second = published_snapshot(project, status=level_one)
    client.force_login(project_member)
    request_url = reverse("commons_label_request", args=[project.pk])
    client.post(request_url)  # names nothing
    client.post(request_url, {"assessment": first.pk})  # not the latest
    assert not LabelRequest.objects.filter(state=LabelRequestState.REQUESTED).exists()
    client.post(request_url, {"assessment": second.pk})
    label_request = LabelRequest.objects.get(project=project)
    assert (label_request.state, label_request.assessment) == (LabelRequestState.REQUESTED, second)

    html = squash(text(client.get(reverse("commons_label_project", args=[project.pk]))))
    assert f"auto-évaluation v{second.version} du" in html and "en attente d'examen" in html
    assert "examinée" not in html, "a request waiting for review does not read « examinée »"


def test_an_examined_snapshot_is_never_sent_again(client, project, project_member):
    examined = published_snapshot(project, status=level_one)
    reviewed_request(project, decision=LabelRequestState.TO_COMPLETE, comment="Précisez.")
    with pytest.raises(ValidationError, match="déjà été examinée"):
        services.request_label(project=project, user=project_member, assessment=examined)
    with pytest.raises(ValidationError, match="déjà été examinée"):
        services.request_label(project=project, user=project_member)

    draft = draft_snapshot(project, status=level_one)
    client.force_login(project_member)
    html = squash(text(client.get(reverse("commons_label_project", args=[project.pk]))))
    assert f"L'auto-évaluation v{examined.version} a déjà été examinée" in html
    assert "Demander le label pour" not in html
    assert f"Publier d'abord le brouillon v{draft.version}" in html
    client.post(reverse("commons_label_request", args=[project.pk]), {"assessment": examined.pk})
    label_request = LabelRequest.objects.get(project=project)
    assert label_request.state == LabelRequestState.TO_COMPLETE


# --------------------------------------------------------------------------- 3. statements
def test_review_and_assessment_pages_show_statements_not_codes(
    client, project, project_member, programme_member
):
    published_snapshot(project, status=level_one)
    reviewed_request(project, decision=LabelRequestState.REQUESTED)
    client.force_login(programme_member)
    html = text(client.get(reverse("commons_label_review", args=[project.pk])))
    assert "accessibility-1-supports" not in visible(html), "the text a person reads"
    assert "Commentaire sur l'exigence « " in html

    client.force_login(project_member)
    draft = services.start_assessment(project=project, user=project_member)
    html = text(client.get(reverse("commons_label_assessment", args=[draft.pk])))
    seen = visible(html).replace("preuve-security-1-gdpr.txt", "")  # the file's own name
    assert "security-1-gdpr" not in seen, seen[seen.find("security-1-gdpr") - 300 :][:400]
    assert "Preuve attendue :" in html


def test_grid_admin_reads_oui_non(client, programme_member):
    services.ensure_default_label_grid()
    client.force_login(programme_member)
    html = text(client.get(reverse("wagtailsnippets_label_labelcriterion:list")))
    start = html.rindex("<table", 0, html.index("Accessibilité"))
    listing = html[start : html.index("</table>", start)]
    assert "True" not in listing and "False" not in listing
    assert "Oui" in listing


# --------------------------------------------------------------------------- 4. the matrix
def test_the_matrix_scrolls_in_a_labelled_focusable_region(admin_client, programme, project):
    html = text(admin_client.get(reverse("commons_label_matrix", args=[programme.pk])))
    region = re.search(r"<div class=\"label-matrix-scroll\"[^>]*>", html).group(0)
    assert 'tabindex="0"' in region and 'role="region"' in region
    assert 'aria-labelledby="matrice-legende"' in region
    assert '<caption id="matrice-legende">' in html


# --------------------------------------------------------------------------- 4. the dashboard
def submit_for_moderation(page, user):
    page.save_revision(user=user)
    workflow = page.get_workflow()
    assert workflow is not None, "the programme's moderation workflow applies to its projects"
    workflow.start(page, user)


def test_programme_dashboard_shows_what_waits_for_the_team(
    client, programme, other_programme, project, programme_member
):
    published_snapshot(project, status=level_one)
    reviewed_request(project, decision=LabelRequestState.REQUESTED)
    submitted = ProjectPageFactory(parent=programme, title="Projet soumis à relire")
    submit_for_moderation(submitted, member_of(submitted))
    FeedbackFactory(page=project, status=FeedbackStatus.PENDING)
    FeedbackFactory(page=project, status=FeedbackStatus.PENDING)
    FeedbackFactory(page=project)  # approved: nothing to do
    ReportFactory(page=project)
    elsewhere = ProjectPageFactory(parent=other_programme, title="Projet d'un autre programme")
    published_snapshot(elsewhere, status=level_one)
    reviewed_request(elsewhere, decision=LabelRequestState.REQUESTED)
    FeedbackFactory(page=elsewhere, status=FeedbackStatus.PENDING)
    ReportFactory(page=elsewhere)

    client.force_login(programme_member)
    html = squash(text(client.get(reverse("wagtailadmin_home"))))
    assert "À traiter pour vos programmes (5)" in html
    assert "1 demande de label à examiner" in html
    assert "1 page soumise à validation" in html
    assert "2 avis à modérer" in html
    assert "1 signalement à traiter" in html
    assert reverse("commons_label_review", args=[project.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[submitted.pk]) in html
    assert reverse("commons_moderation_queue") in html
    assert elsewhere.title not in html


def test_dashboard_queries_do_not_grow_with_the_queue(client, programme, programme_member):
    client.force_login(programme_member)
    url = reverse("wagtailadmin_home")
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for _index in range(3):
        project = ProjectPageFactory(parent=programme)
        published_snapshot(project, status=level_one)
        reviewed_request(project, decision=LabelRequestState.REQUESTED)
        FeedbackFactory(page=project, status=FeedbackStatus.PENDING)
        ReportFactory(page=project)
    with CaptureQueriesContext(connection) as after:
        html = squash(text(client.get(url)))
    assert "3 demandes de label à examiner" in html
    assert len(after) == len(before)


def test_project_teams_and_funders_get_no_queue_panel(client, project, project_member):
    client.force_login(project_member)
    assert "À traiter pour vos programmes" not in text(client.get(reverse("wagtailadmin_home")))
    client.force_login(member_of(project.get_parent(), Role.PROGRAMME_TEAM))
    html = text(client.get(reverse("wagtailadmin_home")))
    assert "Rien n'attend votre examen ni votre modération pour l'instant." in html
