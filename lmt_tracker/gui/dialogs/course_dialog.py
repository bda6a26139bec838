"""Add or edit a CE course: every field validated inline, certificate by file or drop.

The dialog builds a ``Course`` draft, asks the core's validation for problems and
shows each one under its field; only a valid course reaches the store (through an
undoable command), so an invalid one saves nothing.

Entering a stack of certificates is fast: "Save and add another" (Ctrl+Shift+Enter)
stores the course and clears the form for the next one, keeping the provider, the
date and the delivery; the provider and title fields complete from the record; topic
rows are added and filled from the keyboard (Enter in a topic's hours adds the next).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.core import validation, vocabulary
from lmt_tracker.domain.core.records import (
    MINUTE_UNIT,
    Approval,
    Certificate,
    Course,
    Credential,
    TopicHours,
)
from lmt_tracker.gui import undo
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button
from lmt_tracker.gui.widgets.counts_toward import CountsToward
from lmt_tracker.gui.widgets.drop_zone import DropZone
from lmt_tracker.gui.widgets.forms import DateEdit, Form, notes_edit, problem_pairs
from lmt_tracker.gui.widgets.row_editors import RowsEditor
from lmt_tracker.gui.words import core_error, word

if TYPE_CHECKING:
    from lmt_tracker.gui.context import AppContext

DELIVERIES = ("in_person", "live_online", "self_study")
TOPICS = sorted(vocabulary.CE_TOPICS, key=word)
FILE_FILTER = translate("course_dialog", "Certificates (*.pdf *.png *.jpg *.jpeg)")


def parse_hours(text: str, field: str, problems: list[tuple[str, str]]) -> Decimal:
    """Hours typed by the user; an unreadable figure becomes a problem (and 0)."""
    try:
        value = Decimal(text.strip().replace(",", "."))
        if value.is_finite():
            return value
    except InvalidOperation:
        pass
    problems.append((field, translate("course_dialog", "must be a number of hours, e.g. 3 or 1.5")))
    return Decimal(0)


class CourseDialog(QDialog):
    def __init__(self, ctx: AppContext, course: Course | None, credentials: list[Credential],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.original, self.credentials = ctx, course, credentials
        self.certificate: Certificate | None = None
        self.certificate_sha = course.certificate_sha256 if course else None
        self.saved: Course | None = None
        self.added = 0  # courses stored by "Save and add another"
        self.setWindowTitle(translate("course_dialog",
                                      "Edit course") if course else translate("course_dialog",
                                                                              "New CE course"))
        self.setAccessibleName(self.windowTitle())
        self.form = Form()
        self._build_fields()
        self._build_certificate()
        scroll = QScrollArea()
        # it takes the focus: arrows scroll it
        scroll.setAccessibleName(translate("course_dialog", "The course form"))
        scroll.setWidgetResizable(True)
        page = QWidget()  # the form at its natural height: extra space goes below, not between
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll.setWidget(page)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.another = None
        if course is None:
            self.another = self.buttons.addButton(translate("course_dialog",
                                                            "Save and add &another"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.another.setAccessibleName(translate("course_dialog", "Save and add another"))
            self.another.setToolTip(translate("course_dialog", "Save this course and start the "
                                              "next one with the same "
                                              "provider, date and delivery "
                                              "(Ctrl+Shift+Enter)"))
            self.another.clicked.connect(lambda _c=False: self.save_and_add_another())
            for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
                QShortcut(QKeySequence(keys), self, self.save_and_add_another)
        self.saved_note = QLabel("")
        self.saved_note.setObjectName("muted")
        self.saved_note.setAccessibleName(translate("course_dialog", "Last course saved"))
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.saved_note)
        self.saved_note.hide()
        lay.addWidget(self.buttons)
        self._fit_to_screen()
        if course:
            self._load(course)

    def _fit_to_screen(self) -> None:
        """640×720 at most, never taller than the screen: Save stays on screen at 1024×700."""
        parent = self.parentWidget()
        screen = self.screen() if parent is None else parent.screen()
        available = screen.availableGeometry() if screen is not None else None
        height = 720 if available is None else min(720, available.height() - 60)
        width = 640 if available is None else min(640, available.width() - 40)
        self.resize(width, height)

    # -- building ----------------------------------------------------------------------------
    def _build_fields(self) -> None:
        f = self.form
        self.title = f.add("title", translate("course_dialog", "Title:"), QLineEdit())
        self.provider = f.add("provider", translate("course_dialog", "Provider:"), QLineEdit())
        self._completers()
        self.completed = f.add("completed", translate("course_dialog", "Completed on:"), DateEdit())
        hours_row = QWidget()
        row = QHBoxLayout(hours_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(translate("course_dialog", "e.g. 3 or 1.5"))
        self.hours.setAccessibleName(translate("course_dialog", "Hours"))
        self.hour_minutes = QComboBox()
        self.hour_minutes.addItem(translate("course_dialog", "60-minute hours"), 60)
        self.hour_minutes.addItem(translate("course_dialog", "50-minute hours"), 50)
        # A certificate that prints minutes only: each board turns them into its own hours.
        self.hour_minutes.addItem(translate("course_dialog", "minutes"), MINUTE_UNIT)
        self.hour_minutes.setAccessibleName(translate("course_dialog", "Hour length"))
        row.addWidget(self.hours, 1)
        row.addWidget(self.hour_minutes)
        f.add("hours", translate("course_dialog", "Hours:"), hours_row)
        f.editors["hour_minutes"] = self.hour_minutes
        self.delivery = QComboBox()
        for key in DELIVERIES:
            self.delivery.addItem(word(key), key)
        f.add("delivery", translate("course_dialog", "Delivery:"), self.delivery,
              translate("course_dialog", "In person: physically present. Live online: "
                        "real-time, interactive. Self-study: recorded or home "
                        "study."))
        self.topics = RowsEditor((("choice", TOPICS, translate("course_dialog", "Topic")),
                                  ("text", "hours", translate("course_dialog", "Topic hours"))),
                                 translate("course_dialog", "Add &topic"), enter_adds_row=True)
        f.add("topics", translate("course_dialog", "Topics:"), self.topics,
              translate("course_dialog", "Hours of each topic, within "
                                                          "the course hours. Type a "
                                                          "topic's first letters to "
                                                          "choose it; Enter after its "
                                                          "hours adds another."))
        self.approvals = RowsEditor((("text", translate("course_dialog",
                                                        "approved by, e.g. NCBTMB"),
                                      translate("course_dialog", "Approving body")),
                                     ("text", translate("course_dialog", "approval number"),
                                      translate("course_dialog", "Approval number")),
                                     ("choice", ("approved", "not_approved"),
                                      translate("course_dialog", "Approved or not"))),
                                    translate("course_dialog", "Add approval number"))
        f.add("approvals", translate("course_dialog", "Approvals:"), self.approvals,
              translate("course_dialog", "A body not listed is unknown: rules that depend on it "
                        "ask you to confirm."))
        self.course_number = f.add(
            "course_number", translate("course_dialog", "Course number:"), QLineEdit(),
            translate("course_dialog", "The course's own tracking number, if printed (e.g. CE "
                      "Broker's): the same course taken twice in a period "
                      "counts once."))
        self.counts_toward = CountsToward(self.credentials)
        f.add("applies_to", translate("course_dialog", "Counts toward:"), self.counts_toward)
        self.notes = notes_edit()
        self.notes.setFixedHeight(60)
        f.add("notes", translate("course_dialog", "Notes:"), self.notes)

    def _completers(self) -> None:
        """Provider and title complete from the courses already in the record."""
        record = self.ctx.records.peek()
        courses = record.courses if record is not None else ()
        for edit, values in ((self.provider, {c.provider for c in courses}),
                             (self.title, {c.title for c in courses})):
            completer = QCompleter(sorted(v for v in values if v), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)

    def _build_certificate(self) -> None:
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        self.drop = DropZone()
        self.drop.file_dropped.connect(self.attach)
        lay.addWidget(self.drop)
        row = QHBoxLayout()
        row.addWidget(button(translate("course_dialog", "Choose file…"), self.choose_file,
                             icon_name="attach"))
        self.preview_button = button(translate("course_dialog", "Preview"), self.preview,
                                     icon_name="certificate")
        self.remove_button = button(translate("course_dialog", "Remove"), self.remove_certificate,
                                    icon_name="close")
        row.addWidget(self.preview_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.form.add("certificate", translate("course_dialog", "Certificate:"), holder)
        self._certificate_changed()

    def _load(self, c: Course) -> None:
        self.title.setText(c.title)
        self.provider.setText(c.provider)
        self.completed.set_value(c.completed)
        self.hours.setText(str(c.hours))
        self.hour_minutes.setCurrentIndex(max(0, self.hour_minutes.findData(c.hour_minutes)))
        self.delivery.setCurrentIndex(max(0, self.delivery.findData(c.delivery)))
        self.topics.set_rows((t.topic, str(t.hours)) for t in c.topics)
        self.approvals.set_rows(
            (a.body, a.number, "approved" if a.approved else "not_approved") for a in c.approvals
        )
        self.course_number.setText(c.course_number)
        self.notes.setPlainText(c.notes)
        self.counts_toward.set_chosen(c.applies_to)

    # -- certificate -------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("course_dialog",
                                                              "Attach certificate"),
                                              str(Path.home()),
                                              FILE_FILTER)
        if name:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        """Read a certificate file; a problem is shown under the field and nothing is attached."""
        from lmt_tracker.io.certificates import CertificateFileError, read_certificate

        try:
            # Size-capped and checked for completeness before the bytes are read whole.
            cert = read_certificate(path)
        except CertificateFileError as exc:
            self.form.show_problems(problem_pairs(exc.problems), "certificate")
            return
        self.form.clear_problems()
        self.certificate, self.certificate_sha = cert, cert.sha256
        self._certificate_changed()
        # A new, blank course: fill it from what the certificate says, for the user to check.
        from lmt_tracker.gui.dialogs.certificate_fill import fill_from

        fill_from(self, cert)

    def remove_certificate(self) -> None:
        self.certificate, self.certificate_sha = None, None
        self._certificate_changed()

    def _certificate_changed(self) -> None:
        has = self.certificate_sha is not None
        if self.certificate is not None:
            size = len(self.certificate.data) // 1024
            self.drop.set_text(translate("course_dialog", "{0} ({size:,} KB) — will be saved "
                                         "with the course").format(self.certificate.file_name,
                                                                   size=size))
        elif has:
            self.drop.set_text(translate("course_dialog", "Certificate attached. Drop another "
                                         "file to replace it."))
        else:
            self.drop.set_text(translate("course_dialog", "No certificate. Drop a PDF, PNG or "
                                         "JPEG here, or choose a file."))
        self.preview_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def current_certificate(self) -> Certificate | None:
        if self.certificate is not None:
            return self.certificate
        return self.ctx.store.certificate(self.certificate_sha) if self.certificate_sha else None

    def preview(self) -> None:
        from lmt_tracker.gui.dialogs.certificate_dialog import CertificateDialog

        cert = self.current_certificate()
        if cert is not None:
            CertificateDialog(cert, self).exec()

    # -- saving ------------------------------------------------------------------------------
    def draft(self, problems: list[tuple[str, str]]) -> Course:
        """The course as typed; unreadable numbers are added to ``problems``."""
        topics = tuple(TopicHours(key, parse_hours(h, f"topics[{i}].hours", problems))
                       for i, (key, h) in enumerate(self.topics.values()))
        approvals = tuple(
            Approval(body, number, verdict != "not_approved")
            for body, number, verdict in self.approvals.values()
        )
        applies = self.counts_toward.chosen(problems)
        return Course(
            title=self.title.text().strip(), provider=self.provider.text().strip(),
            completed=self.completed.value() or dt.date.today(),
            hours=parse_hours(self.hours.text(), "hours", problems),
            delivery=str(self.delivery.currentData()),
            hour_minutes=int(self.hour_minutes.currentData()), topics=topics,
            approvals=approvals, notes=self.notes.toPlainText().strip(),
            course_number=self.course_number.text().strip(),
            certificate_sha256=self.certificate_sha if self.certificate is None else None,
            applies_to=applies, id=self.original.id if self.original else None,
            # The version it was read at: the store refuses the save if it changed since.
            version=self.original.version if self.original else None)

    def save(self) -> None:
        if self._store():
            self.accept()

    def save_and_add_another(self) -> None:
        """Store this course, then clear the form for the next (provider, date, delivery kept)."""
        if self.original is not None or not self._store():
            return
        self.added += 1
        title = self.saved.title if self.saved else ""
        self.saved_note.setText(translate("course_dialog", "Saved “{title}” ({0} added) — enter "
                                          "the next course").format(self.added, title=title))
        self.saved_note.show()
        self.original = None
        self.title.clear()
        self.hours.clear()
        self.topics.set_rows(())
        self.approvals.set_rows(())
        self.notes.clear()
        self.remove_certificate()
        self.form.clear_problems()
        self.title.setFocus()

    def _store(self) -> bool:
        """Validate and store the course; False (with problems shown) if it was not stored."""
        from lmt_tracker.store import ConcurrentEditError, StoreError

        problems: list[tuple[str, str]] = []
        course = self.draft(problems)
        unreadable = {name for name, _ in problems}
        problems += problem_pairs(p for p in validation.course_problems(course, self.ctx.today())
                                  if p.field not in unreadable)
        if problems:
            self.form.show_problems(problems, "title")
            return False
        command = undo.SaveCourse(self.ctx, course, self.original, self.certificate)
        try:
            undo.push(self.ctx, command)
        except validation.RecordInvalid as exc:
            self.form.show_problems(problem_pairs(exc.problems), "title")
            return False
        except ConcurrentEditError as exc:
            QMessageBox.warning(self, translate("course_dialog",
                                                "Course changed elsewhere — reload"),
                                core_error(exc))
            return False
        except StoreError as exc:
            QMessageBox.warning(self, translate("course_dialog", "Course not saved"),
                                core_error(exc))
            return False
        self.saved = command.saved
        return True
