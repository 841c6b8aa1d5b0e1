"""Where a pasted or typed passage is in an answer: white space, apostrophes and case aside,
the n-th occurrence, and a clear refusal on the field at fault."""

import pytest
from django.core.exceptions import ValidationError

from evaluation.coding.services import locate_passage

TEXT = "L'accueil\u00a0est  chaleureux.\nL’ACCUEIL est chaleureux, vraiment."


@pytest.mark.parametrize(
    "passage",
    [
        "L'accueil est chaleureux",  # a plain space for a non-breaking one, one for two
        "l’accueil est\r\nchaleureux",  # another apostrophe, case, a Windows line break
        "  L'accueil\test chaleureux  ",  # leading and trailing blanks, a tab
    ],
)
def test_a_passage_is_found_whatever_its_spacing_apostrophes_and_case(passage):
    start, end = locate_passage(text=TEXT, passage=passage)
    assert (start, end) == (0, TEXT.index("."))
    assert TEXT[start:end] == "L'accueil\u00a0est  chaleureux"


def test_the_chosen_occurrence_is_found():
    start, end = locate_passage(text=TEXT, passage="l'accueil est chaleureux", occurrence=2)
    assert TEXT[start:end] == "L’ACCUEIL est chaleureux"
    assert start == TEXT.index("L’ACCUEIL")


def test_special_characters_are_plain_text():
    text = "Le coût (hors taxes) est de 5 € + 2 € ? Oui [sic]."
    start, end = locate_passage(text=text, passage="(hors taxes) est de 5 € + 2 € ? Oui [sic]")
    assert text[start:end] == "(hors taxes) est de 5 € + 2 € ? Oui [sic]"


@pytest.mark.parametrize(
    ("passage", "occurrence", "field", "message"),
    [
        ("un accueil froid", 1, "passage", "Ce passage ne figure pas dans la réponse"),
        ("   ", 1, "passage", "Ce passage ne figure pas dans la réponse"),
        ("chaleureux", 3, "occurrence", "Ce passage n'apparaît que 2 fois dans la réponse."),
        ("vraiment", 2, "occurrence", "Ce passage n'apparaît qu'une fois dans la réponse."),
        ("vraiment", 0, "occurrence", "Indiquez un nombre entier à partir de 1."),
    ],
)
def test_a_passage_that_is_not_there_is_refused_on_its_field(passage, occurrence, field, message):
    with pytest.raises(ValidationError) as refused:
        locate_passage(text=TEXT, passage=passage, occurrence=occurrence)
    assert list(refused.value.message_dict) == [field]
    assert refused.value.message_dict[field][0].startswith(message)
