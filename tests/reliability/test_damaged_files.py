"""Damaged or foreign files get a message and a way out — never a traceback, never an overwrite.

Each case runs the real command line (in-process through the ``cli`` fixture, and as
a child process where the case needs one): a database with bytes overwritten in the
middle, a file that is not a database, another program's SQLite file, a database
from a newer version, a file another process holds locked, and a read-only file or
folder. Every refused file is compared byte for byte before and after.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lmt_tracker.store import (
    DamagedDatabaseError,
    DatabaseLockedError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
    errors,
    open_database,
    sqlite_files,
)
from lmt_tracker.store.backup_list import list_backups


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _corrupt(path: Path, seed: int = 7) -> None:
    """Overwrite three pages in the middle of the file with random bytes."""
    size = path.stat().st_size
    offset = (size // 2) // 4096 * 4096
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(random.Random(seed).randbytes(3 * 4096))
    conn = sqlite3.connect(path)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        verdict = str(exc)
    finally:
        conn.close()
    assert verdict != "ok", "the corruption must be real for the test to mean anything"


def _refused(result: tuple[int, str, str], *phrases: str) -> str:
    status, out, err = result
    assert status == 2, err
    assert out == ""
    assert "Traceback" not in err
    for phrase in phrases:
        assert phrase in err, err
    return err


@pytest.fixture
def demo_db(cli, tmp_path: Path) -> Path:
    """A demo database that has been opened once today, so it has a daily backup."""
    db = tmp_path / "records.sqlite3"
    assert cli("--db", str(db), "demo")[0] == 0
    assert cli("--db", str(db), "export", "--out", str(tmp_path / "good.json"))[0] == 0
    assert [b.reason for b in list_backups(db)] == ["daily"]
    return db


def test_a_damaged_database_is_refused_then_restored_from_the_latest_backup(
        cli, demo_db: Path, tmp_path: Path) -> None:
    _corrupt(demo_db)
    damaged = _digest(demo_db)
    out = str(tmp_path / "x.json")
    _refused(cli("--db", str(demo_db), "export", "--out", out),
             "is damaged", "restore --latest", "open another file")
    _refused(cli("--db", str(demo_db), "import", str(tmp_path / "good.json"), "--replace"),
             "is damaged")
    assert _digest(demo_db) == damaged
    assert not Path(out).exists()

    status, _, err = cli("--db", str(demo_db), "restore", "--latest")
    assert status == 0, err
    assert cli("--db", str(demo_db), "export", "--out", out)[0] == 0
    assert Path(out).read_bytes() == (tmp_path / "good.json").read_bytes()
    kept = [b for b in list_backups(demo_db) if b.reason == "before-restore"]
    assert len(kept) == 1
    assert _digest(kept[0].path) == damaged  # kept byte for byte
    assert "byte for byte" in err


def test_damage_found_by_the_daily_check_is_never_rotated_in(cli, demo_db: Path,
                                                             tmp_path: Path) -> None:
    """The first open of a day verifies its copy; a damaged database's copy is not kept."""
    for backup in list_backups(demo_db):
        backup.path.unlink()
    _corrupt(demo_db)
    damaged = _digest(demo_db)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(str(demo_db))
    assert caught.value.ways_out == (errors.RESTORE_BACKUP, errors.OPEN_OTHER)
    assert "no automatic backup" in caught.value.remedy
    assert list_backups(demo_db) == []
    _refused(cli("--db", str(demo_db), "restore", "--latest"), "no intact backup")
    assert _digest(demo_db) == damaged


def test_a_damaged_database_on_the_command_line_as_a_child_process(demo_db: Path,
                                                                   tmp_path: Path) -> None:
    _corrupt(demo_db)
    damaged = _digest(demo_db)
    out = tmp_path / "x.json"
    for args in (["export", "--out", str(out)], ["backups", "--json"], ["restore", "--latest"]):
        run = subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(demo_db), *args],
                             capture_output=True, text=True, timeout=60)
        assert "Traceback" not in run.stderr
        if args[0] == "export":
            assert run.returncode == 2 and "is damaged" in run.stderr
            assert "restore --latest" in run.stderr
            assert _digest(demo_db) == damaged
        elif args[0] == "backups":
            assert run.returncode == 0
            assert [b["reason"] for b in json.loads(run.stdout)] == ["daily"]
        else:
            assert run.returncode == 0, run.stderr
    assert open_database(str(demo_db)).course_count() == 30


def test_a_file_that_is_not_a_database_is_never_touched(cli, tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("my shopping list\n" * 100)
    before = _digest(notes)
    for args in (["export", "--out", str(tmp_path / "x.json")],
                 ["import", str(notes), "--replace"], ["demo"]):
        _refused(cli("--db", str(notes), *args), "not an LMT Tracker database",
                 "open another file")
    assert _digest(notes) == before
    with pytest.raises(NotADatabaseError) as caught:
        open_database(str(notes))
    assert errors.OPEN_OTHER in caught.value.ways_out


def test_another_programs_sqlite_file_is_not_even_switched_to_wal(cli, tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = _digest(other)
    _refused(cli("--db", str(other), "export", "--out", str(tmp_path / "x.json")),
             "belongs to another program", "open another file")
    _refused(cli("--db", str(other), "demo"), "belongs to another program")
    assert _digest(other) == before
    assert not Path(f"{other}-wal").exists()


def test_a_database_from_a_newer_version_is_refused_unchanged(cli, demo_db: Path,
                                                              tmp_path: Path) -> None:
    conn = sqlite3.connect(demo_db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = _digest(demo_db)
    _refused(cli("--db", str(demo_db), "export", "--out", str(tmp_path / "x.json")),
             "newer LMT Tracker", "schema 9999", "install the newer LMT Tracker")
    _refused(cli("--db", str(demo_db), "import", str(tmp_path / "good.json"), "--replace"),
             "newer LMT Tracker")
    assert _digest(demo_db) == before
    with pytest.raises(NewerDatabaseError) as caught:
        open_database(str(demo_db))
    assert errors.INSTALL_NEWER in caught.value.ways_out


def test_a_half_created_database_is_called_incomplete(cli, tmp_path: Path) -> None:
    """What an older build could leave when killed while creating the schema."""
    db = tmp_path / "half.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("CREATE TABLE certificate (sha256 TEXT)")
    conn.commit()
    conn.close()
    _refused(cli("--db", str(db), "export", "--out", str(tmp_path / "x.json")),
             "incomplete", "open another file")


def test_a_locked_database_says_who_to_close_and_works_once_released(
        cli, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT", 0.3)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
         "c.execute('BEGIN EXCLUSIVE')\n"
         "print('locked', flush=True)\n"
         "sys.stdin.read()\n", str(demo_db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = _digest(demo_db)
        started = time.monotonic()
        _refused(cli("--db", str(demo_db), "export", "--out", str(tmp_path / "x.json")),
                 "locked by another program", "close the other program", "try again")
        assert time.monotonic() - started < 5
        with pytest.raises(DatabaseLockedError) as caught:
            open_database(str(demo_db))
        assert errors.RETRY in caught.value.ways_out
        assert _digest(demo_db) == before
    finally:
        holder.communicate("", timeout=10)
    assert cli("--db", str(demo_db), "export", "--out", str(tmp_path / "x.json"))[0] == 0


def _without_root_powers() -> list[str]:
    """A prefix that makes a child obey file permissions even when the tests run as root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot be enforced")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def _lmt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*_without_root_powers(), sys.executable, "-m", "lmt_tracker", *args],
                          capture_output=True, text=True, timeout=60)


def test_a_read_only_file_can_be_read_but_changes_are_refused_clearly(demo_db: Path,
                                                                      tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    demo_db.chmod(0o400)
    try:
        before = _digest(demo_db)
        run = _lmt("--db", str(demo_db), "import", str(good), "--replace")
        assert run.returncode == 2 and "Traceback" not in run.stderr
        assert "read-only" in run.stderr and "copy the database" in run.stderr, run.stderr
        assert _digest(demo_db) == before
        out = tmp_path / "again.json"
        run = _lmt("--db", str(demo_db), "export", "--out", str(out))
        assert run.returncode == 0, run.stderr
        assert out.read_bytes() == good.read_bytes()
    finally:
        demo_db.chmod(0o600)


def test_a_database_in_a_read_only_folder_is_explained(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    db = folder / "records.sqlite3"
    shutil.copyfile(demo_db, db)
    folder.chmod(0o500)
    try:
        before = _digest(db)
        run = _lmt("--db", str(db), "export", "--out", str(tmp_path / "x.json"))
        assert run.returncode == 2 and "Traceback" not in run.stderr
        assert "read-only folder" in run.stderr and "copy the database" in run.stderr, run.stderr
        run = _lmt("--db", str(folder / "new.sqlite3"), "demo")
        assert run.returncode == 2 and "Traceback" not in run.stderr
        assert "cannot create" in run.stderr, run.stderr
        assert _digest(db) == before
    finally:
        folder.chmod(0o700)


def test_every_refusal_carries_a_remedy_for_the_window(tmp_path: Path) -> None:
    """The GUI shows ``message`` and offers ``ways_out``; the remedy is never empty."""
    for cls in (DamagedDatabaseError, NotADatabaseError, NewerDatabaseError,
                DatabaseLockedError, errors.ReadOnlyDatabaseError):
        error = cls("something is wrong", path=tmp_path / "x.sqlite3")
        assert isinstance(error, StoreError)
        assert error.remedy and error.ways_out
        assert str(error) == f"something is wrong; {error.remedy}"
