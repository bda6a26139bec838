"""What every part of the Store shares: one open database, its transactions, and the
optimistic-locking check a save makes before it writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from lmt_tracker import portable
from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.store.engine import Target
from lmt_tracker.store.errors import DiskFullError, StoreError

# The end of every stale-edit message; the GUI shows it as is.
STALE = N_("{what} was changed elsewhere since you opened it — reload and try again")
_GONE = N_("{what} does not exist (it may have been deleted)")


#: How messages name a stored record of each kind (``StoreBase._row``'s ``what``), with its id.
RECORD_NAMES: Final = {
    "course": N_("course {id}"),
    "credential": N_("credential {id}"),
    "exam attempt": N_("exam attempt {id}"),
    "training program": N_("training program {id}"),
}


def record_name(what: str, ident: int) -> Phrase:
    """"course 12", "credential 3": a record as the user's messages name it."""
    return ph(RECORD_NAMES[what], id=ident)


class ConcurrentEditError(StoreError):
    """The row was changed elsewhere since it was read; reload and retry."""


class NotFoundError(StoreError):
    """The record asked for does not exist (any more)."""


class DeletedElsewhereError(ConcurrentEditError, NotFoundError):
    """A record read earlier was deleted elsewhere before it was saved or deleted here:
    a stale edit like any other (reload), and the record is gone."""


def deleted_elsewhere(what: str) -> DeletedElsewhereError:
    return DeletedElsewhereError(ph(
        N_("{what} does not exist any more: it may have been deleted elsewhere since you "
           "opened it — reload and try again"), what=what))


def claim(row: Any, record: Any, what: str) -> None:
    """Refuse a stale edit, and make the save bump the row's version whatever changed.

    ``record.version`` is the version the record was read at; a row that has moved on
    since was saved by someone else (another window, another computer on a shared
    database), and writing now would silently undo their edit. A record without a
    version (built by hand, or from an import) is saved as before. The row is marked
    modified even when no column changes — only a course's topics, say — so the
    ``UPDATE … WHERE version = <read>`` always runs: that also catches a save that
    commits between this check and ours, and tells the other side of this one.
    """
    expected = getattr(record, "version", None)
    if expected is not None and row.version != expected:
        raise ConcurrentEditError(ph(STALE, what=what))
    mapper = inspect(type(row))
    touched = next(
        attr.key
        for attr in mapper.column_attrs
        if attr.columns[0] is not mapper.version_id_col and not attr.columns[0].primary_key
    )
    flag_modified(row, touched)


class StoreBase:
    """One open database: its sessions, and the helpers every aggregate's queries use."""

    def __init__(self, engine: Engine, target: Target) -> None:
        self.engine = engine
        self.target = target
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One all-or-nothing unit of work."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise ConcurrentEditError(ph(STALE, what=ph(N_("this record")))) from exc
        except DBAPIError as exc:
            if portable.is_disk_full(exc, self.target.path):  # all rolled back: nothing saved
                raise DiskFullError(self.target.path) from exc
            raise StoreError(ph(N_("the database refused the change: {why}; nothing was saved"),
                                why=str(exc.orig))) from exc
        finally:
            session.close()

    @staticmethod
    def today() -> dt.date:
        return dt.date.today()

    # -- generic helpers --------------------------------------------------------------------
    @staticmethod
    def _row(s: Session, table: type, record: Any, what: str) -> Any:
        """The row to save ``record`` into: a new one, or the stored one if still as read.

        The stored row is read ``FOR UPDATE`` (PostgreSQL; SQLite has one writer anyway):
        a save and a delete of the same course otherwise lock its topic rows and the
        course row in opposite orders, and the server kills one as a deadlock. Locked
        first, the second waits, then sees the first's version and is refused as
        changed elsewhere.
        """
        if record.id is None:
            row = table()
            s.add(row)
            return row
        row = s.get(table, record.id, with_for_update=True)
        name = record_name(what, record.id)
        if row is None:
            if record.version is not None:  # read from the database, since deleted
                raise deleted_elsewhere(name)
            raise NotFoundError(ph(_GONE, what=name))
        claim(row, record, name)
        return row

    def _delete(self, table: type, ident: int, what: str, version: int | None = None) -> None:
        """Delete one row; with ``version`` (the one it was read at), only if still as read."""
        with self.transaction() as s:
            row = s.get(table, ident, with_for_update=True)
            name = record_name(what, ident)
            if row is None:
                if version is not None:
                    raise deleted_elsewhere(name)
                raise NotFoundError(ph(_GONE, what=name))
            if version is not None and row.version != version:
                raise ConcurrentEditError(ph(STALE, what=name))
            s.delete(row)
