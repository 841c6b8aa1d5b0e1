"""`make load`: a bounded load test — locust, headless, against gunicorn on 127.0.0.1.

1. Prepares a database with the demo at scale (`load_demo --no-accounts --scale N`): a SQLite
   file in bench/ by default, the PostgreSQL database of `DATABASE_URL` when it is set
   (created if missing). A database that already holds projects is reused as it is.
2. Runs collectstatic, then gunicorn with the production settings (a throwaway SECRET_KEY,
   `ALLOWED_HOSTS=127.0.0.1`, `SECURE_SSL_REDIRECT=false` for plain http on the loopback),
   bound to 127.0.0.1 only.
3. Runs locust headless (bench/locustfile.py) for a fixed time, then stops gunicorn and prints,
   per page type, requests/s, p50, p95 and errors, with `/robots.txt` as the floor.

Every step is bounded in time: gunicorn must answer within 60 s, locust is stopped after
`--seconds` (and killed 60 s later if it hangs), gunicorn is stopped at the end whatever
happens.
"""

import argparse
import csv
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = ROOT / "bench" / "load.sqlite3"
STATIC_ROOT = ROOT / "bench" / ".load-static"
MEDIA_ROOT = ROOT / "bench" / ".load-media"
HOST = "127.0.0.1"
PAGE_TYPES = ["home", "project", "resource", "library", "project index"]
FLOOR = "floor"
URLS_PER_TYPE = 200
READY_TIMEOUT = 60


def free_port(preferred: int) -> int:
    for port in (preferred, 0):
        with socket.socket() as probe:
            try:
                probe.bind((HOST, port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError("no free port on 127.0.0.1")


def ensure_postgres_database(database_url: str) -> None:
    """Creates the database named in DATABASE_URL when the server does not have it yet."""
    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(database_url)
    params = {
        "host": config["HOST"] or None,
        "port": config["PORT"] or None,
        "user": config["USER"] or None,
        "password": config["PASSWORD"] or None,
        "dbname": "postgres",
        "connect_timeout": 10,
    }
    with psycopg.connect(**{k: v for k, v in params.items() if v}, autocommit=True) as server:
        exists = server.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            print(f"  creating database {config['NAME']}")
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))


def prepare(environment: dict[str, str], scale: int) -> dict[str, list[str]]:
    """Migrates, loads the demo at scale if the database has no project, collects static
    files; returns the URLs to visit per page type, picked from the database."""
    os.environ.update(environment)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()

    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Site

    from commons.demo.loader import load_demo
    from commons.demo.scale import generate_scaled_projects
    from commons.programmes.models import ProjectPage
    from commons.resources.models import ResourcePage

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if not ProjectPage.objects.exists():
        load_demo(with_accounts=False)
        if scale > 1:
            generate_scaled_projects(scale=scale)
    call_command("collectstatic", interactive=False, verbosity=0)
    projects = list(ProjectPage.objects.live().public().values_list("url_path", flat=True))
    resources = list(ResourcePage.objects.live().public().values_list("url_path", flat=True))
    print(
        f"  database {connection.vendor}: {len(projects)} projects, {len(resources)} "
        f"resources ({time.perf_counter() - started:.1f} s to prepare)"
    )
    root_path = Site.objects.get(is_default_site=True).root_page.url_path
    rng = random.Random(1)

    def public(paths: list[str]) -> list[str]:
        chosen = rng.sample(paths, min(URLS_PER_TYPE, len(paths)))
        return ["/" + path.removeprefix(root_path).lstrip("/") for path in chosen]

    urls = {
        "home": ["/"],
        "project": public(projects),
        "resource": public(resources),
        "library": ["/ressources/"]
        + [f"/ressources/?tri={sort}" for sort in ("recent", "downloads", "rating")]
        + ["/ressources/?page=2", "/ressources/?page=3"],
        "project index": ["/projets/", "/projets/?page=2", "/projets/?page=3"],
        FLOOR: ["/robots.txt"],
    }
    connection.close()
    return urls


def wait_until_ready(base_url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base_url}/robots.txt", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer within {READY_TIMEOUT} s")


def stop(process: subprocess.Popen, timeout: float = 15) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=timeout)


def read_stats(stats_csv: Path) -> dict[str, dict[str, float]]:
    with stats_csv.open(encoding="utf-8") as handle:
        return {
            row["Name"]: {
                "requests": int(row["Request Count"]),
                "errors": int(row["Failure Count"]),
                "rps": float(row["Requests/s"]),
                "p50": float(row["50%"]),
                "p95": float(row["95%"]),
            }
            for row in csv.DictReader(handle)
        }


def print_report(stats: dict[str, dict[str, float]]) -> int:
    print(
        f"\n  {'page type':<28}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'requests':>10}{'errors':>8}"
    )
    rows = [*PAGE_TYPES, FLOOR, "Aggregated"]
    labels = {FLOOR: "floor: /robots.txt", "Aggregated": "all"}
    for name in rows:
        row = stats.get(name)
        if row is None:
            print(f"  {labels.get(name, name):<28}{'—':>8}")
            continue
        print(
            f"  {labels.get(name, name):<28}{row['rps']:>8.1f}{row['p50']:>9.0f}"
            f"{row['p95']:>9.0f}{row['requests']:>10}{row['errors']:>8}"
        )
    return int(stats.get("Aggregated", {}).get("errors", 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--scale", type=int, default=30)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=8765, help="preferred port on 127.0.0.1")
    parser.add_argument("--fresh", action="store_true", help="rebuild the SQLite database")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # progress shows as it happens, even in a file

    print(
        f"Commons load — {args.users} users, {args.seconds} s, think time 0.5–2 s, "
        f"gunicorn × {args.workers} workers, scale ×{args.scale}"
    )
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{DATABASE}"
    if database_url.startswith("postgres"):
        ensure_postgres_database(database_url)
    elif args.fresh:
        DATABASE.unlink(missing_ok=True)
    environment = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(STATIC_ROOT),
        "MEDIA_ROOT": str(MEDIA_ROOT),
        "BASE_URL": f"http://{HOST}",
    }
    urls = prepare(environment, args.scale)
    # Figures depend on what else the machine runs: say so next to them.
    print(
        f"  machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before the run"
    )
    port = free_port(args.port)
    base_url = f"http://{HOST}:{port}"
    child_environment = {**os.environ, **environment}

    with tempfile.TemporaryDirectory(prefix="commons-load-") as workdir:
        urls_file = Path(workdir) / "urls.json"
        urls_file.write_text(json.dumps(urls), encoding="utf-8")
        gunicorn = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "cms.wsgi",
                "--bind",
                f"{HOST}:{port}",
                "--workers",
                str(args.workers),
                "--timeout",
                "30",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=child_environment,
            start_new_session=True,
        )
        try:
            wait_until_ready(base_url, gunicorn)
            print(f"  gunicorn on {base_url} (pid {gunicorn.pid}); locust for {args.seconds} s")
            locust_log = (Path(workdir) / "locust.log").open("w", encoding="utf-8")
            locust = subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "locust"),
                    "--locustfile",
                    str(ROOT / "bench" / "locustfile.py"),
                    "--headless",
                    "--host",
                    base_url,
                    "--users",
                    str(args.users),
                    "--spawn-rate",
                    str(max(1, args.users // 5)),
                    "--run-time",
                    f"{args.seconds}s",
                    "--stop-timeout",
                    "5",
                    "--csv",
                    str(Path(workdir) / "load"),
                    "--only-summary",
                    "--loglevel",
                    "WARNING",
                ],
                cwd=ROOT,
                env={**child_environment, "LOAD_URLS_FILE": str(urls_file)},
                stdout=subprocess.DEVNULL,
                stderr=locust_log,
                start_new_session=True,
            )
            try:
                locust.wait(timeout=args.seconds + 60)
            except subprocess.TimeoutExpired:
                print("  locust did not stop in time: killed")
            finally:
                stop(locust)
                locust_log.close()
        finally:
            stop(gunicorn)
            print("  gunicorn stopped")
        stats_csv = Path(workdir) / "load_stats.csv"
        if not stats_csv.exists():
            log = Path(workdir) / "locust.log"
            print(log.read_text(encoding="utf-8")[-4000:] if log.exists() else "")
            sys.exit("locust wrote no statistics")
        errors = print_report(read_stats(stats_csv))
        print(
            f"  load average {os.getloadavg()[0]:.1f} after the run (gunicorn, locust and the rest)"
        )
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
