"""What a team member's admin dashboard and Reports menu show, over HTTP: the counters match
the listings they lead to, and reports appear only to roles that can use them."""

import re

import pytest
from django.urls import reverse

from commons.access.models import Team
from tests.factories.accounts import UserFactory, funder
from tests.factories.directory import OrganisationFactory
from tests.factories.pages import DocumentFactory

pytestmark = pytest.mark.django_db


def summary_count(html: str, noun: str) -> int:
    """The figure the dashboard shows before « Documents » or « Images »."""
    match = re.search(rf"(\d+)\s+{noun}s?\b", re.sub(r"\s+", " ", html))
    assert match, f"no {noun} counter on the dashboard"
    return int(match.group(1))


def test_dashboard_counts_the_documents_the_team_member_can_list(client, project, project_member):
    superuser = UserFactory(is_superuser=True)
    team_collection = Team.objects.get(page=project).collection
    for _ in range(3):
        DocumentFactory(uploaded_by_user=superuser)
        DocumentFactory(uploaded_by_user=superuser, collection=team_collection)
    own = DocumentFactory(
        title="Compte rendu atelier usagers",
        uploaded_by_user=project_member,
        collection=team_collection,
    )
    client.force_login(project_member)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    listing = client.get(reverse("wagtaildocs:index")).content.decode()

    assert summary_count(dashboard, "Document") == 1
    assert own.title in listing
    assert "Document 0" not in listing


def test_dashboard_counts_every_document_for_a_superuser(client):
    superuser = UserFactory(is_superuser=True)
    for _ in range(3):
        DocumentFactory(uploaded_by_user=superuser)
    client.force_login(superuser)

    assert summary_count(client.get(reverse("wagtailadmin_home")).content.decode(), "Document") == 3


def test_dashboard_counts_the_images_the_team_member_can_list(client, project_member):
    client.force_login(project_member)

    assert summary_count(client.get(reverse("wagtailadmin_home")).content.decode(), "Image") == 0


def report_url(name: str) -> str:
    return reverse(f"wagtailadmin_reports:{name}")


GENERIC_REPORTS = ("locked_pages", "workflow", "workflow_tasks", "site_history", "aging_pages")


def menu(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_project_team_has_no_reports_menu(client, project_member):
    html = menu(client, project_member)

    assert '"name": "reports"' not in html
    for name in (*GENERIC_REPORTS, "page_types_usage"):
        assert report_url(name) not in html


def test_funder_has_no_reports_menu(client, programme):
    organisation = OrganisationFactory(name="Grand Chambéry")
    programme.funders.add(organisation)
    programme.save_revision().publish()

    html = menu(client, funder(organisation))

    assert '"name": "reports"' not in html


def test_programme_team_keeps_the_moderation_and_follow_up_reports(client, programme_member):
    html = menu(client, programme_member)

    assert '"name": "reports"' in html
    for name in ("workflow", "workflow_tasks", "aging_pages", "locked_pages"):
        assert report_url(name) in html
    assert report_url("site_history") not in html
    assert report_url("page_types_usage") not in html


def test_superuser_keeps_every_report(client, site_root):
    html = menu(client, UserFactory(is_superuser=True))

    for name in (*GENERIC_REPORTS, "page_types_usage"):
        assert report_url(name) in html
