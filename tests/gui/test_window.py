"""The main window: shortcuts, lazily built screens, whole-database work in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox


def _action(window, keys: str) -> QAction:
    wanted = QKeySequence(keys)
    return next(a for a in window.findChildren(QAction) if wanted in a.shortcuts())


def test_shortcuts_switch_screens_and_find(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    assert set(h.window.screens) == {"dashboard"}  # the others are built on first visit
    _action(h.window, "Ctrl+2").trigger()
    assert h.window.current_screen().key == "training"
    _action(h.window, "Ctrl+5").trigger()
    assert h.window.current_screen().key == "courses"
    _action(h.window, "Ctrl+1").trigger()
    _action(h.window, "Ctrl+F").trigger()
    h.idle()
    courses = h.window.current_screen()
    assert courses.key == "courses" and courses.filters.search.hasFocus()
    for keys in ("Ctrl+N", "Ctrl+Z", "Ctrl+Shift+Z"):
        assert _action(h.window, keys) is not None
    names = [h.window.sidebar.item(i).text() for i in range(h.window.sidebar.count())]
    assert names[:3] == ["Dashboard", "Training", "Exams"] and "Settings" in names


def test_demo_from_the_empty_dashboard_runs_in_the_background(harness_for, store) -> None:
    """The demo opens in its own file: the user's (empty) database is left untouched."""
    from lmt_tracker.gui import commands, databases

    h = harness_for(store)
    dashboard = h.screen("dashboard")
    commands.load_demo(h.window)
    assert h.ctx.busy  # the window keeps painting while the demo is written
    h.idle()
    h.qtbot.waitUntil(lambda: bool(dashboard.overview and dashboard.overview.cards))
    assert store.is_empty()
    assert databases.is_demo(h.ctx.store.target.describe())
    assert dashboard.pages.currentIndex() == 2


def test_export_then_import_into_an_empty_database(harness_for, demo_store, tmp_path,
                                                   monkeypatch) -> None:
    from lmt_tracker.gui import commands
    from lmt_tracker.store import open_database

    export = tmp_path / "export.json"
    h = harness_for(demo_store)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(export), ""))
    commands.export_file(h.window)
    h.idle()
    assert export.stat().st_size > 1000

    empty = open_database(str(tmp_path / "new.sqlite3"))
    try:
        h2 = harness_for(empty)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))
        asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
        commands.import_file(h2.window)
        h2.idle()
        assert asked == []  # an empty database needs no confirmation
        assert empty.course_count() == demo_store.course_count()
        # importing again would replace everything: that asks first, and Cancel keeps the data
        commands.import_file(h2.window)
        h2.idle()
        assert asked and "replaces all" in asked[0]
        assert empty.course_count() == demo_store.course_count()
    finally:
        h2.close()
        empty.close()


def test_restore_asks_before_replacing(harness_for, demo_store, tmp_path, monkeypatch) -> None:
    from lmt_tracker.gui import commands

    h = harness_for(demo_store)
    backup = tmp_path / "backup.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    commands.backup(h.window)
    h.idle()
    assert backup.exists()
    courses = demo_store.course_count()
    demo_store.delete_course(demo_store.courses()[0].id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # Cancel
    commands.restore(h.window)
    h.idle()
    assert demo_store.course_count() == courses - 1
    monkeypatch.setattr(commands, "confirm", lambda *a: True)
    commands.restore(h.window)
    h.idle()
    assert demo_store.course_count() == courses
    assert Path(backup).exists()


def test_background_work_can_be_cancelled(harness_for, store) -> None:
    import threading

    from lmt_tracker.gui import tasks

    h = harness_for(store)
    started = threading.Event()

    def work(progress: tasks.Progress) -> str:
        started.set()
        for n in range(50_000_000):  # runs until Cancel (far longer than the test waits)
            progress.check()
            if n % 100_000 == 0:
                progress.report(n / 50_000_000, "counting")
        return "finished"

    done: list[object] = []
    task = tasks.start(h.ctx, work, on_done=done.append, label="Counting…")
    assert started.wait(10)
    with h.qtbot.waitSignal(task.signals.cancelled, timeout=10_000):
        task.cancel()
    h.idle()
    assert done == []
