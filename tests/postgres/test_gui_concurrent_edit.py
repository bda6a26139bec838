"""Two app windows on one database: the later save of a course or credential says
"changed elsewhere — reload" and keeps the dialog open, never overwriting the first.

Runs on both engines: two windows on one SQLite file, two computers on one server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from lmt_tracker.domain.core.records import Course, Credential
from lmt_tracker.gui.context import AppContext
from lmt_tracker.store import Store, open_database


@pytest.fixture
def two_apps(db_target: str) -> Iterator[tuple[AppContext, AppContext]]:
    first, second = AppContext(open_database(db_target)), AppContext(open_database(db_target))
    yield first, second
    first.store.close()
    second.store.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warn(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    return shown


def _stored_course(store: Store) -> Course:
    return store.save_course(Course("Ethics and Boundaries", "Ethics First", dt.date(2025, 3, 1),
                                    Decimal(3), "live_online"))


def test_editing_a_course_changed_by_another_app_shows_the_reload_message(
        qtbot, two_apps, warnings) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    first, second = two_apps
    course = _stored_course(first.store)
    opened_in_second = second.store.course(course.id)
    dialog = CourseDialog(second, opened_in_second, [])
    qtbot.addWidget(dialog)

    first.store.save_course(replace(first.store.course(course.id), title="Saved by the first app"))
    dialog.title.setText("Saved by the second app")
    dialog.save()

    assert len(warnings) == 1
    title, text = warnings[0]
    assert "changed elsewhere" in title and "reload" in title
    assert "changed elsewhere" in text and "reload" in text
    assert dialog.result() == 0 and dialog.saved is None
    assert second.store.course(course.id).title == "Saved by the first app"
    assert second.undo_stack.count() == 0


def test_editing_a_credential_changed_by_another_app_shows_the_reload_message(
        qtbot, two_apps, warnings) -> None:
    from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog

    first, second = two_apps
    saved = first.store.save_credential(Credential("state_license", "FL", "MA1", "LMT", None, None))
    dialog = CredentialDialog(second, second.store.credential(saved.id))
    qtbot.addWidget(dialog)

    first.store.save_credential(replace(first.store.credential(saved.id), number="MA-FIRST"))
    dialog.number.setText("MA-SECOND")
    dialog.save()

    assert len(warnings) == 1 and "changed elsewhere" in warnings[0][1]
    assert second.store.credential(saved.id).number == "MA-FIRST"


def test_undo_and_redo_of_an_app_s_own_edit_still_work(qtbot, any_store: Store, warnings) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    ctx = AppContext(any_store)
    course = _stored_course(any_store)
    dialog = CourseDialog(ctx, any_store.course(course.id), [])
    qtbot.addWidget(dialog)
    dialog.title.setText("Edited")
    dialog.save()
    assert warnings == [] and any_store.course(course.id).title == "Edited"
    ctx.undo_stack.undo()
    assert any_store.course(course.id).title == "Ethics and Boundaries"
    ctx.undo_stack.redo()
    assert any_store.course(course.id).title == "Edited"


def test_editing_a_program_or_exam_changed_by_another_app_shows_the_reload_message(
        qtbot, two_apps, warnings) -> None:
    from lmt_tracker.domain.core.records import ExamAttempt, TrainingHours, TrainingProgram
    from lmt_tracker.gui.dialogs.record_dialogs import ExamDialog, ProgramDialog

    first, second = two_apps
    program = first.store.save_program(TrainingProgram(
        "Gulf Coast School", "Diploma", dt.date(2024, 1, 8), dt.date(2024, 11, 1),
        (TrainingHours("anatomy", "classroom", Decimal(100)),)))
    exam = first.store.save_exam(ExamAttempt("mblex", "passed", test_date=dt.date(2025, 1, 6)))
    program_dialog = ProgramDialog(second, second.store.programs()[0])
    exam_dialog = ExamDialog(second, second.store.exams()[0])
    qtbot.addWidget(program_dialog)
    qtbot.addWidget(exam_dialog)

    first.store.save_program(replace(first.store.programs()[0], school="Saved by the first app"))
    first.store.save_exam(replace(first.store.exams()[0], notes="Saved by the first app"))
    program_dialog.school.setText("Saved by the second app")
    program_dialog.save()
    exam_dialog.save()

    assert [("changed elsewhere" in text) for _, text in warnings] == [True, True]
    assert second.store.programs()[0].school == "Saved by the first app"
    assert second.store.exams()[0].notes == "Saved by the first app"
    assert program.id and exam.id
