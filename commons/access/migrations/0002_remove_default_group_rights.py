"""Wagtail's initial migrations give its default "Editors" and "Moderators" groups rights on
the root page and the root collection, i.e. on the whole site. On this platform rights come
only from teams (commons.access.services): those grants are removed; the groups stay, with no
site-wide right. Idempotent; the reverse does nothing."""

from django.db import migrations

WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


def remove_default_group_rights(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    groups = Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, team__isnull=True)
    GroupPagePermission.objects.filter(group__in=groups, page__depth=1).delete()
    GroupCollectionPermission.objects.filter(group__in=groups, collection__depth=1).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("access", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RunPython(remove_default_group_rights, migrations.RunPython.noop),
    ]
