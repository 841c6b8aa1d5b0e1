"""Playwright driving Debian's Chromium against a live server, with axe-core for WCAG checks.

Skipped when Chromium or axe-core is missing, unless COMMONS_REQUIRE_BROWSER=1 (CI), where a
missing browser is a failure.
"""

import os
from pathlib import Path

import pytest
from wagtail.models import Site

from commons.demo.loader import load_demo
from tests.conftest import ensure_wagtail_roots

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_SOURCE_WRAPPER = "() => { %s\n}"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _missing() -> str:
    if not Path(CHROMIUM).exists():
        return f"Chromium introuvable ({CHROMIUM}) : apt install chromium"
    if not AXE_SCRIPT.exists():
        return "axe-core introuvable : npm install"
    return ""


# Test modules outside tests/browser/ import the `browser` fixture; pytest then holds one
# session fixture per importing module, and a second sync Playwright in the same process fails
# ("Sync API inside the asyncio loop"). The first one started is shared with the others.
_RUNNING: dict = {}


@pytest.fixture(scope="session")
def browser():
    missing = _missing()
    if missing:
        if os.environ.get("COMMONS_REQUIRE_BROWSER") == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    if "chromium" in _RUNNING:
        yield _RUNNING["chromium"]
        return
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        _RUNNING["chromium"] = chromium
        try:
            yield chromium
        finally:
            del _RUNNING["chromium"]
            chromium.close()


def build_demo_site() -> None:
    """Browser journeys walk the demo, as a newcomer would after `make run`."""
    ensure_wagtail_roots()
    load_demo()


@pytest.fixture
def site(live_server, transactional_db):
    """The demo on the live server's database, with the site bound to its host and port."""
    build_demo_site()
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    return live_server


@pytest.fixture
def page(browser, site):
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def axe_violations(tab) -> list[dict]:
    """WCAG 2.1 A and AA violations on the current page, as axe-core reports them.

    axe-core is evaluated through the DevTools protocol, which the page's
    Content-Security-Policy does not govern (an injected <script> would be refused)."""
    tab.evaluate(AXE_SOURCE_WRAPPER % AXE_SCRIPT.read_text())
    result = tab.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })"""
    )
    return [
        {
            "id": violation["id"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]


CSP_WATCH = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample || ''}`.trim()
    );
});
"""


def watch_csp(tab) -> list[str]:
    """Records every Content-Security-Policy violation on `tab` from now on: the
    securitypolicyviolation events of each document, and console errors that mention the
    policy. Read them with csp_violations(tab, console)."""
    tab.add_init_script(CSP_WATCH)
    console: list[str] = []
    tab.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return console


def csp_violations(tab, console: list[str]) -> list[str]:
    events = tab.evaluate("() => window.__cspViolations || []")
    return [*events, *console]
