"""Files the system hands the running app: what opening each kind means, safely.

Three ways a file arrives, one place that handles it (``DocumentOpener.request``):

- the command line, ``lmt-tracker FILE`` (a Linux launcher's ``Exec=lmt-tracker %f``, a
  double-click on Windows), passed to ``app.run``;
- macOS's open-document event (``QFileOpenEvent``, sent to the QApplication when a file is
  double-clicked in Finder or dropped on the Dock icon, at launch or later);
- a second launch with a file while a window runs: the single-instance socket hands the
  path to that window (``single_instance.InstanceGuard.document_requested``).

What "open" means depends on the kind (``lmt_tracker.documents``), and nothing replaces
data without the user saying yes:

- a backup (``.lmtbackup``) asks "Restore from this backup?"; a restore keeps a copy of
  the current contents first (``io.restore`` makes a ``before-restore`` copy);
- an export (``.json``) offers Import (asked even into an empty database; replacing
  records is asked as the Import command asks, and backed up first);
- a database (``.sqlite3``, ``.db``) is opened in the window, as File › Open does.

A file that arrives before the database is open waits for it (``ready``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from lmt_tracker import documents
from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class DocumentOpener(QObject):
    """Opens the files handed to ``window``, one at a time, once its database is open."""

    handled = Signal(str, str)  # the path, and what was done: its kind, or "refused"

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.waiting: list[str] = []

    def pending(self) -> bool:
        return bool(self.waiting)

    def request(self, path: str) -> None:
        """Open ``path`` now if the database is open, else when it is (``ready``)."""
        self.waiting.append(path)
        if getattr(self.window, "ctx", None) is not None:
            QTimer.singleShot(0, self.ready)  # outside the event or socket read that brought it

    def ready(self) -> None:
        """The database is open: open what has been waiting for it."""
        if getattr(self.window, "ctx", None) is None:
            return
        while self.waiting:
            self.open_now(self.waiting.pop(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """macOS's open-document event, sent to the QApplication (installed on it)."""
        if event.type() == QEvent.Type.FileOpen:
            path = event.file() or event.url().toLocalFile()  # type: ignore[attr-defined]
            if path:
                self.request(path)
                return True
        return False

    def open_now(self, path: str) -> None:
        from lmt_tracker.gui import commands
        from lmt_tracker.gui.single_instance import bring_forward

        bring_forward(self.window)
        file = Path(path)
        kind = documents.kind(file)
        if not file.is_file() or kind is None:
            self._refuse(file, kind)
            return
        if kind == documents.BACKUP:
            commands.restore_path(self.window, file)
        elif kind == documents.EXPORT:
            commands.import_path(self.window, file, ask_always=True)
        else:
            commands.open_target(self.window, str(file))
        self.handled.emit(path, kind)

    def _refuse(self, file: Path, kind: str | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        if kind is None:
            text = translate("documents", "LMT Tracker cannot open {file}: it opens backups "
                             "(.lmtbackup), export files (.json) and databases (.sqlite3, .db)."
                             ).format(file=file.name)
        else:
            text = translate("documents", "{file} could not be found. It may have been moved "
                             "or deleted; choose it again from the File menu.").format(
                file=str(file))
        QMessageBox.warning(self.window, translate("documents", "Cannot open the file"), text)
        self.handled.emit(str(file), "refused")
