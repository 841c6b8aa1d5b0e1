import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection, Locale, Page

from commons.demo.loader import load_demo
from commons.programmes.models import ProjectPage


def build_demo_site() -> None:
    """The demo dataset on an empty database (after a flush, Wagtail's root page is gone)."""
    Locale.objects.get_or_create(language_code="fr")
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root"))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    load_demo()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Loads the demo once; each test then runs in a transaction rolled back at its end."""
    with django_db_blocker.unblock():
        build_demo_site()


def pytest_collection_modifyitems(items):
    """Browser tests flush the database (live server): run them last."""
    items.sort(key=lambda item: "browser" in item.keywords)


@pytest.fixture
def project(db) -> ProjectPage:
    return ProjectPage.objects.get(code="TRANSISTOR-01")


@pytest.fixture
def other_project(db) -> ProjectPage:
    return ProjectPage.objects.get(code="TRANSISTOR-02")


@pytest.fixture
def draft_project(db) -> ProjectPage:
    return ProjectPage.objects.get(code="TRANSISTOR-06")


@pytest.fixture
def user_factory(db):
    def make(username: str, *groups):
        user = get_user_model().objects.create_user(username=username, password="x")
        user.groups.add(*groups)
        return user

    return make


@pytest.fixture(autouse=True)
def french_by_default():
    """Requests activate their language in the thread; start every test in French."""
    from django.utils import translation

    translation.activate("fr")
    yield
    translation.activate("fr")
