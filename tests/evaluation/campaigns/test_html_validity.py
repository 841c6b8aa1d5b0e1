"""What the campaign pages add to Wagtail's admin is valid HTML (RGAA 8.2), as the W3C Nu
HTML Checker says: the team's form (blank, with errors, read-only), the dashboard panel,
completion and results. Wagtail's own chrome around them (menus, header) is Wagtail's: each
page's own region is checked in a minimal document. Skipped, like
tests/publishing/test_html_validity.py, without Java."""

import datetime as dt
import time

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories.campaigns import campaign_for, draft_response, submitted_response
from tests.publishing.test_html_validity import run_vnu, vnu  # noqa: F401 (fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.html_validator]

DOCUMENT = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Campagne</title>
</head><body><main>%s</main></body></html>"""
REGIONS = {
    "dashboard": "section.due-forms",
    "fill": ".campaign-fill",
    "fill_errors": ".campaign-fill",
    "read": ".campaign-response",
    "completion": ".campaign-completion",
    "results": ".campaign-results",
    "results_index": ".campaign-results-index",
}


@time_machine.travel(dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC), tick=False)
def test_campaign_admin_pages_are_valid_html(
    vnu,  # noqa: F811
    client,
    programme,
    project,
    other_project,
    project_member,
    programme_member,
    tmp_path,
):
    campaign = campaign_for(programme, message="Répondez avant la fin du mois.")
    done = campaign_for(programme, name="Bilan déjà envoyé")
    draft_response(campaign, project, {"freins": "Le transport"})
    submitted_response(
        done, project, {"personnes": 3, "public": "jeunes", "objectif": "non", "pourquoi": "Météo"}
    )
    submitted_response(campaign, other_project, {"personnes": 5, "satisfaction": 4})
    fill = reverse("campaigns_fill", args=[campaign.pk, project.pk])
    pages = {
        # name: (user, method, path, data, the region to check and a text it must hold)
        "dashboard": (project_member, "get", "/admin/", None, "Formulaires à remplir"),
        "fill": (project_member, "get", fill, None, "Enregistrer le brouillon"),
        "fill_errors": (
            project_member,
            "post",
            fill,
            {"q_personnes": "-3", "submit": "1"},
            "aria-invalid",
        ),
        "read": (
            project_member,
            "get",
            reverse("campaigns_fill", args=[done.pk, project.pk]),
            None,
            "Météo",
        ),
        "completion": (
            programme_member,
            "get",
            reverse("campaigns_completion", args=[campaign.pk]),
            None,
            "brouillon",
        ),
        "results": (
            programme_member,
            "get",
            reverse("campaigns_results", args=[campaign.pk]),
            None,
            "Moyenne",
        ),
        "results_index": (
            programme_member,
            "get",
            reverse("campaigns_results_index"),
            None,
            campaign.name,
        ),
    }
    files = []
    for name, (user, method, path, data, expected) in pages.items():
        client.force_login(user)
        response = getattr(client, method)(path, data) if data else client.get(path)
        assert response.status_code == 200, (name, path)
        region = BeautifulSoup(response.content, "html.parser").select_one(REGIONS[name])
        assert region is not None and expected in region.get_text() + str(region), name
        file = tmp_path / f"{name}.html"
        file.write_text(DOCUMENT % region, encoding="utf-8")
        files.append(file)
    started = time.monotonic()
    errors = run_vnu(vnu, files)
    print(f"vnu: {len(files)} pages in {time.monotonic() - started:.1f} s")
    report = [
        f"{error.get('url', '?').rsplit('/', 1)[-1]}:{error.get('lastLine', '?')}: "
        f"{error['message']}\n    {error.get('extract', '').strip()}"
        for error in errors
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(report)
