"""The demo suite reads the demo dataset: it is loaded once per module (and worker) inside a
transaction rolled back at the end, so no other test ever sees it."""

import pytest
from django.db import transaction

from commons.demo.loader import load_demo
from tests.conftest import ensure_wagtail_roots


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        ensure_wagtail_roots()
        load_demo()
        yield
        transaction.set_rollback(True)
