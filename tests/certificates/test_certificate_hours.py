"""Hour phrases: the figure, its unit, minutes kept as minutes, 50-minute hours, CEUs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lmt_tracker.certificates.hours import find_hours


@pytest.mark.parametrize(("printed", "hours", "minutes"), [
    ("3.0 CE Hours", Decimal("3.0"), 60),
    ("three contact hours", Decimal(3), 60),
    ("Three (3) Contact Hours", Decimal(3), 60),
    ("for one and a half CE hours", Decimal("1.5"), 60),
    ("Contact Hours: 2", Decimal(2), 60),
    ("CE Hours Awarded: 12.5", Decimal("12.5"), 60),
    ("6 fifty-minute hours", Decimal(6), 50),
    ("4 50-minute CE hours", Decimal(4), 50),
    ("180 minutes", Decimal(180), 1),           # minutes only: 180 units of one minute
    ("Total minutes: 90", Decimal(90), 1),
    ("3 hours 30 minutes", Decimal("3.5"), 60),  # whole and half hours are exact
    ("1.5 hours (90 minutes)", Decimal("1.5"), 60),
])
def test_hour_phrases(printed: str, hours: Decimal, minutes: int) -> None:
    found = find_hours([printed])
    assert found is not None
    assert (found.hours, found.hour_minutes) == (hours, minutes)
    assert found.evidence == printed


def test_a_stated_fifty_minute_hour_applies_to_the_figure() -> None:
    found = find_hours(["Awarded 8 CE hours", "One CE hour equals 50 minutes of instruction."])
    assert found is not None and (found.hours, found.hour_minutes) == (Decimal(8), 50)


def test_ceus_are_ten_hours_only_where_the_certificate_says_so() -> None:
    stated = find_hours(["1.5 CEUs (1 CEU = 10 contact hours)"])
    assert stated is not None and (stated.hours, stated.hour_minutes) == (Decimal(15), 60)
    assert stated.confidence == "high"
    unstated = find_hours(["3 CEUs"])
    assert unstated is not None and unstated.hours == Decimal(3)
    assert unstated.confidence == "low" and "does not say" in unstated.note


def test_requirement_fine_print_is_not_the_course_length() -> None:
    lines = ["NCBTMB board certification requires 24 CE hours every 2 years.",
             "for one contact hour"]
    found = find_hours(lines)
    assert found is not None and found.hours == Decimal(1)


def test_no_hours_printed_is_none() -> None:
    assert find_hours(["Certificate of Completion", "Jane Doe"]) is None
