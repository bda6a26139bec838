"""When something goes wrong that nobody planned for: say so, and keep working.

``install`` registers a ``CrashReporter`` with ``lmt_tracker.logs``: an exception
raised in a slot (Qt hands it to ``sys.excepthook``), in a worker thread or a Python
thread is logged there, then shown here — on the main thread, whichever thread it
came from — in a dialog with what happened, the details to copy or save, and the log
folder. The app keeps running: a slot that failed has left its window as it was, and
every write to the database is one transaction, so nothing half-done was stored.

The same error repeating (a paint handler failing on every paint) is shown once;
later ones go to the log only, and so does anything raised while the dialog is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker import logs
from lmt_tracker.gui.translation import translate


def open_log_folder() -> bool:
    """Show the log folder in the file manager (Help › Open log folder)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs.log_folder())))


class CrashDialog(QDialog):
    """What happened, in words; the details (the log's text) to copy, save or find."""

    def __init__(self, report: logs.CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(translate("crash_report", "Something went wrong"))
        self.setAccessibleName(translate("crash_report", "Something went wrong"))
        lay = QVBoxLayout(self)
        text = QLabel(
            translate("crash_report", "LMT Tracker ran into an error it did not expect. What "
                      "you were doing may not have finished; everything saved "
                      "before it is safe, and you can keep working.\n\nIf it "
                      "happens again, send the details below to whoever "
                      "supports your copy of LMT Tracker. They leave out your "
                      "records, any quoted text and your home folder's name."))
        text.setWordWrap(True)
        lay.addWidget(text)
        summary = QLabel(translate("crash_report", "The error: {0}").format(report.summary))
        summary.setObjectName("crashSummary")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(summary)
        self.details = QPlainTextEdit(report.details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("crash_report", "Error details"))
        self.details.setMinimumSize(560, 220)
        lay.addWidget(self.details, 1)
        where = QLabel(translate("crash_report", "A log is kept in {0}.")
                       .format(report.log_file.parent) if report.log_file
                       else translate("crash_report", "No log file could be written on this "
                                      "computer."))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(where)
        row = QHBoxLayout()
        self.copy_button = self._button(row, translate("crash_report", "Copy details"),
                                        self.copy_details)
        self.save_button = self._button(row, translate("crash_report", "Save details…"),
                                        self.save_details)
        self.folder_button = self._button(row, translate("crash_report", "Open log folder"),
                                          open_log_folder)
        self.folder_button.setEnabled(report.log_file is not None)
        row.addStretch(1)
        self.close_button = self._button(row, translate("crash_report", "Keep working"),
                                         self.accept)
        self.close_button.setDefault(True)
        lay.addLayout(row)

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report.details)
        self.copy_button.setText(translate("crash_report", "Copied"))

    def save_details(self) -> Path | None:
        from lmt_tracker.portable import atomic_write

        name, _ = QFileDialog.getSaveFileName(
            self, translate("crash_report", "Save the error details"),
                                              str(Path.home() / "lmt-tracker-error.txt"),
            translate("crash_report", "Text (*.txt);;All files (*)"))
        if not name:
            return None
        path = Path(name)
        atomic_write(path, (self.report.details + "\n").encode("utf-8"))
        return path


class CrashReporter(QObject):
    """Receives reports from any thread and shows them on the main thread, one at a time."""

    reported = Signal(object)

    def __init__(self, window: QWidget | None) -> None:
        super().__init__()
        self.window = window
        self.dialog: CrashDialog | None = None
        self.seen: set[str] = set()
        self.shown = 0
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def __call__(self, report: logs.CrashReport) -> None:
        self.reported.emit(report)

    def _show(self, report: logs.CrashReport) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one at a time; the log has this one
        if report.summary in self.seen:
            return
        self.seen.add(report.summary)
        self.shown += 1
        self.dialog = CrashDialog(report, self.window)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.show()


def install(window: QWidget | None) -> CrashReporter:
    """Show unexpected errors over ``window`` from now on (``logs.setup`` logs them)."""
    reporter = CrashReporter(window)
    logs.set_crash_handler(reporter)
    return reporter
