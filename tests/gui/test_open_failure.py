"""A database that cannot be opened: a message with ways out, never a dead end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from lmt_tracker.gui.app import Startup
from lmt_tracker.gui.main_window import MainWindow
from lmt_tracker.store import open_database
from lmt_tracker.store.backups import make_backup


def click(text: str, shown: list[str]):
    """A stand-in for QMessageBox.exec that records the offer and clicks ``text``."""

    def exec_(box: QMessageBox) -> int:
        shown.extend(b.text() for b in box.buttons())
        shown.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == text).click()
        return 0

    return exec_


@pytest.fixture
def damaged(demo_store) -> Path:
    """The demo database with an intact backup, then overwritten with garbage."""
    path = demo_store.target.path
    make_backup(path, "daily", verify=True)
    demo_store.close()
    path.write_bytes(b"\x00garbage, not a database" * 100)
    return path


def test_a_damaged_database_offers_its_latest_backup_and_opens_it(
        qtbot, damaged: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", click("Restore latest backup", shown))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    window = MainWindow(str(damaged))
    qtbot.addWidget(window)
    startup = Startup(window, str(damaged), smoke=False)
    with qtbot.waitSignal(startup.ready, timeout=20_000):
        window.show()
    assert "Open another file…" in shown and "Quit" in shown
    assert any("not an LMT Tracker database" in text for text in shown)
    assert window.ctx is not None and window.ctx.store.course_count() == 30
    damaged_copies = list((damaged.parent / "LMT Tracker backups").glob("*before-restore*"))
    assert any(p.read_bytes().startswith(b"\x00garbage") for p in damaged_copies)
    window.ctx.store.close()


def test_quitting_from_the_message_leaves_the_file_alone(
        qtbot, damaged: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = damaged.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", click("Quit", shown))
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    window = MainWindow(str(damaged))
    qtbot.addWidget(window)
    startup = Startup(window, str(damaged), smoke=False)
    with qtbot.waitSignal(startup.failed, timeout=20_000):
        window.show()
    qtbot.waitUntil(lambda: exits == [1])
    assert damaged.read_bytes() == before
    assert startup.status == 1


def test_opening_another_file_instead(qtbot, damaged: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from lmt_tracker.gui import commands

    other = tmp_path / "fresh.sqlite3"
    wizards: list[object] = []
    monkeypatch.setattr(commands, "first_run", wizards.append)  # a new file starts the wizard
    monkeypatch.setattr(QMessageBox, "exec", click("Open another file…", []))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(other), "")))
    window = MainWindow(str(damaged))
    qtbot.addWidget(window)
    startup = Startup(window, str(damaged), smoke=False)
    with qtbot.waitSignal(startup.ready, timeout=20_000):
        window.show()
    assert window.ctx is not None and window.ctx.store.target.path == other
    qtbot.waitUntil(lambda: wizards == [window])
    window.ctx.store.close()
    assert open_database(str(other)).is_empty()
