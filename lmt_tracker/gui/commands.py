"""Window-level commands: dialogs and confirmations around ``actions``, long work in tasks.

Each function asks what it must (a file, a confirmation), then hands the work to
``actions`` — on a worker thread when it may take a while — and reports back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lmt_tracker import __version__, documents
from lmt_tracker.gui import actions, tasks
from lmt_tracker.gui.translation import translate

DB_FILTER = translate("commands", "LMT Tracker databases (*.sqlite3 *.db);;All files (*)")
# Backups the user makes are .lmtbackup files (``documents``); older ones, made under any
# name, are SQLite files too: the second and third filters still find them.
BACKUP_FILTER = translate("commands", "LMT Tracker backups (*.lmtbackup)") + ";;" + DB_FILTER
JSON_FILTER = translate("commands", "LMT Tracker export (*.json)")


def _ctx(window: Any) -> Any:
    return window.ctx


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask before anything that cannot be undone; the safe choice is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def _database_name(ctx: Any) -> str:
    """The open database as a confirmation names it: its file name (a server's address)."""
    path = ctx.store.target.path
    return path.name if path is not None else ctx.store.target.describe()


def new_course(window: QWidget) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    ctx = _ctx(window)
    if ctx is None:
        return
    CourseDialog(ctx, None, ctx.store.credentials(), window).exec()


def _whole(window: QWidget, label: str, work: Callable[[Any], str], *,
           cancellable: bool = False) -> None:
    """Run whole-database work in the background, then reload every screen."""
    ctx = _ctx(window)
    tasks.start(ctx, work, label=label, parent=window, show_progress=True, cancellable=cancellable,
                on_done=lambda message: actions.finished_whole_database(ctx, message))


def import_file(window: QWidget) -> None:
    name, _ = QFileDialog.getOpenFileName(window, translate("commands", "Import an export file"),
                                          str(Path.home()),
                                          JSON_FILTER)
    if name:
        import_path(window, Path(name))


def import_path(window: QWidget, path: Path, *, ask_always: bool = False) -> None:
    """Import the export file ``path``: asked first when it replaces records, and also
    into an empty database when ``ask_always`` (a file the system handed over)."""
    ctx = _ctx(window)
    replace = not ctx.store.is_empty()
    if replace and not confirm(window, translate("commands", "Replace everything?"),
                               translate("commands", "This database already holds records. "
                                         "Importing replaces all of them with the "
                                         "file's contents (a backup is made first)."),
                               translate("commands", "Replace with import")):
        return
    if not replace and ask_always and not confirm(
            window, translate("commands", "Import this export file?"),
            translate("commands", "{file} is an LMT Tracker export. Importing it fills the open "
                      "database, {database}, with its records.").format(
                file=path.name, database=_database_name(ctx)),
            translate("commands", "Import")):
        return
    _whole(window, translate("commands", "Importing {0}…").format(path.name),
           lambda progress: actions.import_work(ctx.store, path, replace))


def export_file(window: QWidget) -> None:
    ctx = _ctx(window)
    name, _ = QFileDialog.getSaveFileName(window, translate("commands", "Export everything"),
                                          str(Path.home() / "lmt-tracker-export.json"), JSON_FILTER)
    if not name:
        return
    path = Path(name if name.endswith(".json") else f"{name}.json")
    tasks.start(ctx, lambda progress: actions.export_work(ctx.store, path),
                label=translate("commands", "Exporting to {0}…").format(path.name), parent=window,
                show_progress=True,
                on_done=ctx.signals.status_message.emit)


def _backups_folder(ctx) -> Path:
    """The open database's backups folder (beside it); a server's: the user's data folder."""
    from lmt_tracker import paths
    from lmt_tracker.store.backup_list import backups_folder

    path = ctx.store.target.path
    return backups_folder(path) if path is not None else paths.user_data_dir()


def backup(window: QWidget) -> None:
    ctx = _ctx(window)
    suggested = _backups_folder(ctx) / documents.suggested_backup_name(ctx.today().isoformat())
    name, _ = QFileDialog.getSaveFileName(window, translate("commands", "Back up the database"),
                                          str(suggested), BACKUP_FILTER)
    if not name:
        return
    path = documents.with_backup_suffix(Path(name))
    tasks.start(ctx, lambda progress: actions.backup_work(ctx.store, path),
                label=translate("commands", "Backing up…"), parent=window, show_progress=True,
                on_done=ctx.signals.status_message.emit)


def restore(window: QWidget) -> None:
    ctx = _ctx(window)
    name, _ = QFileDialog.getOpenFileName(window, translate("commands", "Restore a backup"),
                                          str(_backups_folder(ctx)),
                                          BACKUP_FILTER)
    if name:
        restore_path(window, Path(name))


def restore_path(window: QWidget, path: Path) -> None:
    """Restore the backup ``path`` into the open database, once the user has said yes."""
    ctx = _ctx(window)
    if not confirm(window, translate("commands", "Restore from this backup?"),
                   translate("commands", "Everything in the open database, {database}, is "
                             "replaced by {0}. A copy of the current contents is kept in the "
                             "backups folder.").format(path.name,
                                                       database=_database_name(ctx)),
                   translate("commands", "Restore backup")):
        return
    _whole(window, translate("commands", "Restoring…"),
           lambda progress: actions.restore_work(ctx.store, path))


def open_database(window: QWidget, *, new: bool = False) -> None:
    from lmt_tracker.gui import databases

    if new:
        name, _ = QFileDialog.getSaveFileName(window, translate("commands", "New empty database"),
                                              str(databases.suggested_new_file()), DB_FILTER)
    else:
        name, _ = QFileDialog.getOpenFileName(window, translate("commands", "Open a database"),
                                              str(databases.suggested_new_file().parent),
                                              DB_FILTER)
    if name:
        open_target(window, name)


def open_target(window: QWidget, target: str) -> None:
    """Open ``target`` in the background and switch every screen to it.

    A file another LMT Tracker window has open is not opened a second time: that window
    comes forward instead (``single_instance``).
    """
    from PySide6.QtCore import QCoreApplication

    from lmt_tracker.gui import single_instance

    ctx = _ctx(window)
    database = single_instance.database_file(target)
    current = single_instance.database_file(ctx.store.target.describe())
    if database is not None and database != current \
            and single_instance.forward_to_running(target):
        ctx.signals.status_message.emit(QCoreApplication.translate(
            "SingleInstance", "{file} is open in another LMT Tracker window: it was brought "
            "forward").format(file=database.name))
        return
    label = Path(target).name if "://" not in target else target
    tasks.start(ctx, lambda progress: actions.open_database_work(target),
                label=translate("commands", "Opening {label}…").format(label=label), parent=window,
                show_progress=True,
                cancellable=False, on_done=lambda store: actions.switch_database(ctx, store))


def load_demo(window: QWidget) -> None:
    """Open the demo in its own file (filled afresh); the user's record is left untouched."""
    from lmt_tracker.gui import databases

    ctx = _ctx(window)
    target = str(databases.demo_path())
    tasks.start(ctx, lambda progress: actions.open_demo_work(target),
                label=translate("commands", "Opening the demo…"), parent=window, show_progress=True,
                cancellable=False, on_done=lambda store: actions.switch_database(
                    ctx, store, translate("commands", "Demo opened: sample data, not your "
                                          "record — File › Leave the demo returns "
                                          "to yours")))


def leave_demo(window: QWidget) -> None:
    """Back to the last real database (or the default file)."""
    from lmt_tracker.gui import databases

    open_target(window, databases.default_target())


def file_actions(window: QWidget) -> list[tuple[str, Callable[[], None], str]]:
    return [
        (translate("commands", "&Open database…"), lambda: open_database(window), "open"),
        (translate("commands", "New empty &database…"), lambda: open_database(window, new=True),
         "add"),
        (translate("commands", "&Import export file…"), lambda: import_file(window), "restore"),
        (translate("commands", "&Export everything…"), lambda: export_file(window), "backup"),
        (translate("commands", "&Back up…"), lambda: backup(window), "backup"),
        (translate("commands", "&Restore backup…"), lambda: restore(window), "restore"),
    ]


def first_run(window: QWidget) -> None:
    """The wizard: set up a record, or open the demo (its own file), or import a file."""
    from lmt_tracker.gui.dialogs.wizard import DEMO, IMPORT, FirstRunWizard

    ctx = _ctx(window)
    wizard = FirstRunWizard(ctx, window)
    if not wizard.exec():
        return
    choice = wizard.choice()
    if choice == DEMO:
        load_demo(window)
    elif choice == IMPORT:
        path = wizard.importer.chosen()
        _whole(window, translate("commands", "Importing {0}…").format(path.name),
               lambda progress: actions.import_work(ctx.store, path, not ctx.store.is_empty()))
    else:
        therapist, credentials = wizard.result_records()
        actions.create_first_record(ctx, therapist, credentials)


def about(window: QWidget) -> None:
    QMessageBox.about(window, translate("commands", "About LMT Tracker"),
                      translate("commands", "<b>LMT Tracker {__version__}</b><br>Licenses, "
                                "exams and continuing education for massage "
                                "therapists — offline and private.<br><br>Rules are "
                                "sourced and dated; where a figure could not be "
                                "confirmed the app says “unverified — check with "
                                "your board”.").format(__version__=__version__))
