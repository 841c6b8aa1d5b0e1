"""`can`, `pages_where`, `visible_pages` and `grants`, without HTTP."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from wagtail.models import Page, PageViewRestriction

from commons.access.models import Role
from commons.access.selectors import Action, can, grants, pages_where, visible_pages
from commons.programmes.models import ProgrammePage, ProjectPage
from tests.conftest import member_of
from tests.factories.accounts import UserFactory, funder
from tests.factories.directory import OrganisationFactory
from tests.factories.pages import ProjectPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


def fund(programme, organisation):
    programme.funders = [organisation]
    programme.save_revision().publish()


# --------------------------------------------------------------------------- can
def test_project_team_acts_on_its_project_only(project, other_project, programme):
    member = member_of(project)
    assert can(member, Action.ASSESS, project)
    assert can(member, Action.VIEW_LABEL_DRAFTS, project)
    assert not can(member, Action.ASSESS, other_project)
    assert not can(member, Action.VIEW_LABEL, programme)
    assert not can(member, Action.REVIEW, project)


def test_programme_team_acts_on_its_subtree(programme, project, other_programme):
    member = member_of(programme, Role.PROGRAMME_TEAM)
    for action in (Action.REVIEW, Action.MODERATE, Action.MANAGE, Action.VIEW_LABEL_DRAFTS):
        assert can(member, action, project)
        assert can(member, action, programme)
        assert not can(member, action, other_programme)
    assert not can(member, Action.ASSESS, project)


def test_funder_reads_what_its_organisation_funds(programme, project, other_programme):
    organisation = OrganisationFactory()
    fund(programme, organisation)
    person = funder(organisation)
    assert can(person, Action.VIEW_LABEL, project)
    assert can(person, Action.EXPORT, programme)
    assert not can(person, Action.VIEW_LABEL, other_programme)
    assert not can(person, Action.VIEW_LABEL_DRAFTS, project)
    assert not can(person, Action.MODERATE, project)


def test_a_funder_loses_the_programme_it_no_longer_funds(programme, project):
    organisation = OrganisationFactory()
    fund(programme, organisation)
    programme.funders = []
    programme.save_revision().publish()
    assert not can(funder(organisation), Action.VIEW_LABEL, project)


def test_national_funder_reads_every_programme(programme, other_programme):
    person = funder(OrganisationFactory(), sees_all_programmes=True)
    assert can(person, Action.VIEW_DASHBOARDS, programme)
    assert can(person, Action.VIEW_DASHBOARDS, other_programme)
    assert not can(person, Action.VIEW_LABEL_DRAFTS, programme)


def test_nobody_else_may_act(project):
    inactive = member_of(project, is_active=False)
    for user in (None, AnonymousUser(), UserFactory(), inactive):
        assert not any(can(user, action, project) for action in Action.values)


def test_superuser_may_do_everything(project):
    superuser = UserFactory(is_superuser=True)
    assert all(can(superuser, action, project) for action in Action.values)


# --------------------------------------------------------------------------- pages_where
def test_pages_where_is_the_scope_of_can(programme, project, other_project, other_programme):
    team = member_of(project)
    programme_team = member_of(programme, Role.PROGRAMME_TEAM)
    assert list(pages_where(user=team, action=Action.ASSESS, model=ProjectPage)) == [project]
    assert not pages_where(user=team, action=Action.REVIEW).exists()
    assert set(pages_where(user=programme_team, action=Action.MANAGE, model=ProgrammePage)) == {
        programme
    }
    assert set(pages_where(user=programme_team, action=Action.REVIEW, model=ProjectPage)) == {
        project,
        other_project,
    }
    assert not pages_where(user=None, action=Action.VIEW_LABEL).exists()
    superuser = UserFactory(is_superuser=True)
    assert set(pages_where(user=superuser, action=Action.MANAGE, model=ProgrammePage)) == {
        programme,
        other_programme,
    }


def test_pages_where_does_not_confuse_sibling_paths(programme_index):
    """Tree paths are prefixes: a project's path must not match a sibling's."""
    from tests.factories.pages import ProgrammePageFactory

    programme = ProgrammePageFactory(parent=programme_index)
    projects = ProjectPageFactory.create_batch(3, parent=programme)
    team = member_of(projects[0])
    assert list(pages_where(user=team, action=Action.ASSESS, model=ProjectPage)) == [projects[0]]


# --------------------------------------------------------------------------- visible_pages
@pytest.fixture
def pages(programme):
    group = Group.objects.create(name="Lecteurs")
    restricted = {}
    for kind in ("login", "groups", "password"):
        page = ProjectPageFactory(parent=programme, title=f"Projet {kind}")
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=kind, password="secret" if kind == "password" else ""
        )
        if kind == "groups":
            restriction.groups.add(group)
        restricted[kind] = page
    return {
        "public": ProjectPageFactory(parent=programme),
        "draft": ProjectPageFactory(parent=programme, live=False),
        **restricted,
        "group": group,
    }


def visible(user, pages) -> set[str]:
    found = set(visible_pages(user=user, model=ProjectPage))
    return {name for name, page in pages.items() if name != "group" and page in found}


def test_anonymous_reads_public_live_pages_only(pages):
    assert visible(None, pages) == {"public"}
    assert visible(AnonymousUser(), pages) == {"public"}


def test_a_logged_in_person_reads_login_restricted_pages(pages):
    assert visible(UserFactory(), pages) == {"public", "login"}


def test_a_group_member_reads_its_group_restricted_pages(pages):
    reader = UserFactory()
    reader.groups.add(pages["group"])
    assert visible(reader, pages) == {"public", "login", "groups"}


def test_password_restricted_pages_and_drafts_are_never_listed(pages):
    superuser = UserFactory(is_superuser=True)
    assert visible(superuser, pages) == {"public", "login", "groups"}


def test_a_restriction_hides_the_whole_subtree(programme):
    from tests.factories.pages import ResourcePageFactory

    project = ProjectPageFactory(parent=programme)
    resource = ResourcePageFactory(parent=project)
    PageViewRestriction.objects.create(page=project, restriction_type=PageViewRestriction.LOGIN)
    assert resource not in visible_pages(model=Page)
    assert resource.page_ptr in visible_pages(user=UserFactory(), model=Page)


# --------------------------------------------------------------------------- cost
def test_grants_take_a_bounded_number_of_queries(
    programme, other_programme, project, django_assert_max_num_queries
):
    organisation = OrganisationFactory()
    fund(programme, organisation)
    fund(other_programme, organisation)
    person = funder(organisation)
    for page in (programme, project):
        member_of(page, Role.PROGRAMME_TEAM if page is programme else Role.PROJECT_TEAM)
        person.groups.add(
            (programme.team_group if page is programme else project.team_group),
        )
    person = type(person).objects.get(pk=person.pk)
    with django_assert_max_num_queries(2):
        held = grants(person)
    assert {grant.role for grant in held} == {Role.FUNDER, Role.PROGRAMME_TEAM, Role.PROJECT_TEAM}
    assert len(held) == 4
    with django_assert_max_num_queries(0):
        for action in Action.values:
            can(person, action, project)
            can(person, action, other_programme)


@pytest.mark.parametrize("who", ["anonymous", "person", "superuser"])
def test_visible_pages_take_two_queries(pages, who, django_assert_max_num_queries):
    """One query for the restrictions to lift or keep, one for the pages."""
    user = {
        "anonymous": None,
        "person": UserFactory(),
        "superuser": UserFactory(is_superuser=True),
    }[who]
    with django_assert_max_num_queries(2):
        list(visible_pages(user=user, model=ProjectPage))


def test_a_live_page_under_a_draft_is_neither_listed_nor_served(client, programme):
    candidature = ProjectPageFactory(parent=programme, live=False, title="Candidature secrète")
    resource = ResourcePageFactory(parent=candidature)
    assert resource.live

    assert resource.pk not in visible_pages(model=Page).values_list("pk", flat=True)
    member = UserFactory()
    assert resource.pk not in visible_pages(user=member, model=Page).values_list("pk", flat=True)
    response = client.get(resource.url_path.removeprefix("/accueil"))
    assert response.status_code == 404
    assert "Candidature secrète" not in response.content.decode()
    assert client.get("/ressources/").content.decode().count(resource.title) == 0
