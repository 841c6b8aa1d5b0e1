"""Qualitative coding fixtures: a second programme's team, a funder of the programme, a
superuser, and codes of the programme's frame."""

import pytest

from commons.access.models import Role
from tests.conftest import member_of
from tests.factories.accounts import UserFactory, funder
from tests.factories.directory import OrganisationFactory
from tests.factories.evaluation import CodeFactory


@pytest.fixture
def other_programme_member(other_programme):
    return member_of(other_programme, Role.PROGRAMME_TEAM)


@pytest.fixture
def programme_funder(programme):
    organisation = OrganisationFactory()
    programme.funders = [organisation]
    programme.save_revision().publish()
    return funder(organisation)


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True, is_staff=True)


@pytest.fixture
def autonomy(programme):
    return CodeFactory(programme=programme, theme="Autonomie", label="Gagne en confiance")


@pytest.fixture
def barrier(programme):
    return CodeFactory(programme=programme, theme="Freins", label="Manque d'équipement")
