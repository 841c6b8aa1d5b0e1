"""Every role × action × object the project has, over HTTP, as a person would use it.

``EXPECTED`` below is the source of truth: for each role, the (action, object) pairs it is
allowed; every other pair of ``CHECKS`` is denied. Each pair is one test, run through the real
URL with Django's test client. On the public channels a draft (a page never published, an
unpublished revision, a draft label snapshot, an unresolved review comment) must never show,
whoever asks: every public check also asserts that no ``SECRET`` text leaves.

Evaluation adds its channels: public questionnaires, campaign forms and their results, indicator
values (a draft, a submitted and a returned value carry ``SECRET`` in their comments and figures
of their own: neither reaches the public project page nor a funder's aggregates), the form
builder, the indicator library, public links and their QR codes, qualitative coding.

``pytest tests/access -s`` prints the table at the end of the session (see conftest.py).
"""

import datetime
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from html import unescape

import pytest
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
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
from evaluation.campaigns import public_services
from evaluation.campaigns import services as campaign_services
from evaluation.campaigns.models import Answer, PublicLink, Response, ResponseStatus
from evaluation.coding import services as coding_services
from evaluation.coding.models import Code, Excerpt
from evaluation.forms.schema import Moment, QuestionType
from evaluation.forms.services import publish
from evaluation.indicators import services as indicator_services
from evaluation.indicators.models import Unit, ValueStatus
from evaluation.indicators.periods import period_containing
from tests.admin_forms import project_edit_data
from tests.conftest import ensure_wagtail_roots, member_of
from tests.factories.accounts import UserFactory, funder
from tests.factories.directory import OrganisationFactory
from tests.factories.evaluation import CampaignFactory, IndicatorFactory
from tests.factories.evaluation_forms import block_question, block_section, editable_form, stream
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
# Evaluation. Figures are written the French way, as the pages show them.
APPROVED_FIGURE = "41,25"  # the only value of A that may leave its two teams
NOT_APPROVED_FIGURES = ("91,37", "82,93", "73,19")  # A's draft, submitted and returned values
TEAM_A_DRAFT = "Brouillon SECRET de l'équipe A"  # A's campaign response, not sent yet
TEAM_B_DRAFT_NUMBER = "987654"  # B's campaign response, not sent yet: never counted
INDIVIDUAL_ANSWER = "Le manque de temps des bénévoles freine l'équipe A."  # A's sent answer
UNPUBLISHED_QUESTION = "Question SECRET pas encore publiée"  # edited after publication
RESPONSE_LEAKS = (SECRET, INDIVIDUAL_ANSWER, TEAM_B_DRAFT_NUMBER, *NOT_APPROVED_FIGURES)

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
    ("answer", "public questionnaire of A"),
    ("view", "public: approved indicator values of A"),
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
    ("answer", "closed public questionnaire of B"),
    ("answer", "public questionnaire of the draft project"),
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

# Evaluation (issue 10). Project A's team answers its campaign forms and keeps its values; a
# superuser may act anywhere but answers no campaign for a project (nor reads a team's draft
# response): `evaluation.campaigns.views.fill_view`.
A_ANSWERS = {
    ("view", "campaign form of A: the team's draft"),
    ("fill", "campaign form of A: save a draft"),
    ("submit", "campaign form of A"),
    ("view", "admin dashboard: A's due campaign form"),
}
A_DECLARES = {("declare", "indicator value of A: save a draft")}
# What A's team and P's team both work on: A's sent response, A's values with their drafts and
# evidence, A's public links.
A_EVALUATION = {
    ("view", "campaign form of A: its sent response"),
    ("view", "indicators of A (admin): draft, submitted, returned"),
    ("download", "attachment of an indicator value of A"),
    ("manage", "public links of A"),
    ("print", "QR code of A's public link"),
    ("manage", "public link of A: close it"),
}
# Running P's evaluation: campaigns, review of values, forms, library, coding.
P_EVALUATION = {
    ("manage", "campaigns of P (admin listing)"),
    ("edit", "campaign of P"),
    ("follow", "campaign of P: completion"),
    ("remind", "campaign of P: teams yet to answer"),
    ("review", "indicator values: review queue"),
    ("approve", "submitted indicator value of A"),
    ("build", "evaluation forms (admin listing)"),
    ("build", "evaluation form of P"),
    ("publish", "evaluation form of P: versions"),
    ("view", "indicator library"),
    ("edit", "indicator library: P's own indicator"),
    ("code", "coding workspace: A's answer listed"),
    ("code", "A's answer: code a passage"),
    ("view", "coding counts of P"),
    ("edit", "coding frame: a code of P"),
}
# Aggregates only: never a single response, never a value that is not approved.
P_RESULTS = {
    ("view", "campaign results: index lists P's"),
    ("view", "campaign results of P"),
    ("export", "campaign results of P (csv)"),
}
Q_RESULTS = {("view", "campaign results of Q")}
# The common library and forms, and another programme's own things: superusers only.
SUPERUSER_EVALUATION = {
    ("edit", "indicator library: a common indicator"),
    ("view", "indicator library: history of Q's own indicator"),
    ("view", "indicator library: usage of Q's own indicator"),
    ("build", "evaluation form common to all programmes"),
    ("build", "evaluation form of Q"),
    ("choose", "evaluation form chooser: Q's form"),
}

EXPECTED: dict[str, set[tuple[str, str]]] = {
    "anonymous": PUBLIC,
    "no_role": PUBLIC | MEMBERS_ONLY,
    "team_a": PUBLIC
    | MEMBERS_ONLY
    | LABEL_WORK
    | LABEL_DRAFTS
    | A_DRAFTS
    | DIRECTORY_READ
    | A_ANSWERS
    | A_DECLARES
    | A_EVALUATION
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
    | DIRECTORY_EDIT
    | A_EVALUATION
    | P_EVALUATION
    | P_RESULTS,
    "funder": PUBLIC | MEMBERS_ONLY | LABEL_READ | P_RESULTS,
    "other_funder": PUBLIC | MEMBERS_ONLY | {("view", "label matrix Q")} | Q_RESULTS,
    "national_funder": PUBLIC
    | MEMBERS_ONLY
    | LABEL_READ
    | {("view", "label matrix Q")}
    | P_RESULTS
    | Q_RESULTS,
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
    | {("view", "label matrix Q")}
    | A_DECLARES
    | A_EVALUATION
    | P_EVALUATION
    | P_RESULTS
    | Q_RESULTS
    | SUPERUSER_EVALUATION,
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
    ev: "Evaluation"


@dataclass
class Evaluation:
    """Programme P's evaluation as its teams leave it (built through the services)."""

    programme_form: object
    common_form: object
    other_programme_form: object
    open_campaign: object  # A has saved a draft
    sent_campaign: object  # A has sent its response, B has saved a draft
    other_campaign: object  # programme Q's
    public_link: object  # A's, open
    closed_link: object  # B's, closed
    draft_project_link: object  # open, of a project never published
    p_indicator: object
    common_indicator: object
    q_indicator: object
    draft_value: object
    submitted_value: object  # with an attachment
    returned_value: object
    answer_to_code: object  # A's sent long-text answer
    code: object


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def quarters_up_to_now(count: int) -> list[datetime.date]:
    """The starts of the last `count` quarters, the current one last (values are declared for
    periods that have started)."""
    starts = [period_containing(timezone.localdate())[0]]
    while len(starts) < count:
        starts.insert(0, period_containing(starts[0] - datetime.timedelta(days=1))[0])
    return starts


def published_form(*sections, **fields):
    """A form edited in the admin then published (its first version); afterwards edited again
    with a question nobody may see until it is published."""
    form = editable_form(*sections, **fields)
    publish(form=form, user=None)
    form.definition = stream(
        *sections,
        block_section("Prochaine version", block_question("n", label=UNPUBLISHED_QUESTION)),
    )
    form.save()
    return form


def build_evaluation(
    *, programme, other_programme, project_a, project_b, project_c, draft_project, users
):
    today = timezone.localdate()
    team_a, team_b, programme_team = users["team_a"], users["team_b"], users["programme_team"]

    # Forms: P's campaign form, a public questionnaire of P, a common form, Q's own form.
    questions = block_section(
        "Bilan",
        block_question("personnes", QuestionType.INTEGER, required=True, min_value=0),
        block_question("public", QuestionType.SINGLE_CHOICE, choices=["seniors", "jeunes"]),
        block_question("freins", QuestionType.LONG_TEXT, label="Quels freins ?"),
    )
    programme_form = published_form(questions, programme=programme, name="Bilan trimestriel P")
    public_form = published_form(
        block_section(
            "Votre avis",
            block_question("utilite", QuestionType.SCALE, required=True),
            block_question("commentaire", QuestionType.LONG_TEXT),
        ),
        programme=programme,
        moment=Moment.BENEFICIARIES,
        name="Votre avis sur l'atelier",
        data_notice="Réponses anonymes, lues par les équipes du projet et du programme.",
    )
    public_form.name = "Questionnaire SECRET renommé"  # not published: never shown
    public_form.save()
    common_form = published_form(questions, name="Formulaire commun")
    other_programme_form = editable_form(questions, programme=other_programme, name="Bilan Q")

    # Campaigns: both opened, due in three weeks, sent to A and B (and Q's to C).
    period_start, period_end = period_containing(today - datetime.timedelta(days=92))
    dates = {
        "period_start": period_start,
        "period_end": period_end,
        "opens_on": today - datetime.timedelta(days=7),
        "due_on": today + datetime.timedelta(days=21),
    }
    open_campaign = CampaignFactory(
        programme=programme, form=programme_form, name="Campagne d'automne", **dates
    )
    sent_campaign = CampaignFactory(
        programme=programme, form=programme_form, name="Campagne de printemps", **dates
    )
    other_campaign = CampaignFactory(
        programme=other_programme, form=common_form, name="Campagne de Q", **dates
    )
    open_campaign.projects.set([project_a, project_b])
    sent_campaign.projects.set([project_a, project_b])
    other_campaign.projects.set([project_c])

    def respond(campaign, project, user, answers, *, send: bool):
        response = campaign_services.start_or_resume(campaign=campaign, project=project, user=user)
        save = campaign_services.submit if send else campaign_services.save_draft
        return save(response=response, answers=answers, user=user)

    respond(open_campaign, project_a, team_a, {"personnes": 3, "freins": TEAM_A_DRAFT}, send=False)
    sent = respond(
        sent_campaign,
        project_a,
        team_a,
        {"personnes": 12, "public": "seniors", "freins": INDIVIDUAL_ANSWER},
        send=True,
    )
    respond(
        sent_campaign,
        project_b,
        team_b,
        {"personnes": int(TEAM_B_DRAFT_NUMBER), "public": "jeunes", "freins": f"{SECRET} de B"},
        send=False,
    )

    # Public questionnaires: A's open, B's closed, and one the programme team opened for the
    # project it has not published yet.
    public_link = public_services.create_public_link(
        user=team_a, project=project_a, form=public_form
    )
    closed_link = public_services.create_public_link(
        user=team_b, project=project_b, form=public_form
    )
    public_services.set_link_open(user=team_b, link=closed_link, is_open=False)
    draft_project_link = public_services.create_public_link(
        user=programme_team, project=draft_project, form=public_form
    )

    # Indicators: P's own, a common one, Q's own (not shared). A follows P's, quarterly: one
    # approved value, one returned, one submitted (with its evidence), one draft.
    p_indicator = IndicatorFactory(programme=programme, unit=Unit.NUMBER, name="Ateliers de P")
    common_indicator = IndicatorFactory(unit=Unit.NUMBER, name="Indicateur commun")
    q_indicator = IndicatorFactory(
        programme=other_programme, name="Indicateur propre à Q", shared=False
    )
    quarters = quarters_up_to_now(4)
    followed = indicator_services.follow_indicator(
        project=project_a,
        indicator=p_indicator,
        user=programme_team,
        baseline_value=Decimal(0),
        baseline_date=quarters[0],
        target_value=Decimal(100),
        target_date=today + datetime.timedelta(days=365),
    )

    def declare(quarter, figure: str, comment: str, **extra):
        return indicator_services.save_draft_value(
            project_indicator=followed,
            period_start=quarter,
            user=team_a,
            value=Decimal(figure.replace(",", ".")),
            comment=comment,
            **extra,
        )

    def send(value):
        return indicator_services.submit_value(indicator_value=value, user=team_a)

    approved = send(declare(quarters[0], APPROVED_FIGURE, "Relevé des feuilles de présence."))
    indicator_services.approve_value(indicator_value=approved, user=programme_team)
    draft_figure, submitted_figure, returned_figure = NOT_APPROVED_FIGURES
    returned_value = indicator_services.return_value(
        indicator_value=send(declare(quarters[1], returned_figure, f"Estimation {SECRET}")),
        user=programme_team,
        note=f"Note {SECRET} : recomptez les ateliers annulés.",
    )
    evidence = SimpleUploadedFile("preuve.pdf", PDF, content_type="application/pdf")
    submitted_value = send(
        declare(quarters[2], submitted_figure, f"Chiffre {SECRET} soumis", attachment=evidence)
    )
    draft_value = declare(quarters[3], draft_figure, f"Brouillon {SECRET}")

    # Coding: a code of P applied to a passage of A's sent answer.
    code = coding_services.save_code(
        code=Code(programme=programme, theme="Freins", label="Manque de temps"),
        user=programme_team,
    )
    answer_to_code = Answer.objects.get(response=sent, question_key="freins")
    coding_services.add_excerpt(
        answer=answer_to_code, user=programme_team, passage="manque de temps", codes=[code]
    )
    return Evaluation(
        programme_form=programme_form,
        common_form=common_form,
        other_programme_form=other_programme_form,
        open_campaign=open_campaign,
        sent_campaign=sent_campaign,
        other_campaign=other_campaign,
        public_link=public_link,
        closed_link=closed_link,
        draft_project_link=draft_project_link,
        p_indicator=p_indicator,
        common_indicator=common_indicator,
        q_indicator=q_indicator,
        draft_value=draft_value,
        submitted_value=submitted_value,
        returned_value=returned_value,
        answer_to_code=answer_to_code,
        code=code,
    )


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
        "team_b": member_of(project_b, email="equipe-b@example.org"),  # reminded
        "team_other_programme": member_of(project_c),
        "programme_team": member_of(programme, Role.PROGRAMME_TEAM),
        "funder": funder(funder_org),
        "other_funder": funder(other_funder_org),
        "national_funder": funder(national_org, sees_all_programmes=True),
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }
    ev = build_evaluation(
        programme=programme,
        other_programme=other_programme,
        project_a=project_a,
        project_b=project_b,
        project_c=project_c,
        draft_project=draft_project,
        users=users,
    )
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
        ev=ev,
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


# --------------------------------------------------------------------------- evaluation checks
SAME_ORIGIN = "http://testserver"
# Each anonymous answer comes from its own address: the questionnaires' rate limit is not the
# subject here (tests/evaluation/public covers it).
CLIENT_ADDRESSES = (f"198.51.100.{n % 250 + 1}" for n in itertools.count())


def no_leak(text: str, url: str, leaks=RESPONSE_LEAKS) -> None:
    for leak in leaks:
        assert leak not in text, f"{leak!r} leaks on {url}"


def questionnaire(link_attr: str):
    """The page (no draft: neither the form's unpublished edits nor a draft project's title,
    even on the « unavailable » and thank-you pages), then an answer sent from it."""

    def check(client, w: World) -> bool:
        link = getattr(w.ev, link_attr)
        url = reverse("campaigns_public_questionnaire", args=[link.token])
        for shown in (url, reverse("campaigns_public_thanks", args=[link.token])):
            assert SECRET not in body(client.get(shown)), f"a draft leaks on {shown}"
        readable = public(client, url, shows="Votre avis sur l'atelier")
        before = Response.objects.filter(public_link=link).count()
        response = client.post(
            url,
            {"q_utilite": "4", "q_commentaire": "Merci"},
            HTTP_ORIGIN=SAME_ORIGIN,
            REMOTE_ADDR=next(CLIENT_ADDRESSES),
        )
        answered = Response.objects.filter(public_link=link).count() == before + 1
        assert answered == (response.status_code == 302), "an answer is thanked, and only then"
        assert readable == answered, "a questionnaire one can read is one one can answer"
        return answered

    return check


def public_indicators(client, w: World) -> bool:
    url = page_url(w.project_a)
    readable = public(client, url, shows=APPROVED_FIGURE)
    if readable:
        no_leak(body(client.get(url)), url)
    return readable


def fill_url(campaign, project) -> str:
    return reverse("campaigns_fill", args=[campaign.pk, project.pk])


def campaign_draft(client, w: World) -> bool:
    response = client.get(fill_url(w.ev.open_campaign, w.project_a))
    return is_page(response) and TEAM_A_DRAFT in body(response)


def fill_campaign(*, send: bool):
    def check(client, w: World) -> bool:
        data = {"q_personnes": "7", "q_public": "jeunes", "q_freins": "Repris par l'équipe"}
        if send:
            data["submit"] = ""
        client.post(fill_url(w.ev.open_campaign, w.project_a), data)
        stored = Response.objects.get(campaign=w.ev.open_campaign, project=w.project_a)
        if send:
            return stored.status == ResponseStatus.SUBMITTED
        return stored.data.get("freins") == "Repris par l'équipe"

    return check


def due_form_on_dashboard(client, w: World) -> bool:
    response = client.get(reverse("wagtailadmin_home"))
    return is_page(response) and fill_url(w.ev.open_campaign, w.project_a) in body(response)


def sent_response(client, w: World) -> bool:
    response = client.get(fill_url(w.ev.sent_campaign, w.project_a))
    return is_page(response) and INDIVIDUAL_ANSWER in body(response)


def completion(client, w: World) -> bool:
    url = reverse("campaigns_completion", args=[w.ev.sent_campaign.pk])
    response = client.get(url)
    if is_page(response):
        no_leak(body(response), url)  # where each project stands, not what it answered
    return is_page(response)


def remind(client, w: World) -> bool:
    campaign = w.ev.sent_campaign
    response = client.post(reverse("campaigns_remind", args=[campaign.pk]), {"all": "1"})
    sent = any("Relance en cours" in str(m) for m in get_messages(response.wsgi_request))
    return response.get("Location") == reverse("campaigns_completion", args=[campaign.pk]) and sent


def results(campaign_attr: str, export: str = ""):
    """Aggregates: never a text answer, a draft's figure, an unpublished question; the list of
    individual responses is shown to those who may open them, and only to them."""

    def check(client, w: World) -> bool:
        campaign = getattr(w.ev, campaign_attr)
        name = "campaigns_results_csv" if export else "campaigns_results"
        url = reverse(name, args=[campaign.pk])
        response = client.get(url)
        if not is_page(response):
            return False
        text = body(response)
        no_leak(text, url)
        if export:
            assert response["Content-Type"].startswith("text/csv")
        elif campaign_attr == "sent_campaign":
            individual = fill_url(campaign, w.project_a)
            assert (individual in text) == is_page(client.get(individual))
        return True

    return check


def results_index(client, w: World) -> bool:
    response = client.get(reverse("campaigns_results_index"))
    return is_page(response) and w.ev.sent_campaign.name in body(response)


def listing(url_name: str, shows: Callable):
    def check(client, w: World) -> bool:
        response = client.get(reverse(url_name))
        return is_page(response) and shows(w) in body(response)

    return check


def ev_admin_view(url_name: str, obj: Callable):
    def check(client, w: World) -> bool:
        return is_page(client.get(reverse(url_name, args=[obj(w).pk])))

    return check


def project_values(client, w: World) -> bool:
    """A's indicators with every period's latest update, and the period a value was returned
    for, with the programme team's note."""
    response = client.get(reverse("indicators_project", args=[w.project_a.pk]))
    returned = w.ev.returned_value
    period = client.get(
        reverse("indicators_period", args=[returned.project_indicator_id, returned.period_start])
    )
    assert is_page(response) == is_page(period), "a project's values and periods go together"
    if is_page(response):
        text = body(response)
        assert all(figure in text for figure in (APPROVED_FIGURE, *NOT_APPROVED_FIGURES))
        assert returned.review_note in body(period)
    return is_page(response)


def declare_value(client, w: World) -> bool:
    value = w.ev.draft_value
    url = reverse("indicators_period", args=[value.project_indicator_id, value.period_start])
    client.post(url, {"value": "55,5", "comment": "Corrigé"})
    value.refresh_from_db()
    return value.value == Decimal("55.5")


def review_queue(client, w: World) -> bool:
    response = client.get(reverse("indicators_review_queue"))
    review = reverse("indicators_review", args=[w.ev.submitted_value.pk])
    return is_page(response) and review in body(response)


def approve_value(client, w: World) -> bool:
    value = w.ev.submitted_value
    client.post(reverse("indicators_review", args=[value.pk]), {"decision": "approve"})
    value.refresh_from_db()
    return value.status == ValueStatus.APPROVED


def value_attachment(client, w: World) -> bool:
    response = client.get(reverse("indicators_attachment", args=[w.ev.submitted_value.pk]))
    if response.status_code != 200:
        return False
    assert b"".join(response.streaming_content) == PDF
    return True


def public_links(client, w: World) -> bool:
    url = reverse("campaigns_public_links") + f"?projet={w.project_a.pk}"
    response = client.get(url)
    return is_page(response) and w.ev.public_link.token in body(response)


def qr_code(client, w: World) -> bool:
    link = w.ev.public_link
    svg = client.get(reverse("campaigns_public_link_qr", args=[link.pk]))
    printed = client.get(reverse("campaigns_public_link_print", args=[link.pk]))
    assert is_page(svg) == is_page(printed), "the QR code and its printable page go together"
    if is_page(svg):
        assert svg["Content-Type"] == "image/svg+xml"
    return is_page(svg)


def close_link(client, w: World) -> bool:
    link = w.ev.public_link
    client.post(reverse("campaigns_public_link_toggle", args=[link.pk]), {"open": "0"})
    return not PublicLink.objects.get(pk=link.pk).active


def coding_workspace(client, w: World) -> bool:
    response = client.get(reverse("coding_answers"))
    answer = reverse("coding_answer", args=[w.ev.answer_to_code.pk])
    return is_page(response) and answer in body(response)


def code_passage(client, w: World) -> bool:
    answer = w.ev.answer_to_code
    before = Excerpt.objects.filter(answer=answer).count()
    client.post(
        reverse("coding_answer", args=[answer.pk]),
        {"passage": "bénévoles", "occurrence": "1", "codes": [w.ev.code.pk]},
    )
    return Excerpt.objects.filter(answer=answer).count() == before + 1


def coding_counts(client, w: World) -> bool:
    response = client.get(reverse("coding_counts", args=[w.programme.pk]))
    return is_page(response) and w.ev.code.label in body(response)


FORMS_URL = "wagtailsnippets_evaluation_forms_evaluationform"
FORMS_CHOOSER = "wagtailsnippetchoosers_evaluation_forms_evaluationform"


def form_chooser(client, w: World) -> bool:
    """Wagtail's snippet chooser, which any admin user may open: its list and its « chosen »
    answer agree."""
    form = w.ev.other_programme_form
    chooser = client.get(reverse(f"{FORMS_CHOOSER}:choose"))
    listed = is_page(chooser) and form.name in body(chooser)
    chosen = is_page(client.get(reverse(f"{FORMS_CHOOSER}:chosen", args=[form.pk])))
    assert listed == chosen, "a form is listed in the chooser to those who may choose it"
    return listed


def form_versions(client, w: World) -> bool:
    url = reverse("evaluation_forms_versions", kwargs={"form_id": w.ev.programme_form.pk})
    return is_page(client.get(url))


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
    # evaluation: public
    ("answer", "public questionnaire of A"): questionnaire("public_link"),
    ("answer", "closed public questionnaire of B"): questionnaire("closed_link"),
    ("answer", "public questionnaire of the draft project"): questionnaire("draft_project_link"),
    ("view", "public: approved indicator values of A"): public_indicators,
    # evaluation: campaigns
    ("view", "admin dashboard: A's due campaign form"): due_form_on_dashboard,
    ("view", "campaign form of A: the team's draft"): campaign_draft,
    ("fill", "campaign form of A: save a draft"): fill_campaign(send=False),
    ("submit", "campaign form of A"): fill_campaign(send=True),
    ("view", "campaign form of A: its sent response"): sent_response,
    ("manage", "campaigns of P (admin listing)"): listing(
        "campaigns:index", lambda w: w.ev.sent_campaign.name
    ),
    ("edit", "campaign of P"): ev_admin_view("campaigns:edit", lambda w: w.ev.sent_campaign),
    ("follow", "campaign of P: completion"): completion,
    ("remind", "campaign of P: teams yet to answer"): remind,
    ("view", "campaign results: index lists P's"): results_index,
    ("view", "campaign results of P"): results("sent_campaign"),
    ("export", "campaign results of P (csv)"): results("sent_campaign", "csv"),
    ("view", "campaign results of Q"): results("other_campaign"),
    # evaluation: indicators
    ("view", "indicators of A (admin): draft, submitted, returned"): project_values,
    ("declare", "indicator value of A: save a draft"): declare_value,
    ("download", "attachment of an indicator value of A"): value_attachment,
    ("review", "indicator values: review queue"): review_queue,
    ("approve", "submitted indicator value of A"): approve_value,
    ("view", "indicator library"): listing(
        "indicator_library:index", lambda w: w.ev.p_indicator.name
    ),
    ("edit", "indicator library: P's own indicator"): ev_admin_view(
        "indicator_library:edit", lambda w: w.ev.p_indicator
    ),
    ("edit", "indicator library: a common indicator"): ev_admin_view(
        "indicator_library:edit", lambda w: w.ev.common_indicator
    ),
    ("view", "indicator library: history of Q's own indicator"): ev_admin_view(
        "indicator_library:history", lambda w: w.ev.q_indicator
    ),
    ("view", "indicator library: usage of Q's own indicator"): ev_admin_view(
        "indicator_library:usage", lambda w: w.ev.q_indicator
    ),
    # evaluation: forms
    ("build", "evaluation forms (admin listing)"): listing(
        f"{FORMS_URL}:list", lambda w: w.ev.programme_form.name
    ),
    ("build", "evaluation form of P"): ev_admin_view(
        f"{FORMS_URL}:edit", lambda w: w.ev.programme_form
    ),
    ("publish", "evaluation form of P: versions"): form_versions,
    ("build", "evaluation form common to all programmes"): ev_admin_view(
        f"{FORMS_URL}:edit", lambda w: w.ev.common_form
    ),
    ("build", "evaluation form of Q"): ev_admin_view(
        f"{FORMS_URL}:edit", lambda w: w.ev.other_programme_form
    ),
    ("choose", "evaluation form chooser: Q's form"): form_chooser,
    # evaluation: public links
    ("manage", "public links of A"): public_links,
    ("print", "QR code of A's public link"): qr_code,
    ("manage", "public link of A: close it"): close_link,
    # evaluation: coding
    ("code", "coding workspace: A's answer listed"): coding_workspace,
    ("code", "A's answer: code a passage"): code_passage,
    ("view", "coding counts of P"): coding_counts,
    ("edit", "coding frame: a code of P"): ev_admin_view("coding_frame:edit", lambda w: w.ev.code),
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
