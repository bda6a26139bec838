"""What a PostgreSQL server would refuse is refused on every engine, as a field problem.

SQLite stores a 500-character phone number or a NUL character without complaint;
PostgreSQL refuses both (column widths, text without NUL). Validation applies the
server's limits everywhere, so a record that saves into a file also saves into a
school's server, and a refusal names the field instead of quoting a database error.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lmt_tracker.domain.core.records import Course, Credential, ExamAttempt, Therapist
from lmt_tracker.domain.core.validation import RecordInvalid


@pytest.mark.parametrize(
    ("save", "record", "field"),
    [
        ("save_therapist", Therapist("Ana", "Silva", phone="5" * 61), "phone"),
        ("save_therapist", Therapist("Ana", "Silva", email="a@" + "b" * 199), "email"),
        ("save_exam", ExamAttempt("mblex", "applied", jurisdiction="X" * 41), "jurisdiction"),
        ("save_course", Course("Eth\x00ics", "Provider", dt.date(2025, 1, 1), Decimal(2),
                               "in_person"), "title"),
        ("save_course", Course("Ethics", "Provider", dt.date(2025, 1, 1), Decimal(2),
                               "in_person", notes="a\x00b"), "notes"),
        ("save_credential", Credential("state_license", "FL", "1", "LMT", None, None,
                                       notes="\x00"), "notes"),
    ],
    ids=["long-phone", "long-email", "long-jurisdiction", "nul-title", "nul-notes",
         "nul-credential-notes"],
)
def test_a_value_the_server_cannot_store_is_refused_by_field(
        any_store, save: str, record: object, field: str) -> None:
    with pytest.raises(RecordInvalid) as caught:
        getattr(any_store, save)(record)
    assert [p.field for p in caught.value.problems] == [field]
    assert any_store.is_empty()
