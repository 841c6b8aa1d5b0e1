"""`<time datetime>` values are valid HTML: one filter writes them, in every template."""

import re
from datetime import UTC, date, datetime
from pathlib import Path

from django.test import override_settings

from cms.templatetags.commons_tags import datetime_attribute

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@override_settings(TIME_ZONE="Europe/Paris")
def test_datetimes_are_local_to_the_second_with_their_offset():
    published = datetime(2026, 11, 24, 9, 31, 5, 200137, tzinfo=UTC)
    assert datetime_attribute(published) == "2026-11-24T10:31:05+01:00"
    assert datetime_attribute(datetime(2026, 7, 1, 8, 0, 0, 999999, tzinfo=UTC)) == (
        "2026-07-01T10:00:00+02:00"
    )


def test_dates_are_written_as_dates_and_nothing_else_as_nothing():
    assert datetime_attribute(date(2026, 2, 2)) == "2026-02-02"
    assert datetime_attribute(None) == ""
    assert datetime_attribute("") == ""


def test_every_time_element_uses_the_filter():
    values = {
        f"{path.relative_to(TEMPLATES)}: {value}"
        for path in TEMPLATES.rglob("*.html")
        for value in re.findall(r'datetime="([^"]*)"', path.read_text())
    }
    assert values
    assert [value for value in values if "|datetime_attribute }}" not in value] == []
