"""Two app instances on one database never silently overwrite each other (both engines).

Each test opens two ``Store`` objects on the same database — two windows, or two
computers sharing a school's PostgreSQL server. A record carries the version it was
read at; saving it after the other side has saved raises ``ConcurrentEditError``
("changed elsewhere — reload") and the other side's edit survives.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from lmt_tracker.domain.core.records import (
    Course,
    Credential,
    ExamAttempt,
    Therapist,
    TopicHours,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.store import ConcurrentEditError, Store, open_database


@pytest.fixture
def two_windows(db_target: str) -> Iterator[tuple[Store, Store]]:
    first, second = open_database(db_target), open_database(db_target)
    yield first, second
    first.close()
    second.close()


def a_course(**changes: object) -> Course:
    course = Course("Ethics and Boundaries", "Ethics First", dt.date(2025, 3, 1), Decimal(3),
                    "live_online", topics=(TopicHours("ethics", Decimal(2)),))
    return replace(course, **changes)


# kind → (a new record, how to re-read it by id, the save method, window one's edit, window two's)
KINDS: dict[str, tuple[Any, Callable[[Store, int], Any], str, dict[str, Any], dict[str, Any]]] = {
    "course": (a_course(), lambda s, i: s.course(i), "save_course",
               {"title": "Ethics, revised"}, {"notes": "window two"}),
    "credential": (Credential("state_license", "FL", "MA1", "LMT", None, None),
                   lambda s, i: s.credential(i), "save_credential",
                   {"number": "MA2"}, {"notes": "window two"}),
    "exam": (ExamAttempt("mblex", "applied", applied_date=dt.date(2024, 1, 5)),
             lambda s, i: next(e for e in s.exams() if e.id == i), "save_exam",
             {"notes": "rescheduled"}, {"status": "authorized"}),
    "program": (TrainingProgram("Academy", "Diploma", dt.date(2020, 1, 1), dt.date(2020, 12, 1),
                                (TrainingHours("anatomy", "classroom", Decimal(100)),)),
                lambda s, i: next(p for p in s.programs() if p.id == i), "save_program",
                {"program": "Certificate"}, {"school": "Window Two Academy"}),
    "therapist": (Therapist("Ana", "Silva"), lambda s, _i: s.therapist(), "save_therapist",
                  {"phone": "555-0100"}, {"email": "ana@example.org"}),
}


@pytest.mark.parametrize("kind", KINDS)
def test_a_stale_save_is_refused_and_the_first_edit_survives(two_windows, kind: str) -> None:
    first, second = two_windows
    new, reread, save, edit_one, edit_two = KINDS[kind]
    ident = getattr(first, save)(new).id
    mine, theirs = reread(first, ident), reread(second, ident)
    assert mine.version is not None and mine.version == theirs.version

    getattr(first, save)(replace(mine, **edit_one))
    with pytest.raises(ConcurrentEditError, match=r"changed elsewhere .* reload"):
        getattr(second, save)(replace(theirs, **edit_two))

    kept = reread(second, ident)
    assert {k: getattr(kept, k) for k in edit_one} == edit_one
    assert {k: getattr(kept, k) for k in edit_two} != edit_two


def test_two_instances_editing_one_course_get_the_reload_error_not_a_lost_edit(two_windows) -> None:
    first, second = two_windows
    saved = first.save_course(a_course())
    window_one, window_two = first.course(saved.id), second.course(saved.id)
    first.save_course(replace(window_one, title="Edited in window one"))
    with pytest.raises(ConcurrentEditError) as caught:
        second.save_course(replace(window_two, title="Edited in window two"))
    assert "changed elsewhere" in str(caught.value) and "reload" in str(caught.value)
    assert first.course(saved.id).title == second.course(saved.id).title == "Edited in window one"
    # After reloading, window two's edit goes through.
    second.save_course(replace(second.course(saved.id), title="Edited in window two"))
    assert first.course(saved.id).title == "Edited in window two"


def test_an_edit_to_a_course_s_topics_alone_still_moves_its_version(two_windows) -> None:
    first, second = two_windows
    saved = first.save_course(a_course())
    theirs = second.course(saved.id)
    first.save_course(replace(saved, topics=(TopicHours("ethics", Decimal(3)),)))
    with pytest.raises(ConcurrentEditError):
        second.save_course(replace(theirs, approvals=()))
    assert second.course(saved.id).topics == (TopicHours("ethics", Decimal(3)),)


def test_saving_what_a_save_returned_keeps_working(any_store) -> None:
    saved = any_store.save_course(a_course())
    for hours in ("3.5", "4", "4.25"):
        saved = any_store.save_course(replace(saved, hours=Decimal(hours)))
    assert any_store.course(saved.id).hours == Decimal("4.25")
    assert any_store.course(saved.id).version == saved.version == 4
    credential = any_store.save_credential(
        Credential("state_license", "NY", "1", "LMT", None, None))
    again = any_store.save_credential(replace(credential, number="2"))
    assert again.version == credential.version + 1


def test_a_record_without_a_version_is_saved_as_before(any_store) -> None:
    saved = any_store.save_course(a_course())
    any_store.save_course(replace(saved, title="Changed"))
    built_by_hand = replace(a_course(title="Overwritten on purpose"), id=saved.id)
    assert built_by_hand.version is None
    any_store.save_course(built_by_hand)
    assert any_store.course(saved.id).title == "Overwritten on purpose"


def test_a_save_racing_another_commit_is_refused(two_windows, db_target: str) -> None:
    """The other side commits after our version check but before our UPDATE: still refused.

    A third connection holds the row changed but uncommitted; our save reads the old
    version, then waits for the lock; the commit lands, and ``UPDATE … WHERE version``
    finds nothing to update.
    """
    first, second = two_windows
    saved = first.save_course(a_course())
    stale = second.course(saved.id)
    outcome: list[BaseException | None] = []

    def save_in_window_two() -> None:
        try:
            second.save_course(replace(stale, title="Window two"))
            outcome.append(None)
        except BaseException as exc:  # handed to the main thread
            outcome.append(exc)

    with first.engine.connect() as conn:
        conn.exec_driver_sql("UPDATE course SET title = 'Elsewhere', version = version + 1 "
                             f"WHERE id = {int(saved.id)}")
        worker = threading.Thread(target=save_in_window_two)
        worker.start()
        time.sleep(0.3)
        conn.commit()
    worker.join(timeout=10)
    assert len(outcome) == 1 and isinstance(outcome[0], ConcurrentEditError)
    assert first.course(saved.id).title == "Elsewhere"


def test_a_record_deleted_elsewhere_cannot_be_saved_back(two_windows) -> None:
    from lmt_tracker.store import NotFoundError

    first, second = two_windows
    saved = first.save_course(a_course())
    stale = second.course(saved.id)
    first.delete_course(saved.id)
    with pytest.raises(NotFoundError, match="may have been deleted"):
        second.save_course(replace(stale, title="Too late"))
    assert second.courses() == []
