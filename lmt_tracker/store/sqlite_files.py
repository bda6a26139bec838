"""SQLite database files: sniffing, read-only inspection and online backup.

A file is read through a separate read-only connection before any read-write
connection touches it, so that a damaged, foreign or newer database is refused
without a single byte of it being changed (a read-write SQLite connection may
switch the journal mode or checkpoint a log as soon as it opens).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path, PurePath

from lmt_tracker import portable
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.store.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
    one_line,
)

SQLITE_MAGIC = b"SQLite format 3\x00"

# How long to wait for another program's lock before saying so (seconds).
BUSY_TIMEOUT = 5.0


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` read-only (percent-encoded, so '#' or '?' in names are safe)."""
    return file_uri(path.resolve()) + "?mode=ro"


def file_uri(path: PurePath) -> str:
    """An SQLite ``file:`` URI for an absolute path, Windows drive and UNC paths included.

    ``as_uri()`` turns a Windows share path (``//server/share/db.sqlite3``, UNC) into
    ``file://server/share/…``, whose authority SQLite refuses ("invalid uri authority");
    SQLite on Windows opens the share as ``file:////server/share/…``.
    """
    uri = path.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return uri


def check_file(path: Path, *, create: bool) -> bool:
    """Check a database file before SQLAlchemy touches it; return True if it is new."""
    if path.is_dir():
        raise NotADatabaseError(ph(N_("{path} is a folder, not a database file"), path=str(path)),
                                ph(N_("choose a file name inside it")), path=path)
    if not path.exists() or path.stat().st_size == 0:
        if not create:
            raise StoreError(ph(N_("{path} does not exist; check the path or create it with "
                                   "'demo'"), path=str(path)), path=path)
        if not path.parent.is_dir():
            raise StoreError(ph(N_("the folder {folder} does not exist; create it first"),
                                folder=str(path.parent)), path=path)
        try:
            portable.touch_private(path)
        except OSError as exc:
            raise ReadOnlyDatabaseError(ph(N_("cannot create {path}: {why}"), path=str(path),
                                           why=str(exc.strerror)),
                                        ph(N_("choose a folder you can write to")),
                                        path=path) from exc
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ReadOnlyDatabaseError(ph(N_("cannot read {path}: {why}"), path=str(path),
                                       why=str(exc.strerror)),
                                    ph(N_("check the file's permissions, or open another file")),
                                    path=path) from exc
    if head != SQLITE_MAGIC:
        raise NotADatabaseError(
            ph(N_("{path} is not an LMT Tracker database (it is not an SQLite file)"),
               path=str(path)), path=path)
    return False


#: What ``explain``'s callers were doing, marked for the catalog.
DOINGS = (N_("cannot read"), N_("cannot upgrade"), N_("cannot copy"), N_("cannot use"))


def explain(exc: BaseException, path: Path | None, doing: str = "cannot read") -> StoreError:
    """Turn an SQLite error into the ``StoreError`` subclass that tells the user what to do."""
    orig = getattr(exc, "orig", None)
    message = one_line(str(orig if orig is not None else exc))
    low = message.lower()
    where: str = str(path) if path is not None else ph(N_("the database"))
    failed = ph(N_("{doing} {where}: {why}"), doing=ph(doing), where=where, why=message)
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return DamagedDatabaseError(ph(N_("{where} is damaged ({why})"), where=where,
                                       why=message), path=path)
    if "locked" in low or "busy" in low:
        return DatabaseLockedError(ph(N_("{where} is locked by another program ({why})"),
                                      where=where, why=message), path=path)
    if "readonly" in low or "read-only" in low or "unable to open" in low:
        if path is not None and not os.access(path.parent, os.W_OK):
            return ReadOnlyDatabaseError(
                ph(N_("{where} is in a read-only folder ({folder}); SQLite needs to create "
                      "working files beside the database"), where=where, folder=str(path.parent)),
                path=path)
        if path is not None and path.exists() and not os.access(path, os.W_OK):
            return ReadOnlyDatabaseError(
                ph(N_("{where} is read-only; it can be read but not changed"), where=where),
                path=path)
        return ReadOnlyDatabaseError(failed, path=path)
    if portable.is_disk_full(exc, path):
        return DiskFullError(path)
    if "disk is full" in low or "disk i/o" in low:
        return StoreError(failed, ph(N_("free some disk space (or check the drive) and try "
                                        "again")), path=path)
    if "password authentication failed" in low or "no password supplied" in low:
        return StoreError(failed, ph(N_("put the password in ~/.pgpass or a libpq service file "
                                        "(see Help › User guide); LMT Tracker never stores "
                                        "passwords")), path=path)
    return StoreError(failed, path=path)


def remove_new_file(path: Path) -> None:
    """Remove a database file this run created but could not finish (e.g. on a full disk).

    Only for a file that did not exist before: an empty or half-made schema left behind
    would be a file that looks like the user's database and holds nothing.
    """
    for suffix in ("-wal", "-shm", "-journal", ""):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing SQLite file, read without writing anything.

    Returns None for a database with no tables yet. Raises ``NotADatabaseError``
    for another program's database, ``DamagedDatabaseError`` for an unreadable or
    half-created one, and the other ``StoreError`` subclasses when it is locked or
    cannot be read.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    try:
        names = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        if "alembic_version" not in names:
            if names:
                raise NotADatabaseError(
                    ph(N_("{path} has tables but no LMT Tracker schema version; it belongs to "
                          "another program"), path=str(path)), path=path)
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    finally:
        conn.close()
    if row is None:
        if names == {"alembic_version"}:
            return None
        raise DamagedDatabaseError(ph(N_("{path} is incomplete (its schema version is missing)"),
                                      path=str(path)), path=path)
    return str(row[0])


def quick_check(path: Path) -> str:
    """SQLite's ``quick_check`` of a closed database file: 'ok' or the first problem."""
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def online_backup(source: Path, dest: Path, *, verify: bool = False) -> None:
    """Copy a live SQLite database consistently (safe while the app has it open).

    The copy is made under a temporary name, readable by the owner only, synced
    and renamed into place, so ``dest`` is either absent or complete. With
    ``verify`` the copy is checked (``quick_check``) before it is kept, and a
    damaged source raises ``DamagedDatabaseError`` — a bad copy must never
    replace a good one in the rotation.
    """
    tmp = dest.with_name(dest.name + ".part")
    needed = _size_of(source)
    try:
        with portable.full_disk_guard(dest, needed):
            os.close(portable.create_private(tmp))
        try:
            src = sqlite3.connect(read_only_uri(source), uri=True, timeout=BUSY_TIMEOUT)
        except sqlite3.Error as exc:
            raise explain(exc, source) from exc
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        except sqlite3.Error as exc:
            if portable.is_disk_full(exc, dest):
                raise DiskFullError(dest, needed) from exc
            raise explain(exc, source, "cannot copy") from exc
        finally:
            src.close()
        if verify:
            verdict = quick_check(tmp)
            if verdict != "ok":
                raise DamagedDatabaseError(ph(N_("{where} is damaged ({why})"), where=str(source),
                                              why=one_line(verdict)), path=source)
        with portable.full_disk_guard(dest, needed):
            portable.sync_file(tmp)
            portable.replace(tmp, dest)
    except portable.DiskFullError as exc:
        tmp.unlink(missing_ok=True)
        raise DiskFullError(dest, needed) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    portable.fsync_dir(dest.parent)


def _size_of(path: Path) -> int | None:
    """The bytes a copy of a database needs: the file plus its write-ahead log."""
    try:
        return path.stat().st_size + sum(
            p.stat().st_size for p in (Path(f"{path}-wal"),) if p.exists())
    except OSError:
        return None


def stamp() -> str:
    """A timestamp for file names, sortable, to the microsecond (local time)."""
    return dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
