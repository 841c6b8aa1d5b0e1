"""Label fixtures: which requirements apply depends on the project's device kinds, so the
label tests' `project` is an engineering project (`project_member` is in its team)."""

import pytest

from commons.access.models import Role
from commons.directory.models import DeviceKindTerm
from commons.taxonomies import DeviceKind
from tests.conftest import member_of
from tests.factories.pages import ProjectPageFactory


def device_kinds(*codes: str) -> list[DeviceKindTerm]:
    return list(DeviceKindTerm.objects.filter(code__in=codes))


@pytest.fixture
def project(programme):
    return ProjectPageFactory(parent=programme, device_kinds=device_kinds(DeviceKind.ENGINEERING))


@pytest.fixture
def other_programme_member(other_programme):
    return member_of(other_programme, Role.PROGRAMME_TEAM)
