"""The read path without SQLAlchemy gives exactly the records the repository gives.

``store.open_for_reading`` reads a current-schema SQLite file with the standard
``sqlite3`` module (``store/sqlite_read.py``) for the read-only commands. These tests
hold it to ``Store``: the same records, compared by ``repr`` (so the types, the exact
``Decimal`` text, the order and the row versions — left out of ``==`` — count too), on
the demo and on a database of odd data; the same ``status --json`` text; and the
same refusals (newer, damaged, foreign), with an older schema still migrated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.domain.core.records import (
    Approval,
    Certificate,
    Course,
    Credential,
    ExamAttempt,
    RuleOverride,
    Therapist,
    TopicHours,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.store import (
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
    open_database,
    open_for_reading,
)
from lmt_tracker.store.revisions import HEAD
from lmt_tracker.store.sqlite_read import SQLiteReader

RELEASED = Path(__file__).resolve().parent.parent / "data" / "schemas"
DAY = dt.date(2026, 3, 1)


def _both(path: Path) -> tuple[object, object]:
    """(what Store reads, what SQLiteReader reads) for every read the commands make."""
    store = open_database(str(path), create=False)
    reader = open_for_reading(str(path))
    assert isinstance(reader, SQLiteReader)
    try:
        reads = []
        for source in (store, reader):
            reads.append((
                source.load_record(),
                source.rule_overrides(),
                source.courses(since=DAY),
                source.credentials(),
                {sha: source.certificate(sha) for sha in _hashes(path)},
                source.certificate("0" * 64),
                source.setting("reminder_days"),
                source.setting("no such setting", "fallback"),
            ))
        return reads[0], reads[1]
    finally:
        store.close()
        reader.close()


def _hashes(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT sha256 FROM certificate")]
    finally:
        conn.close()


def test_the_demo_reads_the_same_through_both_paths(demo_store, db_path: Path) -> None:
    demo_store.close()
    orm, plain = _both(db_path)
    assert repr(plain) == repr(orm)
    record = plain[0]  # type: ignore[index]
    assert len(record.courses) == 30 and record.therapist is not None
    assert all(c.version is not None for c in record.courses)  # versions read, not dropped


def _odd_database(path: Path) -> None:
    """Nulls where the schema allows them, minutes, links, refusals, overrides, versions."""
    store = open_database(str(path))
    try:
        store.save_therapist(Therapist("Zoë", "O'Brien", None, "", "", "Line 1\nLine 2"))
        store.save_program(TrainingProgram("Night school", "", None, None, (), None))
        store.save_program(TrainingProgram(
            "Day school", "Massage", dt.date(2019, 1, 7), dt.date(2019, 12, 20),
            (TrainingHours("anatomy_physiology", "classroom", Decimal("125.50")),
             TrainingHours("ethics", "online", Decimal("0.25"))), "FL"))
        store.save_exam(ExamAttempt("mblex", "applied"))
        store.save_exam(ExamAttempt("mblex", "passed", dt.date(2019, 12, 1), None, None,
                                    dt.date(2020, 1, 15), dt.date(2020, 1, 15), None, "ok"))
        store.save_exam(ExamAttempt("jurisprudence", "scheduled", dt.date(2020, 2, 1),
                                    jurisdiction="NY"))
        first = store.save_credential(Credential(
            "state_license", "FL", "MA1", "LMT", dt.date(2020, 3, 1), dt.date(2027, 8, 31),
            licensed_by="examination", practice_start=dt.date(2020, 3, 1)))
        second = store.save_credential(Credential(
            "state_license", "NY", "", "", None, None, status="inactive",
            ce_period_start=dt.date(2025, 1, 1), ce_period_end=dt.date(2027, 12, 31)))
        store.save_credential(replace(first, notes="renewed"))  # version 2
        data = b"%PDF-1.4 bytes\x00\xff"
        cert = Certificate(hashlib.sha256(data).hexdigest(), "cert.pdf", "application/pdf", data)
        store.save_course(Course(
            "Ethics", "Provider", dt.date(2026, 2, 28), Decimal("2"), "self_study",
            topics=(TopicHours("ethics", Decimal("1.0")), TopicHours("laws_rules", Decimal("1"))),
            approvals=(Approval("NCBTMB", "451234"), Approval("FL", "50-1", approved=False)),
            notes="≥ two hours", course_number="C-9"), cert)
        store.save_course(Course(
            "Minutes", "Provider", DAY, Decimal("90"), "live_online", hour_minutes=1,
            applies_to=(second.id,)))  # type: ignore[arg-type]
        store.save_course(Course(
            "Nobody's", "P", DAY, Decimal("1.5"), "in_person", applies_to=()))
        same_day = store.save_course(Course("Same day", "P", DAY, Decimal("3"), "in_person"))
        store.save_course(replace(same_day, notes="edited"))  # version 2
        store.save_rule_override(RuleOverride("NY", "ce_hours", "24", "board letter", DAY, "36"))
        store.save_rule_override(RuleOverride("FL", "ce_hours", "28", "notice", DAY, None))
        store.set_setting("reminder_days", "90,30")
    finally:
        store.close()


def test_odd_data_reads_the_same_through_both_paths(tmp_path: Path) -> None:
    path = tmp_path / "odd.sqlite3"
    _odd_database(path)
    orm, plain = _both(path)
    assert repr(plain) == repr(orm)
    record, overrides, since, *_ = plain  # type: ignore[misc]
    # What the odd rows were for, checked against what was saved, not the code's output.
    assert record.therapist.birth_date is None
    assert [p.school for p in record.programs] == ["Night school", "Day school"]  # NULL first
    assert [e.status for e in record.exams] == ["applied", "scheduled", "passed"]
    assert [c.version for c in record.credentials] == [2, 1]
    by_title = {c.title: c for c in record.courses}
    assert by_title["Same day"].version == 2
    assert str(by_title["Ethics"].topics[0].hours) == "1.0"  # the exact text, not 1
    assert by_title["Minutes"].applies_to == (record.credentials[1].id,)
    assert by_title["Nobody's"].applies_to == ()
    assert by_title["Ethics"].applies_to is None
    assert by_title["Ethics"].approvals[1].approved is False
    certificate = hashlib.sha256(b"%PDF-1.4 bytes\x00\xff").hexdigest()
    assert by_title["Ethics"].certificate_sha256 == certificate
    assert [o.jurisdiction for o in overrides] == ["FL", "NY"]
    assert {c.title for c in since} == {"Minutes", "Nobody's", "Same day"}


@pytest.mark.parametrize("several", [False, True])
def test_courses_with_equal_topics_share_one_tuple(tmp_path: Path, several: bool) -> None:
    """Equal topic lists are one tuple (the judgement compares topics once per tuple),
    each in its stored order; with or without a course of several topics."""
    path = tmp_path / "topics.sqlite3"
    ethics, laws = TopicHours("ethics", Decimal("1")), TopicHours("laws_rules", Decimal("1.0"))
    store = open_database(str(path))
    try:
        for title, topics, minutes in [("A", (ethics,), 60), ("B", (ethics,), 50),
                                       ("C", (laws,), 60), ("D", (), 60)]:
            store.save_course(Course(title, "P", DAY, Decimal("2"), "in_person", minutes,
                                     topics=topics))
        if several:
            store.save_course(Course("E", "P", DAY, Decimal("2"), "live_online",
                                     topics=(laws, ethics)))
            store.save_course(Course("F", "P", DAY, Decimal("3"), "self_study",
                                     topics=(laws, ethics)))
            store.save_course(Course("G", "P", DAY, Decimal("2"), "self_study",
                                     topics=(ethics, laws)))
    finally:
        store.close()
    orm, plain = _both(path)
    assert repr(plain) == repr(orm)
    by_title = {c.title: c for c in plain[0].courses}  # type: ignore[index]
    assert by_title["A"].topics is by_title["B"].topics
    assert by_title["A"].topics == (ethics,)
    assert by_title["C"].topics == (laws,) and str(by_title["C"].topics[0].hours) == "1.0"
    assert by_title["D"].topics == ()
    if several:
        assert by_title["E"].topics is by_title["F"].topics
        assert by_title["E"].topics == (laws, ethics)  # stored order, not sorted
        assert by_title["G"].topics == (ethics, laws)


def _status_json(cli, path: Path) -> str:
    status, out, err = cli("--db", str(path), "status", "--json", "--as-of", "2026-06-01")
    assert status == 0, err
    return out


def test_status_json_is_the_same_text_through_both_paths(
    demo_store, db_path: Path, tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_store.close()
    odd = tmp_path / "odd.sqlite3"
    _odd_database(odd)
    plain = [_status_json(cli, db_path), _status_json(cli, odd)]
    import lmt_tracker.store as store_package

    opened: list[object] = []

    def through_the_orm(target: str) -> object:
        opened.append(open_database(target, create=False))
        return opened[-1]

    monkeypatch.setattr(store_package, "open_for_reading", through_the_orm)
    orm = [_status_json(cli, db_path), _status_json(cli, odd)]
    assert len(opened) == 2  # the patch was used: the second pair really went through Store
    assert plain == orm
    assert '"compliant"' in plain[0] and '"jurisdiction": "NY"' in plain[1]


def test_an_older_schema_is_migrated_by_the_normal_path(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copy(RELEASED / "schema-0001.sqlite3", copy)
    opened = open_for_reading(str(copy))
    try:
        assert not isinstance(opened, SQLiteReader)
        assert len(opened.load_record().courses) == 30
    finally:
        opened.close()
    reopened = open_for_reading(str(copy))  # now current: read plainly
    try:
        assert isinstance(reopened, SQLiteReader)
        assert len(reopened.load_record().courses) == 30
    finally:
        reopened.close()


def test_a_newer_database_is_refused_unchanged_with_the_same_message(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(str(path)).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as plain:
        open_for_reading(str(path))
    with pytest.raises(NewerDatabaseError) as orm:
        open_database(str(path), create=False)
    assert str(plain.value) == str(orm.value)
    assert "schema 9999" in str(plain.value) and f"up to {HEAD}" in str(plain.value)
    assert path.read_bytes() == before


def test_missing_foreign_and_folder_targets_are_refused_as_before(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    with pytest.raises(StoreError, match="does not exist"):
        open_for_reading(str(missing))
    assert not missing.exists()  # a read never creates a database
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    with pytest.raises(NotADatabaseError, match="not an SQLite file"):
        open_for_reading(str(text))
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotADatabaseError, match="another program"):
        open_for_reading(str(other))


def test_courses_by_name_when_the_record_changes_shape(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The keyword path (taken if ``Course`` gains or reorders fields) reads the same."""
    from lmt_tracker.store import sqlite_read

    path = tmp_path / "odd.sqlite3"
    _odd_database(path)
    reader = open_for_reading(str(path))
    try:
        positional = reader.courses()
        monkeypatch.setattr(sqlite_read, "_COURSE_POSITIONAL", False)
        assert repr(reader.courses()) == repr(positional)
    finally:
        reader.close()


def test_courses_built_into_their_slots_are_the_constructor_s(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """Records built straight into their slots (and sharing equal dates, hours and topic
    entries) are the records ``Course(...)`` builds: equal, the same ``repr`` and hash,
    and as frozen."""
    import dataclasses

    from lmt_tracker.store import sqlite_read

    assert sqlite_read._COURSE_SLOTS is not None  # the fast path is the one taken
    path = tmp_path / "odd.sqlite3"
    _odd_database(path)
    reader = open_for_reading(str(path))
    try:
        direct = reader.courses()
        monkeypatch.setattr(sqlite_read, "_COURSE_SLOTS", None)
        built = reader.courses()
    finally:
        reader.close()
    assert len(direct) >= 3
    assert repr(direct) == repr(built)
    assert direct == built
    assert [hash(c) for c in direct] == [hash(c) for c in built]
    with pytest.raises(dataclasses.FrozenInstanceError):
        direct[0].hours = Decimal(99)  # type: ignore[misc]
