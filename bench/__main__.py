"""`make bench`: builds a scaled dataset once, times each measure, prints ratios to a floor.

Each floor is the cheapest comparable operation measured in the same run on the same machine
(a bare bulk insert, a trivial HTTP response), so the ratios compare across machines.
"""

import argparse
import os
import random
import sys
import time
import warnings
from pathlib import Path

from bench.figures import percentiles, report, timed

ROOT = Path(__file__).resolve().parent.parent
DATABASE = ROOT / "bench" / "bench.sqlite3"


def setup_django(database_url: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=30)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--answer-rows", type=int, default=1_000_000)
    parser.add_argument("--indicator-values", type=int, default=50_000)
    args = parser.parse_args()

    # BENCH_DATABASE_URL may point to an empty PostgreSQL database to measure there.
    database_url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{DATABASE}"
    if database_url.startswith("sqlite"):
        DATABASE.unlink(missing_ok=True)
    setup_django(database_url)
    warnings.filterwarnings("ignore", message="No directory at")  # whitenoise, no collectstatic

    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client

    from commons.demo.loader import load_demo
    from commons.demo.scale import generate_scaled_projects
    from commons.directory.models import Organisation
    from commons.programmes.models import ProjectPage
    from commons.resources.models import ResourcePage

    print(f"Commons bench — database {connection.vendor}, scale ×{args.scale}")
    call_command("migrate", verbosity=0)

    print("\nDataset")
    demo_seconds = timed(lambda: load_demo(with_accounts=False))
    scaled_seconds = timed(lambda: generate_scaled_projects(scale=args.scale))
    projects = ProjectPage.objects.count()
    resources = ResourcePage.objects.count()

    def bare_insert() -> None:
        with transaction.atomic():
            Organisation.objects.bulk_create(
                Organisation(name="floor", slug=f"floor-{index}", kind="association")
                for index in range(projects)
            )
            transaction.set_rollback(True)

    floor_seconds = timed(bare_insert)
    print(f"  {projects} projects and {resources} resources in the dataset")
    print(f"  load_demo --scale {args.scale}: {scaled_seconds:.1f} s")
    report("floor: bulk insert of as many bare rows", floor_seconds * 1000, floor_seconds * 1000)
    report("load_demo (16 projects, through Wagtail)", demo_seconds * 1000, floor_seconds * 1000)
    report(
        f"load_demo --scale {args.scale} (per 100 projects)",
        scaled_seconds * 1000 / (projects / 100),
        floor_seconds * 1000,
    )

    client = Client()
    urls = list(ProjectPage.objects.live().values_list("url_path", flat=True))
    home_prefix = "/accueil"
    random.seed(1)

    def sample(paths: list[str]) -> list[float]:
        durations = []
        for path in paths:
            started = time.perf_counter()
            response = client.get(path)
            durations.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        return durations

    sample(["/robots.txt", "/", "/projets/"] * 3)  # warm-up
    floor_p50, floor_p95 = percentiles(sample(["/robots.txt"] * args.requests))
    project_paths = [
        path.removeprefix(home_prefix) for path in random.choices(urls, k=args.requests)
    ]
    project_p50, project_p95 = percentiles(sample(project_paths))
    resource_urls = list(ResourcePage.objects.live().values_list("url_path", flat=True))
    resource_p50, resource_p95 = percentiles(
        sample(
            [
                path.removeprefix(home_prefix)
                for path in random.choices(resource_urls, k=args.requests)
            ]
        )
    )
    index_p50, index_p95 = percentiles(
        sample([f"/projets/?page={page}" for page in range(1, 11)] * (args.requests // 10))
    )
    library_p50, library_p95 = percentiles(
        sample(
            [
                f"/ressources/?page={page}&tri={sort}"
                for page in range(1, 6)
                for sort in ("recent", "downloads", "rating")
            ]
            * (args.requests // 15)
        )
    )
    print("\nPages (Django test client, in process; no user agent, so views are not counted)")
    report("floor: robots.txt p50", floor_p50, floor_p50)
    report("floor: robots.txt p95", floor_p95, floor_p95)
    report("project page p50", project_p50, floor_p50)
    report("project page p95", project_p95, floor_p95)
    report("resource page p50", resource_p50, floor_p50)
    report("resource page p95", resource_p95, floor_p95)
    report("project index /projets/ p50", index_p50, floor_p50)
    report("project index /projets/ p95", index_p95, floor_p95)
    report("library /ressources/ (filters, sorts) p50", library_p50, floor_p50)
    report("library /ressources/ (filters, sorts) p95", library_p95, floor_p95)

    from bench.evaluation import measure_evaluation

    measure_evaluation(
        submissions=args.requests,
        answer_rows=args.answer_rows,
        indicator_values=args.indicator_values,
    )


if __name__ == "__main__":
    main()
