"""A draft resumed shows its answers as the person typed them, and every note beside a field
is read with it by a screen reader."""

from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation

from evaluation.forms.models import FormVersion
from evaluation.forms.responding import ResponseForm
from evaluation.forms.schema import QuestionType
from tests.factories.evaluation import question, schema


def rendered(form) -> BeautifulSoup:
    return BeautifulSoup(
        render_to_string("evaluation_forms/includes/response_fields.html", {"form": form}),
        "html.parser",
    )


def test_a_resumed_decimal_reads_the_french_way_in_french_and_the_english_way_in_english():
    version = FormVersion(
        name="Bilan", number=1, schema=schema(question("heures", QuestionType.DECIMAL))
    )
    stored = {"heures": "12.5"}  # how a response keeps a decimal answer

    with translation.override("fr"):
        french = rendered(ResponseForm(version=version, initial=stored))
    with translation.override("en"):
        english = rendered(ResponseForm(version=version, initial=stored))

    assert french.find(attrs={"name": "q_heures"})["value"] == "12,5"
    assert english.find(attrs={"name": "q_heures"})["value"] == "12.5"


def test_a_resumed_decimal_is_saved_again_unchanged():
    version = FormVersion(
        name="Bilan", number=1, schema=schema(question("heures", QuestionType.DECIMAL))
    )
    with translation.override("fr"):
        shown = rendered(ResponseForm(version=version, initial={"heures": "1234.75"}))
        typed = shown.find(attrs={"name": "q_heures"})["value"]
        form = ResponseForm(version=version, data={"q_heures": typed})

        assert form.is_valid(), form.errors
    assert form.answers() == {"heures": "1234.75"}


def test_the_date_format_note_describes_the_date_field():
    version = FormVersion(
        name="Bilan",
        number=1,
        schema=schema(question("le", QuestionType.DATE, help_text="Le jour du comité.")),
    )
    page = rendered(ResponseForm(version=version))

    described_by = page.find(attrs={"name": "q_le"})["aria-describedby"].split()
    notes = [page.find(id=identifier).get_text() for identifier in described_by]
    assert notes == ["Le jour du comité.", "Format : JJ/MM/AAAA."]
