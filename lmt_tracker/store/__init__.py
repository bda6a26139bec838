"""Storage: SQLAlchemy tables, the engine and schema gate, and the repository.

``open_database(target)`` is the one way in: it checks the file, refuses damaged,
foreign or newer databases without writing to them, makes the day's automatic
backup, applies pragmas, creates or migrates the schema (backing up first) and
returns a ``Store``. ``open_for_reading(target)`` is the way in for a command that
only reads: for an SQLite file at the current schema it returns a ``SQLiteReader``
(standard ``sqlite3``, no SQLAlchemy imported), otherwise what ``open_database`` does.

The repository (``Store``, and its errors in ``session``) is imported on first use, not with the
package: importing it means importing SQLAlchemy (about 0.3 s), which a read-only
command never needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from lmt_tracker.store.engine import parse_target
from lmt_tracker.store.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)

if TYPE_CHECKING:
    from lmt_tracker.store.repository import Store
    from lmt_tracker.store.session import (
        ConcurrentEditError,
        DeletedElsewhereError,
        NotFoundError,
    )
    from lmt_tracker.store.sqlite_read import SQLiteReader

# Imported on first use (they import SQLAlchemy): the name, and the module defining it.
_LAZY = {
    "ConcurrentEditError": "session",
    "DeletedElsewhereError": "session",
    "NotFoundError": "session",
    "Store": "repository",
}

__all__ = [
    "ConcurrentEditError",
    "DamagedDatabaseError",
    "DatabaseLockedError",
    "DeletedElsewhereError",
    "DiskFullError",
    "NewerDatabaseError",
    "NotADatabaseError",
    "NotFoundError",
    "ReadOnlyDatabaseError",
    "Store",
    "StoreError",
    "open_database",
    "open_for_reading",
]


def __getattr__(name: str) -> Any:
    """``Store`` and its errors, imported when first asked for (PEP 562)."""
    if name in _LAZY:
        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_database(target: str, *, create: bool = True, daily_backup: bool = True) -> Store:
    """Open the database file or SQLAlchemy URL ``target``, ready to use.

    For an SQLite file that already holds a current schema, the first open of the day
    also keeps a verified copy in the backups folder (``daily_backup=False`` skips it,
    e.g. when about to restore a backup, where a fresh copy of the current state would
    push the wanted one out of "latest").
    """
    from lmt_tracker import logs
    from lmt_tracker.store import engine as eng
    from lmt_tracker.store import revisions, sqlite_files
    from lmt_tracker.store.repository import Store

    logs.keep_out(target)
    parsed = parse_target(target)
    revision: object = ...
    made = False  # this call created the file: a failed first schema must not leave it behind
    if parsed.path is not None:
        made = not parsed.path.exists()
        new = sqlite_files.check_file(parsed.path, create=create)
        revision = None if new else sqlite_files.inspect_file(parsed.path)
        eng.refuse_newer(revision, parsed)
        if daily_backup and revision == revisions.HEAD:
            from lmt_tracker.store import backups

            backups.daily_backup(parsed.path)
    engine = eng.make_engine(parsed)
    try:
        eng.prepare_schema(engine, parsed, revision)
    except BaseException:
        engine.dispose()
        if made and parsed.path is not None:
            sqlite_files.remove_new_file(parsed.path)
        raise
    return Store(engine, parsed)


def open_for_reading(target: str) -> Store | SQLiteReader:
    """Open ``target`` for a command that only reads (status, eligibility, reports).

    An SQLite file at the current schema is checked exactly as ``open_database`` checks
    it (not a database, damaged, newer: the same errors, nothing written), gets the
    day's automatic backup the same way, and is then read with the standard ``sqlite3``
    module (``SQLiteReader``: the same records, without importing SQLAlchemy). Anything
    else — a server URL, a file at an older schema that must be migrated first, a file
    with no schema yet — goes through ``open_database(target, create=False)``.
    """
    from lmt_tracker import logs
    from lmt_tracker.store import engine as eng
    from lmt_tracker.store import revisions, sqlite_files

    logs.keep_out(target)
    parsed = parse_target(target)
    if parsed.path is None or not parsed.is_sqlite:
        return open_database(target, create=False)
    # missing, empty, a folder, not SQLite: refused
    sqlite_files.check_file(parsed.path, create=False)
    revision = sqlite_files.inspect_file(parsed.path)
    eng.refuse_newer(revision, parsed)
    if revision != revisions.HEAD:
        return open_database(target, create=False)  # backed up, then migrated
    from lmt_tracker.store import backups
    from lmt_tracker.store.sqlite_read import SQLiteReader

    backups.daily_backup(parsed.path)
    return SQLiteReader(parsed)
