"""The fast export/import paths give exactly what the generic paths gave (issue 17).

Export builds each course's JSON object field by field (``bundle._plain_course``), import
reads a well-formed course inline (``bundle_records._course_quick``), checks storability of the
courses directly (``exchange._storable_quick``), writes an SQLite file's courses as
tuples (``bulk._insert_courses_sqlite``) and, importing into an SQLite file, takes valid
courses from the JSON to rows without records (``exchange._COURSES_TO_ROWS``, see also
``test_course_inserts.py``). Each is compared here with the generic path it
replaces — switched back in with ``monkeypatch`` — on the demo, on the demo with 10,000
more courses, and on odd or broken documents: same bytes, same records, same stored rows,
same problems in the same order.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.domain.core.records import Approval, Bundle, Course, TopicHours
from lmt_tracker.io import bundle as bundle_mod
from lmt_tracker.io import bundle_records, exchange
from lmt_tracker.io.demo import demo_bundle
from lmt_tracker.store import bulk, open_database

TODAY = dt.date(2026, 6, 1)
COURSE_TABLES = {
    "course": "SELECT *, typeof(hours), typeof(completed), typeof(applies_to_all) "
              "FROM course ORDER BY id",
    "course_topic": "SELECT *, typeof(hours) FROM course_topic ORDER BY id",
    "course_approval": "SELECT *, typeof(approved) FROM course_approval ORDER BY id",
    "course_credential": "SELECT * FROM course_credential ORDER BY course_id, credential_id",
}


def _odd_courses() -> tuple[Course, ...]:
    return (
        Course("Minutes", "P", dt.date(2025, 1, 2), Decimal("90"), "self_study",
               hour_minutes=1, id=900_001, applies_to=()),
        Course("Linked", "P", dt.date(2025, 1, 3), Decimal("1.250"), "in_person",
               hour_minutes=50, topics=(TopicHours("ethics", Decimal("0.5")),),
               approvals=(Approval("NCBTMB", "451", True), Approval("FL", "", False)),
               notes="n\u00e9", certificate_sha256=None, applies_to=(1, 2),
               course_number="X-1", id=900_002),
        Course("Zero exp", "P", dt.date(2025, 1, 4), Decimal("1E+1"), "live_online",
               id=900_003),
    )


def _generic(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch every fast path back to the generic one it replaced."""
    monkeypatch.setattr(exchange, "_COURSES_AS_ROWS", False)
    monkeypatch.setattr(bundle_mod, "_plain_course", bundle_mod._plain)
    monkeypatch.setattr(bundle_records, "_course_quick", lambda d: None)
    monkeypatch.setattr(exchange, "_storable_quick", lambda b, check_text: False)
    monkeypatch.setattr(bulk, "_insert_courses_sqlite", bulk._insert_courses)
    monkeypatch.setattr(exchange, "_COURSES_TO_ROWS", False)


def _rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(query).fetchall() for table, query in COURSE_TABLES.items()}
    finally:
        conn.close()


def _round_trip(tmp_path: Path, name: str, source: Bundle) -> tuple[bytes, bytes, dict]:
    """Write ``source``, export it, import the export into a new file, export again."""
    first = open_database(str(tmp_path / f"{name}-a.sqlite3"), daily_backup=False)
    bulk.write_bundle(first, source, replace=False)
    exported = tmp_path / f"{name}.json"
    exchange.export_to(first, exported)
    first.close()
    second = open_database(str(tmp_path / f"{name}-b.sqlite3"), daily_backup=False)
    exchange.import_from(second, exported)
    again = exchange.export_bytes(second)
    second.close()
    return exported.read_bytes(), again, _rows(tmp_path / f"{name}-b.sqlite3")


@pytest.mark.parametrize("extra", [0, 10_000], ids=["demo", "demo+10000"])
def test_fast_paths_give_the_generic_paths_bytes_and_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: int
) -> None:
    base = demo_bundle(TODAY, extra_courses=extra)
    # Text that looks like the document's own '"courses":[]' must not be taken for it.
    classes = tuple(replace(k, name='"courses":[]') for k in base.classes)
    source = Bundle(**{**base.__dict__, "courses": base.courses + _odd_courses(),
                       "classes": classes, "settings": {**base.settings, "courses": "[]"}})
    fast = _round_trip(tmp_path, "fast", source)
    with monkeypatch.context() as m:
        _generic(m)
        slow = _round_trip(tmp_path, "slow", source)
    assert fast[0] == slow[0]  # the export file, byte for byte
    assert fast[1] == fast[0]  # and export → import → export is still stable
    assert fast[2] == slow[2]  # the rows imported, with their SQLite types
    assert len(fast[2]["course"]) == len(source.courses)
    assert b'"hours":"10"' in fast[0]  # 1E+1 written as plain hours, as before


def test_a_course_read_quickly_equals_the_slow_read() -> None:
    document = bundle_mod.to_document(
        Bundle(courses=_odd_courses() + demo_bundle(TODAY).courses))
    for raw in document["courses"]:
        quick = bundle_records._course_quick(raw)
        reader = bundle_records.RecordReader()
        slow = bundle_records.read_course(reader, _NotQuick(raw), "c")  # declined: read slowly
        assert quick is not None
        assert not reader.problems
        assert repr(quick) == repr(slow)


class _NotQuick(dict):
    """A course object the quick reader declines (not exactly a ``dict``)."""


BROKEN = [
    ("id", True), ("id", "7"), ("id", None), ("hour_minutes", 1.5), ("title", None),
    ("title", 5), ("provider", ["x"]), ("delivery", None), ("notes", None),
    ("completed", "2025-13-01"), ("completed", None), ("completed", 20250101),
    ("hours", 1.5), ("hours", "NaN"), ("hours", "Infinity"), ("hours", "one"),
    ("hours", None), ("topics", None), ("topics", [{"topic": "ethics"}]),
    ("topics", ["ethics"]), ("topics", [{"topic": 3, "hours": "1"}]),
    ("approvals", [{"body": "FL", "number": "1", "approved": "yes"}]),
    ("approvals", [{"body": "FL"}]), ("approvals", "FL"), ("applies_to", [1, "2", True]),
    ("applies_to", "all"), ("certificate_sha256", 12), ("course_number", 12),
    ("id", 2**70), ("hour_minutes", -(2**64)), ("applies_to", [2**64]),
    ("hours", "1E-20"), ("hours", "1" * 50), ("title", "\ud800"),
]


@pytest.mark.parametrize(("field", "value"), BROKEN, ids=[f"{f}={v!r}"[:40] for f, v in BROKEN])
def test_a_broken_course_is_reported_exactly_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str, value: object
) -> None:
    document = bundle_mod.to_document(demo_bundle(TODAY))
    document["courses"][3] = copy.deepcopy(document["courses"][3])
    document["courses"][3][field] = value
    del document["courses"][5]["completed"]  # a second problem, to check the order too
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    def outcome() -> object:
        try:
            return repr(exchange.read_document(path, TODAY))
        except exchange.DocumentError as exc:
            return exc.problems

    fast = outcome()
    with monkeypatch.context() as m:
        _generic(m)
        slow = outcome()
    assert fast == slow
    assert isinstance(fast, list) and fast  # every one of these is refused


def test_storable_quick_agrees_with_the_walk_on_good_and_bad_bundles() -> None:
    good = demo_bundle(TODAY)
    assert exchange._storable_quick(good, check_text=False)
    assert exchange._unstorable(good, "", check_text=False) == []
    for bad in (
        Course("T", "P", TODAY, Decimal("1"), "in_person", id=2**63),
        Course("T", "P", TODAY, Decimal("1"), "in_person", id=1, applies_to=(2**63,)),
        Course("T", "P", TODAY, Decimal("1E-13"), "in_person", id=1),
        Course("T", "P", TODAY, Decimal("1"), "in_person", id=1,
               topics=(TopicHours("ethics", Decimal("1" * 41)),)),
    ):
        bundle = Bundle(courses=(*good.courses, bad))
        assert not exchange._storable_quick(bundle, check_text=False)
        assert exchange._unstorable(bundle, "", check_text=False)
    # A surrogate escape anywhere in the file: always the full walk.
    assert not exchange._storable_quick(good, check_text=True)


def test_a_course_record_is_written_as_the_generic_walk_writes_it() -> None:
    # The records' path (a server database's export, or ``_COURSES_AS_ROWS`` off).
    for course in _odd_courses() + demo_bundle(TODAY).courses:
        assert bundle_mod._plain_course(course) == bundle_mod._plain(course)
