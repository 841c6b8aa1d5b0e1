"""The public side of resources: reuse box, licences, feeds, library, drafts kept private."""

import json
import re
from html import unescape
from xml.etree import ElementTree

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.documents import get_document_model

from commons.directory.models import ResourceTypeTerm, ThemeTerm
from commons.licences import LICENCE_INFO
from commons.resources.models import ResourcePage
from commons.resources.selectors import resource_files
from commons.taxonomies import FeedbackStatus, ResourceType, Theme
from tests.factories.engagement import FeedbackFactory, UsageCountFactory
from tests.factories.pages import DocumentFactory, LessonPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def text(response) -> str:
    return unescape(response.content.decode())


def atom_titles(response) -> list[str]:
    feed = ElementTree.fromstring(response.content)
    return [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]


def test_reuse_box_and_json_ld(client, resource):
    html = client.get(resource.url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert "LearningResource" in data["@type"]
    assert data["license"] == LICENCE_INFO[resource.licence].url
    assert data["name"] == resource.title
    assert 'property="og:title"' in html
    page_text = unescape(html)
    assert "Réutiliser cette ressource" in page_text
    assert f"« {resource.title} »" in page_text


def test_all_rights_reserved_is_shown_as_not_open(client, project):
    closed = ResourcePageFactory(parent=project, licence="all-rights-reserved")
    open_resource = ResourcePageFactory(parent=project, licence="etalab-2.0")
    html = text(client.get(closed.url))
    assert "n'est pas sous licence ouverte" in html
    open_only = text(client.get("/ressources/", {"licence": "open"}))
    assert closed.title not in open_only and open_resource.title in open_only
    assert closed.title in text(client.get("/ressources/", {"licence": "all-rights-reserved"}))


def test_feeds_per_project_and_theme_parse(client, project, other_project):
    mine = ResourcePageFactory(
        parent=project, themes=ThemeTerm.for_codes([Theme.ECOLOGICAL_TRANSITION])
    )
    lesson = LessonPageFactory(parent=project)
    theirs = ResourcePageFactory(parent=other_project)

    everything = atom_titles(client.get("/ressources/flux.atom"))
    assert {mine.title, theirs.title} <= set(everything)
    assert set(atom_titles(client.get("/ressources/flux.atom", {"projet": project.code}))) == {
        mine.title,
        lesson.title,
    }
    by_theme = atom_titles(
        client.get("/ressources/flux.atom", {"theme": Theme.ECOLOGICAL_TRANSITION})
    )
    assert mine.title in by_theme and theirs.title not in by_theme
    rss = ElementTree.fromstring(client.get("/ressources/flux.rss").content)
    assert rss.tag == "rss" and rss.find("channel/item/title") is not None
    assert client.get("/ressources/flux.atom", {"projet": "INCONNU"}).status_code == 404


def test_drafts_never_leave(admin_client, client, project):
    ResourcePageFactory(parent=project)  # something published, so the feeds are not empty
    admin_client.post(
        reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", project.pk]),
        {
            "title": "Brouillon secret",
            "slug": "brouillon-secret",
            "summary": "Secret.",
            "body-count": 0,
            "licence": "etalab-2.0",
            "language": "fr",
            "tags": "",
            "change_summary": "",
            "themes": ["itinerancy"],
            "resource_types": ["article"],
        },
    )
    draft = ResourcePage.objects.get(slug="brouillon-secret")
    assert not draft.live
    assert client.get(draft.url or project.url + "brouillon-secret/").status_code == 404
    for url in (
        "/sitemap.xml",
        "/ressources/flux.atom",
        "/ressources/flux.rss",
        "/ressources/",
        "/modifications-recentes/",
    ):
        assert "Brouillon secret" not in text(client.get(url)), url
        assert "brouillon-secret" not in text(client.get(url)), url


def test_library_filters_and_sorts(client, project, other_project):
    lessons = LessonPageFactory.create_batch(2, parent=project)
    article = ResourcePageFactory(
        parent=other_project, resource_types=ResourceTypeTerm.for_codes([ResourceType.ARTICLE])
    )
    toolsheets = ResourcePageFactory.create_batch(3, parent=project)
    for resource, count in zip(toolsheets, (2, 9, 5), strict=True):
        UsageCountFactory(page=resource, document=DocumentFactory(), count=count)
    UsageCountFactory(page=article, document=DocumentFactory(), count=50)

    html = text(client.get("/ressources/", {"type": "lesson"}))
    assert all(lesson.title in html for lesson in lessons)
    assert toolsheets[0].title not in html and article.title not in html

    html = text(client.get("/ressources/", {"projet": project.code}))
    assert all(page.title in html for page in toolsheets)
    assert article.title not in html

    response = client.get("/ressources/", {"tri": "downloads", "type": ResourceType.TOOLSHEET})
    items = [item.page for item in response.context["items"]]
    assert [page.pk for page in items] == [toolsheets[1].pk, toolsheets[2].pk, toolsheets[0].pk]


def test_resource_page_queries_do_not_grow_with_blocks_files_and_tags(client, resource):
    client.get(resource.url)
    with CaptureQueriesContext(connection) as baseline:
        client.get(resource.url, HTTP_USER_AGENT="curl")
    documents = [file.document for file in resource_files(resource)]
    more = []
    for index in range(8):
        document = get_document_model()(title=f"Annexe {index}")
        document.file.save(f"annexe-{index}.txt", ContentFile(b"annexe"), save=False)
        document.save()
        more.append(("file", {"document": document, "title": f"Annexe {index}"}))
    page = resource.get_latest_revision_as_object()
    page.body = [
        *[(block.block_type, block.value) for block in resource.body],
        *more,
        *[("paragraph", f"<p>Paragraphe {i}</p>") for i in range(20)],
    ]
    page.tags.add(*[f"mot-{index}" for index in range(10)])
    page.save_revision().publish()

    resource = ResourcePage.objects.get(pk=resource.pk)
    html = text(client.get(resource.url))
    assert "Annexe 7" in html and "mot-9" in html and documents
    with CaptureQueriesContext(connection) as after:
        client.get(resource.url, HTTP_USER_AGENT="curl")
    assert len(after) == len(baseline)


def card_of(html: str, title: str) -> str:
    """The library card whose title is `title`."""
    start = html.index(title)
    return html[start : html.index("</article>", start)]


def test_cards_show_the_figure_the_list_is_sorted_by_with_project_and_date(
    client, project, other_project
):
    downloaded, rated = ResourcePageFactory.create_batch(2, parent=project)
    UsageCountFactory(page=downloaded, document=DocumentFactory(), count=7)
    for rating in (4, 3):
        FeedbackFactory(page=rated, rating=rating, status=FeedbackStatus.APPROVED)

    html = text(client.get("/ressources/", {"tri": "downloads"}))
    card = card_of(html, downloaded.title)
    assert "7 téléchargements" in card
    assert f'Projet : <a href="{project.url}">{project.title}</a>' in card
    assert "Publiée le <time datetime=" in card
    assert "Note moyenne" not in html

    html = text(client.get("/ressources/", {"tri": "rating"}))
    assert "Note moyenne : 3,5/4" in card_of(html, rated.title)
    assert "Pas encore notée" in card_of(html, downloaded.title)
    assert "téléchargements" not in card_of(html, downloaded.title)

    html = text(client.get("/en/ressources/", {"tri": "rating"}))
    assert "Average rating: 3.5/4" in card_of(html, rated.title)
