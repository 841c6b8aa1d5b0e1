import pytest
from django.core.cache import cache

from tests.conftest import member_of
from tests.factories.pages import DocumentFactory, ResourcePageFactory, file_block

FIRST_PARAGRAPH = "<p>Préparer la tournée du triporteur avec les partenaires du quartier.</p>"
UPDATE_PARAGRAPH = "<p>Prévoir une batterie de secours et un point d'eau à chaque arrêt.</p>"


@pytest.fixture(autouse=True)
def empty_cache():
    """Viewing a page counts it in the cache: each test starts from an empty one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def author(project):
    """The project's team member who writes its resources."""
    return member_of(project, username="equipe-cap-droits-1", first_name="Équipe Cap Droits")


@pytest.fixture
def resource(project, author):
    """A resource of `project` with a file, two published revisions written by `author`
    and a draft on top."""
    document = DocumentFactory(title="Fiche tournée")
    page = ResourcePageFactory(
        parent=project,
        live=False,
        title="Préparer une tournée en triporteur",
        body=[("paragraph", FIRST_PARAGRAPH), file_block(document)],
    )
    page.change_summary = "Première publication"
    page.save_revision(user=author).publish(skip_permission_checks=True)
    page.body = [
        *((block.block_type, block.value) for block in page.body),
        ("paragraph", UPDATE_PARAGRAPH),
    ]
    page.change_summary = "Ajout des consignes de sécurité"
    page.save_revision(user=author).publish(skip_permission_checks=True)
    page.summary = "Un résumé reformulé, brouillon en cours de relecture."
    page.change_summary = "Brouillon : reformulation du résumé"
    page.save_revision(user=author)
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def other_resource(other_project):
    return ResourcePageFactory(parent=other_project, body=[file_block(DocumentFactory())])
