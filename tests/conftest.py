"""Shared fixtures: every test builds the little data it needs with the factories
(tests/factories/); nothing depends on the demo dataset (tests/demo/ checks the demo itself)."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from wagtail.models import Collection, Locale, Page

from cms.services.site import ensure_site_structure
from commons.access.models import Role
from commons.access.selectors import team_group
from commons.programmes.models import ProgrammeIndexPage
from tests.factories.accounts import UserFactory
from tests.factories.pages import ProgrammePageFactory, ProjectPageFactory

DATABASE_CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": settings.DATABASE_CACHE_TABLE,
    }
}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Test databases are built by migrations: add the table of the database cache that
    production uses by default (the suite itself runs on an in-memory cache)."""
    with django_db_blocker.unblock(), override_settings(CACHES=DATABASE_CACHES):
        call_command("createcachetable", verbosity=0)


def ensure_wagtail_roots() -> None:
    """After a flush (live-server tests), Wagtail's root page and collection are gone."""
    Locale.objects.get_or_create(language_code="fr")
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root"))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


@pytest.fixture
def site_root(db):
    """The public site's skeleton: home, sections, default site, terms, label grid."""
    ensure_wagtail_roots()
    return ensure_site_structure()


@pytest.fixture
def programme_index(site_root) -> ProgrammeIndexPage:
    return ProgrammeIndexPage.objects.get()


@pytest.fixture
def programme(programme_index):
    return ProgrammePageFactory(parent=programme_index)


@pytest.fixture
def other_programme(programme_index):
    return ProgrammePageFactory(parent=programme_index)


@pytest.fixture
def project(programme):
    return ProjectPageFactory(parent=programme)


@pytest.fixture
def other_project(programme):
    return ProjectPageFactory(parent=programme)


def member_of(page, role: str = Role.PROJECT_TEAM, **fields):
    """A person in the team of `page` (a project, or a programme with Role.PROGRAMME_TEAM)."""
    user = UserFactory(**fields)
    user.groups.add(team_group(page=page, role=role))
    return user


@pytest.fixture
def project_member(project):
    return member_of(project)


@pytest.fixture
def programme_member(programme):
    return member_of(programme, Role.PROGRAMME_TEAM)


def pytest_collection_modifyitems(items):
    """Browser tests flush the database (live server): run them last."""
    items.sort(key=lambda item: "browser" in item.keywords)


@pytest.fixture(autouse=True)
def french_by_default():
    """Requests activate their language in the thread; start every test in French."""
    translation.activate("fr")
    yield
    translation.activate("fr")
