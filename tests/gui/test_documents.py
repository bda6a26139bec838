"""Files the system hands the app: a .lmtbackup asks before restoring, an export offers
Import, a database opens — whether the file came by macOS's open-document event, on the
command line, or from a second launch over the single-instance socket."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lmt_tracker.gui import commands
from lmt_tracker.gui.documents import DocumentOpener
from lmt_tracker.gui.single_instance import InstanceGuard, forward_to_running

WAIT_MS = 10_000


@pytest.fixture
def asked(monkeypatch) -> list[tuple[str, str]]:
    """Every confirmation and warning shown, as (title, text); each is answered Cancel."""
    shown: list[tuple[str, str]] = []

    def cancel(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append((title, text)) or 0)
    return shown


@pytest.fixture
def backup_file(licensed_store, tmp_path) -> Path:
    """A backup of the licensed record, as `Back up…` writes it."""
    from lmt_tracker.io.restore import backup_to

    path = tmp_path / "elsewhere" / "friday.lmtbackup"
    path.parent.mkdir()
    backup_to(licensed_store, path)
    return path


@pytest.fixture
def opened(harness_for, licensed_store, app):
    """The window on the licensed record, handling open-document events as app.run sets up."""
    harness = harness_for(licensed_store)
    opener = DocumentOpener(harness.window)
    app.installEventFilter(opener)
    yield harness, opener
    app.removeEventFilter(opener)


def open_event(qtbot, opener: DocumentOpener, path: Path) -> None:
    """macOS's open-document event, posted to the application as the system delivers it."""
    with qtbot.waitSignal(opener.handled, timeout=WAIT_MS):
        QCoreApplication.postEvent(QCoreApplication.instance(), QFileOpenEvent(str(path)))


def test_a_backup_from_the_system_asks_before_restoring_and_cancel_changes_nothing(
        opened, backup_file, asked, qtbot) -> None:
    harness, opener = opened
    harness.store.save_therapist(replace(harness.store.therapist(), first_name="Bea"))
    open_event(qtbot, opener, backup_file)
    harness.idle()
    assert len(asked) == 1
    title, text = asked[0]
    assert title == "Restore from this backup?"
    assert "friday.lmtbackup" in text and "A copy of the current contents is kept" in text
    assert harness.store.therapist().first_name == "Bea"  # Cancel: nothing replaced


def test_a_backup_restored_after_yes_keeps_the_replaced_contents(opened, backup_file, qtbot,
                                                                 monkeypatch) -> None:
    from lmt_tracker.store.backup_list import list_backups

    harness, opener = opened
    said_yes: list[str] = []
    monkeypatch.setattr(commands, "confirm", lambda _w, title, *_a: said_yes.append(title) or True)
    harness.store.save_therapist(replace(harness.store.therapist(), first_name="Bea"))
    open_event(qtbot, opener, backup_file)
    harness.idle()
    assert said_yes == ["Restore from this backup?"]
    assert harness.ctx.store.therapist().first_name == "Ana"  # the backup's record
    database = harness.store.target.path
    assert [b.reason for b in list_backups(database)].count("before-restore") == 1


def test_an_export_from_the_system_offers_import_even_into_an_empty_database(
        harness_for, store, tmp_path, asked, qtbot, monkeypatch) -> None:
    from lmt_tracker.io.exchange import export_to
    from lmt_tracker.store import open_database

    source = open_database(str(tmp_path / "source.sqlite3"))
    try:
        from lmt_tracker.domain.core.records import Therapist

        source.save_therapist(Therapist("Ana", "Lopes", None))
        export = tmp_path / "records.json"
        export_to(source, export)
    finally:
        source.close()
    harness = harness_for(store)
    opener = DocumentOpener(harness.window)
    with qtbot.waitSignal(opener.handled, timeout=WAIT_MS):
        opener.request(str(export))
    harness.idle()
    assert [title for title, _ in asked] == ["Import this export file?"]
    assert store.is_empty()  # Cancel
    monkeypatch.setattr(commands, "confirm", lambda *_a: True)
    with qtbot.waitSignal(opener.handled, timeout=WAIT_MS):
        opener.request(str(export))
    harness.idle()
    assert store.therapist().first_name == "Ana"


def test_a_database_from_the_system_is_opened_in_the_window(opened, tmp_path, qtbot) -> None:
    from lmt_tracker.store import open_database

    other = tmp_path / "school.sqlite3"
    open_database(str(other)).close()
    harness, opener = opened
    open_event(qtbot, opener, other)
    qtbot.waitUntil(lambda: harness.ctx.store.target.path == other.resolve(), timeout=WAIT_MS)
    harness.idle()


@pytest.mark.parametrize(("name", "said"), [("missing.lmtbackup", "could not be found"),
                                            ("notes.txt", "it opens backups (.lmtbackup)")])
def test_a_file_that_cannot_be_opened_is_named_not_acted_on(opened, tmp_path, asked, qtbot,
                                                           name: str, said: str) -> None:
    harness, opener = opened
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("hello")
    open_event(qtbot, opener, path)
    assert len(asked) == 1 and asked[0][0] == "Cannot open the file" and said in asked[0][1]
    assert harness.ctx.store is harness.store


def test_a_file_handed_over_before_the_database_is_open_waits_for_it(
        app, qtbot, licensed_store, backup_file, asked) -> None:
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.gui.main_window import MainWindow

    window = MainWindow(licensed_store.target.describe())
    qtbot.addWidget(window)
    opener = DocumentOpener(window)
    opener.request(str(backup_file))
    opener.ready()  # too early: nothing is open yet
    assert asked == [] and opener.pending()
    window.attach(AppContext(licensed_store))
    with qtbot.waitSignal(opener.handled, timeout=WAIT_MS):
        opener.ready()
    assert [title for title, _ in asked] == ["Restore from this backup?"]
    assert not opener.pending()


def test_a_second_launch_with_a_backup_hands_it_to_the_running_window(
        opened, db_path, backup_file, asked, qtbot) -> None:
    harness, opener = opened
    guard = InstanceGuard(harness.window)
    harness.window.instance_guard = guard
    guard.document_requested.connect(opener.request)
    harness.window._database_changed()  # listen, as attach does once the guard exists
    try:
        with qtbot.waitSignal(guard.document_requested, timeout=WAIT_MS) as sent:
            assert forward_to_running(str(db_path), str(backup_file)) is True
        assert sent.args == [str(backup_file)]
        qtbot.waitUntil(lambda: bool(asked), timeout=WAIT_MS)
        assert asked[0][0] == "Restore from this backup?"
    finally:
        guard.release()


def test_a_path_with_a_newline_crosses_the_socket_whole(opened, db_path, tmp_path, qtbot) -> None:
    harness, _opener = opened
    guard = InstanceGuard(harness.window)
    harness.window.instance_guard = guard
    harness.window._database_changed()
    odd = str(tmp_path / "two\nlines é.lmtbackup")
    try:
        with qtbot.waitSignal(guard.document_requested, timeout=WAIT_MS) as sent:
            assert forward_to_running(str(db_path), odd) is True
        assert sent.args == [odd]
    finally:
        guard.release()


def test_the_command_line_hands_the_file_to_a_running_window(opened, db_path, backup_file,
                                                             qtbot, monkeypatch) -> None:
    """`lmt-tracker FILE.lmtbackup` while a window is open on the database: that window
    gets the file, and no second window is built."""
    from lmt_tracker import __main__ as entry
    from lmt_tracker.gui import main_window

    harness, _opener = opened
    guard = InstanceGuard(harness.window)
    harness.window.instance_guard = guard
    harness.window._database_changed()

    def no_window(*_args, **_kwargs):
        raise AssertionError("a second window was built")

    monkeypatch.setattr(main_window, "MainWindow", no_window)
    monkeypatch.setenv("LMT_TRACKER_DB", str(db_path))
    try:
        with qtbot.waitSignal(guard.document_requested, timeout=WAIT_MS) as sent:
            assert entry.main([str(backup_file)]) == 0
        assert sent.args == [str(backup_file.resolve())]
    finally:
        guard.release()


def test_back_up_suggests_a_dated_lmtbackup_and_restore_lists_them_first(
        harness_for, licensed_store, tmp_path, monkeypatch) -> None:
    harness = harness_for(licensed_store)
    offered: dict[str, str] = {}

    def save_as(_parent, _title, suggested, filters, *_a, **_k):
        offered.update(suggested=suggested, filters=filters)
        return str(tmp_path / "mine"), ""  # typed without an extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    commands.backup(harness.window)
    harness.idle()
    day = harness.ctx.today().isoformat()
    assert Path(offered["suggested"]).name == f"lmt-tracker-backup-{day}.lmtbackup"
    assert offered["filters"].split(";;")[0] == "LMT Tracker backups (*.lmtbackup)"
    assert (tmp_path / "mine.lmtbackup").is_file()

    def open_one(_parent, _title, _folder, filters, *_a, **_k):
        offered.update(restore_filters=filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_one)
    commands.restore(harness.window)
    filters = offered["restore_filters"].split(";;")
    assert filters[0] == "LMT Tracker backups (*.lmtbackup)"
    assert "*.sqlite3" in filters[1] and filters[-1] == "All files (*)"  # older backups too


def test_a_document_with_no_database_named_goes_to_the_window_open_on_another_file(
        opened, db_path, backup_file, tmp_path, qtbot, monkeypatch) -> None:
    """A double-click on a backup (`lmt-tracker FILE`, no --db) while the one window shows
    another file than the one the launch would pick: that window takes the document,
    rather than a second window opening on the other file."""
    from lmt_tracker import __main__ as entry
    from lmt_tracker.gui import databases, main_window

    harness, _opener = opened
    guard = InstanceGuard(harness.window)
    harness.window.instance_guard = guard
    harness.window._database_changed()
    other = tmp_path / "the-last-one-used.sqlite3"
    monkeypatch.setattr(databases, "default_target", lambda: str(other))

    def no_window(*_args, **_kwargs):
        raise AssertionError("a second window was built")

    monkeypatch.setattr(main_window, "MainWindow", no_window)
    try:
        assert forward_to_running(str(other), str(backup_file)) is False  # not that file
        with qtbot.waitSignal(guard.document_requested, timeout=WAIT_MS) as sent:
            assert entry.main([str(backup_file)]) == 0
        assert sent.args == [str(backup_file.resolve())]
    finally:
        guard.close()
    assert not other.exists()  # nothing opened the other file
