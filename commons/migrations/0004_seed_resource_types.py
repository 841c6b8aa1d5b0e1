from django.db import migrations

from commons import taxonomies


def seed_resource_types(apps, schema_editor):
    model = apps.get_model("commons", "ResourceTypeTerm")
    for position, code in enumerate(taxonomies.ResourceType.values):
        model.objects.update_or_create(code=code, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("commons", "0003_resources_lessons_engagement")]

    operations = [migrations.RunPython(seed_resource_types, migrations.RunPython.noop)]
