"""The default indicator library, from the programmes' source documents.

Each entry states its two aggregation rules explicitly (see ``evaluation.indicators.models``):
counts of what happened in a period add up over time; stocks (unique participants,
organisations involved, newsletter recipients, working groups active) are read at the latest
period and never summed; the share of people reaching autonomy is typed as numerator and
denominator and recomputed across projects as a ratio of sums.

Frozen here (a migration must not import the app's code); existing codes are left untouched,
so a programme team's edits survive a re-run.
"""

from django.db import migrations

PUBLICS = ["gender", "age", "public", "qpv", "territory"]

DEFAULT_LIBRARY = [
    {
        "code": "personnes-accompagnees",
        "name": "Personnes accompagnées",
        "name_en": "People accompanied",
        "definition": (
            "Nombre de personnes accompagnées pendant la période (une personne accompagnée "
            "plusieurs fois dans la période compte une fois)."
        ),
        "unit": "people",
        "scale": "publics",
        "over_time": "sum",
        "across_projects": "sum",
        "dimensions": PUBLICS,
    },
    {
        "code": "participants-uniques",
        "name": "Participants uniques (cumul)",
        "name_en": "Unique participants (to date)",
        "definition": (
            "Nombre de personnes différentes ayant participé depuis le début du projet, à la "
            "fin de la période. Un cumul : la dernière valeur fait foi, jamais additionnée."
        ),
        "unit": "people",
        "scale": "publics",
        "over_time": "latest",
        "across_projects": "sum",
        "dimensions": PUBLICS,
    },
    {
        "code": "participations",
        "name": "Participations",
        "name_en": "Participations",
        "definition": (
            "Nombre de participations aux ateliers, permanences et événements pendant la "
            "période (une personne venue trois fois compte trois participations)."
        ),
        "unit": "number",
        "scale": "publics",
        "over_time": "sum",
        "across_projects": "sum",
        "dimensions": ["gender", "age", "qpv"],
    },
    {
        "code": "organisations-impliquees",
        "name": "Organisations impliquées",
        "name_en": "Organisations involved",
        "definition": (
            "Nombre d'organisations (associations, entreprises, services publics) impliquées "
            "dans le projet à la fin de la période."
        ),
        "unit": "number",
        "scale": "organisations",
        "over_time": "latest",
        "across_projects": "sum",
        "dimensions": ["territory"],
    },
    {
        "code": "collectivites-impliquees",
        "name": "Collectivités territoriales impliquées",
        "name_en": "Local authorities involved",
        "definition": (
            "Nombre de collectivités (communes, EPCI, départements, régions) impliquées dans "
            "le projet à la fin de la période."
        ),
        "unit": "number",
        "scale": "territoires",
        "over_time": "latest",
        "across_projects": "sum",
        "dimensions": ["territory"],
    },
    {
        "code": "centres-ressources-formes",
        "name": "Centres de ressources formés",
        "name_en": "Resource centres trained",
        "definition": "Nombre de centres de ressources formés pendant la période.",
        "unit": "number",
        "scale": "organisations",
        "over_time": "sum",
        "across_projects": "sum",
        "dimensions": ["territory"],
    },
    {
        "code": "telechargements",
        "name": "Téléchargements des ressources",
        "name_en": "Resource downloads",
        "definition": "Nombre de téléchargements des ressources du projet pendant la période.",
        "unit": "number",
        "scale": "publics",
        "over_time": "sum",
        "across_projects": "sum",
        "dimensions": [],
    },
    {
        "code": "vues-videos",
        "name": "Vues des vidéos",
        "name_en": "Video views",
        "definition": "Nombre de vues des vidéos du projet pendant la période.",
        "unit": "number",
        "scale": "publics",
        "over_time": "sum",
        "across_projects": "sum",
        "dimensions": [],
    },
    {
        "code": "destinataires-infolettre",
        "name": "Destinataires de l'infolettre",
        "name_en": "Newsletter recipients",
        "definition": (
            "Nombre d'abonnés à l'infolettre à la fin de la période : la dernière valeur fait "
            "foi, jamais additionnée."
        ),
        "unit": "people",
        "scale": "publics",
        "over_time": "latest",
        "across_projects": "sum",
        "dimensions": [],
    },
    {
        "code": "groupes-de-travail",
        "name": "Groupes de travail actifs",
        "name_en": "Active working groups",
        "definition": "Nombre de groupes de travail actifs à la fin de la période.",
        "unit": "number",
        "scale": "organisations",
        "over_time": "latest",
        "across_projects": "sum",
        "dimensions": [],
    },
    {
        "code": "webinaires",
        "name": "Webinaires organisés",
        "name_en": "Webinars held",
        "definition": "Nombre de webinaires organisés pendant la période.",
        "unit": "number",
        "scale": "publics",
        "over_time": "sum",
        "across_projects": "sum",
        "dimensions": [],
    },
    {
        "code": "fiches-outils-publiees",
        "name": "Fiches outils publiées",
        "name_en": "Toolsheets published",
        "definition": "Nombre de fiches outils publiées pendant la période.",
        "unit": "number",
        "scale": "organisations",
        "over_time": "sum",
        "across_projects": "sum",
        "dimensions": [],
    },
    {
        "code": "feuilles-de-route-adoptees",
        "name": "Feuilles de route adoptées",
        "name_en": "Roadmaps adopted",
        "definition": (
            "Nombre de feuilles de route (stratégies locales d'inclusion numérique) adoptées "
            "pendant la période."
        ),
        "unit": "number",
        "scale": "territoires",
        "over_time": "sum",
        "across_projects": "sum",
        "dimensions": ["territory"],
    },
    {
        "code": "part-personnes-autonomes",
        "name": "Part des personnes accompagnées atteignant l'autonomie",
        "name_en": "Share of people accompanied reaching autonomy",
        "definition": (
            "Personnes devenues autonomes sur les usages visés (numérateur) parmi les "
            "personnes accompagnées (dénominateur), à la fin de la période. Entre projets : "
            "somme des numérateurs ÷ somme des dénominateurs, jamais une moyenne de "
            "pourcentages."
        ),
        "unit": "percent",
        "scale": "publics",
        "over_time": "latest",
        "across_projects": "ratio",
        "dimensions": ["gender", "age", "public", "qpv"],
    },
]


def add_default_library(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    existing = set(Indicator.objects.values_list("code", flat=True))
    Indicator.objects.bulk_create(
        Indicator(**entry) for entry in DEFAULT_LIBRARY if entry["code"] not in existing
    )


def remove_unused_defaults(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    Indicator.objects.filter(
        code__in=[entry["code"] for entry in DEFAULT_LIBRARY], project_indicators__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]

    operations = [migrations.RunPython(add_default_library, remove_unused_defaults)]
