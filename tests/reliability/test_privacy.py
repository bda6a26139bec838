"""Privacy: the user's files are readable by them alone, and nothing leaves the machine.

A therapist's record holds a birth date, licence numbers and home address; a school's
holds its students'. So every file the app writes — the database and SQLite's log and
shared-memory files beside it, backups, exports — is created owner-only (0600, folders
0700), and no code path opens a network connection: the tests below replace Python's
socket entry points with a tripwire and run every command, then the main window.
Exported CSVs are made inert for spreadsheets (a cell that would start a formula).
"""

from __future__ import annotations

import csv
import io
import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lmt_tracker import paths
from lmt_tracker.store import open_database
from lmt_tracker.store.backup_list import backups_folder, list_backups


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """umask 0: the app's own modes, not the user's umask, must keep files private."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_the_database_its_log_files_and_backups_are_owner_only(cli, tmp_path: Path,
                                                               permissive_umask) -> None:
    db = tmp_path / "records.sqlite3"
    assert cli("--db", str(db), "demo")[0] == 0
    store = open_database(str(db))
    store.set_setting("theme", "dark")  # a write, so the WAL holds frames
    assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        assert _mode(path) == 0o600, path
    store.close()

    export, copy = tmp_path / "out.json", tmp_path / "copy.sqlite3"
    assert cli("--db", str(db), "export", "--out", str(export))[0] == 0
    assert cli("--db", str(db), "backup", "--out", str(copy))[0] == 0
    assert cli("--db", str(db), "import", str(export), "--replace")[0] == 0
    assert cli("--db", str(db), "restore", str(copy))[0] == 0
    assert _mode(export) == 0o600 and _mode(copy) == 0o600
    backups = list_backups(db)
    assert {b.reason for b in backups} == {"daily", "before-import", "before-restore"}
    for backup in backups:
        assert _mode(backup.path) == 0o600, backup.path
    assert _mode(backups_folder(db)) == 0o700
    assert _mode(paths.user_data_dir()) == 0o700
    assert _mode(db) == 0o600


class Tripwire:
    """Stands in for every way Python code can reach the network; records each attempt."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, what: str, target: Any) -> None:
        self.attempts.append(f"{what}({target!r})")
        raise OSError(f"network access attempted during a privacy test: {what}({target!r})")

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_connect = socket.socket.connect

        def connect(sock: socket.socket, address: Any) -> Any:
            if sock.family == getattr(socket, "AF_UNIX", None):
                return real_connect(sock, address)  # a local socket never leaves the machine
            return self.refuse("socket.connect", address)

        def connect_ex(sock: socket.socket, address: Any) -> Any:
            if sock.family == getattr(socket, "AF_UNIX", None):
                return real_connect(sock, address)
            return self.refuse("socket.connect_ex", address)

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket.socket, "sendto",
                            lambda sock, *args: self.refuse("socket.sendto", args[-1]))
        monkeypatch.setattr(socket, "create_connection",
                            lambda address, *a, **k: self.refuse("create_connection", address))
        monkeypatch.setattr(socket, "getaddrinfo",
                            lambda host, *a, **k: self.refuse("getaddrinfo", host))
        monkeypatch.setattr(socket, "gethostbyname",
                            lambda host: self.refuse("gethostbyname", host))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Tripwire:
    tripwire = Tripwire()
    tripwire.install(monkeypatch)
    return tripwire


def _commands() -> set[str]:
    from lmt_tracker.cli import build_parser

    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        return set(action.choices)  # type: ignore[arg-type]
    return set()


CLASS_CSV = (
    "student_id,name,total_hours,anatomy_physiology,ethics,mblex\n"
    "S1,=HYPERLINK(\"http://evil.example\";\"click\"),600,150,10,pass\n"
    "S2,+1+1,600,150,10,pass\n"
    "S3,-2+3,600,150,10,pass\n"
    "S4,@SUM(A1:A2),600,150,10,pass\n"
    "=S5,\"\t=1+1\",600,150,10,pass\n"
    "S6,Ava García,600,150,10,pass\n"
)


def test_every_command_runs_without_touching_the_network(cli, tmp_path: Path,
                                                         no_network: Tripwire) -> None:
    db, other = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    available = _commands()
    runs: list[tuple[str, ...]] = [
        ("--db", db, "demo"),
        ("--db", db, "export", "--out", str(tmp_path / "a.json")),
        ("--db", other, "import", str(tmp_path / "a.json")),
        ("--db", db, "backup", "--out", str(tmp_path / "copy.sqlite3")),
        ("--db", db, "backups", "--json"),
        ("--db", db, "restore", "--latest"),
        ("--db", db, "status", "--json"),
        ("rules", "list", "--json"),
        ("eligibility", "--hours", "600", "--json"),
        ("--db", db, "calendar", "--out", str(tmp_path / "deadlines.ics")),
        ("--db", db, "report", "transcript", "--out", str(tmp_path / "transcript.pdf")),
        ("--db", db, "report", "renewal", "--credential", "1", "--out",
         str(tmp_path / "renewal.pdf")),
    ]
    (tmp_path / "class.csv").write_text(CLASS_CSV, encoding="utf-8")
    runs.append(("audit", str(tmp_path / "class.csv"), "--states", "FL,NY", "--out",
                 str(tmp_path / "audit.csv")))
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("example.org", 443))  # the tripwire itself works
    no_network.attempts.clear()
    ran = []
    for args in runs:
        command = args[2] if args[0] == "--db" else args[0]
        if command not in available:
            continue
        status, _, err = cli(*args)
        assert status in (0, 1), f"{args}: {err}"
        ran.append(command)
    assert no_network.attempts == []
    assert {"demo", "export", "import", "backup", "backups", "restore"} <= set(ran)
    assert len(ran) == len([a for a in runs if (a[2] if a[0] == "--db" else a[0]) in available])


def test_exported_audit_csv_cells_cannot_start_a_formula(cli, tmp_path: Path) -> None:
    if "audit" not in _commands():
        pytest.skip("the school audit command is not built yet")
    source, out = tmp_path / "class.csv", tmp_path / "audit.csv"
    source.write_text(CLASS_CSV, encoding="utf-8")
    status, _, err = cli("audit", str(source), "--states", "FL", "--out", str(out))
    assert status in (0, 1), err
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert any("HYPERLINK" in cell for cell in cells)  # the hostile names are there...
    for cell in cells:  # ...but inert
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_the_main_window_opens_without_touching_the_network(demo_store, qtbot,
                                                            no_network: Tripwire) -> None:
    main_window = pytest.importorskip("lmt_tracker.gui.main_window")
    from PySide6.QtCore import QThreadPool

    from lmt_tracker.gui.context import AppContext

    window = main_window.MainWindow(str(demo_store.target.path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(AppContext(demo_store))
    qtbot.wait(200)
    QThreadPool.globalInstance().waitForDone(10_000)
    assert no_network.attempts == []
