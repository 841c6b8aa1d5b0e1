from django.db import migrations

from commons import taxonomies

TERM_TABLES = {
    "ThemeTerm": taxonomies.Theme,
    "ChallengeTerm": taxonomies.Challenge,
    "DeviceKindTerm": taxonomies.DeviceKind,
    "TargetPublicTerm": taxonomies.TargetPublic,
}


def seed_terms(apps, schema_editor):
    for model_name, codes in TERM_TABLES.items():
        model = apps.get_model("commons", model_name)
        for position, code in enumerate(codes.values):
            model.objects.update_or_create(code=code, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("commons", "0001_initial")]

    operations = [migrations.RunPython(seed_terms, migrations.RunPython.noop)]
