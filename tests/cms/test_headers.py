"""Security headers on every response: a strict Content-Security-Policy (no 'unsafe-inline'
on public pages; only style attributes under /admin/) and a Permissions-Policy."""

import re
from pathlib import Path

import pytest

from tests.factories.pages import ResourcePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def directives(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def test_public_pages_carry_a_strict_policy(client, project):
    resource = ResourcePageFactory(parent=project)
    for url in ("/", "/projets/", project.url, resource.url, "/ressources/", "/en/", "/theme.css"):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        assert "unsafe-inline" not in response["Content-Security-Policy"], url
        assert policy["default-src"] == "'self'"
        assert policy["style-src"] == "'self'"
        assert policy["img-src"] == "'self' data:"
        assert re.fullmatch(r"'self'( 'nonce-[A-Za-z0-9+/=]+')?", policy["script-src"])
        assert policy["object-src"] == "'none'"
        assert policy["base-uri"] == "'self'"
        assert policy["form-action"] == "'self'"
        assert policy["frame-ancestors"] == "'none'"
        assert "style-src-attr" not in policy


def test_not_found_pages_carry_it_too(client):
    response = client.get("/nulle-part/")
    assert response.status_code == 404
    assert directives(response)["frame-ancestors"] == "'none'"


def test_admin_relaxes_style_attributes_only(admin_client):
    response = admin_client.get("/admin/")
    policy = directives(response)
    assert policy["style-src-attr"] == "'unsafe-inline'"
    assert policy["style-src-elem"] == "'self' 'unsafe-inline'"
    assert policy["style-src"] == "'self'"
    assert "unsafe-inline" not in policy["script-src"]
    assert policy["frame-ancestors"] == "'self'"


def test_every_response_has_a_permissions_policy(client, admin_client):
    for response in (client.get("/"), client.get("/robots.txt"), admin_client.get("/admin/")):
        header = response["Permissions-Policy"]
        for feature in ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"):
            assert f"{feature}=()" in header


def test_templates_hold_no_inline_style_nor_script():
    """A strict style-src and script-src refuse them; JSON-LD data blocks are allowed."""
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        assert "style=" not in text, template
        assert "<style" not in text, template
        for tag in re.findall(r"<script\b[^>]*>", text):
            assert "src=" in tag or 'type="application/ld+json"' in tag, (template, tag)
        assert not re.search(r"\son[a-z]+=", text), template


def test_only_wagtails_known_inline_scripts_are_allowed_by_hash():
    from cms.middleware import wagtail_script_hashes

    known = '<script>initDateChooser("id_last_reviewed", {"dayOfWeekStart": 1, "format": "Y-m-d"});</script>'
    panel = (
        "<script>\n        (function() {\n            var panel = new InlinePanel("
        'JSON.parse("{\\u0022prefix\\u0022: \\u0022rows\\u0022}"));\n        })();\n    </script>'
    )
    assert len(wagtail_script_hashes(known + panel)) == 2
    for hostile in (
        '<script>initDateChooser("x", {}); alert(1);</script>',
        '<script>initDateChooser("x", {a: alert(1)});</script>',
        "<script>alert(1)</script>",
    ):
        assert wagtail_script_hashes(hostile) == [], hostile
