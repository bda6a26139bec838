"""Storage: SQLAlchemy tables, the engine and schema gate, and the repository.

``open_database(target)`` is the one way in: it checks the file, refuses damaged,
foreign or newer databases without writing to them, makes the day's automatic
backup, applies pragmas, creates or migrates the schema (backing up first) and
returns a ``Store``.
"""

from __future__ import annotations

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
from lmt_tracker.store.repository import Store
from lmt_tracker.store.session import ConcurrentEditError, NotFoundError

__all__ = [
    "ConcurrentEditError",
    "DamagedDatabaseError",
    "DatabaseLockedError",
    "DiskFullError",
    "NewerDatabaseError",
    "NotADatabaseError",
    "NotFoundError",
    "ReadOnlyDatabaseError",
    "Store",
    "StoreError",
    "open_database",
]


def open_database(target: str, *, create: bool = True, daily_backup: bool = True) -> Store:
    """Open the database file or SQLAlchemy URL ``target``, ready to use.

    For an SQLite file that already holds a current schema, the first open of the day
    also keeps a verified copy in the backups folder (``daily_backup=False`` skips it,
    e.g. when about to restore a backup, where a fresh copy of the current state would
    push the wanted one out of "latest").
    """
    from lmt_tracker.store import engine as eng
    from lmt_tracker.store import revisions, sqlite_files

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
