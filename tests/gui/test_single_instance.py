"""One window per database: a second launch brings the running window forward, and a file
open on another computer is named before it is opened here."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lmt_tracker import open_marker
from lmt_tracker.gui import single_instance
from lmt_tracker.gui.single_instance import InstanceGuard, forward_to_running, server_name


@pytest.fixture
def running(harness_for, licensed_store, db_path):
    """The main window on ``db_path``, listening as app.run sets it up."""
    harness = harness_for(licensed_store)
    guard = InstanceGuard(harness.window)
    harness.window.instance_guard = guard
    harness.window._database_changed()  # what attach does once the guard exists
    yield harness, guard
    guard.release()


def test_the_name_is_the_files_and_the_users(tmp_path: Path, monkeypatch) -> None:
    a = tmp_path / "a.sqlite3"
    monkeypatch.chdir(tmp_path)
    same = single_instance.database_file("a.sqlite3")
    assert same == a.resolve()
    assert server_name(same) == server_name(single_instance.database_file(f"sqlite:///{a}"))
    assert server_name(a) != server_name(tmp_path / "b.sqlite3")
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("USER", "me")
    mine = server_name(a)
    monkeypatch.setenv("LOGNAME", "someone-else")  # getpass.getuser() asks LOGNAME first
    assert server_name(a) != mine
    assert len(mine.encode()) < 100  # fits a Unix socket address (104 bytes on macOS)
    # The same name as hashlib's SHA-256 gives (every version of the app finds the others).
    digest = hashlib.sha256(f"me\0{os.path.normcase(str(a))}".encode()).hexdigest()[:24]
    assert Path(mine).name == f"lmt-tracker-{digest}"


@pytest.mark.parametrize("target", ["postgresql://registrar@school-db/lmt",
                                    "postgresql+psycopg://u@h:5432/d", "sqlite:///:memory:"])
def test_a_server_database_is_not_guarded(target: str) -> None:
    assert single_instance.database_file(target) is None
    assert forward_to_running(target) is False


def test_a_second_launch_brings_the_running_window_forward(running, db_path, qtbot) -> None:
    harness, guard = running
    window = harness.window
    window.showMinimized()
    assert window.windowState() & Qt.WindowState.WindowMinimized
    with qtbot.waitSignal(guard.raised):
        assert forward_to_running(str(db_path)) is True
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()


def test_the_same_file_by_another_path_is_the_same_window(running, db_path, qtbot,
                                                          monkeypatch) -> None:
    _harness, guard = running
    monkeypatch.chdir(db_path.parent)
    with qtbot.waitSignal(guard.raised):
        assert forward_to_running(f"./{db_path.name}") is True


def test_another_file_opens_its_own_window(running, tmp_path) -> None:
    assert forward_to_running(str(tmp_path / "other.sqlite3")) is False


def test_a_second_launch_opens_no_window_of_its_own(running, db_path, qtbot, monkeypatch) -> None:
    from lmt_tracker.gui import app as app_module
    from lmt_tracker.gui import main_window

    _harness, guard = running

    def no_window(*_args, **_kwargs):
        raise AssertionError("a second window was built")

    monkeypatch.setattr(main_window, "MainWindow", no_window)  # imported by run() itself
    with qtbot.waitSignal(guard.raised):
        assert app_module.run(str(db_path)) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket file")
def test_a_socket_left_by_a_crash_neither_forwards_nor_blocks(tmp_path, qtbot, harness_for,
                                                              licensed_store, db_path) -> None:
    name = server_name(db_path)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)  # the file stays after close, as after a crash
    dead.close()
    try:
        assert Path(name).exists()
        assert forward_to_running(str(db_path)) is False
        harness = harness_for(licensed_store)
        guard = InstanceGuard(harness.window)
        harness.window.instance_guard = guard
        harness.window._database_changed()
        with qtbot.waitSignal(guard.raised):
            assert forward_to_running(str(db_path)) is True
        guard.release()
    finally:
        Path(name).unlink(missing_ok=True)


def test_the_running_window_marks_the_file_and_unmarks_it_on_closing(running, db_path) -> None:
    _harness, guard = running
    marker = open_marker.read(db_path)
    assert marker is not None and marker.is_mine()
    guard.release()
    assert open_marker.read(db_path) is None
    assert forward_to_running(str(db_path)) is False


def _marker_from(db_path: Path, host: str) -> None:
    db_path.with_name(db_path.name + "-open").write_text(json.dumps(
        {"host": host, "user": "maria", "pid": 4242, "since": "2026-12-04T09:15:00"}))


@pytest.mark.parametrize("answer", [False, True])
def test_a_file_open_on_another_computer_is_named_and_opened_only_if_asked(
        app, qtbot, db_path, monkeypatch, answer) -> None:
    from lmt_tracker.gui import app as app_module
    from lmt_tracker.gui.main_window import MainWindow

    _marker_from(db_path, "FRONT-DESK")
    asked, exits, opened = [], [], []

    def ask(parent, database, marker):
        asked.append((database, marker.host, marker.user))
        return answer

    monkeypatch.setattr(single_instance, "ask_open_elsewhere", ask)
    monkeypatch.setattr(app_module.QApplication, "exit", staticmethod(exits.append))
    monkeypatch.setattr(app_module.Startup, "_open_in_background",
                        lambda self: opened.append(self.target))
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    startup = app_module.Startup(window, str(db_path), smoke=False)
    startup._on_painted()
    assert asked == [(db_path.resolve(), "FRONT-DESK", "maria")]
    assert opened == ([str(db_path)] if answer else [])
    assert exits == ([] if answer else [0])


def test_a_stale_marker_from_another_computer_asks_nothing(app, qtbot, db_path,
                                                           monkeypatch) -> None:
    from lmt_tracker.gui import app as app_module
    from lmt_tracker.gui.main_window import MainWindow

    _marker_from(db_path, "FRONT-DESK")
    old = time.time() - open_marker.STALE_SECONDS - 60
    os.utime(db_path.with_name(db_path.name + "-open"), (old, old))
    monkeypatch.setattr(single_instance, "ask_open_elsewhere",
                        lambda *a: pytest.fail("asked about a stale marker"))
    opened = []
    monkeypatch.setattr(app_module.Startup, "_open_in_background",
                        lambda self: opened.append(self.target))
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    app_module.Startup(window, str(db_path), smoke=False)._on_painted()
    assert opened == [str(db_path)]


def test_the_question_names_the_computer_the_user_and_the_way_out(app, qtbot, db_path,
                                                                 monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    _marker_from(db_path, "FRONT-DESK")
    marker = open_marker.read(db_path)
    shown = {}

    def fake_exec(box):
        shown["text"], shown["more"] = box.text(), box.informativeText()
        shown["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert single_instance.ask_open_elsewhere(None, db_path, marker) is False
    assert "FRONT-DESK (maria)" in shown["text"] and db_path.name in shown["text"]
    assert "12/04/2026" in shown["text"] and "09:15" in shown["text"]
    assert "10 minutes" in shown["more"]
    assert "Open anyway" in shown["buttons"]


def test_with_no_window_open_the_check_costs_no_network_module(tmp_path) -> None:
    """Start-up: the check before the first paint imports neither QtNetwork nor the marker."""
    import subprocess

    script = ("from lmt_tracker.gui import single_instance\n"
              f"assert not single_instance.forward_to_running({str(tmp_path / 'a.sqlite3')!r})\n"
              "import sys\n"
              "print(sorted(m for m in sys.modules if m in ('PySide6.QtNetwork', "
              "'lmt_tracker.open_marker', 'json', 'socket', 'hashlib', 'getpass')))")
    env = {**os.environ, "LOGNAME": "therapist"}  # a desktop session names its user
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=60, env=env)
    assert done.stdout.strip() == "[]"


def test_file_open_of_a_database_another_window_has_brings_that_window(running, db_path,
                                                                      tmp_path, qtbot,
                                                                      harness_for) -> None:
    from lmt_tracker.gui import commands
    from lmt_tracker.store import open_database

    _first, guard = running
    other = open_database(str(tmp_path / "other.sqlite3"))
    second = harness_for(other)
    messages = []
    second.ctx.signals.status_message.connect(messages.append)
    with qtbot.waitSignal(guard.raised):
        commands.open_target(second.window, str(db_path))
    assert second.ctx.store is other  # nothing opened here
    assert messages and db_path.name in messages[-1] and "brought forward" in messages[-1]
    other.close()
