"""Locust scenario for `make load` (started by bench/load.py, which picks the URLs).

Each simulated visitor waits 0.5–2 s between pages and browses the public pages a newcomer
reads: home, a project page, a resource page, the library and the project index, plus
`/robots.txt` as the floor (a trivial response through the same stack). Requests are grouped
by page type (the `name`), so the report is per page type, not per URL.

Visitors send a browser-like User-Agent, one per visitor, so their views are counted as real
ones (the anonymous usage counter writes to the database, as in production).
"""

import itertools
import json
import os
import random

from locust import HttpUser, between, task

with open(os.environ["LOAD_URLS_FILE"], encoding="utf-8") as urls_file:
    URLS: dict[str, list[str]] = json.load(urls_file)

_visitor_numbers = itertools.count(1)


class Visitor(HttpUser):
    wait_time = between(0.5, 2)

    def on_start(self) -> None:
        number = next(_visitor_numbers)
        self.client.headers["User-Agent"] = (
            f"Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 CommonsLoad/{number}"
        )
        self.client.headers["Accept-Language"] = "fr-FR,fr;q=0.9"

    def _visit(self, kind: str) -> None:
        self.client.get(random.choice(URLS[kind]), name=kind)

    @task(2)
    def home(self) -> None:
        self._visit("home")

    @task(3)
    def project(self) -> None:
        self._visit("project")

    @task(3)
    def resource(self) -> None:
        self._visit("resource")

    @task(2)
    def library(self) -> None:
        self._visit("library")

    @task(2)
    def project_index(self) -> None:
        self._visit("project index")

    @task(1)
    def floor(self) -> None:
        self._visit("floor")
