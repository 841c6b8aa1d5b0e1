"""Indicator tests live in early 2027: every quarter of 2026 has begun (values of a period
are declared once it has started), whatever the day the suite runs."""

import datetime as dt

import pytest
import time_machine

from commons.access.models import Role
from tests.conftest import member_of

TODAY = dt.datetime(2027, 2, 1, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def early_2027():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def other_programme_member(other_programme):
    return member_of(other_programme, Role.PROGRAMME_TEAM)
