"""Wagtail's default "Editors" and "Moderators" groups hold no site-wide right: only the
platform's teams hold permissions on the root page or the root collection."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from cms.services.site import ensure_site_structure
from tests.conftest import member_of

pytestmark = pytest.mark.django_db

migration = importlib.import_module("commons.access.migrations.0002_remove_default_group_rights")


def site_wide_grants_outside_teams() -> list[tuple[str, str]]:
    pages = GroupPagePermission.objects.filter(page__depth=1, group__team__isnull=True)
    collections = GroupCollectionPermission.objects.filter(
        collection__depth=1, group__team__isnull=True
    )
    return [(grant.group.name, grant.permission.codename) for grant in pages] + [
        (grant.group.name, grant.permission.codename) for grant in collections
    ]


def grant_wagtail_defaults() -> None:
    """What Wagtail's initial migrations create (a flushed database no longer has it)."""
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name in ("Editors", "Moderators"):
        group, _created = Group.objects.get_or_create(name=name)
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        for app_label, codename in (
            ("wagtaildocs", "add_document"),
            ("wagtailimages", "add_image"),
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                ),
            )


def test_migrated_database_has_no_site_wide_grant_outside_teams(site_root, project):
    member_of(project)  # a project team holds rights on the root collection: allowed
    assert Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert site_wide_grants_outside_teams() == []


def test_migration_removes_the_grants_and_is_idempotent(site_root):
    grant_wagtail_defaults()
    assert len(site_wide_grants_outside_teams()) == 10
    migration.remove_default_group_rights(apps, None)
    migration.remove_default_group_rights(apps, None)
    assert site_wide_grants_outside_teams() == []
    assert Group.objects.filter(name="Editors").exists()


def test_site_structure_removes_the_grants(site_root):
    grant_wagtail_defaults()
    ensure_site_structure()
    assert site_wide_grants_outside_teams() == []
