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
from lmt_tracker.gui.widgets.common import EmptyState, button, card, header, label
from lmt_tracker.gui.widgets.timeline import ExamTimeline
from lmt_tracker.gui.words import count, date, word

COLUMNS = ("Exam", "Status", "Applied", "Authorized", "Scheduled", "Tested", "State", "Notes")


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
            lines.append(f"{word(a.exam)} authorization to test: {left} days left "
                         f"(valid until {date(expiry)})" if left >= 0 else
                         f"{word(a.exam)} authorization to test expired on {date(expiry)}: "
                         "apply again")
    retake = earliest_retake(attempts)
    passed = any(a.exam == "mblex" and a.status == "passed" for a in attempts)
    if retake is not None and not passed:
        when = "now" if retake <= today else f"from {date(retake)}"
        lines.append(f"MBLEx retake allowed {when} (30 days after the last attempt)")
    return lines


class ExamsScreen(Screen):
    key = "exams"
    title = "Exams"
    icon = "exams"
    shows = frozenset({"exams", "credentials"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.attempts: list[ExamAttempt] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit_button = button("Edit", self.edit, icon_name="edit")
        self.delete_button = button("Delete", self.delete, icon_name="delete")
        head, self.subtitle = header("Exams", "", [
            self.edit_button, self.delete_button,
            button("Add attempt", self.add, icon_name="add", primary=True)])
        lay.addWidget(head)
        frame, box = card()
        box.addWidget(label("Timeline", "cardTitle"))
        self.timeline = ExamTimeline()
        box.addWidget(self.timeline)
        lay.addWidget(frame)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Exam attempts")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        self.empty = EmptyState("exams", "No exam attempts yet",
                                "Record each MBLEx (or state exam) attempt: when you applied, "
                                "your authorization to test, and the result. The app counts "
                                "down the 90-day window and the 30-day retake wait.",
                                [("Add attempt", self.add)])
        row.addWidget(self.empty, 3)
        self.status = QTextBrowser()
        self.status.setTabChangesFocus(True)  # Tab moves on: no trap
        self.status.setAccessibleName("Exam status")
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

        tasks.start(ctx, work, label="Loading exams…", parent=self, on_done=self._loaded)

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
        self.subtitle.setText(f"{count(len(self.attempts), 'attempt')} recorded")
        self.status.setHtml(findings_html("Where you stand", countdown_lines(self.attempts, today),
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
            undo.push(self.ctx, undo.DeleteRecord(self.ctx, "exam", attempt))
