"""Automatic copies of a database, kept beside it (or in a folder the user chose for it).

Where (``backups_folder(database)``): a folder chosen for that database in Settings
(remembered per computer, ``choose_folder``), else beside the database — ``backups``
for the default database in the app's data folder, ``LMT Tracker backups`` for a
file anywhere else. So a school's database on a shared drive keeps its copies on
that drive, under the same permissions, and never in the profile folder of whoever
happened to open it. Copies made by earlier versions in the user's data folder are
still listed (and restorable) but no new one is written there. A server database has
no automatic copies: its backups are the server's (``pg_dump``), as the app says.

A copy is made on the first open of each day (the last ``KEEP_DAILY`` are kept) and
before every schema upgrade, import that replaces records, and restore (the last
``KEEP_EACH_EVENT`` of each kind are kept). Each copy is an ordinary SQLite file,
readable by the owner only, named so that a listing needs no index file that
could itself be lost::

    <database name>-<reason>-<YYYYmmddTHHMMSSffffff>-<key>.sqlite3

``key`` is a short hash of the database's full path, so two databases with the
same file name in different folders never see each other's copies. These copies keep
the ``.sqlite3`` extension, unlike the ``.lmtbackup`` files the user makes
(``lmt_tracker.documents``): they are the app's own rotation, found and pruned by
this name pattern, listed and restored from Settings rather than handed around,
and earlier versions of the app (after a downgrade) still find them. This module
is pure file handling (no Qt): the Settings screen and the command line both
call ``list_backups`` and ``lmt_tracker.io.exchange.restore_backup``.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from pathlib import Path

from lmt_tracker import portable
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.store import revisions
from lmt_tracker.store.backup_list import (
    Backup,
    backups_folder,
    choices_file,
    database_key,
    folder_choices,
    list_backups,
    parse,
    share_like,
)
from lmt_tracker.store.errors import (
    DamagedDatabaseError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
)
from lmt_tracker.store.sqlite_files import SQLITE_MAGIC, online_backup, read_only_uri, stamp

KEEP_DAILY = 7
KEEP_EACH_EVENT = 10
# A ".part" file older than this was left by a copy that was interrupted.
STALE_PART_SECONDS = 3600

log = logging.getLogger(__name__)


def choose_folder(database: Path, folder: Path | None) -> None:
    """Keep ``database``'s future copies in ``folder`` (None: beside the database again).

    Copies already made stay where they are; listings show the folder in use (and the
    user's data folder, where earlier versions kept copies).
    """
    choices = folder_choices()
    key = str(database.resolve())
    if folder is None:
        choices.pop(key, None)
    else:
        if not folder.is_dir():
            raise StoreError(ph(N_("the backups folder {folder} does not exist"),
                                folder=str(folder)), ph(N_("choose an existing folder")))
        choices[key] = str(folder.resolve())
    target = choices_file()
    portable.private_folder(target.parent)
    import json  # here: opening a database (every start) never writes the choices

    text = json.dumps(choices, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    portable.atomic_write(target, text.encode("utf-8"))


def make_backup(database: Path, reason: str, *, verify: bool = False) -> Backup:
    """Copy ``database`` now (consistently, even while in use) and prune old copies."""
    folder = backups_folder(database)
    dest = folder / f"{database.stem}-{reason}-{stamp()}-{database_key(database)}.sqlite3"
    online_backup(database, dest, verify=verify)
    share_like(dest, database, 0o060)
    backup = parse(dest)
    assert backup is not None, dest
    prune(database)
    return backup


def daily_backup(database: Path, today: dt.date | None = None) -> Backup | None:
    """Make today's copy of ``database`` unless one exists; return it, or None.

    The copy is verified, so this is also the once-a-day integrity check: a damaged
    database raises ``DamagedDatabaseError`` and its copy is not kept, so the last
    good copies are never rotated out by bad ones. A copy that cannot be written
    (full disk, unwritable data folder) is logged and skipped: failing to make a
    spare copy must not stop the user from working.
    """
    day = today or dt.date.today()
    try:
        if any(b.reason == "daily" and b.created.date() == day
               for b in list_backups(database)):
            return None
        return make_backup(database, "daily", verify=True)
    except StoreError as exc:
        # damaged, locked, unreadable: the user must know; a full disk only costs the spare
        if type(exc) is not StoreError and not isinstance(exc, DiskFullError):
            raise
        log.warning("could not make today's backup of %s: %s", database, exc)
    except OSError as exc:
        log.warning("could not make today's backup of %s: %s", database, exc)
    return None


def prune(database: Path) -> list[Path]:
    """Delete copies of ``database`` beyond the rotation limits; return what was deleted."""
    removed: list[Path] = []
    by_reason: dict[str, list[Backup]] = {}
    key = database_key(database)
    folder = backups_folder(database).resolve()
    for backup in list_backups(database):
        # Never touch copies this version did not name, nor those in another folder.
        if backup.key == key and backup.path.parent.resolve() == folder:
            by_reason.setdefault(backup.reason, []).append(backup)
    for reason, copies in by_reason.items():
        keep = KEEP_DAILY if reason == "daily" else KEEP_EACH_EVENT
        for old in copies[keep:]:
            old.path.unlink(missing_ok=True)
            Path(f"{old.path}-wal").unlink(missing_ok=True)  # a set-aside file's own log
            removed.append(old.path)
    cutoff = time.time() - STALE_PART_SECONDS
    for part in folder.glob("*.part"):
        try:
            if part.stat().st_mtime < cutoff:
                part.unlink()
                removed.append(part)
        except OSError:
            pass
    return removed


def check_backup_file(path: Path) -> str:
    """Refuse anything but an intact LMT Tracker database this version can read.

    Returns its schema revision. Runs SQLite's full ``integrity_check``: a restore
    must not replace the user's data with a damaged copy.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(ph(N_("cannot read {path}: {why}"), path=str(path),
                            why=str(exc.strerror)), path=path) from exc
    if head != SQLITE_MAGIC:
        raise NotADatabaseError(ph(N_("{path} is not an LMT Tracker backup (not an SQLite file)"),
                                   path=str(path)), ph(N_("choose another backup")), path=path)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(ph(N_("{path} cannot be opened: {why}"), path=str(path), why=str(exc)),
                         path=path) from exc
    try:
        ok = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if ok != "ok":
            raise DamagedDatabaseError(ph(N_("{where} is damaged ({why})"), where=str(path),
                                          why=" ".join(str(ok).split())),
                                       ph(N_("choose another backup")), path=path)
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except (sqlite3.DatabaseError, TypeError):
            raise NotADatabaseError(ph(N_("{path} is not an LMT Tracker backup (no schema "
                                          "version)"), path=str(path)),
                                    ph(N_("choose another backup")), path=path) from None
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(ph(N_("{path} is not a readable database ({why})"),
                                      path=str(path), why=str(exc)),
                                   ph(N_("choose another backup")), path=path) from exc
    finally:
        conn.close()
    if revision not in revisions.KNOWN_REVISIONS:
        raise NewerDatabaseError(ph(N_("{path} comes from a newer LMT Tracker (schema {revision}, "
                                       "this version knows up to {head})"), path=str(path),
                                    revision=str(revision), head=revisions.HEAD), path=path)
    return str(revision)


def latest_good_backup(database: Path) -> Backup | None:
    """The newest copy of ``database`` that passes ``check_backup_file`` (set-aside damaged
    files are never candidates)."""
    for backup in list_backups(database):
        if backup.reason == "damaged":
            continue
        try:
            check_backup_file(backup.path)
        except StoreError as exc:
            log.warning("skipping backup %s: %s", backup.path, exc)
            continue
        return backup
    return None

