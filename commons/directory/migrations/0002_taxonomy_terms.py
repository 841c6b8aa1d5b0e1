"""Seeds each taxonomy term table with the codes of its vocabulary."""

from django.db import migrations

from commons.taxonomies import Challenge, DeviceKind, ResourceType, TargetPublic, Theme

VOCABULARIES = {
    "ThemeTerm": Theme,
    "ChallengeTerm": Challenge,
    "DeviceKindTerm": DeviceKind,
    "TargetPublicTerm": TargetPublic,
    "ResourceTypeTerm": ResourceType,
}


def seed_terms(apps, schema_editor):
    for model_name, codes in VOCABULARIES.items():
        model = apps.get_model("directory", model_name)
        for position, code in enumerate(codes.values):
            model.objects.update_or_create(code=code, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(seed_terms, migrations.RunPython.noop)]
