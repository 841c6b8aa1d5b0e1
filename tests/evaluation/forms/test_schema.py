"""The frozen shape of a form, the checks a definition must pass before publication, and the
typed rows an answer becomes."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from evaluation.forms.schema import QuestionType, freeze, typed_rows, validate_definition
from tests.factories.evaluation import IndicatorFactory, options, question, schema
from tests.factories.evaluation_forms import block_question, block_section, editable_form


def messages_for(*questions, purpose: str = "") -> list[str]:
    with pytest.raises(ValidationError) as error:
        validate_definition(schema(*questions), personal_data_purpose=purpose)
    return error.value.messages


@pytest.mark.django_db
def test_freeze_turns_the_edited_sections_into_plain_json():
    form = editable_form(
        block_section(
            "Votre activité",
            block_question(
                "accompagnes",
                QuestionType.INTEGER,
                label="Combien de personnes avez-vous accompagnées ?",
                required=True,
                min_value="0",
                max_value="5000",
            ),
            block_question(
                "public",
                QuestionType.MULTIPLE_CHOICE,
                choices=["jeunes", "seniors"],
                condition=("accompagnes", "answered", ""),
            ),
            intro="Le trimestre écoulé.",
        ),
    )
    form.refresh_from_db()

    frozen = freeze(form)

    [section] = frozen["sections"]
    assert section["title"] == "Votre activité"
    assert section["intro"] == "Le trimestre écoulé."
    count, public = section["questions"]
    assert count["key"] == "accompagnes"
    assert count["required"] is True
    assert (count["min_value"], count["max_value"]) == ("0", "5000")
    assert count["condition"] is None
    assert public["choices"] == [
        {"value": "jeunes", "label": "Jeunes"},
        {"value": "seniors", "label": "Seniors"},
    ]
    assert public["condition"] == {"question": "accompagnes", "operator": "answered", "value": ""}
    validate_definition(frozen, personal_data_purpose="")


@pytest.mark.django_db
def test_a_sound_definition_passes():
    IndicatorFactory(code="personnes-accompagnees")
    validate_definition(
        schema(
            question("venu", QuestionType.YES_NO),
            question(
                "satisfaction",
                QuestionType.SCALE,
                condition={"question": "venu", "operator": "equals", "value": "oui"},
            ),
            question("nombre", QuestionType.INTEGER, indicator="personnes-accompagnees"),
        ),
        personal_data_purpose="",
    )


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            [question("avis"), question("avis")],
            "Question « avis » : cette clé est déjà utilisée par une autre question.",
        ),
        ([question("Mon avis")], "Question « Mon avis » : la clé doit commencer"),
        ([question("1er")], "Question « 1er » : la clé doit commencer"),
        (
            [
                question(
                    "precision",
                    condition={"question": "plus_tard", "operator": "answered", "value": ""},
                ),
                question("plus_tard"),
            ],
            "la condition porte sur « plus_tard », qui n'est pas une question précédente",
        ),
        (
            [question("a", condition={"question": "inconnue", "operator": "answered"})],
            "la condition porte sur « inconnue »",
        ),
        (
            [question("a", condition={"question": "a", "operator": "answered"})],
            "une question ne peut dépendre d'elle-même",
        ),
        (
            [question("public", QuestionType.SINGLE_CHOICE)],
            "Question « public » : une question à choix a besoin d'au moins une option.",
        ),
        (
            [question("public", QuestionType.MULTIPLE_CHOICE, choices=options("a", "b", "a"))],
            "Question « public » : deux options ont la même clé.",
        ),
        (
            [question("nombre", QuestionType.INTEGER, min_value="10", max_value="5")],
            "Question « nombre » : le minimum (10) dépasse le maximum (5).",
        ),
        (
            [question("texte", min_length=20, max_length=10)],
            "la longueur minimale (20) dépasse la longueur maximale (10)",
        ),
        (
            [question("note", QuestionType.SCALE, max_value="7")],
            "Question « note » : une échelle va de 1 à 5, ses bornes aussi.",
        ),
        (
            [question("courriel", personal_data=True)],
            "Question « courriel » : une donnée personnelle ne peut être demandée que si le "
            "formulaire déclare la finalité du recueil.",
        ),
        (
            [question("commentaire", indicator="personnes-accompagnees")],
            "Question « commentaire » : seule une question numérique",
        ),
        (
            [question("nombre", QuestionType.INTEGER, indicator="indicateur-disparu")],
            "Question « nombre » : l'indicateur « indicateur-disparu » n'est pas dans la "
            "bibliothèque.",
        ),
        (
            [
                question("venu", QuestionType.YES_NO),
                question(
                    "pourquoi",
                    condition={"question": "venu", "operator": "equals", "value": "peut-etre"},
                ),
            ],
            "« peut-etre » n'est pas une réponse possible à « venu » (possibles : oui, non)",
        ),
        (
            [
                question("venu", QuestionType.YES_NO),
                question("pourquoi", condition={"question": "venu", "operator": "equals"}),
            ],
            "indiquez la valeur que la condition compare",
        ),
    ],
)
@pytest.mark.django_db
def test_each_fault_of_a_definition_has_its_own_message(questions, expected):
    assert any(expected in message for message in messages_for(*questions))


def test_personal_data_is_allowed_once_the_purpose_is_declared():
    validate_definition(
        schema(question("courriel", personal_data=True)),
        personal_data_purpose="Vous recontacter pour un entretien, puis effacé sous 3 mois.",
    )


def test_every_fault_is_reported_at_once():
    messages = messages_for(
        question("public", QuestionType.SINGLE_CHOICE),
        question("public"),
    )
    assert len(messages) == 2


@pytest.mark.parametrize(
    ("qtype", "value", "expected"),
    [
        (QuestionType.SHORT_TEXT, "Médiathèque", [{"text": "Médiathèque"}]),
        (QuestionType.LONG_TEXT, "Très utile.\nMerci", [{"text": "Très utile.\nMerci"}]),
        (QuestionType.INTEGER, 12, [{"number": Decimal("12")}]),
        (QuestionType.DECIMAL, "12.5", [{"number": Decimal("12.5")}]),
        (QuestionType.SCALE, 4, [{"number": Decimal("4")}]),
        (QuestionType.SINGLE_CHOICE, "jeunes", [{"choice": "jeunes"}]),
        (
            QuestionType.MULTIPLE_CHOICE,
            ["jeunes", "seniors"],
            [{"choice": "jeunes"}, {"choice": "seniors"}],
        ),
        (QuestionType.YES_NO, "oui", [{"choice": "oui"}]),
        (QuestionType.YES_NO, "non", [{"choice": "non"}]),
        (QuestionType.DATE, "2026-03-31", [{"date": datetime.date(2026, 3, 31)}]),
        (QuestionType.SHORT_TEXT, "", []),
        (QuestionType.INTEGER, None, []),
        (QuestionType.MULTIPLE_CHOICE, [], []),
    ],
)
def test_typed_rows_put_each_answer_in_the_column_of_its_type(qtype, value, expected):
    empty = {"number": None, "text": "", "choice": "", "date": None}
    rows = typed_rows(question("q", qtype), value)
    assert rows == [{**empty, **row} for row in expected]
