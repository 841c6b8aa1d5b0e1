"""Campaign fixtures: the programme's funder, another programme's team, the other project's
team; and what an admin refusal looks like over HTTP."""

from html import unescape

import pytest

from commons.access.models import Role
from tests.conftest import member_of
from tests.factories.accounts import funder
from tests.factories.directory import OrganisationFactory

DENIED = (302, "/admin/")  # Wagtail's "permission denied": back to the dashboard


def denied(response) -> bool:
    return (response.status_code, response.get("Location")) == DENIED


def text(response) -> str:
    return unescape(response.content.decode())


def funds(organisation, programme) -> None:
    programme.funders = [organisation]
    programme.save_revision().publish()


@pytest.fixture
def programme_funder(programme):
    organisation = OrganisationFactory()
    funds(organisation, programme)
    return funder(organisation)


@pytest.fixture
def other_programme_funder(other_programme):
    organisation = OrganisationFactory()
    funds(organisation, other_programme)
    return funder(organisation)


@pytest.fixture
def other_programme_member(other_programme):
    return member_of(other_programme, Role.PROGRAMME_TEAM)


@pytest.fixture
def other_project_member(other_project):
    return member_of(other_project, email="b@example.org")
