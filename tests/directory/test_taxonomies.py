"""Codes are a public contract (exports, the national resource commons): they never change."""

import pytest

from commons.directory.models import TERM_MODELS
from commons.taxonomies import (
    AccompanimentTopic,
    Challenge,
    DeviceKind,
    OrganisationKind,
    ProjectPhase,
    TargetPublic,
    Theme,
)

FROZEN_CODES = {
    Theme: ["social_inclusion", "ecological_transition", "participatory_democracy", "itinerancy"],
    Challenge: [
        "know_territory_needs",
        "administrative_emergencies",
        "autonomy",
        "sustain_schemes",
        "fragile_publics",
    ],
    DeviceKind: ["digital", "tangible", "engineering"],
    AccompanimentTopic: [
        "project_engineering",
        "business_model",
        "skills",
        "human_resources",
        "mediation_design",
    ],
    TargetPublic: [
        "TousPublics",
        "EnfantsMineurs",
        "Adultes",
        "SeniorsPersonnesAgees",
        "Parents",
        "PersonnesTresEloigneesNumerique",
        "PersonneSituationHandicapOuPerteAutonomie",
        "PersonneSituationIlletrisme",
        "PersonneAllophoneOuRefugiesDemandeursAsile",
        "PersonnesEnInsertionSocialeOuProfessionnelle",
    ],
    ProjectPhase: [
        "application",
        "laureate",
        "diagnostic",
        "accompaniment",
        "documentation",
        "completed",
    ],
    OrganisationKind: [
        "association",
        "commune",
        "epci",
        "department",
        "region",
        "resource_hub",
        "public_body",
        "cooperative",
        "company",
    ],
}


@pytest.mark.parametrize("choices", FROZEN_CODES, ids=lambda choices: choices.__name__)
def test_codes_are_stable(choices):
    assert list(choices.values) == FROZEN_CODES[choices]


@pytest.mark.django_db
@pytest.mark.parametrize("model", TERM_MODELS, ids=lambda model: model.__name__)
def test_term_tables_hold_exactly_the_codes_with_french_labels(model):
    terms = list(model.objects.all())
    assert [term.code for term in terms] == list(model.codes.values)
    assert [str(term) for term in terms] == [str(label) for label in model.codes.labels]


@pytest.mark.django_db
def test_labels_follow_the_active_language():
    from django.utils import translation

    term = TERM_MODELS[0].objects.get(code="ecological_transition")
    with translation.override("fr"):
        assert str(term) == "Transition écologique"
    with translation.override("en"):
        assert str(term) == "Ecological transition"
