"""Public history: published revisions only, a word diff between two of them, recent changes."""

import re
from html import unescape
from xml.etree import ElementTree

import pytest
from django.utils.html import strip_tags

from commons.publishing.selectors import published_revisions
from tests.factories.pages import LessonPageFactory, ResourcePageFactory
from tests.resources.conftest import UPDATE_PARAGRAPH

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def text(response) -> str:
    return unescape(response.content.decode())


def test_history_lists_only_published_revisions(client, resource):
    assert resource.has_unpublished_changes
    html = text(client.get(resource.url + "historique/"))
    assert "Première publication" in html
    assert "Ajout des consignes de sécurité" in html
    assert "Brouillon : reformulation du résumé" not in html
    assert "brouillon en cours de relecture" not in html
    assert "Équipe Cap Droits" in html  # display name, never the username
    assert "equipe-cap-droits-1" not in html


def test_diff_shows_the_changed_words(client, resource):
    newer, older = published_revisions(page=resource)[:2]
    response = client.get(
        resource.url + "historique/comparer/", {"de": older.revision_id, "a": newer.revision_id}
    )
    assert response.status_code == 200
    inserted = unescape(" ".join(re.findall(r"<ins>(.*?)</ins>", response.content.decode(), re.S)))
    assert all(word in inserted for word in strip_tags(UPDATE_PARAGRAPH).split()[:3])


def test_diff_never_exposes_a_draft(client, resource):
    draft_id = resource.latest_revision_id
    published_id = published_revisions(page=resource)[0].revision_id
    assert draft_id != published_id
    response = client.get(
        resource.url + "historique/comparer/", {"de": published_id, "a": draft_id}
    )
    assert response.status_code == 404


def test_projects_have_a_public_history_too(client, project):
    assert client.get(project.url + "historique/").status_code == 200


def test_recent_changes_filters_and_feed(client, resource, project, programme, other_programme):
    lesson = LessonPageFactory(parent=project)
    elsewhere = ResourcePageFactory(parent=other_programme)
    html = text(client.get("/modifications-recentes/", {"projet": project.code}))
    assert resource.title in html
    assert elsewhere.title not in html

    html = text(
        client.get("/modifications-recentes/", {"type": "lecon", "programme": programme.slug})
    )
    assert resource.title not in html
    assert lesson.title in html

    feed = ElementTree.fromstring(
        client.get("/modifications-recentes/flux.atom", {"projet": project.code}).content
    )
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    assert resource.title in titles
    assert elsewhere.title not in titles


def publish(page, **changes) -> None:
    page = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_an_unchanged_link_block_compares_equal(client, project):
    link = ("link", {"url": "https://example.org/atelier", "title": "Fiche atelier"})
    resource = ResourcePageFactory(parent=project)
    publish(resource, body=[("paragraph", "<p>Un atelier mensuel.</p>"), link])
    publish(
        resource,
        body=[
            ("paragraph", "<p>Un atelier mensuel. En bibliothèque.</p>"),
            link,
            ("paragraph", "<p>Suite.</p>"),
        ],
    )
    newer, older = published_revisions(page=resource)[:2]
    html = unescape(
        client.get(
            resource.url + "historique/comparer/",
            {"de": older.revision_id, "a": newer.revision_id},
        ).content.decode()
    )
    inserted = " ".join(re.findall(r"<ins>(.*?)</ins>", html, re.S))
    deleted = " ".join(re.findall(r"<del>(.*?)</del>", html, re.S))
    assert "bibliothèque" in inserted and "Suite." in inserted
    assert "atelier" not in deleted and "atelier" not in inserted
    assert not any(word in deleted for word in ("atelier", "mensuel", "Fiche"))  # only the legend


def test_project_edits_carry_their_change_summary_into_the_history(client, project):
    publish(project, change_summary="Calendrier mis à jour", summary="Nouveau résumé.")
    assert "Calendrier mis à jour" in text(client.get(project.url + "historique/"))
    edit_form = project.get_edit_handler().get_form_class()(
        instance=project.get_latest_revision_as_object(), parent_page=project.get_parent()
    )
    assert "change_summary" in edit_form.fields
    assert edit_form.initial.get("change_summary", "") == ""  # emptied on each edit


def test_recent_change_dates_follow_the_language(client, resource):
    french = text(client.get("/modifications-recentes/"))
    english = text(client.get("/en/modifications-recentes/"))
    months_fr = (
        "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    )
    assert re.search(rf"<time [^>]*>\d+ ({months_fr}) \d{{4}}", french)
    assert re.search(r"<time [^>]*>[A-Z][a-z]+\.? \d+, \d{4}", english)
    assert not re.search(rf"<time [^>]*>[^<]*({months_fr})", english)
