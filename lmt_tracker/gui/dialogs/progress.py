"""The progress dialog shown over long work (imports, reports, restores)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from lmt_tracker.gui.tasks import Task


def attach_progress_dialog(task: Task, parent: QWidget | None, *,
                           cancellable: bool) -> QProgressDialog:
    """A window-modal progress dialog that appears after 400 ms and closes when the task ends."""
    dialog = QProgressDialog(task.label, translate("progress", "Cancel") if cancellable else "", 0,
                             0, parent)
    dialog.setWindowTitle("LMT Tracker")
    dialog.setAccessibleName(translate("progress", "Progress: {0}").format(task.label))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(task.cancel)

    def on_progress(fraction: float, text: str) -> None:
        if fraction < 0:
            dialog.setRange(0, 0)
        else:
            dialog.setRange(0, 1000)
            dialog.setValue(int(fraction * 1000))
        if text:
            dialog.setLabelText(text)

    task.signals.progress.connect(on_progress)
    task.signals.finished.connect(dialog.close)
    task.signals.finished.connect(dialog.deleteLater)
    return dialog
