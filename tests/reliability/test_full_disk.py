"""A full disk: every path that writes meets ``ENOSPC`` on a real, small filesystem.

The test mounts a size-limited tmpfs (root only, Linux only: CI runs it as root;
elsewhere it is skipped with the reason) and fills it with one pre-allocated file,
leaving a chosen number of bytes free. Each writing path — import, demo, saving a
course with a large certificate, backup, the daily backup on open, export, the
renewal PDF and installing a rule pack — is then run with 0 bytes, 16 KB and 256 KB
left, each less than the write needs. Every time it must:

- fail with "the disk is full", the file it could not write and, where the write's
  size is known beforehand, the space it needed;
- leave the database's rows exactly as they were (``integrity_check`` ok) and every
  other file byte for byte as it was, with no temporary or zero-length file left;
- work once the filler is removed.

The daily backup is the exception by design: failing to make a spare copy must not
stop the user from working, so the command succeeds and the warning says why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.domain.core.certificate_checks import make_certificate
from lmt_tracker.domain.core.records import Course
from lmt_tracker.store import DiskFullError, backup_list, open_database
from tests.reliability import reliability_helpers as h

SIZE = 24 * 2**20
# Free space left for each attempt: none, less than one SQLite page run, and a quarter
# of a megabyte — every write below needs more than that (a database of ~1 MB, a 3 MB
# certificate, rule files of ~0.5 MB).
LEAVES = (0, 16 * 1024, 256 * 1024)
FULL = "the disk is full"
# SQLite's working files beside a database: their bytes are SQLite's business.
_SQLITE_SIDE = ("-wal", "-shm", "-journal")


@pytest.fixture(scope="module")
def small_disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A 24 MB tmpfs, mounted for this module and always unmounted after it."""
    if not sys.platform.startswith("linux"):
        pytest.skip("a size-limited tmpfs needs Linux (CI runs this on Linux as root)")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs this as root)")
    mount = tmp_path_factory.mktemp("small-disk")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "lmt-full-disk", str(mount)],
        capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"this machine refuses to mount a tmpfs: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(mount)], check=False)


class Disk:
    """The small filesystem: a working folder on it, and a filler to take its free space."""

    def __init__(self, mount: Path) -> None:
        self.mount = mount
        self.work = mount / "work"
        self.filler = mount / "filler"

    def free(self) -> int:
        return shutil.disk_usage(self.mount).free

    def fill(self, leave: int) -> None:
        """Take all free space but ``leave`` bytes (pre-allocated, so it is really used)."""
        self.release()
        fd = os.open(self.filler, os.O_CREAT | os.O_WRONLY, 0o600)
        try:
            os.posix_fallocate(fd, 0, max(self.free() - leave, 4096))
        finally:
            os.close(fd)
        assert self.free() <= leave + 4096, (self.free(), leave)

    def release(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def disk(small_disk: Path) -> Iterator[Disk]:
    d = Disk(small_disk)
    d.work.mkdir()
    try:
        yield d
    finally:
        d.release()
        shutil.rmtree(d.work)


def files_of(folder: Path, *, skip: tuple[Path, ...] = ()) -> dict[str, str]:
    """Every file under ``folder`` (but SQLite's working files and ``skip``): name → SHA-256."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_dir() or path.name.endswith(_SQLITE_SIDE) or path in skip:
            continue
        found[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def rows_of(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    return h.table_dump(db, h.columns_of(db))


def check_refusals(disk: Disk, attempt: Callable[[], str], *, db: Path | None, names: Path,
                   needs: bool, leaves: tuple[int, ...] = LEAVES) -> None:
    """Run ``attempt`` (returns the message shown) with each of ``leaves`` bytes free.

    ``names`` is the file the message must name; ``needs``: whether the size needed is
    known beforehand (a file written whole) or not (SQLite's own growth).
    """
    before_rows = rows_of(db) if db is not None else None
    before_files = files_of(disk.work, skip=(db,) if db else ())
    for leave in leaves:
        disk.fill(leave)
        try:
            message = attempt()
        finally:
            disk.release()
        assert FULL in message, (leave, message)
        assert str(names) in message, (leave, message)
        assert ("it needs about" in message) is needs, (leave, message)
        assert "free some space" in message, message
        if db is not None:
            assert rows_of(db) == before_rows, f"{leave} bytes free: the database changed"
        assert files_of(disk.work, skip=(db,) if db else ()) == before_files, (
            f"{leave} bytes free: a file was changed, left half-written or left behind")


def refused(cli: Callable[..., tuple[int, str, str]], *args: str) -> str:
    status, out, err = cli(*args)
    assert status != 0 and out == "", (status, out, err)
    assert "Traceback" not in err
    return err


def _demo_db(cli, disk: Disk) -> Path:
    db = disk.work / "lmt.sqlite3"
    status, _, err = cli("--db", str(db), "demo")
    assert status == 0, err
    open_database(str(db)).close()  # today's daily copy made while there is room
    return db


def _empty_db(db: Path) -> Path:
    """An empty database, its schema and today's daily copy made while there is room."""
    for _ in range(2):  # the first open creates it; the second makes the daily copy
        open_database(str(db)).close()
    return db


# -- the database: import, demo, a course with a large certificate ---------------------------

def test_import_into_a_full_disk_leaves_the_database_empty_then_works(cli, disk: Disk,
                                                                      tmp_path: Path) -> None:
    source = _demo_db(cli, disk)
    document = tmp_path / "everything.json"
    assert cli("--db", str(source), "export", "--out", str(document))[0] == 0
    db = _empty_db(disk.work / "new.sqlite3")
    check_refusals(disk, lambda: refused(cli, "--db", str(db), "import", str(document)),
                   db=db, names=db, needs=False)
    assert cli("--db", str(db), "import", str(document))[0] == 0
    assert rows_of(db) == rows_of(source)


def test_replacing_import_on_a_full_disk_keeps_the_old_contents_then_works(
        cli, disk: Disk, tmp_path: Path) -> None:
    db = _demo_db(cli, disk)
    store = open_database(str(db))
    store.save_course(Course("Only here", "P", dt.date(2024, 1, 1), Decimal(1), "in_person"))
    store.close()
    other = tmp_path / "other.sqlite3"
    assert cli("--db", str(other), "demo")[0] == 0
    document = tmp_path / "other.json"
    assert cli("--db", str(other), "export", "--out", str(document))[0] == 0
    check_refusals(disk, lambda: refused(cli, "--db", str(db), "import", "--replace",
                                         str(document)),
                   db=db, names=disk.work, needs=True)
    assert cli("--db", str(db), "import", "--replace", str(document))[0] == 0
    assert rows_of(db) == rows_of(other)


def test_demo_on_a_full_disk_leaves_the_database_empty_then_works(cli, disk: Disk) -> None:
    db = _empty_db(disk.work / "demo.sqlite3")
    check_refusals(disk, lambda: refused(cli, "--db", str(db), "demo"),
                   db=db, names=db, needs=False)
    assert cli("--db", str(db), "demo")[0] == 0
    store = open_database(str(db))
    try:
        assert not store.is_empty()
    finally:
        store.close()


def test_demo_into_a_new_file_on_a_full_disk_leaves_no_empty_file(cli, disk: Disk) -> None:
    """Where even the schema does not fit, the new file is removed (never left at 0 bytes);
    where the schema fits but the records do not, an intact empty database is left."""
    db = disk.work / "brand-new.sqlite3"
    for leave in LEAVES:
        disk.fill(leave)
        try:
            message = refused(cli, "--db", str(db), "demo")
        finally:
            disk.release()
        assert FULL in message and str(db) in message, message
        leftovers = sorted(p.name for p in disk.work.iterdir()
                           if p.name != "LMT Tracker backups" and not p.name.endswith(_SQLITE_SIDE))
        assert leftovers in ([], [db.name]), leftovers
        if db.exists():
            assert db.stat().st_size > 0
            assert rows_of(db) == rows_of(_empty_db(disk.work / "reference.sqlite3"))
            (disk.work / "reference.sqlite3").unlink()
    assert cli("--db", str(db), "demo")[0] == 0


def test_a_large_certificate_on_a_full_disk_is_not_saved_then_is(cli, disk: Disk) -> None:
    db = _demo_db(cli, disk)
    cert = make_certificate("scan.pdf", h.fake_pdf(3 * 2**20, 23))
    course = Course("Ethics with a big scan", "Provider", dt.date(2024, 5, 1), Decimal(3),
                    "in_person")

    def attempt() -> str:
        store = open_database(str(db))
        try:
            with pytest.raises(DiskFullError) as caught:
                store.save_course(course, cert)
        finally:
            store.close()
        assert caught.value.needed == len(cert.data)
        return str(caught.value)

    check_refusals(disk, attempt, db=db, names=db, needs=True)
    store = open_database(str(db))
    try:
        saved = store.save_course(course, cert)
        assert store.certificate(cert.sha256).data == cert.data
        assert store.course(saved.id).title == course.title
    finally:
        store.close()


# -- copies and files: backup, the daily backup, export, the renewal PDF --------------------

def test_backup_on_a_full_disk_keeps_the_previous_copy_then_works(cli, disk: Disk) -> None:
    db = _demo_db(cli, disk)
    out = disk.work / "copy.sqlite3"
    assert cli("--db", str(db), "backup", "--out", str(out))[0] == 0
    store = open_database(str(db))
    store.save_course(Course("After the copy", "P", dt.date(2024, 1, 1), Decimal(1), "in_person"))
    store.close()
    check_refusals(disk, lambda: refused(cli, "--db", str(db), "backup", "--out", str(out)),
                   db=db, names=out, needs=True)
    assert cli("--db", str(db), "backup", "--out", str(out))[0] == 0
    assert rows_of(out) == rows_of(db)


def test_the_daily_backup_on_a_full_disk_is_skipped_with_a_warning_then_made(
        cli, disk: Disk) -> None:
    db = _demo_db(cli, disk)
    for daily in [b for b in backup_list.list_backups(db) if b.reason == "daily"]:
        daily.path.unlink()
    before_rows, before_files = rows_of(db), files_of(disk.work, skip=(db,))
    for leave in LEAVES:
        disk.fill(leave)
        try:
            status, out, err = cli("--db", str(db), "status", "--json")
        finally:
            disk.release()
        assert status == 0, err  # the user keeps working
        assert json.loads(out)
        assert FULL in err and "it needs about" in err, err
        assert rows_of(db) == before_rows
        assert files_of(disk.work, skip=(db,)) == before_files
    assert cli("--db", str(db), "status", "--json")[0] == 0
    (daily,) = [b for b in backup_list.list_backups(db) if b.reason == "daily"]
    assert rows_of(daily.path) == before_rows


def test_export_on_a_full_disk_keeps_the_previous_file_then_works(cli, disk: Disk) -> None:
    db = _demo_db(cli, disk)
    out = disk.work / "export.json"
    assert cli("--db", str(db), "export", "--out", str(out))[0] == 0
    check_refusals(disk, lambda: refused(cli, "--db", str(db), "export", "--out", str(out)),
                   db=db, names=out, needs=True)
    assert cli("--db", str(db), "export", "--out", str(out))[0] == 0
    assert json.loads(out.read_bytes())


def test_the_renewal_pdf_on_a_full_disk_keeps_the_previous_file_then_works(
        cli, disk: Disk) -> None:
    db = _demo_db(cli, disk)
    out = disk.work / "renewal.pdf"
    args = ("--db", str(db), "report", "renewal", "--credential", "1", "--out", str(out))
    assert cli(*args)[0] == 0
    assert out.stat().st_size > max(LEAVES)  # else the last attempt could fit
    check_refusals(disk, lambda: refused(cli, *args), db=db, names=out, needs=True)
    assert cli(*args)[0] == 0
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")


def _leaves_below(size: int) -> tuple[int, ...]:
    """The free spaces of ``LEAVES`` a file of ``size`` bytes cannot fit in (0 at least)."""
    return tuple(leave for leave in LEAVES if leave + 8192 < size) or (0,)


def test_the_calendar_on_a_full_disk_keeps_the_previous_file_then_works(
        cli, disk: Disk) -> None:
    db = _demo_db(cli, disk)
    out = disk.work / "renewals.ics"
    args = ("--db", str(db), "calendar", "--out", str(out))
    assert cli(*args)[0] == 0
    store = open_database(str(db))  # a change, so the next calendar differs from the old
    store.save_credential(dataclasses.replace(store.credentials()[0], number="CHANGED-1"))
    store.close()
    check_refusals(disk, lambda: refused(cli, *args), db=db, names=out, needs=True,
                   leaves=_leaves_below(out.stat().st_size))
    assert cli(*args)[0] == 0
    assert out.read_text().startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in out.read_text()


def test_the_transcript_on_a_full_disk_keeps_the_previous_file_then_works(
        cli, disk: Disk) -> None:
    db = _demo_db(cli, disk)
    out = disk.work / "transcript.pdf"
    args = ("--db", str(db), "report", "transcript", "--out", str(out))
    assert cli(*args)[0] == 0
    check_refusals(disk, lambda: refused(cli, *args), db=db, names=out, needs=True,
                   leaves=_leaves_below(out.stat().st_size))
    assert cli(*args)[0] == 0
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")


@pytest.mark.parametrize("suffix", [".csv", ".pdf"])
def test_the_class_audit_on_a_full_disk_keeps_the_previous_file_then_works(
        cli, disk: Disk, suffix: str) -> None:
    from lmt_tracker import paths

    example = str(paths.resource("sample", "class-example.csv"))
    db = _demo_db(cli, disk)
    out = disk.work / f"audit{suffix}"
    args = ("--db", str(db), "audit", example, "--states", "TX,FL,NY", "--out", str(out))
    assert cli(*args)[0] == 0

    def attempt() -> str:
        status, _, err = cli(*args)
        assert status != 0 and "Traceback" not in err, (status, err)
        return err

    check_refusals(disk, attempt, db=db, names=out, needs=True,
                   leaves=_leaves_below(out.stat().st_size))
    assert cli(*args)[0] == 0
    assert out.stat().st_size > 0


def test_restore_on_a_full_disk_keeps_the_database_then_works(cli, disk: Disk,
                                                              tmp_path: Path) -> None:
    """The copy kept before a restore does not fit: nothing is restored, nothing changed."""
    db = _demo_db(cli, disk)
    store = open_database(str(db))
    store.save_course(Course("Only here", "P", dt.date(2024, 1, 1), Decimal(1), "in_person"))
    store.close()
    backup = tmp_path / "older.sqlite3"
    assert cli("--db", str(backup), "demo")[0] == 0
    check_refusals(disk, lambda: refused(cli, "--db", str(db), "restore", str(backup)),
                   db=db, names=disk.work, needs=True)
    assert cli("--db", str(db), "restore", str(backup))[0] == 0
    assert rows_of(db) == rows_of(backup)


# -- rule packs ------------------------------------------------------------------------------

def test_a_rule_pack_on_a_full_disk_leaves_the_rules_in_force_then_installs(
        cli, disk: Disk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from lmt_tracker.rules.loader.files import forget_cached
    from lmt_tracker.rules.packs.archive import build_pack
    from tests.rulepacks.packtools import PACK_DATE, trust

    key = Ed25519PrivateKey.generate()
    trust(monkeypatch, key)
    data = disk.work / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    forget_cached()
    monkeypatch.setattr("lmt_tracker.rules.loader.files.forget_cached", forget_cached)
    first, second = tmp_path / "v2.zip", tmp_path / "v3.zip"
    build_pack(first, key, date=PACK_DATE, pack_version=2)
    build_pack(second, key, date=PACK_DATE, pack_version=3)
    try:
        assert cli("rules", "update", str(first))[0] == 0
        packs = data / "lmt-tracker" / "rules" / "packs"
        assert packs.is_dir(), sorted(p.as_posix() for p in data.rglob("*"))
        check_refusals(disk, lambda: refused(cli, "rules", "update", str(second)),
                       db=None, names=packs, needs=True)
        status, _, err = cli("rules", "update", str(second))
        assert status == 0, err
    finally:
        forget_cached()


# -- everywhere (no mount needed): how a full disk is recognised -----------------------------

def test_a_full_disk_is_told_from_a_failing_drive(tmp_path: Path) -> None:
    from lmt_tracker import portable
    from lmt_tracker.store.errors import StoreError
    from lmt_tracker.store.sqlite_files import explain

    assert portable.is_disk_full(OSError(28, "No space left on device"))
    assert portable.is_disk_full(sqlite3.OperationalError("database or disk is full"))
    io_error = sqlite3.OperationalError("disk I/O error")
    # tmp_path's drive has room: an I/O error there is a failing drive, not a full one
    assert shutil.disk_usage(tmp_path).free > portable.LOW_SPACE
    assert not portable.is_disk_full(io_error, tmp_path / "x.sqlite3")
    assert not isinstance(explain(io_error, tmp_path / "x.sqlite3"), DiskFullError)
    full = explain(sqlite3.OperationalError("database or disk is full"), tmp_path / "x.sqlite3")
    assert isinstance(full, DiskFullError) and isinstance(full, StoreError)
    assert str(tmp_path / "x.sqlite3") in str(full) and FULL in str(full)


def test_atomic_write_meeting_enospc_keeps_the_old_file(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from lmt_tracker import portable

    target = tmp_path / "report.pdf"
    target.write_bytes(b"the good one")

    def no_room(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(portable.DiskFullError) as caught:
        portable.atomic_write(target, b"x" * 3 * 2**20)
    monkeypatch.undo()
    assert caught.value.needed == 3 * 2**20
    assert str(caught.value).startswith(f"the disk is full: {target} could not be written "
                                        "(it needs about 3.0 MB; ")
    assert target.read_bytes() == b"the good one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
