"""A store that answers reads at once and opens SQLAlchemy only when something else is asked.

Why: the window paints, then opens the database on a worker thread and judges the
dashboard. ``open_database`` imports SQLAlchemy first (about 0.3 s of CPU, holding the
interpreter lock the window's thread needs too), although the dashboard only reads.
``ReadFirstStore`` serves the reads the dashboard and the screens make first
(``load_record``, ``courses``, ``rule_overrides``, ``setting``…) through
``SQLiteReader`` and opens the full ``Store`` — once, under a lock — on the first
other call (a save, a delete, ``transaction``, ``engine``…); the app opens it in the
background as soon as the dashboard is drawn, so a first edit does not wait for it.
From then on every call goes to the full store.

It is made only by ``open_read_first`` for a file ``store.open_for_reading`` has
checked at the current schema; each read opens its own read-only connection (a few
hundred microseconds), so reads from any worker thread are safe.
"""

from __future__ import annotations

import threading
from functools import partial
from typing import TYPE_CHECKING, Any

from lmt_tracker.store.engine import Target
from lmt_tracker.store.sqlite_read import SQLiteReader

if TYPE_CHECKING:
    from lmt_tracker.store.repository import Store

# The reads SQLiteReader answers exactly as Store does (tests/store/test_sqlite_read.py).
READS = frozenset({"load_record", "therapist", "programs", "exams", "credentials", "courses",
                   "rule_overrides", "certificate", "setting", "is_empty"})


class ReadFirstStore:
    """``Store``'s interface: reads through ``sqlite3`` until the full store is needed."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self._full: Store | None = None
        self._lock = threading.Lock()

    @property
    def opened(self) -> bool:
        """True once the full ``Store`` (SQLAlchemy) is open."""
        return self._full is not None

    @staticmethod
    def today() -> Any:
        import datetime as dt

        return dt.date.today()

    def full(self) -> Store:
        """The full store, opened on first call (no second daily backup: one was made)."""
        with self._lock:
            if self._full is None:
                from lmt_tracker.store import open_database

                self._full = open_database(self.target.url if self.target.path is None
                                           else str(self.target.path),
                                           create=False, daily_backup=False)
            return self._full

    def _read(self, name: str, *args: Any, **kwargs: Any) -> Any:
        full = self._full
        if full is not None:
            return getattr(full, name)(*args, **kwargs)
        reader = SQLiteReader(self.target)
        try:
            return getattr(reader, name)(*args, **kwargs)
        finally:
            reader.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if name in READS and self._full is None:
            return partial(self._read, name)
        return getattr(self.full(), name)

    def close(self) -> None:
        with self._lock:
            if self._full is not None:
                self._full.close()


def open_read_first(target: str) -> Store | ReadFirstStore:
    """The database ``target`` for the window: reads first, the full store when needed.

    A new or empty file, a server URL, or a file at an older schema (migrated now) gets
    the full ``Store`` at once, as ``open_database`` gives it.
    """
    from lmt_tracker.store import open_database, open_for_reading
    from lmt_tracker.store.engine import parse_target

    parsed = parse_target(target)
    path = parsed.path
    if path is None or not parsed.is_sqlite or not path.is_file() or path.stat().st_size == 0:
        return open_database(target)
    opened = open_for_reading(target)
    if isinstance(opened, SQLiteReader):
        opened.close()
        return ReadFirstStore(parsed)
    return opened
