"""A delete carries the version the record was read at: a stale one deletes nothing.

Every delete the store offers (course, credential, training program, exam attempt,
class), on both engines: two ``Store`` objects on one database stand for two windows
or two computers. The record is read by both; the second changes (or deletes) it; the
first's delete with the version it read is refused and the second's change survives.
Without a version the delete is unconditional, as before (undo/redo, the CLI).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from lmt_tracker.domain.core.records import (
    Course,
    Credential,
    ExamAttempt,
    Graduate,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.store import (
    ConcurrentEditError,
    DeletedElsewhereError,
    NotFoundError,
    Store,
    open_database,
)


@pytest.fixture
def two_windows(db_target: str) -> Iterator[tuple[Store, Store]]:
    first, second = open_database(db_target), open_database(db_target)
    yield first, second
    first.close()
    second.close()


def _find(records: list[Any], ident: int) -> Any | None:
    return next((r for r in records if r.id == ident), None)


# kind → (a new record, save method, delete method, re-read by id (None if gone), an edit)
KINDS: dict[str, tuple[Any, str, str, Callable[[Store, int], Any], dict[str, Any]]] = {
    "course": (Course("Ethics and Boundaries", "Ethics First", dt.date(2025, 3, 1), Decimal(3),
                      "live_online"), "save_course", "delete_course",
               lambda s, i: _find(s.courses(), i), {"title": "Ethics, revised elsewhere"}),
    "credential": (Credential("state_license", "FL", "MA1", "LMT", None, None),
                   "save_credential", "delete_credential",
                   lambda s, i: _find(s.credentials(), i), {"number": "MA-ELSEWHERE"}),
    "program": (TrainingProgram("Academy", "Diploma", dt.date(2020, 1, 1), dt.date(2020, 12, 1),
                                (TrainingHours("anatomy", "classroom", Decimal(100)),)),
                "save_program", "delete_program",
                lambda s, i: _find(s.programs(), i), {"school": "Renamed Elsewhere Academy"}),
    "exam": (ExamAttempt("mblex", "applied", applied_date=dt.date(2024, 1, 5)),
             "save_exam", "delete_exam",
             lambda s, i: _find(s.exams(), i), {"notes": "rescheduled elsewhere"}),
}


@pytest.mark.parametrize("kind", KINDS)
def test_a_delete_of_a_record_changed_elsewhere_is_refused_and_the_edit_survives(
        two_windows, kind: str) -> None:
    first, second = two_windows
    new, save, delete, reread, edit = KINDS[kind]
    ident = getattr(first, save)(new).id
    mine, theirs = reread(first, ident), reread(second, ident)
    assert mine.version == theirs.version == 1

    getattr(second, save)(replace(theirs, **edit))
    with pytest.raises(ConcurrentEditError, match=r"changed elsewhere .* reload") as caught:
        getattr(first, delete)(ident, version=mine.version)

    assert not isinstance(caught.value, DeletedElsewhereError)
    kept = reread(first, ident)
    assert kept is not None and kept.version == 2
    assert {k: getattr(kept, k) for k in edit} == edit


@pytest.mark.parametrize("kind", KINDS)
def test_a_delete_of_a_record_deleted_elsewhere_says_so(two_windows, kind: str) -> None:
    first, second = two_windows
    new, save, delete, reread, _edit = KINDS[kind]
    ident = getattr(first, save)(new).id
    mine = reread(first, ident)
    getattr(second, delete)(ident, version=reread(second, ident).version)

    with pytest.raises(DeletedElsewhereError, match="deleted elsewhere") as caught:
        getattr(first, delete)(ident, version=mine.version)
    # Both a stale edit (the window reloads) and a missing record.
    assert isinstance(caught.value, ConcurrentEditError)
    assert isinstance(caught.value, NotFoundError)


@pytest.mark.parametrize("kind", KINDS)
def test_a_delete_as_read_deletes_and_one_without_a_version_deletes_whatever(
        two_windows, kind: str) -> None:
    first, second = two_windows
    new, save, delete, reread, edit = KINDS[kind]
    one = getattr(first, save)(new).id
    two = getattr(first, save)(new).id

    getattr(first, delete)(one, version=reread(first, one).version)
    assert reread(second, one) is None

    getattr(second, save)(replace(reread(second, two), **edit))  # version 2 now
    getattr(first, delete)(two)  # no version: the caller chose not to check
    assert reread(second, two) is None


# -- a class and its graduates ------------------------------------------------------------------
def _graduate(student_id: str, name: str) -> Graduate:
    return Graduate(student_id=student_id, name=name, total_hours=Decimal(600))


def _versions(store: Store, class_id: int) -> dict[str, int]:
    found = {g.student_id: g.version for g in store.graduates(class_id)}
    assert None not in found.values()
    return found  # type: ignore[return-value]


def _stored_class(store: Store) -> int:
    class_id, inserted, _ = store.save_class(
        "Gulf Coast School", "Spring 2026", [_graduate("A1", "Ann Lee"), _graduate("A2", "Bo Roe")])
    assert inserted == 2
    return class_id


def test_a_class_whose_graduate_was_edited_elsewhere_is_not_deleted(two_windows) -> None:
    first, second = two_windows
    class_id = _stored_class(first)
    read = _versions(first, class_id)
    assert read == {"A1": 1, "A2": 1}

    ann = next(g for g in second.graduates(class_id) if g.student_id == "A1")
    second.save_class("Gulf Coast School", "Spring 2026", [replace(ann, name="Ann Lee-Park")])
    with pytest.raises(ConcurrentEditError, match="changed elsewhere"):
        first.delete_class(class_id, graduates=read)

    assert [g.name for g in first.graduates(class_id)] == ["Ann Lee-Park", "Bo Roe"]
    assert [c.id for c, _school, _n in first.classes()] == [class_id]


def test_a_class_with_a_graduate_added_elsewhere_is_not_deleted(two_windows) -> None:
    first, second = two_windows
    class_id = _stored_class(first)
    read = _versions(first, class_id)
    second.save_class("Gulf Coast School", "Spring 2026", [_graduate("A3", "Cy Doe")])

    with pytest.raises(ConcurrentEditError):
        first.delete_class(class_id, graduates=read)
    assert [g.student_id for g in first.graduates(class_id)] == ["A1", "A2", "A3"]


def test_a_class_deleted_elsewhere_and_one_as_read(two_windows) -> None:
    first, second = two_windows
    class_id = _stored_class(first)
    read = _versions(first, class_id)
    second.delete_class(class_id, graduates=_versions(second, class_id))
    assert first.classes() == [] and first.graduates(class_id) == []

    with pytest.raises(DeletedElsewhereError):
        first.delete_class(class_id, graduates=read)

    again = _stored_class(first)
    second.delete_class(again)  # without versions: whatever is there
    assert first.classes() == []
