"""Import's quick path (``io.course_inserts``) vouches only for what the record path accepts.

The quick path checks an export's courses straight from the parsed JSON and gives the
rows to store, without records. Its rule: rows only when the record path
(``read_course``, ``validation.course_problems``, the certificate/credential/id checks,
the storability walk) would accept every course — and then exactly the rows the records
give (``bulk.stored_courses``). Checked here on the demo, on courses just inside and just
outside each limit of ``course_problems`` (values from the rule text: 500 characters,
500 hours, 30,000 minutes, 1900-01-01, today), and on every broken course of
``test_exchange_fast``; and, through whole imports, the same rows, the same refusals
and the database unchanged after a failed write, with the quick path on and off.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import gc
import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from lmt_tracker.domain.core.records import Bundle
from lmt_tracker.io import bundle as bundle_mod
from lmt_tracker.io import exchange
from lmt_tracker.io.course_inserts import course_inserts
from lmt_tracker.io.demo import demo_bundle
from lmt_tracker.io.gc_pause import gc_paused
from lmt_tracker.store import bulk, open_database
from tests.io.test_exchange_fast import BROKEN, COURSE_TABLES

TODAY = dt.date(2026, 6, 1)
SHA = "ab" * 32  # a certificate the demo's file does not hold

# Courses the record path refuses (each change is to the demo's fourth course: 1 hour,
# one topic of 1 hour, one approval, a certificate). Each must send the quick path back.
REFUSED: list[dict[str, Any]] = [
    {"title": "   "}, {"title": "x" * 501}, {"title": "a\x00b"}, {"provider": ""},
    {"notes": "x" * 100_001}, {"notes": "\x00"}, {"completed": "1899-12-31"},
    {"completed": "2026-06-02"}, {"hours": "0"}, {"hours": "-1"}, {"hours": "-0"},
    {"hours": "500.01", "topics": []}, {"hour_minutes": 45},
    {"hour_minutes": 1, "hours": "1.5"}, {"hour_minutes": 1, "hours": "30001", "topics": []},
    {"delivery": "online"}, {"course_number": "x" * 81}, {"course_number": "\x00"},
    {"topics": [{"topic": "astrology", "hours": "1"}]},
    {"topics": [{"topic": "ethics", "hours": "0.5"}, {"topic": "ethics", "hours": "0.5"}]},
    {"topics": [{"topic": "ethics", "hours": "0"}]},
    {"hours": "500", "topics": [{"topic": "ethics", "hours": "501"}]},
    {"topics": [{"topic": "ethics", "hours": "1.01"}]},
    {"topics": [{"topic": "ethics", "hours": "0.5"}, {"topic": "general", "hours": "0.51"}]},
    {"approvals": [{"body": "", "number": "1"}]}, {"approvals": [{"body": "  ", "number": ""}]},
    {"approvals": [{"body": "x" * 41, "number": ""}]},
    {"approvals": [{"body": "FL", "number": "x" * 81}]},
    {"approvals": [{"body": "F\x00L", "number": ""}]},
    {"certificate_sha256": SHA}, {"applies_to": [99]}, {"id": 3}, {"hours": "1E-13"},
    {"id": -(2**63) - 1},
]
# Courses the record path accepts, at or near a limit, or written oddly.
ACCEPTED: list[dict[str, Any]] = [
    {"title": "x" * 500}, {"notes": "n" * 100_000}, {"completed": "1900-01-01"},
    {"completed": "2026-06-01"}, {"completed": "20250101"}, {"hours": "500", "topics": []},
    {"hour_minutes": 1, "hours": "30000", "topics": []}, {"hour_minutes": 1, "hours": "1E+1"},
    {"hour_minutes": 50, "hours": "0.5", "topics": []},
    {"hour_minutes": 1, "hours": "600", "topics": [{"topic": "ethics", "hours": "501"}]},
    {"hours": " 2 "}, {"hours": "1_0"},
    {"hours": "1.000"}, {"hours": "1E-12", "topics": []}, {"certificate_sha256": ""},
    {"certificate_sha256": None}, {"course_number": None}, {"course_number": "C-7"},
    {"approvals": [{"body": "FL", "number": ""}]},
    {"approvals": [{"body": "FL", "number": "1", "approved": False}]},
    {"topics": [{"topic": "ethics", "hours": "0.5"}, {"topic": "general", "hours": "0.5"}]},
    {"topics": []}, {"applies_to": []}, {"applies_to": [1, 5]}, {"id": 2**63 - 1},
    {"title": " Spaced ", "notes": "é ✓"}, {"extra key": 1},
]
# Quick-path cases the record path accepts but the quick path may leave to it.
LEFT_TO_RECORDS: list[dict[str, Any]] = [
    {"applies_to": [1, "2", True]}, {"hours": "1" * 45},
]


@functools.cache
def _demo() -> Bundle:
    return demo_bundle(TODAY)  # frozen records: one build serves every test


def _document(change: dict[str, Any]) -> dict[str, Any]:
    document = bundle_mod.to_document(_demo())
    document["courses"][3] = {**copy.deepcopy(document["courses"][3]), **change}
    return document


def _quick(document: dict[str, Any]) -> bulk.CourseInserts | None:
    return course_inserts(document["courses"], TODAY,
                          {c["sha256"] for c in document["certificates"]},
                          {c["id"] for c in document["credentials"]})


def _records(path: Path) -> Bundle | list[str]:
    try:
        return exchange.read_document(path, TODAY)
    except exchange.DocumentError as exc:
        return exc.problems


def _typed(rows: bulk.CourseInserts) -> list[list[tuple[Any, ...]]]:
    """Rows with each value's type, so that 1 and True (or 1 and "1") differ."""
    return [[tuple((type(v).__name__, v) for v in row) for row in table]
            for table in (rows.courses, rows.topics, rows.approvals, rows.links)]


def _same_outcome(tmp_path: Path, document: dict[str, Any]) -> bulk.CourseInserts | None:
    """The import reader's outcome equals the record path's; returns its quick rows."""
    path = tmp_path / "c.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    slow = _records(path)
    try:
        rest, rows = exchange._read_for_import(path, TODAY, as_rows=True)
    except exchange.DocumentError as exc:
        assert exc.problems == slow  # refused, with the same problems in the same order
        return None
    assert isinstance(slow, Bundle), slow
    if rows is None:
        assert repr(rest) == repr(slow)
    else:
        assert repr(rest) == repr(replace(slow, courses=()))
        assert _typed(rows) == _typed(bulk.stored_courses(slow.courses))
    return rows


def test_the_demo_goes_the_quick_way_with_the_records_rows(tmp_path: Path) -> None:
    rows = _same_outcome(tmp_path, _document({}))
    assert rows is not None and len(rows.courses) == 30
    # The fourth course as the columns store it: ISO date, hours as text, 0/1 flags.
    ident, title, _p, completed, hours, unit, delivery, _n, sha, to_all, number = rows.courses[3]
    assert (ident, completed, hours, unit, delivery, to_all, number) == (
        4, "2025-12-22", "1", 60, "self_study", 1, "")
    assert title.startswith("Human Trafficking") and sha and len(sha) == 64


@pytest.mark.parametrize("change", REFUSED, ids=[repr(c)[:40] for c in REFUSED])
def test_a_course_the_records_refuse_is_never_vouched_for(
    tmp_path: Path, change: dict[str, Any]
) -> None:
    document = _document(change)
    assert _quick(document) is None
    assert _same_outcome(tmp_path, document) is None


@pytest.mark.parametrize("change", BROKEN, ids=[f"{f}={v!r}"[:40] for f, v in BROKEN])
def test_a_broken_course_is_left_to_the_records(tmp_path: Path, change: tuple) -> None:
    field, value = change
    document = _document({field: value})
    if value != "\ud800":  # a lone surrogate is the caller's to catch (the file's escapes)
        assert _quick(document) is None
    assert _same_outcome(tmp_path, document) is None


@pytest.mark.parametrize("change", ACCEPTED, ids=[repr(c)[:40] for c in ACCEPTED])
def test_an_odd_valid_course_gives_the_records_rows(tmp_path: Path, change: dict) -> None:
    rows = _same_outcome(tmp_path, _document(change))
    assert rows is not None  # taken the quick way, and equal to the records' rows


@pytest.mark.parametrize("change", LEFT_TO_RECORDS, ids=[repr(c)[:40] for c in LEFT_TO_RECORDS])
def test_a_course_left_to_the_records_is_read_as_before(tmp_path: Path, change: dict) -> None:
    assert _quick(_document(change)) is None
    _same_outcome(tmp_path, _document(change))


def test_a_problem_elsewhere_is_reported_with_the_courses_problems(tmp_path: Path) -> None:
    document = _document({"title": ""})
    document["credentials"][0]["kind"] = "wizard"
    document["therapist"]["first_name"] = 7
    assert _same_outcome(tmp_path, document) is None
    good_courses = _document({})
    good_courses["credentials"][0]["id"] = 2**64  # not storable: the walk says so
    assert _same_outcome(tmp_path, good_courses) is None


def test_a_surrogate_escape_sends_the_document_to_the_records(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(_document({"notes": "\ud800"})), encoding="utf-8")
    with pytest.raises(exchange.DocumentError, match="broken character"):
        exchange._read_for_import(path, TODAY, as_rows=True)


def _import(tmp_path: Path, name: str, document: dict[str, Any], *,
            replace_demo: bool) -> tuple[object, dict[str, list[tuple]]]:
    """Import ``document`` into a new database (or over the demo); the outcome and rows."""
    (tmp_path / name).mkdir()
    db = tmp_path / name / "import.sqlite3"  # the same names in the messages
    store = open_database(str(db), daily_backup=False)
    if replace_demo:
        bulk.write_bundle(store, _demo(), replace=False)
    path = tmp_path / name / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    try:
        exchange.import_from(store, path, replace=replace_demo)
        outcome: object = "imported"
    except (exchange.DocumentError, exchange.StoreError) as exc:
        outcome = str(exc)
    finally:
        store.close()
    conn = sqlite3.connect(db)
    try:
        rows = {table: conn.execute(query).fetchall() for table, query in COURSE_TABLES.items()}
    finally:
        conn.close()
    return outcome, rows


@pytest.mark.parametrize("replace_demo", [False, True], ids=["new", "--replace"])
@pytest.mark.parametrize("change", [{}, {"hour_minutes": 1, "hours": "1E+1"},
                                    {"applies_to": [2, 2]}, {"title": ""}],
                         ids=["demo", "minutes", "link-twice", "no-title"])
def test_an_import_stores_and_refuses_as_the_record_path_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: dict, replace_demo: bool
) -> None:
    document = _document(change)
    document["courses"][4]["hours"] = "8.50"  # stored as written, on both paths
    fast = _import(tmp_path, "fast", document, replace_demo=replace_demo)
    with monkeypatch.context() as m:
        m.setattr(exchange, "_COURSES_TO_ROWS", False)
        slow = _import(tmp_path, "slow", document, replace_demo=replace_demo)
    assert fast == slow
    if change.get("applies_to") == [2, 2] or change.get("title") == "":
        assert fast[0] != "imported"  # refused: the database is as it was
        assert len(fast[1]["course"]) == (30 if replace_demo else 0)
    else:
        assert fast[0] == "imported" and len(fast[1]["course"]) == 30
        assert ("8.50", "text") in {(r[4], r[-3]) for r in fast[1]["course"]}


def test_write_bundle_refuses_stored_rows_for_a_server_database() -> None:
    server = SimpleNamespace(target=SimpleNamespace(is_sqlite=False))
    with pytest.raises(ValueError, match="SQLite"):
        bulk.write_bundle(server, Bundle(), replace=False,  # type: ignore[arg-type]
                          course_rows=bulk.CourseInserts())


def test_the_collector_pause_nests_and_gives_back_the_state_it_found() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()


def test_a_failed_import_turns_the_collector_back_on(tmp_path: Path) -> None:
    store = open_database(str(tmp_path / "x.sqlite3"), daily_backup=False)
    broken = tmp_path / "b.json"
    broken.write_text("{", encoding="utf-8")
    try:
        with pytest.raises(exchange.DocumentError):
            exchange.import_from(store, broken)
    finally:
        store.close()
    assert gc.isenabled()
