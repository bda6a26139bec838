"""Exams: attempts on a timeline, the authorization-to-test countdown, the earliest retake."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.core.records import ExamAttempt
from lmt_tracker.gui import tasks, undo
from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.findings_html import findings_html
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import EmptyState, button, card, header, label
from lmt_tracker.gui.widgets.timeline import ExamTimeline
from lmt_tracker.gui.words import count, date, word

COLUMNS = (translate("exams", "Exam"), translate("exams", "Status"), translate("exams", "Applied"),
           translate("exams", "Authorized"), translate("exams", "Scheduled"),
           translate("exams", "Tested"), translate("exams", "State"), translate("exams", "Notes"))


def countdown_lines(attempts: list[ExamAttempt], today: object) -> list[str]:
    """Plain sentences: authorization windows still open, and when a retake is allowed."""
    import datetime as dt

    from lmt_tracker.domain.exams import OPEN, authorization_expiry, earliest_retake

    assert isinstance(today, dt.date)
    lines = []
    for a in attempts:
        expiry = authorization_expiry(a)
        if a.status in OPEN and expiry is not None:
            left = (expiry - today).days
            lines.append(translate("exams", "{0} authorization to test: {left} days left (valid "
                                   "until {1})").format(word(a.exam), date(expiry),
                                                        left=left) if left >= 0 else
                         translate("exams", "{0} authorization to test expired on {1}: apply "
                                   "again").format(word(a.exam), date(expiry)))
    retake = earliest_retake(attempts)
    passed = any(a.exam == "mblex" and a.status == "passed" for a in attempts)
    if retake is not None and not passed:
        when = (translate("exams", "now") if retake <= today
                else translate("exams", "from {0}").format(date(retake)))
        lines.append(translate("exams", "MBLEx retake allowed {when} (30 days after the last "
                               "attempt)").format(when=when))
    return lines


class ExamsScreen(Screen):
    key = "exams"
    title = translate("exams", "Exams")
    icon = "exams"
    shows = frozenset({"exams", "credentials"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.attempts: list[ExamAttempt] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit_button = button(translate("exams", "Edit"), self.edit, icon_name="edit")
        self.delete_button = button(translate("exams", "Delete"), self.delete, icon_name="delete")
        head, self.subtitle = header(translate("exams", "Exams"), "", [
            self.edit_button, self.delete_button,
            button(translate("exams", "Add attempt"), self.add, icon_name="add", primary=True)])
        lay.addWidget(head)
        frame, box = card()
        box.addWidget(label(translate("exams", "Timeline"), "cardTitle"))
        self.timeline = ExamTimeline()
        box.addWidget(self.timeline)
        lay.addWidget(frame)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName(translate("exams", "Exam attempts"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        self.empty = EmptyState("exams", translate("exams", "No exam attempts yet"),
                                translate("exams", "Record each MBLEx (or state exam) attempt: "
                                          "when you applied, your authorization to "
                                          "test, and the result. The app counts down "
                                          "the 90-day window and the 30-day retake "
                                          "wait."),
                                [(translate("exams", "Add attempt"), self.add)])
        row.addWidget(self.empty, 3)
        self.status = QTextBrowser()
        self.status.setTabChangesFocus(True)  # Tab moves on: no trap
        self.status.setAccessibleName(translate("exams", "Exam status"))
        self.status.setOpenExternalLinks(True)
        self.status.setMinimumWidth(220)
        row.addWidget(self.status, 1)
        lay.addLayout(row, 1)
        self._selection_changed()

    def refresh(self) -> None:
        ctx = self.ctx

        def work(progress: tasks.Progress) -> tuple:
            from lmt_tracker.domain.exams import mblex_findings

            record = ctx.record()
            return list(record.exams), mblex_findings(record.exams, ctx.today())

        tasks.start(ctx, work, label=translate("exams", "Loading exams…"), parent=self,
                    on_done=self._loaded)

    def _loaded(self, result: tuple) -> None:
        self.attempts, findings = result
        today = self.ctx.today()
        self.timeline.set_attempts(self.attempts, today)
        self.table.setRowCount(len(self.attempts))
        for row, a in enumerate(self.attempts):
            values = (word(a.exam), word(a.status), date(a.applied_date), date(a.authorized_date),
                      date(a.scheduled_date), date(a.test_date), a.jurisdiction or "", a.notes)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        has = bool(self.attempts)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self.status.setVisible(has)
        self.subtitle.setText(translate("exams", "{0} recorded").format(count(len(self.attempts),
                                                                              'attempt')))
        self.status.setHtml(findings_html(translate("exams", "Where you stand"),
                                          countdown_lines(self.attempts, today),
                                          findings))
        self._selection_changed()

    def current(self) -> ExamAttempt | None:
        rows = self.table.selectionModel().selectedRows()
        return self.attempts[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def add(self) -> None:
        from lmt_tracker.gui.dialogs.record_dialogs import ExamDialog

        ExamDialog(self.ctx, None, self).exec()

    def edit(self) -> None:
        from lmt_tracker.gui.dialogs.record_dialogs import ExamDialog

        attempt = self.current()
        if attempt is not None:
            ExamDialog(self.ctx, attempt, self).exec()

    def delete(self) -> None:
        attempt = self.current()
        if attempt is not None:
            from lmt_tracker.gui.refused_delete import push_delete

            push_delete(self.ctx, self, "exam", undo.DeleteRecord(self.ctx, "exam", attempt))
