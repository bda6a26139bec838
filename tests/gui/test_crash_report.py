"""An unexpected error in the window: a dialog says so, the details can be copied or
saved, the log holds them, and the app keeps running.

pytest-qt normally catches exceptions raised in slots itself; these tests switch that
off so the error takes the path it takes for a user (PySide6 → ``sys.excepthook``).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from lmt_tracker import logs
from lmt_tracker.gui.dialogs import crash_report

pytestmark = pytest.mark.qt_no_exception_capture

NAME = "Jane Q. Doe"


class Failing(QWidget):
    """A window with a button whose slot raises, and one that still works."""

    def __init__(self) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        self.bad = QPushButton("Save")
        self.bad.clicked.connect(self.save)
        self.good = QPushButton("Count")
        self.count = 0
        self.good.clicked.connect(self.add)
        lay.addWidget(self.bad)
        lay.addWidget(self.good)

    def save(self) -> None:
        raise ValueError(f"no credential for '{NAME}'")

    def add(self) -> None:
        self.count += 1


@pytest.fixture
def window(app, qtbot, private_home: Path):
    logs.setup()
    widget = Failing()
    qtbot.addWidget(widget)
    widget.show()
    reporter = crash_report.install(widget)
    yield widget, reporter
    if reporter.dialog is not None:
        reporter.dialog.close()
    logs.reset()


def test_a_slot_that_raises_shows_a_report_and_the_app_keeps_running(window, qtbot) -> None:
    widget, reporter = window
    qtbot.mouseClick(widget.bad, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog.windowTitle() == "Something went wrong"
    details = dialog.details.toPlainText()
    assert "ValueError: no credential for '…'" in details
    assert "in save" in details and "LMT Tracker" in details.splitlines()[0]
    assert NAME not in details
    log = dialog.report.log_file.read_text(encoding="utf-8")
    assert "ValueError: no credential for '…'" in log and NAME not in log

    dialog.copy_button.click()
    assert QApplication.clipboard().text() == details
    dialog.close_button.click()
    assert not dialog.isVisible()
    qtbot.mouseClick(widget.good, Qt.MouseButton.LeftButton)  # the window still works
    assert widget.count == 1


def test_the_details_can_be_saved(window, qtbot, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    widget, reporter = window
    qtbot.mouseClick(widget.bad, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    target = tmp_path / "error details ü.txt"
    monkeypatch.setattr(crash_report.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    assert reporter.dialog.save_details() == target
    assert target.read_text(encoding="utf-8").strip() == reporter.dialog.report.details


def test_the_same_error_again_is_logged_but_not_shown_again(window, qtbot) -> None:
    widget, reporter = window
    qtbot.mouseClick(widget.bad, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    reporter.dialog.close_button.click()
    qtbot.mouseClick(widget.bad, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert reporter.shown == 1 and not reporter.dialog.isVisible()
    log = reporter.dialog.report.log_file.read_text(encoding="utf-8")
    assert log.count("unexpected error") == 2


def test_an_error_in_a_background_thread_is_shown_on_the_main_thread(window, qtbot) -> None:
    _widget, reporter = window
    thread = threading.Thread(target=lambda: {}["missing"], name="importer")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog.thread() is QApplication.instance().thread()
    assert "KeyError" in reporter.dialog.report.summary
    assert "thread importer" in reporter.dialog.details.toPlainText()


def test_open_log_folder_opens_the_platform_log_folder(app, private_home: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    opened = []
    monkeypatch.setattr(crash_report.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    assert crash_report.open_log_folder()
    assert opened == [str(logs.log_folder())]
    if sys.platform.startswith("linux"):
        assert logs.log_folder() == private_home / ".local" / "state" / "lmt-tracker" / "log"


def test_the_app_installs_the_report_once_its_window_has_painted(app, qtbot,
                                                                 private_home: Path) -> None:
    from lmt_tracker.gui.app import _install_crash_report

    logs.setup()
    widget = Failing()
    qtbot.addWidget(widget)
    _install_crash_report(widget)
    reporter = logs._state.crash_handler
    assert isinstance(reporter, crash_report.CrashReporter) and reporter.window is widget
    widget.show()
    qtbot.mouseClick(widget.bad, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    reporter.dialog.close()
    logs.reset()


def test_a_bug_in_background_work_gets_the_report_a_refusal_gets_its_message(
        harness_for, store, qtbot, private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from lmt_tracker.gui import tasks
    from lmt_tracker.store import StoreError

    h = harness_for(store)
    logs.setup()
    reporter = crash_report.install(h.window)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))

    def refuse(progress):
        raise StoreError("the database is read-only", "copy it somewhere writable")

    tasks.start(h.ctx, refuse, on_done=print, label="Saving…", parent=h.window)
    h.idle()
    qtbot.waitUntil(lambda: bool(warned))
    assert "read-only" in warned[0] and reporter.dialog is None

    tasks.start(h.ctx, lambda progress: 1 / 0, on_done=print, label="Counting…",
                parent=h.window)
    h.idle()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog.report.summary == "ZeroDivisionError: division by zero"
    assert len(warned) == 1
    reporter.dialog.close()
    logs.reset()
