"""Each public page type, on a first visit (fresh context, empty cache), weighs under 300 KB
without content images, and makes no request that leaves the site's own host."""

from urllib.parse import urlsplit

from django.conf import settings

from commons.label.models import LabelAssessment
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.resources.models import ResourcePage
from commons.taxonomies import AssessmentState

BUDGET_BYTES = 300 * 1024


def public_pages() -> dict[str, str]:
    """One URL per public page type, picked from the demo."""
    project = ProjectPage.objects.live().public().order_by("path").first()
    labelled = (
        LabelAssessment.objects.filter(state=AssessmentState.PUBLISHED)
        .order_by("project__path")
        .first()
        .project
    )
    return {
        "accueil": "/",
        "index des projets": "/projets/",
        "page projet": project.url,
        "ressource": ResourcePage.objects.live().public().order_by("path").first().url,
        "bibliothèque": "/ressources/",
        "modifications récentes": "/modifications-recentes/",
        "programme": ProgrammePage.objects.live().public().order_by("path").first().url,
        "progression du label": labelled.url + "label/",
    }


def first_visit(browser, url: str) -> tuple[list[tuple[str, str, int]], list[str]]:
    """Loads `url` in a fresh context; returns (url, resource type, body bytes) for every
    finished request, and the URL of every request made (finished or not)."""
    context = browser.new_context(locale="fr-FR")
    try:
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        requested: list[str] = []
        finished = []
        tab.on("request", lambda request: requested.append(request.url))
        tab.on("requestfinished", lambda request: finished.append(request))
        response = tab.goto(url, wait_until="networkidle")
        assert response is not None and response.status == 200, (url, response)
        weights = [
            (request.url, request.resource_type, request.sizes()["responseBodySize"])
            for request in finished
        ]
    finally:
        context.close()
    return weights, requested


def is_content_image(url: str, resource_type: str) -> bool:
    return resource_type == "image" and urlsplit(url).path.startswith(settings.MEDIA_URL)


def test_public_pages_are_light_and_make_no_third_party_request(browser, site, capsys):
    own = urlsplit(site.url)
    rows = []
    over_budget = []
    third_party = []
    for kind, path in public_pages().items():
        weights, requested = first_visit(browser, site.url + path)
        third_party += [
            (kind, url)
            for url in requested
            if urlsplit(url).scheme not in {"data", "blob"}
            and (urlsplit(url).hostname, urlsplit(url).port) != (own.hostname, own.port)
        ]
        counted = [w for w in weights if not is_content_image(w[0], w[1])]
        total = sum(size for _, _, size in counted)
        images = sum(size for url, kind_, size in weights if is_content_image(url, kind_))
        rows.append((kind, path, len(counted), total, images))
        if total > BUDGET_BYTES:
            over_budget.append((kind, total, sorted(counted, key=lambda w: -w[2])[:5]))

    table = "\n".join(
        [
            f"{'type de page':<24}{'requêtes':>9}{'Ko':>8}{'images Ko':>11}  URL",
            *(
                f"{kind:<24}{count:>9}{total / 1024:>8.1f}{images / 1024:>11.1f}  {path}"
                for kind, path, count, total, images in rows
            ),
        ]
    )
    with capsys.disabled():
        print(f"\nPoids au premier chargement (hors images de contenu), budget 300 Ko :\n{table}")
    assert third_party == [], f"requêtes hors du site : {third_party}"
    assert over_budget == [], f"au-delà de 300 Ko :\n{table}\n{over_budget}"
