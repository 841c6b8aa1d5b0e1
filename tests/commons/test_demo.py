import pytest
from django.core.management import CommandError, call_command

from commons.access.services import PROJECT_TEAM_PAGE_PERMISSIONS, TEAM_COLLECTION_PERMISSIONS
from commons.demo import datafiles as content
from commons.directory.models import Organisation, Territory
from commons.programmes.models import ProgrammePage, ProjectPage
from commons.taxonomies import Challenge, Theme

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, ...]:
    from django.contrib.auth.models import Group, User
    from wagtail.models import Revision

    return (
        Territory.objects.count(),
        Organisation.objects.count(),
        ProgrammePage.objects.count(),
        ProjectPage.objects.count(),
        Group.objects.count(),
        User.objects.count(),
        Revision.objects.count(),
    )


def test_demo_covers_the_domain():
    projects = ProjectPage.objects.all()
    assert ProgrammePage.objects.count() == 3
    assert projects.count() >= 15
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
    call_command("load_demo", allow_production=True, verbosity=0)
    assert counts() == before


def test_scale_generates_routable_projects_in_bulk(client):
    before = ProjectPage.objects.count()
    call_command("load_demo", scale=3, no_accounts=True, verbosity=0)
    added = ProjectPage.objects.count() - before
    assert added == 2 * len(content.PROJECTS)

    copy = ProjectPage.objects.get(code="TRANSISTOR-01-C1")
    response = client.get(copy.url)
    assert response.status_code == 200
    assert copy.team_group.page_permissions.filter(page=copy).count() == len(
        PROJECT_TEAM_PAGE_PERMISSIONS
    )
    assert copy.team_group.collection_permissions.count() == len(TEAM_COLLECTION_PERMISSIONS)
    assert copy.partners.count() == len(content.PROJECTS[0]["partners"])
    assert ProjectPage.objects.get(code="TRANSISTOR-06-C2").live is False
    programme = copy.get_parent()
    assert programme.numchild == ProjectPage.objects.child_of(programme).count()


def test_demo_accounts_are_refused_when_debug_is_off():
    with pytest.raises(CommandError, match="mot de passe public"):
        call_command("load_demo", verbosity=0)


def test_scale_copies_resources_under_generated_projects(client):
    from commons.resources.models import ResourcePage

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
