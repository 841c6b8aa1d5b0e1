import pytest
from django.core.cache import cache

from tests.factories.pages import DocumentFactory, ResourcePageFactory, file_block


@pytest.fixture(autouse=True)
def empty_cache():
    """Counting and rate limits live in the cache: each test starts from an empty one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def document(db):
    return DocumentFactory(title="Guide de l'atelier")


@pytest.fixture
def resource(project, document):
    """A published resource of `project` with one file."""
    return ResourcePageFactory(parent=project, body=[file_block(document)])


@pytest.fixture
def other_resource(other_project):
    return ResourcePageFactory(parent=other_project, body=[file_block(DocumentFactory())])
