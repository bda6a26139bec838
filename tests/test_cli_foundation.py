"""The command-line contract for the foundation commands."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from lmt_tracker import __version__


def test_version_is_printed(cli) -> None:
    import pytest

    with pytest.raises(SystemExit) as caught:
        cli("--version")
    assert caught.value.code == 0


def test_python_dash_m_runs_the_same_entry_point(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "lmt_tracker", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == f"lmt-tracker {__version__}"


def test_demo_export_import_export_on_the_command_line(cli, new_database, tmp_path: Path) -> None:
    a, b = new_database(), new_database()
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert cli("--db", a, "demo")[0] == 0
    assert cli("--db", a, "export", "--out", str(first))[0] == 0
    assert cli("--db", b, "import", str(first))[0] == 0
    assert cli("--db", b, "export", "--out", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    if "://" not in b:
        assert sqlite3.connect(b).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_environment_variable_chooses_the_database(cli, db_target: str, monkeypatch) -> None:
    from lmt_tracker.store import open_database

    monkeypatch.setenv("LMT_TRACKER_DB", db_target)
    assert cli("demo", "--courses", "5")[0] == 0
    store = open_database(db_target)
    assert store.course_count() == 35
    store.close()


def test_the_default_database_lives_in_the_user_data_folder(cli, private_home: Path) -> None:
    assert cli("demo")[0] == 0
    assert (private_home / "data" / "lmt-tracker" / "lmt-tracker.sqlite3").exists()


def test_demo_refuses_a_database_that_holds_records(cli, tmp_path: Path) -> None:
    path = str(tmp_path / "a.sqlite3")
    cli("--db", path, "demo")
    status, _, err = cli("--db", path, "demo")
    assert status == 2
    assert "already holds records" in err


def test_bad_input_gives_a_message_not_a_traceback(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "lmt-tracker-export", "format_version": 1, "courses": [')
    status, out, err = cli("--db", str(tmp_path / "x.sqlite3"), "import", str(bad))
    assert status == 2
    assert out == ""
    assert "not complete JSON" in err and "Traceback" not in err
    status, _, err = cli(
        "--db", str(tmp_path / "x.sqlite3"), "export", "--out", str(tmp_path / "x.txt")
    )
    assert status == 2 and "must end in .json" in err
    notdb = tmp_path / "notdb.sqlite3"
    notdb.write_text("hello")
    status, _, err = cli("--db", str(notdb), "export", "--out", str(tmp_path / "y.json"))
    assert status == 2 and "not an LMT Tracker database" in err


def test_backup_and_restore_on_the_command_line(cli, tmp_path: Path) -> None:
    db, backup = tmp_path / "a.sqlite3", tmp_path / "backup.sqlite3"
    cli("--db", str(db), "demo")
    assert cli("--db", str(db), "backup", "--out", str(backup))[0] == 0
    status, _, err = cli("--db", str(db), "restore", str(backup))
    assert status == 0, err
    assert "previous contents are kept" in err
    first = json.loads(
        json.dumps(cli("--db", str(db), "export", "--out", str(tmp_path / "e.json")))
    )
    assert first[0] == 0
