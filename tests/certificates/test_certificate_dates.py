"""Completion dates in the formats certificates print, and which date is the completion."""

from __future__ import annotations

import datetime as dt

import pytest

from lmt_tracker.certificates.dates import find_completion_date

MARCH_5 = dt.date(2025, 3, 5)


@pytest.mark.parametrize("printed", [
    "March 5, 2025", "Mar. 5, 2025", "March 5th, 2025", "5 March 2025", "5th of March, 2025",
    "03/05/2025", "3/5/2025", "3-5-25", "2025-03-05", "MARCH 5, 2025",
])
def test_every_printed_format_reads_as_the_same_day(printed: str) -> None:
    found = find_completion_date([f"Date of completion: {printed}"])
    assert found is not None and found.value == MARCH_5
    assert printed in found.evidence


def test_a_first_figure_over_twelve_is_the_day() -> None:
    found = find_completion_date(["Completed 25/03/2025"])
    assert found is not None and found.value == dt.date(2025, 3, 25)


def test_the_completion_date_wins_over_expiry_birth_and_printing_dates() -> None:
    lines = ["Date of birth: 04/02/1990", "Approval period: January 1, 2024 through December 31, "
             "2025", "Completed on: June 14, 2025", "Printed 06/20/2025"]
    found = find_completion_date(lines)
    assert found is not None and found.value == dt.date(2025, 6, 14)
    assert found.evidence == "Completed on: June 14, 2025"
    assert found.confidence == "high"


def test_a_label_on_the_line_above_counts() -> None:
    found = find_completion_date(["Date Completed", "September 2, 2025", "Expires 2027-09-02"])
    assert found is not None and found.value == dt.date(2025, 9, 2)


def test_only_an_expiry_date_is_not_taken_for_the_completion() -> None:
    assert find_completion_date(["Valid through 12/31/2026"]) is None


def test_impossible_dates_are_not_read() -> None:
    assert find_completion_date(["Completed February 30, 2025"]) is None
