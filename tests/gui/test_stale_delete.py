"""A delete from a window carries the version the window read: a record another
computer (here a second ``Store`` on the same file) changed since is not deleted.

The user is told why ("changed on another computer … it was not deleted; the list now
shows the current version"), nothing is deleted, the list shows the other edit, and
nothing lands on the undo stack; a delete of the current version still works and undoes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from lmt_tracker.store import open_database
from tests.gui.conftest import course

CHANGED = "changed on another computer or in another window since you opened it"


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warn(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    return shown


@pytest.fixture
def elsewhere(licensed_store):
    """Another computer's store on the same database file."""
    other = open_database(str(licensed_store.target.path))
    yield other
    other.close()


def _titles(screen) -> list[str]:
    return [screen.model.course_at(r).title for r in range(screen.model.rowCount())]


def test_deleting_a_course_changed_elsewhere_is_refused_and_the_list_shows_the_change(
        harness_for, licensed_store, elsewhere, warnings, qtbot) -> None:
    licensed_store.save_course(course("Ethics refresher"))
    h = harness_for(licensed_store)
    screen = h.screen("courses")
    assert _titles(screen) == ["Ethics refresher"]
    screen.select_row(0)
    read = screen.selected()[0]
    assert read.version == 1

    mine = elsewhere.course(read.id)
    elsewhere.save_course(dataclasses.replace(mine, title="Ethics, revised elsewhere"))
    screen.delete_selected()

    assert len(warnings) == 1
    title, text = warnings[0]
    assert "Not deleted" in title
    assert CHANGED in text and "it was not deleted" in text and "current version" in text
    assert [c.title for c in licensed_store.courses()] == ["Ethics, revised elsewhere"]
    qtbot.waitUntil(lambda: _titles(screen) == ["Ethics, revised elsewhere"], timeout=20_000)
    h.idle()
    assert not h.ctx.undo_stack.canUndo() and not h.ctx.undo_stack.canRedo()

    # The list now holds the current version: deleting it works, and undo puts it back.
    screen.select_row(0)
    assert screen.selected()[0].version == 2
    screen.delete_selected()
    assert licensed_store.course_count() == 0 and len(warnings) == 1
    h.ctx.undo_stack.undo()
    assert [c.title for c in licensed_store.courses()] == ["Ethics, revised elsewhere"]
    h.ctx.undo_stack.redo()
    assert licensed_store.course_count() == 0


def test_a_course_deleted_elsewhere_is_explained_and_leaves_the_list(
        harness_for, licensed_store, elsewhere, warnings, qtbot) -> None:
    kept = licensed_store.save_course(course("Kept"))
    gone = licensed_store.save_course(course("Gone elsewhere"))
    h = harness_for(licensed_store)
    screen = h.screen("courses")
    row = _titles(screen).index("Gone elsewhere")
    screen.select_row(row)
    elsewhere.delete_course(gone.id, version=gone.version)

    screen.delete_selected()

    assert len(warnings) == 1 and "already deleted" in warnings[0][1]
    qtbot.waitUntil(lambda: _titles(screen) == ["Kept"], timeout=20_000)
    assert [c.id for c in licensed_store.courses()] == [kept.id]


def test_the_window_s_own_edit_before_the_list_reloads_does_not_block_its_delete(
        harness_for, licensed_store, warnings) -> None:
    from lmt_tracker.gui import undo

    saved = licensed_store.save_course(course("Own edit"))
    h = harness_for(licensed_store)
    h.screen("courses")
    undo.push(h.ctx, undo.SaveCourse(h.ctx, dataclasses.replace(saved, title="Own edit 2"),
                                     saved))
    # A delete from a list still holding version 1: this window's own save made 2.
    undo.push(h.ctx, undo.DeleteCourse(h.ctx, saved))
    assert warnings == [] and licensed_store.course_count() == 0


@pytest.mark.parametrize("kind", ["credential", "program", "exam"])
def test_deleting_a_record_changed_elsewhere_is_refused(
        harness_for, licensed_store, elsewhere, warnings, qtbot, kind: str) -> None:
    from lmt_tracker.domain.core.records import ExamAttempt, TrainingHours, TrainingProgram

    if kind == "program":
        licensed_store.save_program(TrainingProgram(
            "Gulf Coast School", "Diploma", dt.date(2024, 1, 8), dt.date(2024, 11, 1),
            (TrainingHours("anatomy", "classroom", Decimal(100)),)))
    elif kind == "exam":
        licensed_store.save_exam(ExamAttempt("mblex", "passed", test_date=dt.date(2025, 1, 6)))
    listed = {"credential": lambda s: s.credentials(), "program": lambda s: s.programs(),
              "exam": lambda s: s.exams()}[kind]
    edit = {"credential": {"number": "MA-ELSEWHERE"}, "program": {"school": "Renamed Elsewhere"},
            "exam": {"notes": "noted elsewhere"}}[kind]
    save = getattr(elsewhere, f"save_{kind}")

    h = harness_for(licensed_store)
    screen = h.screen({"credential": "credentials", "program": "training", "exam": "exams"}[kind])
    (screen.program_table if kind == "program" else screen.table).selectRow(0)
    read = screen.current()
    assert read is not None and read.version == 1

    save(dataclasses.replace(listed(elsewhere)[0], **edit))
    screen.delete()

    assert len(warnings) == 1 and CHANGED in warnings[0][1] and "not deleted" in warnings[0][1]
    [kept] = listed(licensed_store)
    assert kept.id == read.id and {k: getattr(kept, k) for k in edit} == edit
    assert not h.ctx.undo_stack.canUndo()
    h.idle()  # the list reloads: it now holds the version changed elsewhere
    (screen.program_table if kind == "program" else screen.table).selectRow(0)
    assert screen.current() is not None and screen.current().version == 2

    screen.delete()  # the current version: deleted, and undo re-creates it
    assert listed(licensed_store) == [] and len(warnings) == 1
    h.ctx.undo_stack.undo()
    assert [{k: getattr(r, k) for k in edit} for r in listed(licensed_store)] == [edit]


def test_deleting_a_class_whose_graduate_changed_elsewhere_is_refused(
        app, qtbot, store, warnings, monkeypatch) -> None:
    from lmt_tracker.domain.core.records import Graduate
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.gui.screens.school import SchoolScreen

    graduates = [Graduate("A1", "Ann Lee", Decimal(600)), Graduate("A2", "Bo Roe", Decimal(600))]
    class_id, _, _ = store.save_class("Gulf Coast School", "Spring 2026", graduates)
    ctx = AppContext(store)
    screen = SchoolScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: not ctx.busy and not screen._audit_pending
                    and screen.audit is not None, timeout=20_000)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    other = open_database(str(store.target.path))
    try:
        ann = next(g for g in other.graduates(class_id) if g.student_id == "A1")
        other.save_class("Gulf Coast School", "Spring 2026",
                         [dataclasses.replace(ann, name="Ann Lee-Park")])
    finally:
        other.close()

    screen.delete_button.click()

    assert len(warnings) == 1 and "This class was changed" in warnings[0][1]
    assert [g.name for g in store.graduates(class_id)] == ["Ann Lee-Park", "Bo Roe"]
    assert not ctx.undo_stack.canUndo()
    qtbot.waitUntil(lambda: not ctx.busy and not screen._audit_pending, timeout=20_000)
    qtbot.waitUntil(lambda: screen.audit is not None and "Ann Lee-Park" in
                    [r.graduate.name for r in screen.audit.rows], timeout=20_000)

    screen.delete_button.click()  # as the window now shows it: deleted, and undo restores it
    assert store.classes() == [] and len(warnings) == 1
    ctx.undo_stack.undo()
    [(_klass, _school, size)] = store.classes()
    assert size == 2
    qtbot.waitUntil(lambda: not ctx.busy, timeout=20_000)
