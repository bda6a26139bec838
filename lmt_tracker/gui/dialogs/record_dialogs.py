"""Dialogs for the smaller records: the therapist's profile, a training program, an exam attempt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from lmt_tracker.domain.core import validation, vocabulary
from lmt_tracker.domain.core.records import ExamAttempt, Therapist, TrainingHours, TrainingProgram
from lmt_tracker.gui import actions, undo
from lmt_tracker.gui.dialogs.base import FormDialog
from lmt_tracker.gui.dialogs.course_dialog import parse_hours
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.forms import DateEdit, notes_edit
from lmt_tracker.gui.widgets.row_editors import RowsEditor
from lmt_tracker.gui.words import word

if TYPE_CHECKING:
    from lmt_tracker.domain.core.field_checks import Problem
    from lmt_tracker.gui.context import AppContext

SUBJECTS = sorted(vocabulary.ENTRY_SUBJECTS, key=word)
TRAINING_DELIVERY = ("classroom", "online", "clinical", "apprenticeship")
EXAMS = (
    "mblex",
    "jurisprudence",
    "state_exam",
    "practical_exam",
    "ncbtmb_exam",
    "bcetmb",
    "amma",
    "ncca",
    "colon_hydrotherapy",
)
EXAM_STATUSES = ("applied", "authorized", "scheduled", "passed", "failed", "no_show", "expired")


class ProfileDialog(FormDialog):
    first_field = "first_name"

    def __init__(
        self, ctx: AppContext, therapist: Therapist | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, translate("record_dialogs", "Your profile"), parent)
        self.original = therapist
        f = self.form
        self.first = f.add("first_name", translate("record_dialogs", "First name:"), QLineEdit())
        self.last = f.add("last_name", translate("record_dialogs", "Last name:"), QLineEdit())
        self.birth = f.add(
            "birth_date",
            translate("record_dialogs", "Birth date:"),
            DateEdit(optional=True),
            translate("record_dialogs", "Several states set renewal dates by birth month."),
        )
        self.email = f.add("email", translate("record_dialogs", "E-mail:"), QLineEdit())
        self.phone = f.add("phone", translate("record_dialogs", "Phone:"), QLineEdit())
        self.address = f.add("address", translate("record_dialogs", "Address:"), QLineEdit())
        if therapist:
            self.first.setText(therapist.first_name)
            self.last.setText(therapist.last_name)
            self.birth.set_value(therapist.birth_date)
            self.email.setText(therapist.email)
            self.phone.setText(therapist.phone)
            self.address.setText(therapist.address)
        self.finish_layout()

    def draft(self, problems: list[tuple[str, str]]) -> Therapist:
        return Therapist(
            self.first.text().strip(),
            self.last.text().strip(),
            self.birth.value(),
            self.email.text().strip(),
            self.phone.text().strip(),
            self.address.text().strip(),
            id=self.original.id if self.original else None,
            # The version it was read at: the store refuses the save if it changed since.
            version=self.original.version if self.original else None,
        )

    def problems(self, record: Therapist) -> list[Problem]:
        return validation.therapist_problems(record, self.ctx.today())

    def commit(self, record: Therapist) -> Therapist:
        return actions.save_therapist(self.ctx, record)


class ProgramDialog(FormDialog):
    first_field = "school"

    def __init__(
        self, ctx: AppContext, program: TrainingProgram | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx, translate("record_dialogs", "Edit training program") if program
            else translate("record_dialogs", "New training program"), parent
        )
        self.original = program
        self.resize(620, 560)
        f = self.form
        self.school = f.add("school", translate("record_dialogs", "School:"), QLineEdit())
        self.program = f.add("program", translate("record_dialogs", "Program:"), QLineEdit())
        self.start = f.add("start_date", translate("record_dialogs", "Started:"),
                           DateEdit(optional=True))
        self.end = f.add("end_date", translate("record_dialogs", "Finished:"),
                         DateEdit(optional=True))
        self.where = f.add("jurisdiction", translate("record_dialogs", "School's state:"),
                           QLineEdit())
        self.where.setPlaceholderText(translate("record_dialogs", "e.g. FL"))
        self.hours = RowsEditor(
            (
                ("choice", SUBJECTS, translate("record_dialogs", "Subject")),
                ("choice", TRAINING_DELIVERY, translate("record_dialogs", "Delivery")),
                ("text", "hours", translate("record_dialogs", "Hours")),
            ),
            translate("record_dialogs", "Add subject hours"),
        )
        f.add("hours", translate("record_dialogs", "Hours:"), self.hours,
              translate("record_dialogs", "Hours by subject as on your "
                                                       "transcript."))
        if program:
            self.school.setText(program.school)
            self.program.setText(program.program)
            self.start.set_value(program.start_date)
            self.end.set_value(program.end_date)
            self.where.setText(program.jurisdiction or "")
            self.hours.set_rows((h.subject, h.delivery, str(h.hours)) for h in program.hours)
        else:
            self.hours.add_row()
        self.finish_layout()

    def draft(self, problems: list[tuple[str, str]]) -> TrainingProgram:
        hours = tuple(
            TrainingHours(s, d, parse_hours(h, f"hours[{i}].hours", problems))
            for i, (s, d, h) in enumerate(self.hours.values())
        )
        return TrainingProgram(
            self.school.text().strip(),
            self.program.text().strip(),
            self.start.value(),
            self.end.value(),
            hours,
            self.where.text().strip().upper() or None,
            id=self.original.id if self.original else None,
            # The version it was read at: the store refuses the save if it changed since.
            version=self.original.version if self.original else None,
        )

    def problems(self, record: TrainingProgram) -> list[Problem]:
        return validation.program_problems(record, self.ctx.today())

    def commit(self, record: TrainingProgram) -> TrainingProgram:
        command = undo.SaveRecord(self.ctx, "program", record, self.original)
        undo.push(self.ctx, command)
        return command.saved


class ExamDialog(FormDialog):
    first_field = "exam"

    def __init__(
        self, ctx: AppContext, exam: ExamAttempt | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, translate("record_dialogs",
                                        "Edit exam attempt") if exam
                         else translate("record_dialogs", "New exam attempt"), parent)
        self.original = exam
        f = self.form
        self.exam = QComboBox()
        for key in EXAMS:
            self.exam.addItem(word(key), key)
        f.add("exam", translate("record_dialogs", "Exam:"), self.exam)
        self.status = QComboBox()
        for key in EXAM_STATUSES:
            self.status.addItem(word(key), key)
        f.add("status", translate("record_dialogs", "Status:"), self.status)
        self.applied = f.add("applied_date", translate("record_dialogs", "Applied:"),
                             DateEdit(optional=True))
        self.authorized = f.add(
            "authorized_date",
            translate("record_dialogs", "Authorized to test:"),
            DateEdit(optional=True),
            translate("record_dialogs", "The authorization to test is valid for 90 days."),
        )
        self.scheduled = f.add("scheduled_date", translate("record_dialogs", "Scheduled for:"),
                               DateEdit(optional=True))
        self.tested = f.add("test_date", translate("record_dialogs", "Tested on:"),
                            DateEdit(optional=True))
        self.result_date = f.add("result_date", translate("record_dialogs", "Result on:"),
                                 DateEdit(optional=True))
        self.where = f.add("jurisdiction", translate("record_dialogs", "State (state exams):"),
                           QLineEdit())
        self.notes = f.add("notes", translate("record_dialogs", "Notes:"), notes_edit())
        self.notes.setFixedHeight(50)
        if exam:
            self.exam.setCurrentIndex(max(0, self.exam.findData(exam.exam)))
            self.status.setCurrentIndex(max(0, self.status.findData(exam.status)))
            for edit, value in (
                (self.applied, exam.applied_date),
                (self.authorized, exam.authorized_date),
                (self.scheduled, exam.scheduled_date),
                (self.tested, exam.test_date),
                (self.result_date, exam.result_date),
            ):
                edit.set_value(value)
            self.where.setText(exam.jurisdiction or "")
            self.notes.setPlainText(exam.notes)
        self.finish_layout()

    def draft(self, problems: list[tuple[str, str]]) -> ExamAttempt:
        return ExamAttempt(
            str(self.exam.currentData()),
            str(self.status.currentData()),
            self.applied.value(),
            self.authorized.value(),
            self.scheduled.value(),
            self.tested.value(),
            self.result_date.value(),
            self.where.text().strip().upper() or None,
            self.notes.toPlainText().strip(),
            id=self.original.id if self.original else None,
            # The version it was read at: the store refuses the save if it changed since.
            version=self.original.version if self.original else None,
        )

    def problems(self, record: ExamAttempt) -> list[Problem]:
        return validation.exam_problems(record, self.ctx.today())

    def commit(self, record: ExamAttempt) -> ExamAttempt:
        command = undo.SaveRecord(self.ctx, "exam", record, self.original)
        undo.push(self.ctx, command)
        return command.saved
