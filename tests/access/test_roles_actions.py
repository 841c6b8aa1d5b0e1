"""Every role × action × object the project has, over HTTP, as a person would use it.

``EXPECTED`` below is the source of truth: for each role, the (action, object) pairs it is
allowed; every other pair of ``CHECKS`` is denied. Each pair is one test, run through the real
URL with Django's test client. On the public channels a draft (a page never published, an
unpublished revision, a draft label snapshot, an unresolved review comment) must never show,
whoever asks: every public check also asserts that no ``SECRET`` text leaves.

``pytest tests/access -s`` prints the table at the end of the session (see conftest.py).
"""

from collections.abc import Callable
from dataclasses import dataclass
from html import unescape

import pytest
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory

from commons.access.models import Role, Team
from commons.directory.models import Organisation
from commons.engagement.models import ResourceFeedback
from commons.label import services as label_services
from commons.label.models import (
    LabelAssessment,
    LabelCriterion,
    LabelRequest,
    LabelReviewComment,
)
from commons.taxonomies import AssessmentState, FeedbackStatus, LabelRequestState
from tests.admin_forms import project_edit_data
from tests.conftest import ensure_wagtail_roots, member_of
from tests.factories.accounts import UserFactory, funder
from tests.factories.directory import OrganisationFactory
from tests.factories.pages import (
    DocumentFactory,
    ProgrammePageFactory,
    ProjectPageFactory,
    ResourcePageFactory,
    file_block,
)

SECRET = "SECRET"  # in every draft title, draft answer and unresolved comment
DRAFT_PROJECT_TITLE = "Projet SECRET jamais publié"
DRAFT_RESOURCE_TITLE = "Ressource SECRET en brouillon"
UNPUBLISHED_TITLE = "Titre SECRET pas encore publié"
UNRESOLVED_COMMENT = "Commentaire SECRET non traité"

# --------------------------------------------------------------------------- the table
ROLES = (
    "anonymous",
    "no_role",
    "team_a",
    "team_b",
    "team_other_programme",
    "programme_team",
    "funder",
    "other_funder",
    "national_funder",
    "superuser",
)

LABEL_WORK = {
    ("assess", "label A: start a self-assessment"),
    ("assess", "label A: edit the draft"),
    ("request", "label A"),
}
LABEL_READ = {
    ("view", "label file A"),
    ("view", "label matrix P"),
    ("export", "label matrix P (csv)"),
    ("export", "label matrix P (xlsx)"),
}
LABEL_DRAFTS = {
    ("view", "label A: draft snapshot"),
    ("view", "label A: unresolved review comments"),
}
PROGRAMME_WORK = {
    ("review", "label A"),
    ("moderate", "moderation queue"),
    ("moderate", "feedback on a resource of A"),
    ("manage", "eligibility index"),
    ("manage", "eligibility of P"),
    ("edit", "admin page A"),
    ("edit", "admin page P"),
    ("publish", "admin page A"),
}
PUBLIC = {
    ("view", "public: live project A"),
    ("view", "public: history of A"),
    ("view", "public: feed"),
    ("view", "public: recent changes feed"),
    ("view", "public: sitemap"),
    ("download", "document of live resource A"),
}
MEMBERS_ONLY = {
    ("view", "public: members-only project"),
    ("view", "public: history of the members-only project"),
}
# Nobody, superuser included, reads these on the public side: they are drafts.
NEVER = {
    ("view", "public: draft project"),
    ("view", "public: draft resource"),
    ("view", "public: history diff to an unpublished revision of A"),
}
# The files, previews and choosers of project A's drafts: its team, its programme team.
A_DRAFTS = {
    ("download", "document of draft resource A"),
    ("download", "document of A's unpublished revision"),
    ("choose", "document chooser: A's files"),
    ("choose", "image chooser: A's images"),
    ("preview", "admin: draft resource A"),
    ("preview", "admin: unpublished revision of A"),
}
# Snippets: the label grid is the programme teams' (they hold the permission); the directory
# is read by every team and edited by programme teams.
GRID = {("view", "snippets: label grid"), ("edit", "snippets: a label criterion")}
DIRECTORY_READ = {("view", "snippets: organisations")}
DIRECTORY_EDIT = {("edit", "snippets: an organisation")}

EXPECTED: dict[str, set[tuple[str, str]]] = {
    "anonymous": PUBLIC,
    "no_role": PUBLIC | MEMBERS_ONLY,
    "team_a": PUBLIC
    | MEMBERS_ONLY
    | LABEL_WORK
    | LABEL_DRAFTS
    | A_DRAFTS
    | DIRECTORY_READ
    | {("view", "label file A"), ("edit", "admin page A")},
    "team_b": PUBLIC | MEMBERS_ONLY | DIRECTORY_READ,
    "team_other_programme": PUBLIC | MEMBERS_ONLY | DIRECTORY_READ,
    "programme_team": PUBLIC
    | MEMBERS_ONLY
    | LABEL_READ
    | LABEL_DRAFTS
    | PROGRAMME_WORK
    | A_DRAFTS
    | GRID
    | DIRECTORY_READ
    | DIRECTORY_EDIT,
    "funder": PUBLIC | MEMBERS_ONLY | LABEL_READ,
    "other_funder": PUBLIC | MEMBERS_ONLY | {("view", "label matrix Q")},
    "national_funder": PUBLIC | MEMBERS_ONLY | LABEL_READ | {("view", "label matrix Q")},
    "superuser": PUBLIC
    | MEMBERS_ONLY
    | LABEL_WORK
    | LABEL_READ
    | LABEL_DRAFTS
    | PROGRAMME_WORK
    | A_DRAFTS
    | GRID
    | DIRECTORY_READ
    | DIRECTORY_EDIT
    | {("view", "label matrix Q")},
}


# --------------------------------------------------------------------------- the data
@dataclass
class World:
    programme: object
    other_programme: object
    project_a: object
    project_b: object
    project_c: object
    draft_project: object
    members_only_project: object
    resource_a: object
    draft_resource: object
    feedback: object
    draft_assessment: object
    live_document: object
    draft_document: object
    revision_document: object
    image: object
    published_revision_id: int
    users: dict


def build_world() -> World:
    from cms.services.site import ensure_site_structure
    from commons.programmes.models import ProgrammeIndexPage

    ensure_wagtail_roots()
    ensure_site_structure()
    index = ProgrammeIndexPage.objects.get()
    funder_org, other_funder_org, national_org = OrganisationFactory.create_batch(3)

    programme = ProgrammePageFactory(parent=index, title="Programme P")
    other_programme = ProgrammePageFactory(parent=index, title="Programme Q")
    programme.funders = [funder_org]
    programme.save_revision().publish()
    other_programme.funders = [other_funder_org]
    other_programme.save_revision().publish()

    project_a = ProjectPageFactory(parent=programme, title="Projet A")
    project_b = ProjectPageFactory(parent=programme, title="Projet B")
    project_c = ProjectPageFactory(parent=other_programme, title="Projet C")
    draft_project = ProjectPageFactory(parent=programme, title=DRAFT_PROJECT_TITLE, live=False)
    members_only_project = ProjectPageFactory(parent=programme, title="Projet réservé")
    PageViewRestriction.objects.create(
        page=members_only_project, restriction_type=PageViewRestriction.LOGIN
    )
    # Project A's files, in its team's collection: one in the live resource, one in a draft
    # resource, one only in the unpublished revision of the live resource.
    collection_a = Team.objects.get(page=project_a, role=Role.PROJECT_TEAM).collection
    live_document = DocumentFactory(title="Fiche publique A", collection=collection_a)
    draft_document = DocumentFactory(title="Preuve brouillon A", collection=collection_a)
    revision_document = DocumentFactory(title="Annexe révision A", collection=collection_a)
    image = ImageFactory(title="Photo equipe A", collection=collection_a)
    resource_a = ResourcePageFactory(
        parent=project_a, title="Ressource A", body=[file_block(live_document)]
    )
    draft_resource = ResourcePageFactory(
        parent=project_a,
        title=DRAFT_RESOURCE_TITLE,
        live=False,
        body=[file_block(draft_document)],
    )
    resource_a.body = [file_block(live_document), file_block(revision_document)]
    resource_a.save_revision()
    resource_a.refresh_from_db()

    # A live page with unpublished changes: the draft title stays in the admin.
    published_revision_id = project_a.live_revision_id
    project_a.title = UNPUBLISHED_TITLE
    project_a.save_revision()
    project_a.refresh_from_db()

    feedback = ResourceFeedback.objects.create(page=resource_a, rating=4, comment="Très utile")

    # Label of A: v1 published and reviewed « à compléter » with a comment still to address,
    # v2 a draft in progress.
    published = label_services.start_assessment(project=project_a, user=None)
    label_services.publish_assessment(assessment=published, user=None)
    label_request = LabelRequest.objects.create(
        project=project_a,
        state=LabelRequestState.TO_COMPLETE,
        assessment=published,
        requested_at=timezone.now(),
        reviewed_at=timezone.now(),
        decision_comment="À compléter.",
    )
    answer = published.answers.first()
    LabelReviewComment.objects.create(
        request=label_request, requirement_code=answer.requirement_code, text=UNRESOLVED_COMMENT
    )
    draft_assessment = label_services.start_assessment(project=project_a, user=None)
    draft_answer = draft_assessment.answers.first()
    draft_answer.evidence_text = "Preuve SECRET du brouillon"
    draft_answer.save()

    users = {
        "anonymous": None,
        "no_role": UserFactory(),
        "team_a": member_of(project_a),
        "team_b": member_of(project_b),
        "team_other_programme": member_of(project_c),
        "programme_team": member_of(programme, Role.PROGRAMME_TEAM),
        "funder": funder(funder_org),
        "other_funder": funder(other_funder_org),
        "national_funder": funder(national_org, sees_all_programmes=True),
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }
    return World(
        programme=programme,
        other_programme=other_programme,
        project_a=project_a,
        project_b=project_b,
        project_c=project_c,
        draft_project=draft_project,
        members_only_project=members_only_project,
        resource_a=resource_a,
        draft_resource=draft_resource,
        feedback=feedback,
        draft_assessment=draft_assessment,
        live_document=live_document,
        draft_document=draft_document,
        revision_document=revision_document,
        image=image,
        published_revision_id=published_revision_id,
        users=users,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module, in a transaction rolled back at the end; each test runs in
    its own savepoint (the `db` fixture), so that what a POST changes is undone."""
    with django_db_blocker.unblock():
        cache.clear()
        with transaction.atomic():
            yield build_world()
            transaction.set_rollback(True)
        cache.clear()


# --------------------------------------------------------------------------- the checks
def body(response) -> str:
    content = response.content if hasattr(response, "content") else b"".join(response)
    return unescape(content.decode())


def is_page(response) -> bool:
    """A page rendered for this person (not a redirect to the login or to the admin home)."""
    return response.status_code == 200


def public(client, url: str, shows: str = "") -> bool:
    """Readable here; and if so, never with a draft, and with the live content `shows`."""
    response = client.get(url)
    if response.status_code == 200:
        text = body(response)
        assert SECRET not in text, f"a draft leaks on {url}"
        assert shows in text, f"{shows!r} is missing from {url}"
    return is_page(response)


def page_url(page) -> str:
    return page.get_url() or page.url_path.removeprefix("/accueil")


def start_assessment(client, w: World) -> bool:
    response = client.post(reverse("commons_label_start", args=[w.project_a.pk]))
    expected = reverse("commons_label_assessment", args=[w.draft_assessment.pk])
    return response.status_code == 302 and response["Location"] == expected


def edit_draft(client, w: World) -> bool:
    url = reverse("commons_label_assessment", args=[w.draft_assessment.pk])
    data = {f"answer-{a.pk}-status": a.status for a in w.draft_assessment.answers.all()}
    response = client.post(url, data)
    return response.status_code == 302 and response["Location"] == url


def request_label(client, w: World) -> bool:
    # v1 was examined (« à compléter »): it is never sent again, so the team's corrections (the
    # draft) are published first, and the request names that snapshot
    corrected = label_services.start_assessment(project=w.project_a, user=None)
    label_services.publish_assessment(assessment=corrected, user=None)
    client.post(
        reverse("commons_label_request", args=[w.project_a.pk]), {"assessment": corrected.pk}
    )
    return LabelRequest.objects.get(project=w.project_a).state == LabelRequestState.REQUESTED


def label_file(client, w: World) -> bool:
    response = client.get(reverse("commons_label_project", args=[w.project_a.pk]))
    return is_page(response)


def label_draft(client, w: World) -> bool:
    file = client.get(reverse("commons_label_project", args=[w.project_a.pk]))
    listed = is_page(file) and f"v{w.draft_assessment.version}</a>" in body(file)
    response = client.get(reverse("commons_label_assessment", args=[w.draft_assessment.pk]))
    opened = is_page(response)
    assert listed == opened, "the draft is listed to those who may open it, and only to them"
    return opened


def unresolved_comments(client, w: World) -> bool:
    published = LabelAssessment.objects.get(project=w.project_a, state=AssessmentState.PUBLISHED)
    seen = []
    for url in (
        reverse("commons_label_project", args=[w.project_a.pk]),
        reverse("commons_label_assessment", args=[published.pk]),
    ):
        response = client.get(url)
        seen.append(is_page(response) and UNRESOLVED_COMMENT in body(response))
    assert seen[0] == seen[1], "the label file and the snapshot show the same comments"
    return seen[0]


def review(client, w: World) -> bool:
    return is_page(client.get(reverse("commons_label_review", args=[w.project_a.pk])))


def matrix(programme_attr: str, export: str = ""):
    def check(client, w: World) -> bool:
        url = reverse("commons_label_matrix", args=[getattr(w, programme_attr).pk])
        response = client.get(url, {"format": export} if export else {})
        if export == "csv":
            return is_page(response) and response["Content-Type"].startswith("text/csv")
        if export == "xlsx":
            return is_page(response) and "spreadsheet" in response["Content-Type"]
        return is_page(response)

    return check


def moderation_queue(client, w: World) -> bool:
    return is_page(client.get(reverse("commons_moderation_queue")))


def approve_feedback(client, w: World) -> bool:
    client.post(
        reverse("commons_moderation_queue"), {"action": "approve", "feedback": w.feedback.pk}
    )
    w.feedback.refresh_from_db()
    return w.feedback.status == FeedbackStatus.APPROVED


def eligibility_index(client, w: World) -> bool:
    return is_page(client.get(reverse("commons_eligibility_index")))


def eligibility(client, w: World) -> bool:
    url = reverse("commons_programme_eligibility", args=[w.programme.pk])
    return is_page(client.get(url))


def edit_page(attr: str):
    def check(client, w: World) -> bool:
        url = reverse("wagtailadmin_pages:edit", args=[getattr(w, attr).pk])
        return is_page(client.get(url))

    return check


def publish_project(client, w: World) -> bool:
    page = w.project_a
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        project_edit_data(page, title="Projet A publié", **{"action-publish": "1"}),
    )
    page.refresh_from_db()
    return page.title == "Projet A publié" and page.live


def public_page(attr: str, suffix: str = "", shows: str = ""):
    def check(client, w: World) -> bool:
        return public(client, page_url(getattr(w, attr)) + suffix, shows)

    return check


def feed(url: str, shows: str):
    def check(client, w: World) -> bool:
        return public(client, url, shows)

    return check


def sitemap(client, w: World) -> bool:
    response = client.get("/sitemap.xml")
    if response.status_code != 200:
        return False
    text = body(response)
    for hidden in (w.draft_project, w.draft_resource, w.members_only_project):
        assert hidden.slug not in text, f"{hidden.title} is in the sitemap"
    assert w.project_a.slug in text and w.resource_a.slug in text
    return True


def served(response) -> bool:
    if response.status_code != 200:
        return False
    assert b"".join(response.streaming_content) == b"Contenu du document."
    return True


def document(attr: str, resource_attr: str):
    """`/documents/<id>/<name>`, and `/telecharger/<resource>/<document>/`, which only hands
    over the files of a resource's published content (a redirect to the first URL)."""

    def check(client, w: World) -> bool:
        doc = getattr(w, attr)
        direct = served(client.get(doc.url))
        download = client.get(
            reverse("commons_download", args=[getattr(w, resource_attr).pk, doc.pk])
        )
        if attr == "live_document":
            assert download.status_code == 302 and download["Location"] == doc.url
        else:
            assert download.status_code == 404, "a draft's file is never a download"
        return direct

    return check


def chooser(url_name: str, shows_attr: str):
    def check(client, w: World) -> bool:
        response = client.get(reverse(url_name))
        return is_page(response) and getattr(w, shows_attr).title in body(response)

    return check


def view_draft(attr: str, shows: str):
    def check(client, w: World) -> bool:
        url = reverse("wagtailadmin_pages:view_draft", args=[getattr(w, attr).pk])
        response = client.get(url)
        if is_page(response):
            assert shows in body(response)
        return is_page(response)

    return check


def admin_view(url_name: str, obj: Callable | None = None):
    def check(client, w: World) -> bool:
        args = [obj().pk] if obj else []
        return is_page(client.get(reverse(url_name, args=args)))

    return check


def history_diff_to_draft(client, w: World) -> bool:
    url = page_url(w.project_a) + "historique/comparer/"
    draft_id = w.project_a.latest_revision_id
    assert draft_id != w.published_revision_id
    forward = public(client, f"{url}?de={w.published_revision_id}&a={draft_id}")
    backward = public(client, f"{url}?de={draft_id}&a={w.published_revision_id}")
    return forward or backward


CHECKS: dict[tuple[str, str], Callable] = {
    ("assess", "label A: start a self-assessment"): start_assessment,
    ("assess", "label A: edit the draft"): edit_draft,
    ("request", "label A"): request_label,
    ("review", "label A"): review,
    ("view", "label file A"): label_file,
    ("view", "label A: draft snapshot"): label_draft,
    ("view", "label A: unresolved review comments"): unresolved_comments,
    ("view", "label matrix P"): matrix("programme"),
    ("view", "label matrix Q"): matrix("other_programme"),
    ("export", "label matrix P (csv)"): matrix("programme", "csv"),
    ("export", "label matrix P (xlsx)"): matrix("programme", "xlsx"),
    ("moderate", "moderation queue"): moderation_queue,
    ("moderate", "feedback on a resource of A"): approve_feedback,
    ("manage", "eligibility index"): eligibility_index,
    ("manage", "eligibility of P"): eligibility,
    ("edit", "admin page A"): edit_page("project_a"),
    ("edit", "admin page P"): edit_page("programme"),
    ("publish", "admin page A"): publish_project,
    ("view", "public: draft project"): public_page("draft_project"),
    ("view", "public: live project A"): public_page("project_a", shows="Projet A"),
    ("view", "public: members-only project"): public_page("members_only_project"),
    ("view", "public: history of the members-only project"): public_page(
        "members_only_project", "historique/", "Projet réservé"
    ),
    ("view", "public: draft resource"): public_page("draft_resource"),
    ("view", "public: history of A"): public_page("project_a", "historique/", "Projet A"),
    ("view", "public: feed"): feed("/ressources/flux.atom", "Ressource A"),
    ("view", "public: recent changes feed"): feed("/modifications-recentes/flux.atom", "Projet A"),
    ("view", "public: sitemap"): sitemap,
    ("view", "public: history diff to an unpublished revision of A"): history_diff_to_draft,
    ("download", "document of live resource A"): document("live_document", "resource_a"),
    ("download", "document of draft resource A"): document("draft_document", "draft_resource"),
    ("download", "document of A's unpublished revision"): document(
        "revision_document", "resource_a"
    ),
    ("choose", "document chooser: A's files"): chooser(
        "wagtaildocs_chooser:choose", "draft_document"
    ),
    ("choose", "image chooser: A's images"): chooser("wagtailimages_chooser:choose", "image"),
    ("preview", "admin: draft resource A"): view_draft("draft_resource", DRAFT_RESOURCE_TITLE),
    ("preview", "admin: unpublished revision of A"): view_draft("project_a", UNPUBLISHED_TITLE),
    ("view", "snippets: label grid"): admin_view("wagtailsnippets_label_labelcriterion:list"),
    ("edit", "snippets: a label criterion"): admin_view(
        "wagtailsnippets_label_labelcriterion:edit", lambda: LabelCriterion.objects.first()
    ),
    ("view", "snippets: organisations"): admin_view("wagtailsnippets_directory_organisation:list"),
    ("edit", "snippets: an organisation"): admin_view(
        "wagtailsnippets_directory_organisation:edit", lambda: Organisation.objects.first()
    ),
}


def table_rows() -> list[tuple[str, str, str, bool]]:
    """(role, action, object, allowed) for every combination, in table order."""
    return [
        (role, action, obj, (action, obj) in EXPECTED[role])
        for (action, obj) in CHECKS
        for role in ROLES
    ]


def format_table() -> str:
    """The expectations as a text grid: one row per (action, object), one column per role."""
    width = max(len(f"{action} · {obj}") for action, obj in CHECKS)
    header = " ".join(f"{i:>2}" for i in range(1, len(ROLES) + 1))
    legend = "  ".join(f"{i}={role}" for i, role in enumerate(ROLES, start=1))
    lines = [legend, f"{'':<{width}} {header}"]
    for action, obj in CHECKS:
        marks = " ".join(f"{'✓' if (action, obj) in EXPECTED[role] else '·':>2}" for role in ROLES)
        lines.append(f"{action + ' · ' + obj:<{width}} {marks}")
    return "\n".join(lines)


def test_the_table_names_only_known_roles_and_checks():
    assert set(EXPECTED) == set(ROLES)
    for role, allowed in EXPECTED.items():
        assert allowed <= set(CHECKS), (role, allowed - set(CHECKS))
    assert not any(pair in allowed for pair in NEVER for allowed in EXPECTED.values())


@pytest.mark.parametrize(
    ("role", "action", "obj", "allowed"),
    table_rows(),
    ids=[f"{role}-{action}-{obj}" for role, action, obj, _allowed in table_rows()],
)
def test_role_action_object(world, db, client, role, action, obj, allowed):
    user = world.users[role]
    if user is not None:
        client.force_login(user)
    assert CHECKS[(action, obj)](client, world) is allowed, (
        f"{role} {'should' if allowed else 'must not'} {action} {obj}"
    )


def test_the_security_doc_shows_the_table():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "security.md").read_text()
    assert format_table() in doc, "docs/security.md: paste the table `pytest tests/access -v`"
