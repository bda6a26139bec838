"""Storage: SQLAlchemy tables, the engine and schema gate, and the repository.

``open_database(target)`` is the one way in: it checks the file, applies pragmas,
creates or migrates the schema (backing up first) and returns a ``Store``.
"""

from __future__ import annotations

from lmt_tracker.store.engine import NewerDatabaseError, StoreError, parse_target
from lmt_tracker.store.repository import ConcurrentEditError, NotFoundError, Store

__all__ = [
    "ConcurrentEditError",
    "NewerDatabaseError",
    "NotFoundError",
    "Store",
    "StoreError",
    "open_database",
]


def open_database(target: str, *, create: bool = True) -> Store:
    """Open the database file or SQLAlchemy URL ``target``, ready to use."""
    from lmt_tracker.store import engine as eng

    parsed = parse_target(target)
    if parsed.path is not None:
        eng.check_file(parsed.path, create=create)
    engine = eng.make_engine(parsed)
    try:
        eng.prepare_schema(engine, parsed)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, parsed)
