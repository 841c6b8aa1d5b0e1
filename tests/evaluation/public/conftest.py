import pytest
from django.core.cache import cache

from tests.browser.conftest import browser, page, site  # noqa: F401 (the browser journey's)
from tests.factories.public_questionnaires import public_link


@pytest.fixture(autouse=True)
def empty_cache():
    """The answers' rate limit lives in the cache: each test starts from an empty one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def link(project):
    """An open public link of `project` to a published satisfaction questionnaire."""
    return public_link(project=project)
