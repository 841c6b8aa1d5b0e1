"""Resources and lessons: publishing rules, moderation, history, counting, feedback, reuse."""

import json
import re
from html import unescape
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import WorkflowState

from commons.demo import datafiles
from commons.engagement.models import ResourceFeedback, ResourceReport, UsageCount
from commons.licences import LICENCE_INFO
from commons.programmes.models import ProgrammePage
from commons.publishing.selectors import published_revisions
from commons.resources.models import LessonPage, ResourcePage
from commons.resources.selectors import resource_files
from commons.taxonomies import FeedbackStatus, UsageKind

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36"


def text(response) -> str:
    return unescape(response.content.decode())


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def resource(project) -> ResourcePage:
    """The first demo resource of TRANSISTOR-01: two published revisions and a draft."""
    return ResourcePage.objects.child_of(project).live().order_by("pk").first()


@pytest.fixture
def other_resource(other_project) -> ResourcePage:
    return ResourcePage.objects.child_of(other_project).live().order_by("pk").first()


def add_url(parent, model_name: str) -> str:
    return reverse("wagtailadmin_pages:add", args=["resources", model_name, parent.pk])


def resource_form(**overrides) -> dict:
    data = {
        "title": "Fiche outil : animer un atelier",
        "slug": "fiche-outil-animer-atelier",
        "summary": "",
        "body-count": 0,
        "licence": "etalab-2.0",
        "language": "fr",
        "tags": "",
        "change_summary": "",
    }
    data.update(overrides)
    return data


# Publishing rules ---------------------------------------------------------------------------


def test_a_draft_may_be_incomplete(admin_client, project):
    response = admin_client.post(add_url(project, "resourcepage"), resource_form())
    assert response.status_code == 302
    draft = ResourcePage.objects.get(slug="fiche-outil-animer-atelier")
    assert not draft.live


def test_publishing_names_each_missing_item_on_its_field(admin_client, project):
    response = admin_client.post(
        add_url(project, "resourcepage"), resource_form(licence="", **{"action-publish": "1"})
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "Le résumé est obligatoire" in form.errors["summary"][0]
    assert "Choisissez de 1 à 5 thématiques" in form.errors["themes"][0]
    assert "Choisissez de 1 à 3 types de ressource" in form.errors["resource_types"][0]
    assert "licence" in form.errors
    assert form["title"].value() == "Fiche outil : animer un atelier", "what was typed is kept"
    assert not ResourcePage.objects.filter(slug="fiche-outil-animer-atelier").exists()


def test_publishing_refuses_too_many_types_and_themes(admin_client, project):
    response = admin_client.post(
        add_url(project, "resourcepage"),
        resource_form(
            summary="Un résumé.",
            themes=["social_inclusion", "ecological_transition"],
            resource_types=["toolsheet", "article", "video", "dataset"],
            **{"action-publish": "1"},
        ),
    )
    assert "actuellement 4" in response.context["form"].errors["resource_types"][0]


def test_a_complete_resource_is_published(admin_client, project, client):
    response = admin_client.post(
        add_url(project, "resourcepage"),
        resource_form(
            summary="Comment animer un atelier de découverte.",
            themes=["social_inclusion"],
            resource_types=["toolsheet"],
            **{"action-publish": "1"},
        ),
    )
    assert response.status_code == 302
    published = ResourcePage.objects.get(slug="fiche-outil-animer-atelier")
    assert published.live
    assert client.get(published.url).status_code == 200


def test_lessons_follow_the_same_rules(admin_client, project):
    data = {
        "title": "Ce que nous avons appris",
        "slug": "ce-que-nous-avons-appris",
        "summary": "",
        "licence": "cc-by-sa-4.0",
        "language": "fr",
        "tags": "",
        "evidence_links-count": 0,
        "action-publish": "1",
    }
    response = admin_client.post(add_url(project, "lessonpage"), data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) >= {"summary", "themes"}


# Permissions and moderation -----------------------------------------------------------------


def test_team_edits_its_resources_and_not_those_of_another_project(
    client, resource, other_resource
):
    member = resource.get_parent().specific.team_group.user_set.get()
    client.force_login(member)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[resource.pk])).status_code == 200
    response = client.get(reverse("wagtailadmin_pages:edit", args=[other_resource.pk]))
    assert response.status_code == 302
    assert not other_resource.permissions_for_user(member).can_publish()
    assert not resource.permissions_for_user(member).can_publish()


def edit_data(page: ResourcePage, **changes) -> dict:
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body-count": 0,
        "licence": page.licence,
        "language": page.language,
        "tags": "",
        "themes": [term.code for term in page.themes.all()],
        "resource_types": [term.code for term in page.resource_types.all()],
        "change_summary": "",
    }
    data.update(changes)
    return data


def submit_change(client, resource, summary: str):
    member = resource.get_parent().specific.team_group.user_set.get()
    client.force_login(member)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[resource.pk]),
        edit_data(
            resource, summary=summary, change_summary="Résumé plus précis", **{"action-submit": "1"}
        ),
    )
    assert response.status_code == 302
    return WorkflowState.objects.get(
        object_id=str(resource.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def act_as_programme_team(client, resource, action: str, state):
    programme = resource.get_parent().get_parent().specific
    manager = programme.team_group.user_set.get()
    client.force_login(manager)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[resource.pk, action, state.current_task_state.pk],
    )
    response = client.post(url, {"comment": "Merci !"} if action == "reject" else {})
    assert response.status_code in (200, 302)


def test_programme_team_approves_a_submitted_change(client, resource):
    state = submit_change(client, resource, "Nouveau résumé validé par le programme.")
    resource.refresh_from_db()
    assert resource.summary != "Nouveau résumé validé par le programme."

    act_as_programme_team(client, resource, "approve", state)
    resource.refresh_from_db()
    assert resource.summary == "Nouveau résumé validé par le programme."
    assert published_revisions(page=resource)[0].change_summary == "Résumé plus précis"


def test_programme_team_rejects_a_submitted_change(client, resource):
    state = submit_change(client, resource, "Résumé refusé.")
    act_as_programme_team(client, resource, "reject", state)
    resource.refresh_from_db()
    state.refresh_from_db()
    assert resource.summary != "Résumé refusé."
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_trusted_teams_publish_directly(resource):
    project = resource.get_parent().specific
    programme = project.get_parent().specific
    member = project.team_group.user_set.get()
    assert not resource.permissions_for_user(member).can_publish()
    programme.trusted_projects.add(project)
    programme.save()
    member = type(member).objects.get(pk=member.pk)
    assert resource.permissions_for_user(member).can_publish()
    programme.trusted_projects.remove(project)
    programme.save()
    member = type(member).objects.get(pk=member.pk)
    assert not resource.permissions_for_user(member).can_publish()


# History ------------------------------------------------------------------------------------


def test_history_lists_only_published_revisions(client, resource):
    assert resource.has_unpublished_changes, "the demo leaves a draft on this resource"
    html = text(client.get(resource.url + "historique/"))
    assert "Première publication" in html
    assert "Brouillon : reformulation du résumé" not in html
    assert "brouillon en cours de relecture" not in html
    assert "Équipe Cap Droits" in html  # display name, never the username
    assert "equipe-transistor-01" not in html


def test_diff_shows_the_changed_words(client, resource):
    newer, older = published_revisions(page=resource)[:2]
    response = client.get(
        resource.url + "historique/comparer/", {"de": older.revision_id, "a": newer.revision_id}
    )
    assert response.status_code == 200
    inserted = " ".join(re.findall(r"<ins>(.*?)</ins>", response.content.decode(), re.S))
    update = next(row for row in datafiles.RESOURCES if row["slug"] == resource.slug)["update"]
    first_words = re.sub("<[^>]+>", "", update["paragraph"]).split()[:3]
    assert all(word in unescape(inserted) for word in first_words)


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


def test_recent_changes_filters_and_feed(client, resource, project):
    html = text(client.get("/modifications-recentes/", {"projet": project.code}))
    assert resource.title in html
    other = (
        ResourcePage.objects.live()
        .exclude(pk__in=ResourcePage.objects.descendant_of(project))
        .first()
    )
    assert other.title not in html
    html = text(
        client.get("/modifications-recentes/", {"type": "lecon", "programme": "transistor"})
    )
    assert resource.title not in html
    assert LessonPage.objects.live().descendant_of(project).first().title in html

    feed = ElementTree.fromstring(
        client.get("/modifications-recentes/flux.atom", {"projet": project.code}).content
    )
    titles = [
        entry.findtext("{http://www.w3.org/2005/Atom}title")
        for entry in feed.iter("{http://www.w3.org/2005/Atom}entry")
    ]
    assert resource.title in titles


# Counting -----------------------------------------------------------------------------------


def downloads(resource) -> int:
    return sum(
        UsageCount.objects.filter(page=resource, kind=UsageKind.DOWNLOAD).values_list(
            "count", flat=True
        )
    )


def test_downloads_are_counted_once_per_client_and_second_without_bots(client, resource):
    document = resource_files(resource)[0].document
    url = reverse("commons_download", args=[resource.pk, document.pk])
    before = downloads(resource)

    response = client.get(url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 302 and response.url == document.url
    client.get(url, HTTP_USER_AGENT=BROWSER)  # same client, same second
    assert downloads(resource) == before + 1

    client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    client.get(url, HTTP_USER_AGENT="")
    assert downloads(resource) == before + 1

    client.get(url, HTTP_USER_AGENT=BROWSER + " Firefox/140.0")  # another client
    assert downloads(resource) == before + 2
    assert not client.cookies, "counting sets no cookie"


def test_page_views_are_counted_the_same_way(client, resource):
    def views():
        return sum(
            UsageCount.objects.filter(page=resource, kind=UsageKind.VIEW).values_list(
                "count", flat=True
            )
        )

    before = views()
    client.get(resource.url, HTTP_USER_AGENT=BROWSER)
    client.get(resource.url, HTTP_USER_AGENT=BROWSER)
    client.get(resource.url, HTTP_USER_AGENT="curl/8.0")
    assert views() == before + 1
    assert f"{downloads(resource)} téléchargements" in text(client.get(resource.url))


def test_only_files_of_a_published_resource_can_be_downloaded(client, resource, other_resource):
    document = resource_files(resource)[0].document
    response = client.get(reverse("commons_download", args=[other_resource.pk, document.pk]))
    assert response.status_code == 404


# Feedback and reports -----------------------------------------------------------------------


def test_feedback_is_hidden_until_approved(client, resource):
    response = client.post(
        f"/ressources/{resource.pk}/avis/",
        {"rating": "4", "comment": "Un avis très précis."},
        HTTP_USER_AGENT=BROWSER,
    )
    assert response.status_code == 302
    assert "Un avis très précis." not in text(client.get(resource.url))

    feedback = ResourceFeedback.objects.get(comment="Un avis très précis.")
    programme = resource.get_parent().get_parent().specific
    client.force_login(programme.team_group.user_set.get())
    queue = text(client.get(reverse("commons_moderation_queue")))
    assert "Un avis très précis." in queue
    client.post(reverse("commons_moderation_queue"), {"feedback": feedback.pk, "action": "approve"})
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.APPROVED
    client.logout()
    assert "Un avis très précis." in text(client.get(resource.url))


def test_feedback_errors_keep_what_was_typed(client, resource):
    response = client.post(
        f"/ressources/{resource.pk}/avis/", {"comment": "Sans note."}, HTTP_USER_AGENT=BROWSER
    )
    assert response.status_code == 200
    html = text(response)
    assert "Choisissez une réponse" in html
    assert "Sans note.</textarea>" in html


def test_honeypot_and_rate_limit_stop_spam(client, resource):
    count = ResourceFeedback.objects.count()
    client.post(
        f"/ressources/{resource.pk}/avis/", {"rating": "1", "website": "http://spam.example"}
    )
    assert ResourceFeedback.objects.count() == count

    for index in range(5):
        client.post(f"/ressources/{resource.pk}/avis/", {"rating": "3", "comment": f"avis {index}"})
    response = client.post(
        f"/ressources/{resource.pk}/avis/", {"rating": "3", "comment": "un de trop"}
    )
    assert response.status_code == 200
    assert "Trop d'envois" in text(response)
    assert ResourceFeedback.objects.count() == count + 5


def test_reports_reach_only_the_programme_team_queue(client, resource, user_factory):
    client.post(
        f"/ressources/{resource.pk}/signaler/", {"reason": "outdated", "details": "Lien mort."}
    )
    report = ResourceReport.objects.get(details="Lien mort.")
    other_programme = ProgrammePage.objects.exclude(
        pk=resource.get_parent().get_parent().pk
    ).first()
    client.force_login(user_factory("autre-equipe", other_programme.team_group))
    assert "Lien mort." not in text(client.get(reverse("commons_moderation_queue")))
    response = client.post(
        reverse("commons_moderation_queue"), {"report": report.pk, "action": "resolve"}
    )
    assert response.status_code == 404

    client.force_login(resource.get_parent().get_parent().specific.team_group.user_set.get())
    assert "Lien mort." in text(client.get(reverse("commons_moderation_queue")))
    client.post(reverse("commons_moderation_queue"), {"report": report.pk, "action": "resolve"})
    report.refresh_from_db()
    assert report.status == "resolved"


# Reuse, feeds, sitemap ----------------------------------------------------------------------


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


def test_all_rights_reserved_is_shown_as_not_open(client):
    closed = ResourcePage.objects.live().get(licence="all-rights-reserved")
    html = text(client.get(closed.url))
    assert "n'est pas sous licence ouverte" in html
    assert closed.title not in text(client.get("/ressources/", {"licence": "open"}))
    assert closed.title in text(client.get("/ressources/", {"licence": "all-rights-reserved"}))


def atom_titles(response) -> list[str]:
    feed = ElementTree.fromstring(response.content)
    return [
        entry.findtext("{http://www.w3.org/2005/Atom}title")
        for entry in feed.iter("{http://www.w3.org/2005/Atom}entry")
    ]


def test_feeds_per_project_and_theme_parse(client, resource, project):
    everything = atom_titles(client.get("/ressources/flux.atom"))
    newest = ResourcePage.objects.live().order_by("-first_published_at").first()
    assert newest.title in everything
    per_project = atom_titles(client.get("/ressources/flux.atom", {"projet": project.code}))
    assert resource.title in per_project
    assert all(
        title
        in {page.title for page in ResourcePage.objects.descendant_of(project)}
        | {page.title for page in LessonPage.objects.descendant_of(project)}
        for title in per_project
    )
    theme = resource.themes.first().code
    assert resource.title in atom_titles(client.get("/ressources/flux.atom", {"theme": theme}))
    rss = ElementTree.fromstring(client.get("/ressources/flux.rss").content)
    assert rss.tag == "rss" and rss.find("channel/item/title") is not None
    assert client.get("/ressources/flux.atom", {"projet": "INCONNU"}).status_code == 404


def test_drafts_never_leave(admin_client, client, project):
    admin_client.post(
        add_url(project, "resourcepage"),
        resource_form(
            title="Brouillon secret",
            slug="brouillon-secret",
            summary="Secret.",
            themes=["itinerancy"],
            resource_types=["article"],
        ),
    )
    draft = ResourcePage.objects.get(slug="brouillon-secret")
    assert not draft.live
    assert (
        client.get(
            draft.url or "/programmes/transistor/cap-droits-hauts-de-chambery/brouillon-secret/"
        ).status_code
        == 404
    )
    for url in (
        "/sitemap.xml",
        "/ressources/flux.atom",
        "/ressources/flux.rss",
        "/ressources/",
        "/modifications-recentes/",
    ):
        assert "Brouillon secret" not in text(client.get(url)), url
        assert "brouillon-secret" not in text(client.get(url)), url


# Library ------------------------------------------------------------------------------------


def test_library_filters_and_sorts(client, project):
    html = text(client.get("/ressources/", {"type": "lesson"}))
    assert all(lesson.title in html for lesson in LessonPage.objects.live()[:5])
    assert ResourcePage.objects.live().first().title not in html

    html = text(client.get("/ressources/", {"projet": project.code}))
    for page in ResourcePage.objects.live().descendant_of(project):
        assert page.title in html

    response = client.get("/ressources/", {"tri": "downloads", "type": "toolsheet"})
    items = [item.page for item in response.context["items"]]
    totals = [downloads(page) for page in items]
    assert totals == sorted(totals, reverse=True)
    assert all(page.resource_types.filter(code="toolsheet").exists() for page in items)


# Performance --------------------------------------------------------------------------------


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
