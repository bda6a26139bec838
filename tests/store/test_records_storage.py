"""Storage keeps what the user entered, refuses what is invalid, and changes nothing on refusal."""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import replace
from decimal import Decimal

import pytest

from lmt_tracker.domain.core.certificate_checks import make_certificate
from lmt_tracker.domain.core.records import (
    Approval,
    Course,
    Credential,
    ExamAttempt,
    Therapist,
    TopicHours,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.domain.core.validation import RecordInvalid
from lmt_tracker.store import ConcurrentEditError, NotFoundError, StoreError, open_database

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
PDF = b"%PDF-1.4\n%fake but sniffable\n"


def a_course(**changes: object) -> Course:
    course = Course(
        "Ethics for Massage Therapists",
        "Ethics First",
        dt.date(2025, 3, 1),
        Decimal("3"),
        "live_online",
        topics=(TopicHours("ethics", Decimal("2")),),
        approvals=(Approval("NCBTMB", "451234-00"),),
    )
    return replace(course, **changes)


def test_a_new_database_file_is_private_to_its_owner(store, db_path) -> None:
    mode = stat.S_IMODE(os.stat(db_path).st_mode)
    assert mode == 0o600


def test_sqlite_runs_with_wal_and_foreign_keys(store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_course_round_trips_with_topics_approvals_and_exact_hours(any_store) -> None:
    saved = any_store.save_course(a_course(hours=Decimal("2.25"), hour_minutes=50))
    assert saved.id is not None
    assert any_store.course(saved.id) == saved
    assert any_store.courses() == [saved]
    assert any_store.course(saved.id).hours == Decimal("2.25")


def test_a_certificate_is_stored_once_per_content(any_store) -> None:
    cert = make_certificate("cert.png", PNG)
    first = any_store.save_course(a_course(), certificate=cert)
    second = any_store.save_course(
        a_course(title="Another"), certificate=make_certificate("copy.png", PNG)
    )
    assert first.certificate_sha256 == second.certificate_sha256 == cert.sha256
    assert list(any_store.certificate_names()) == [cert.sha256]
    assert any_store.certificate(cert.sha256).data == PNG


FIELD_WORDS = {"hours": "Hours = ", "completed": "Completion date = ", "delivery": "Delivery = ",
               "topics[0].topic": "Topics, row 1: topic = ", "topics": "Topics = ",
               "title": "Title = ", "hour_minutes": "Unit of the hours = ", "minutes": "Minutes = "}


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"hours": Decimal("-1")}, "hours", "more than zero"),
        ({"hours": Decimal("900")}, "hours", "more than 500"),
        ({"completed": dt.date.today() + dt.timedelta(days=3)}, "completed", "in the future"),
        ({"delivery": "by_carrier_pigeon"}, "delivery", "not a known key"),
        ({"topics": (TopicHours("astrology", Decimal(1)),)}, "topics[0].topic", "not a known key"),
        ({"topics": (TopicHours("ethics", Decimal(5)),)}, "topics", "more than the course"),
        ({"title": "  "}, "title", "is required"),
        ({"hour_minutes": 45}, "hour_minutes", "60-minute hours, 50-minute hours or minutes"),
        ({"hours": Decimal(0)}, "hours", "enter the hours or the minutes"),
        ({"hour_minutes": 1, "hours": Decimal("90.5")}, "minutes", "whole number of minutes"),
    ],
)
def test_an_invalid_course_is_refused_with_field_value_and_fix(
    any_store, changes, field, words
) -> None:
    any_store.save_course(a_course())
    before = any_store.courses()
    with pytest.raises(RecordInvalid) as caught:
        any_store.save_course(a_course(**changes))
    assert any(p.field == field and words in p.message for p in caught.value.problems)
    # The message names the field in words, never by its key.
    assert FIELD_WORDS[field] in str(caught.value)
    assert any_store.courses() == before


def test_a_certificate_that_is_not_an_image_or_pdf_is_refused(any_store) -> None:
    with pytest.raises(RecordInvalid, match="not a PDF, PNG or JPEG"):
        any_store.save_course(a_course(), certificate=make_certificate("notes.txt", b"hello"))
    assert any_store.courses() == []
    assert any_store.certificate_names() == {}


def test_an_expiry_before_the_issue_date_is_refused(any_store) -> None:
    bad = Credential("state_license", "FL", "MA1", "LMT", dt.date(2024, 5, 1), dt.date(2023, 5, 1))
    with pytest.raises(RecordInvalid, match="Expiry date = '2023-05-01': is not after"):
        any_store.save_credential(bad)
    assert any_store.credentials() == []


def test_delete_returns_the_course_so_it_can_be_restored(any_store) -> None:
    saved = any_store.save_course(a_course(), certificate=make_certificate("c.pdf", PDF))
    deleted = any_store.delete_course(saved.id)
    assert any_store.courses() == []
    restored = any_store.restore_course(deleted)
    assert replace(restored, id=None) == replace(saved, id=None)


def test_deleting_a_missing_record_says_so(any_store) -> None:
    with pytest.raises(NotFoundError, match="course 42 does not exist"):
        any_store.delete_course(42)


def test_an_edit_from_a_stale_window_is_refused_not_lost(db_target) -> None:
    first, second = open_database(db_target), open_database(db_target)
    saved = first.save_credential(Credential("state_license", "NY", "1", "LMT", None, None))
    with first.transaction() as s1, second.transaction() as s2:
        from lmt_tracker.store.tables import CredentialRow

        row1, row2 = s1.get(CredentialRow, saved.id), s2.get(CredentialRow, saved.id)
        row1.number = "from window one"
        s1.flush()
        s1.commit()
        row2.number = "from window two"
        with pytest.raises(Exception) as caught:
            s2.flush()
        s2.rollback()
    assert "StaleData" in type(caught.value).__name__ or isinstance(
        caught.value, ConcurrentEditError
    )
    assert second.credential(saved.id).number == "from window one"
    first.close()
    second.close()


def test_profile_programs_and_exams_round_trip(any_store) -> None:
    therapist = any_store.save_therapist(Therapist("Ольга", "Иванова", dt.date(1990, 2, 3)))
    program = any_store.save_program(
        TrainingProgram(
            "School",
            "Diploma",
            dt.date(2020, 1, 1),
            dt.date(2020, 12, 1),
            (TrainingHours("anatomy", "classroom", Decimal("120.5")),),
        )
    )
    exam = any_store.save_exam(ExamAttempt("mblex", "passed", test_date=dt.date(2021, 1, 5)))
    record = any_store.load_record()
    assert record.therapist == therapist
    assert record.programs == (program,)
    assert record.exams == (exam,)
    assert program.total_hours == Decimal("120.5")


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database")
    with pytest.raises(StoreError, match="not an LMT Tracker database"):
        open_database(str(path))
    assert path.read_bytes() == b"these are my notes, not a database"


def test_another_programs_sqlite_database_is_refused(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="belongs to another program"):
        open_database(str(path))


def test_a_database_from_a_newer_version_is_refused(any_store, db_target) -> None:
    with any_store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    any_store.close()
    with pytest.raises(StoreError, match="newer LMT Tracker"):
        open_database(db_target)


def test_opening_a_missing_file_without_create_says_so(tmp_path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_database(str(tmp_path / "nope.sqlite3"), create=False)
