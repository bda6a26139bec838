"""When the database cannot be opened: say why, and offer the ways out that apply.

A damaged file can be replaced by its latest intact backup (the damaged file is kept
aside, never overwritten), any file can be swapped for another one, and a locked file
can be retried. Nothing here changes a file without the user choosing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import core_error

if TYPE_CHECKING:
    from lmt_tracker.io.restore import Restored

# The codes of lmt_tracker.store.engine (kept as text so this module stays light).
RESTORE_BACKUP = "restore-backup"
OPEN_OTHER = "open-other"
RETRY = "retry"


def ways_out(error: BaseException) -> tuple[str, ...]:
    """The ways out an error offers; any storage error can at least open another file."""
    offered = tuple(getattr(error, "ways_out", ()) or ())
    return offered if OPEN_OTHER in offered else (*offered, OPEN_OTHER)


def ask(parent: QWidget | None, error: BaseException, target: str) -> str | None:
    """Ask what to do; return the database to try next, or None to quit.

    The chosen way out is carried out here (restore), so the caller only retries.
    """
    offered = ways_out(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("open_failure", "Cannot open the database"))
    box.setText(translate("open_failure", "LMT Tracker cannot open {target}.")
                .format(target=target))
    box.setInformativeText(core_error(error))
    buttons = {}
    if RESTORE_BACKUP in offered and Path(target).suffix:
        buttons[RESTORE_BACKUP] = box.addButton(translate("open_failure", "Restore latest backup"),
                                                QMessageBox.ButtonRole.AcceptRole)
    if RETRY in offered:
        buttons[RETRY] = box.addButton(translate("open_failure", "Try again"),
                                       QMessageBox.ButtonRole.AcceptRole)
    buttons[OPEN_OTHER] = box.addButton(translate("open_failure", "Open another file…"),
                                        QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(translate("open_failure", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(next(iter(buttons.values())))
    box.exec()
    clicked = box.clickedButton()
    if clicked is quit_button or clicked is None:
        return None
    chosen = next(code for code, button in buttons.items() if button is clicked)
    if chosen == RETRY:
        return target
    if chosen == OPEN_OTHER:
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("open_failure", "Open or create a database"),
                                              str(Path(target).parent),
            translate("open_failure", "LMT Tracker database (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return name or None
    return _restore_latest(parent, target)


def _restore_latest(parent: QWidget | None, target: str) -> str | None:
    from lmt_tracker.io.restore import restore_latest
    from lmt_tracker.store import StoreError

    try:
        restored = restore_latest(Path(target))
    except StoreError as exc:  # shown, then the user chooses again
        QMessageBox.warning(parent, translate("open_failure", "No backup restored"),
                            core_error(exc))
        return ask(parent, exc, target)
    QMessageBox.information(parent, translate("open_failure", "Backup restored"),
                            _restored_text(restored))
    return target


def _restored_text(restored: Restored) -> str:
    text = translate("open_failure",
                     "The latest intact backup was restored from {0}.").format(restored.source)
    if restored.aside:
        text += translate("open_failure",
                          "\nThe previous file is kept at {0}.").format(restored.aside)
    return text
