"""Answering a form: every question type's validation, shown beside the field with the other
answers kept, and conditions decided on the server (a hidden question is never required)."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils.datastructures import MultiValueDict

from evaluation.forms.models import FormVersion
from evaluation.forms.responding import ResponseForm, visible_keys
from evaluation.forms.schema import QuestionType
from tests.factories.evaluation import options, question, schema


def version_of(*questions) -> FormVersion:
    """An unsaved version: answering a form reads only its frozen JSON."""
    return FormVersion(name="Bilan", number=1, schema=schema(*questions))


def post(version, draft=False, **answers) -> ResponseForm:
    data = MultiValueDict()
    for key, value in answers.items():
        data.setlist(f"q_{key}", value if isinstance(value, list) else [value])
    form = ResponseForm(version=version, data=data, draft=draft)
    form.is_valid()
    return form


def rendered(form) -> BeautifulSoup:
    return BeautifulSoup(
        render_to_string("evaluation_forms/includes/response_fields.html", {"form": form}),
        "html.parser",
    )


KEPT = question("structure", label="Votre structure ?")


@pytest.mark.parametrize(
    ("asked", "typed", "message"),
    [
        (
            question("q", max_length=5),
            "trop long",
            "Écrivez au plus 5 caractères (actuellement 9).",
        ),
        (question("q"), "x" * 256, "Écrivez au plus 255 caractères"),
        (
            question("q", QuestionType.LONG_TEXT, min_length=10),
            "court",
            "Écrivez au moins 10 caractères (actuellement 5).",
        ),
        (question("q", QuestionType.INTEGER), "douze", "Saisissez un nombre entier"),
        (question("q", QuestionType.INTEGER), "12,5", "Saisissez un nombre entier"),
        (
            question("q", QuestionType.INTEGER, min_value="0", max_value="10"),
            "11",
            "Saisissez un nombre inférieur ou égal à 10.",
        ),
        (
            question("q", QuestionType.INTEGER, min_value="0"),
            "-3",
            "Saisissez un nombre supérieur ou égal à 0.",
        ),
        (question("q", QuestionType.DECIMAL), "douze", "Saisissez un nombre, par ex. 12,5."),
        (
            question("q", QuestionType.DECIMAL, max_value="10"),
            "10,5",
            "Saisissez un nombre inférieur ou égal à 10.",
        ),
        (
            question("q", QuestionType.SINGLE_CHOICE, choices=options("a", "b")),
            "z",
            "Choisissez une des réponses proposées.",
        ),
        (
            question("q", QuestionType.MULTIPLE_CHOICE, choices=options("a", "b")),
            ["a", "z"],
            "Choisissez parmi les réponses proposées.",
        ),
        (question("q", QuestionType.SCALE), "6", "Choisissez une des réponses proposées."),
        (question("q", QuestionType.YES_NO), "peut-être", "Choisissez une des réponses proposées."),
        (question("q", QuestionType.DATE), "31/02/2026", "Saisissez une date au format JJ/MM/AAAA"),
        (question("q", required=True), "", "Répondez à cette question."),
        (question("q", QuestionType.INTEGER, required=True), "", "Répondez à cette question."),
        (
            question("q", QuestionType.MULTIPLE_CHOICE, choices=options("a"), required=True),
            [],
            "Répondez à cette question.",
        ),
        (question("q", QuestionType.SCALE, required=True), "", "Répondez à cette question."),
        (question("q", QuestionType.YES_NO, required=True), "", "Répondez à cette question."),
        (question("q", QuestionType.DATE, required=True), "", "Répondez à cette question."),
    ],
)
def test_a_wrong_answer_is_explained_beside_its_field_and_the_others_are_kept(
    asked, typed, message
):
    form = post(version_of(KEPT, asked), structure="Médiathèque de Lens", q=typed)

    assert not form.is_valid()
    page = rendered(form)
    error = page.find(id="id_q_q-error")
    assert message in error.get_text()
    described = page.find_all(attrs={"name": "q_q"})
    assert described, "the field is on the page"
    assert all("id_q_q-error" in field["aria-describedby"] for field in described)
    summary_link = page.select_one(".error-summary a")
    assert message in summary_link.get_text()
    assert page.find(id=summary_link["href"][1:]) is not None
    assert page.find(attrs={"name": "q_structure"})["value"] == "Médiathèque de Lens"


def test_choices_stay_checked_after_an_error_elsewhere():
    version = version_of(
        question("public", QuestionType.MULTIPLE_CHOICE, choices=options("jeunes", "seniors")),
        question("nombre", QuestionType.INTEGER),
    )
    page = rendered(post(version, public=["seniors"], nombre="beaucoup"))

    assert page.find(attrs={"name": "q_public", "value": "seniors"}).has_attr("checked")
    assert not page.find(attrs={"name": "q_public", "value": "jeunes"}).has_attr("checked")


@pytest.mark.parametrize(
    ("asked", "typed", "stored"),
    [
        (question("q"), "  Médiathèque ", "Médiathèque"),
        (question("q", QuestionType.INTEGER), "12", 12),
        (question("q", QuestionType.DECIMAL), "12,5", "12.5"),
        (question("q", QuestionType.DECIMAL), "1 234,25", "1234.25"),
        (question("q", QuestionType.DECIMAL), "12.5", "12.5"),
        (question("q", QuestionType.SCALE), "4", 4),
        (question("q", QuestionType.YES_NO), "non", "non"),
        (question("q", QuestionType.DATE), "31/03/2026", "2026-03-31"),
        (question("q", QuestionType.DATE), "2026-03-31", "2026-03-31"),
        (
            question("q", QuestionType.MULTIPLE_CHOICE, choices=options("a", "b", "c")),
            ["a", "c"],
            ["a", "c"],
        ),
        (question("q", QuestionType.SINGLE_CHOICE, choices=options("a", "b")), "b", "b"),
    ],
)
def test_valid_answers_become_json_values(asked, typed, stored):
    form = post(version_of(asked), q=typed)

    assert form.is_valid(), form.errors
    assert form.answers() == {"q": stored}


def test_an_empty_optional_answer_is_left_out():
    form = post(version_of(question("q"), question("r", QuestionType.INTEGER)), q="", r="")
    assert form.is_valid()
    assert form.answers() == {}


def test_a_scale_shows_its_end_labels():
    version = version_of(
        question("utilite", QuestionType.SCALE, low_label="Inutile", high_label="Indispensable")
    )
    page = rendered(ResponseForm(version=version))

    labels = [label.get_text() for label in page.select("fieldset fieldset label")]
    assert labels == ["1 — Inutile", "2", "3", "4", "5 — Indispensable"]
    assert page.select_one("fieldset fieldset legend").get_text().startswith("Question utilite")


CONDITIONAL = (
    question("venu", QuestionType.YES_NO, required=True, label="Êtes-vous venu ?"),
    question(
        "pourquoi",
        required=True,
        label="Pourquoi ?",
        condition={"question": "venu", "operator": "equals", "value": "oui"},
    ),
)


def test_a_hidden_conditional_question_is_never_required():
    form = post(version_of(*CONDITIONAL), venu="non", pourquoi="")

    assert form.is_valid(), form.errors
    assert form.answers() == {"venu": "non"}


def test_the_answer_to_a_hidden_question_is_dropped_even_when_invalid():
    version = version_of(
        question("venu", QuestionType.YES_NO),
        question(
            "combien",
            QuestionType.INTEGER,
            condition={"question": "venu", "operator": "equals", "value": "oui"},
        ),
    )
    form = post(version, venu="non", combien="beaucoup")

    assert form.is_valid(), form.errors
    assert form.answers() == {"venu": "non"}


def test_a_shown_conditional_question_is_required():
    form = post(version_of(*CONDITIONAL), venu="oui", pourquoi="")

    assert not form.is_valid()
    assert "Répondez à cette question." in rendered(form).find(id="id_q_pourquoi-error").get_text()


def test_a_question_depending_on_a_hidden_question_is_hidden():
    version = version_of(
        question("venu", QuestionType.YES_NO),
        question(
            "atelier",
            QuestionType.SINGLE_CHOICE,
            choices=options("bureautique", "demarches"),
            condition={"question": "venu", "operator": "equals", "value": "oui"},
        ),
        question(
            "demarche",
            required=True,
            condition={"question": "atelier", "operator": "equals", "value": "demarches"},
        ),
    )

    # « atelier » still holds "demarches" but is hidden: « demarche » is hidden too.
    hidden_chain = post(version, venu="non", atelier="demarches", demarche="")
    assert hidden_chain.is_valid(), hidden_chain.errors
    assert hidden_chain.answers() == {"venu": "non"}

    shown_chain = post(version, venu="oui", atelier="demarches", demarche="")
    assert not shown_chain.is_valid()
    assert list(shown_chain.errors) == ["q_demarche"]

    other_branch = post(version, venu="oui", atelier="bureautique", demarche="Impôts")
    assert other_branch.is_valid()
    assert other_branch.answers() == {"venu": "oui", "atelier": "bureautique"}


@pytest.mark.parametrize(
    ("condition", "answers", "shown"),
    [
        ({"operator": "differs", "value": "non"}, {"source": "oui"}, True),
        ({"operator": "differs", "value": "non"}, {"source": "non"}, False),
        ({"operator": "differs", "value": "non"}, {}, False),
        ({"operator": "answered", "value": ""}, {"source": "non"}, True),
        ({"operator": "answered", "value": ""}, {}, False),
        ({"operator": "equals", "value": "oui"}, {"source": "oui"}, True),
    ],
)
def test_each_condition_operator(condition, answers, shown):
    version = version_of(
        question("source", QuestionType.YES_NO),
        question("cible", condition={"question": "source", **condition}),
    )
    assert ("cible" in visible_keys(version=version, answers=answers)) is shown


def test_conditions_on_numbers_and_multiple_choices():
    version = version_of(
        question("nombre", QuestionType.DECIMAL),
        question("dix", condition={"question": "nombre", "operator": "equals", "value": "10"}),
        question("public", QuestionType.MULTIPLE_CHOICE, choices=options("jeunes", "seniors")),
        question(
            "jeunes", condition={"question": "public", "operator": "equals", "value": "jeunes"}
        ),
    )
    assert visible_keys(version=version, answers={"nombre": "10.0", "public": ["seniors"]}) == {
        "nombre",
        "dix",
        "public",
    }
    assert post(version, nombre="10,0", public=["seniors", "jeunes"]).visible == {
        "nombre",
        "dix",
        "public",
        "jeunes",
    }


def test_a_draft_skips_required_answers_but_not_types():
    version = version_of(
        question("avis", required=True), question("nombre", QuestionType.INTEGER, required=True)
    )

    incomplete = post(version, draft=True, avis="", nombre="")
    assert incomplete.is_valid()
    assert incomplete.answers() == {}

    mistyped = post(version, draft=True, avis="", nombre="douze")
    assert list(mistyped.errors) == ["q_nombre"]


def test_initial_answers_fill_the_fields():
    version = version_of(
        question("avis"),
        question("public", QuestionType.MULTIPLE_CHOICE, choices=options("jeunes", "seniors")),
        question("le", QuestionType.DATE),
    )
    form = ResponseForm(
        version=version, initial={"avis": "Bien", "public": ["jeunes"], "le": "2026-03-31"}
    )
    page = rendered(form)

    assert page.find(attrs={"name": "q_avis"})["value"] == "Bien"
    assert page.find(attrs={"name": "q_public", "value": "jeunes"}).has_attr("checked")
    assert page.find(attrs={"name": "q_le"})["value"] == "2026-03-31"


def test_conditional_questions_carry_their_condition_and_a_note_for_pages_without_script():
    page = rendered(ResponseForm(version=version_of(*CONDITIONAL), prefix="bilan"))

    conditional = page.find(attrs={"data-question": "bilan-q_pourquoi"})
    assert conditional["data-condition-source"] == "bilan-q_venu"
    assert conditional["data-condition-operator"] == "equals"
    assert conditional["data-condition-value"] == "oui"
    note = conditional.select_one(".condition-note")
    assert (
        note.get_text()
        == "À remplir seulement si vous avez répondu « Oui » à « Êtes-vous venu ? »."
    )
    assert note["id"] in conditional.find("input")["aria-describedby"]
    assert not conditional.has_attr("hidden"), "shown without JavaScript"
    script = page.find("script")
    assert script["src"].endswith("cms/js/conditional-questions.js")
    assert not script.get_text().strip()


def test_sections_are_fieldsets_and_groups_of_options_too():
    version = FormVersion(
        name="Bilan",
        number=1,
        schema={
            "sections": [
                {"title": "Votre venue", "intro": "", "questions": [CONDITIONAL[0]]},
                {"title": "Vos remarques", "intro": "Librement.", "questions": [question("avis")]},
            ]
        },
    )
    page = rendered(ResponseForm(version=version))

    legends = [legend.get_text(" ", strip=True) for legend in page.find_all("legend")]
    assert legends == ["Votre venue", "Êtes-vous venu ? (obligatoire)", "Vos remarques"]
    assert page.find("label", attrs={"for": "id_q_avis"}).get_text() == "Question avis ?"
    assert not page.find(attrs={"required": True}), "the server decides what is required"
