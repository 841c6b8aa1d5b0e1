"""The demo dataset: it loads, a second load changes nothing, and it is consistent; the scaled
generator adds pages as Wagtail would (published revisions, public history) and teams through
the role service."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import PageLogEntry, Revision

from commons.access.models import Role, Team
from commons.access.services import PROJECT_TEAM_PAGE_PERMISSIONS, TEAM_COLLECTION_PERMISSIONS
from commons.demo import datafiles as content
from commons.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD, load_demo
from commons.directory.models import Organisation, Territory, ThemeTerm
from commons.programmes.eligibility import check_eligibility
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.publishing.selectors import published_revisions
from commons.resources.models import LessonPage, ResourcePage
from commons.taxonomies import Challenge, Theme

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, ...]:
    return (
        Territory.objects.count(),
        Organisation.objects.count(),
        ProgrammePage.objects.count(),
        ProjectPage.objects.count(),
        ResourcePage.objects.count(),
        LessonPage.objects.count(),
        Team.objects.count(),
        Group.objects.count(),
        get_user_model().objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
    )


def test_demo_covers_the_domain():
    projects = ProjectPage.objects.all()
    assert ProgrammePage.objects.count() == 3
    assert projects.count() == len(content.PROJECTS)
    assert ResourcePage.objects.count() == len(content.RESOURCES)
    assert LessonPage.objects.count() == len(content.LESSONS)
    assert Organisation.objects.count() >= 12
    assert set(projects.values_list("themes__code", flat=True)) >= set(Theme.values)
    assert set(projects.values_list("challenges__code", flat=True)) >= set(Challenge.values)
    national = ProgrammePage.objects.get(slug="outiller-la-mediation-numerique")
    assert national.waves.count() >= 3


def test_demo_names_no_real_person():
    text = repr(content.PROJECTS) + repr(content.ORGANISATIONS)
    assert "@" not in text


def test_load_demo_is_idempotent():
    before = counts()
    assert load_demo().created == {}
    call_command("load_demo", allow_production=True, verbosity=0)
    assert counts() == before


def test_demo_accounts_are_refused_when_debug_is_off():
    with pytest.raises(CommandError, match="mot de passe public"):
        call_command("load_demo", verbosity=0)


def test_every_project_has_its_team_and_its_wave_from_its_programme():
    for project in ProjectPage.objects.select_related("wave"):
        team = Team.objects.get(role=Role.PROJECT_TEAM, page=project)
        assert team.group.name.endswith(project.code)
        programme = project.get_parent().specific
        row = next(row for row in content.PROJECTS if row["code"] == project.code)
        if row["wave"]:
            assert project.wave is not None, project.code
            assert project.wave.programme_id == programme.pk, project.code
            assert project.wave.name == row["wave"]
        assert Team.objects.filter(role=Role.PROGRAMME_TEAM, page=programme).exists()


def test_published_demo_pages_have_a_published_revision_and_drafts_stay_private():
    for project in ProjectPage.objects.all():
        assert project.latest_revision_id is not None, project.code
        if project.phase == "application":
            assert not project.live and project.live_revision_id is None, project.code
        else:
            assert project.live and project.live_revision_id is not None, project.code
    for page in [*ResourcePage.objects.all(), *LessonPage.objects.all()]:
        assert page.live_revision_id is not None, page.slug
        assert published_revisions(page=page), page.slug


def test_every_resource_has_the_themes_of_its_data_file():
    known = set(ThemeTerm.objects.values_list("code", flat=True))
    for row in content.RESOURCES:
        assert set(row["themes"]) <= known, row["slug"]
        resource = ResourcePage.objects.get(slug=row["slug"])
        assert set(resource.themes.values_list("code", flat=True)) == set(row["themes"])
        assert resource.get_parent().specific.code == row["project"]


def test_demo_accounts_exist_with_their_teams():
    users = {user.username: user for user in get_user_model().objects.all()}
    for account in DEMO_ACCOUNTS:
        assert users[account.username].check_password(DEMO_PASSWORD), account.username
    assert users["admin"].is_superuser

    def teams(username):
        return Team.objects.filter(group__user=users[username])

    transistor = ProgrammePage.objects.get(slug="transistor")
    assert teams("equipe-transistor").get().page_id == transistor.pk
    assert teams("equipe-transistor").get().role == Role.PROGRAMME_TEAM
    funder = teams("financeur").get()
    assert (funder.role, funder.organisation.slug) == (Role.FUNDER, "grand-chambery")
    assert not funder.sees_all_programmes
    national = teams("financeur-national").get()
    assert (national.role, national.organisation.slug) == (Role.FUNDER, "anct")
    assert national.sees_all_programmes
    project_team = teams("equipe-transistor-01").get()
    assert project_team.role == Role.PROJECT_TEAM
    assert project_team.page_id == ProjectPage.objects.get(code="TRANSISTOR-01").pk


def test_only_the_teaching_example_is_ineligible():
    for project in ProjectPage.objects.all():
        report = check_eligibility(project=project)
        if project.code == "TRANSISTOR-06":
            assert not report.is_eligible
        else:
            assert report.is_eligible, (project.code, report.failures)


def test_scale_generates_projects_as_wagtail_does(client):
    before = ProjectPage.objects.count()
    call_command("load_demo", scale=3, no_accounts=True, verbosity=0)
    assert ProjectPage.objects.count() - before == 2 * len(content.PROJECTS)

    copies = ProjectPage.objects.filter(code__contains="-C")
    assert copies.count() == 2 * len(content.PROJECTS)
    for copy in copies:
        team = Team.objects.get(role=Role.PROJECT_TEAM, page=copy)
        assert team.group.page_permissions.filter(page=copy).count() == len(
            PROJECT_TEAM_PAGE_PERMISSIONS
        )
        assert team.group.collection_permissions.count() == len(TEAM_COLLECTION_PERMISSIONS)
        assert copy.latest_revision_id is not None, copy.code
        if copy.live:
            assert copy.live_revision_id == copy.latest_revision_id, copy.code
            assert PageLogEntry.objects.filter(
                page=copy, action="wagtail.publish", revision_id=copy.live_revision_id
            ).exists()
        else:
            assert copy.live_revision_id is None

    copy = ProjectPage.objects.get(code="TRANSISTOR-01-C1")
    assert client.get(copy.url).status_code == 200
    assert client.get(f"{copy.url}historique/").status_code == 200
    assert len(published_revisions(page=copy)) == 1
    revision_copy = copy.get_latest_revision_as_object()
    assert (revision_copy.title, revision_copy.code) == (copy.title, copy.code)
    assert copy.partners.count() == len(content.PROJECTS[0]["partners"])
    assert {p.organisation.slug for p in copy.partners.all()} == {
        f"{slug}-copie-1" for slug, _role, _note in content.PROJECTS[0]["partners"]
    }
    assert copy.wave is not None and copy.wave.programme_id == copy.get_parent().pk
    assert ProjectPage.objects.get(code="TRANSISTOR-06-C2").live is False
    programme = copy.get_parent()
    assert programme.numchild == programme.get_children().count()
    assert check_eligibility(project=copy).is_eligible


def test_scale_copies_resources_with_published_revisions(client):
    call_command("load_demo", scale=2, no_accounts=True, verbosity=0)
    original = ProjectPage.objects.get(code="TRANSISTOR-01")
    copy = ProjectPage.objects.get(code="TRANSISTOR-01-C1")
    originals = list(ResourcePage.objects.child_of(original).live().order_by("path"))
    copies = list(ResourcePage.objects.child_of(copy).order_by("path"))
    assert [page.title for page in copies] == [page.title for page in originals]
    assert client.get(copies[0].url).status_code == 200
    assert set(copies[0].themes.values_list("code", flat=True)) == set(
        originals[0].themes.values_list("code", flat=True)
    )
    assert set(copies[0].tags.names()) == set(originals[0].tags.names())
    generated = [
        page
        for project in ProjectPage.objects.filter(code__contains="-C")
        for page in ResourcePage.objects.child_of(project)
    ]
    assert generated
    for page in generated:
        assert page.live and page.live_revision_id is not None, page.url_path
        assert PageLogEntry.objects.filter(
            page=page, action="wagtail.publish", revision_id=page.live_revision_id
        ).exists()
    assert copy.numchild == len(copies)


def test_scale_twice_adds_new_copies():
    call_command("load_demo", scale=2, no_accounts=True, verbosity=0)
    call_command("load_demo", scale=2, no_accounts=True, verbosity=0)
    assert ProjectPage.objects.filter(code="TRANSISTOR-01-C2").exists()
    assert ProjectPage.objects.count() == 3 * len(content.PROJECTS)
