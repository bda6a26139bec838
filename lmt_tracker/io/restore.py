"""Backups and restores of the database file: copy it out, put a copy back (the current one
kept aside), or go back to the latest automatic backup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lmt_tracker import portable
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.store import Store, StoreError, backup_list, open_database, revisions
from lmt_tracker.store import backups as bk
from lmt_tracker.store.backup_list import Backup
from lmt_tracker.store.backups import check_backup_file
from lmt_tracker.store.engine import prepare_schema
from lmt_tracker.store.errors import (
    DamagedDatabaseError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
)
from lmt_tracker.store.sqlite_files import (
    BUSY_TIMEOUT,
    explain,
    online_backup,
    quick_check,
    read_only_uri,
    stamp,
)


def _sqlite_path(store: Store) -> Path:
    if store.target.path is None:
        raise StoreError(ph(N_("backup and restore copy SQLite files; for a server database use "
                               "its own tools (pg_dump) or 'export'")))
    return store.target.path


def backup_to(store: Store, dest: Path) -> None:
    """A consistent copy of the live database (safe while the app runs)."""
    source = _sqlite_path(store)
    if dest.resolve() == source.resolve():
        raise StoreError(ph(N_("the backup file cannot be the database itself; choose another "
                               "name")))
    online_backup(source, dest)


def automatic_backup(store: Store, reason: str) -> Path:
    """A copy in the backups folder, made before a step that replaces contents."""
    return bk.make_backup(_sqlite_path(store), reason).path


def restore_from(store: Store, source: Path) -> Path:
    """Replace the database's contents with a backup; return where the old contents were kept.

    The copy goes through SQLite's backup API into the live file as one transaction,
    so other connections — and a crash at any moment — see either the old or the
    restored database.
    """
    return _restore_into(store, source, check_backup_file(source))


def _restore_into(store: Store, source: Path, revision: str) -> Path:
    import sqlite3

    target = _sqlite_path(store)
    aside = automatic_backup(store, "before-restore")
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(ph(N_("cannot open {path}: {why}"), path=str(source), why=str(exc)),
                         path=source) from exc
    try:
        dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        failure = explain(exc, target, N_("cannot restore into"))
        if isinstance(failure, DiskFullError):  # says the file, the space and "nothing changed"
            raise failure from exc
        raise type(failure)(ph(N_("restore failed: {why}; the database was left as it was (a "
                                  "copy is at {aside})"), why=failure.message, aside=str(aside)),
                            failure.remedy, path=target) from exc
    finally:
        src.close()
    store.engine.dispose()
    # a copy from before an upgrade: upgrade it now, as opening would
    if revision != revisions.HEAD:
        prepare_schema(store.engine, store.target, revision)
    return aside


@dataclass(frozen=True)
class Restored:
    """What a restore did: which copy it used and where the replaced contents were kept."""

    source: Path
    aside: Path | None  # None when there was nothing to keep (the file did not exist)
    replaced_unreadable: bool  # the file could not be opened and was swapped, not copied into


def restore_backup(database: Path, source: Path | Backup) -> Restored:
    """Restore ``source`` (a path or a listed ``Backup``) over the database file ``database``.

    A sound database is restored in place (``restore_from``). One that is damaged (found
    on opening it or by ``quick_check``), not a database, or from a newer version is
    first copied byte for byte into the backups folder, then replaced by the backup in
    one rename. Either way nothing is lost: the previous file is always kept.
    """
    path = source.path if isinstance(source, Backup) else source
    revision = check_backup_file(path)
    try:
        store = open_database(str(database), daily_backup=False)
    except (DamagedDatabaseError, NotADatabaseError, NewerDatabaseError):
        return _swap_in(database, path)
    if quick_check(database) != "ok":  # opens, but damaged: keep its bytes exactly as they are
        store.close()
        return _swap_in(database, path)
    try:
        aside = _restore_into(store, path, revision)
    finally:
        store.close()
    return Restored(path, aside, replaced_unreadable=False)


def restore_latest(database: Path) -> Restored:
    """Restore the newest intact backup of ``database`` (its own copies only)."""
    latest = bk.latest_good_backup(database)
    if latest is None:
        raise StoreError(ph(N_("there is no intact backup of {database} in {folder}"),
                            database=str(database),
                            folder=str(backup_list.backups_folder(database))),
                         ph(N_("open another file, or import an export file into a new "
                               "database")), path=database)
    return restore_backup(database, latest)


def _swap_in(database: Path, source: Path) -> Restored:
    """Replace a file that cannot be opened by a backup, keeping the file (and its log) aside.

    Order matters for a crash at any point: the aside copy is complete before anything
    changes; the old write-ahead log is removed before the rename, because SQLite would
    otherwise replay it onto the restored file; the rename is atomic.
    """
    aside = None
    if database.exists():
        aside = backup_list.backups_folder(database) / (f"{database.stem}-before-restore-{stamp()}-"
                                       f"{backup_list.database_key(database)}.sqlite3")
        for suffix in ("-wal", ""):
            original = Path(f"{database}{suffix}")
            if original.exists():
                portable.copy_private(original, Path(f"{aside}{suffix}"))
    staging = database.with_name(f".{database.name}.{os.getpid()}.restoring")
    online_backup(source, staging)
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        portable.replace(staging, database)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    portable.fsync_dir(database.parent)
    return Restored(source, aside, replaced_unreadable=True)
