"""Opening a database: file checks, engine and pragmas, and the schema version gate.

The only SQLite-specific code lives here (file sniffing, pragmas, online backup).
Opening is cheap when the schema is current: one query of ``alembic_version``
against a constant; Alembic itself is imported only to create or migrate.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

# Every schema revision this version knows, oldest first; the last is the head.
KNOWN_REVISIONS = ("0001",)
HEAD = KNOWN_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """A database cannot be opened or written; the message says why and what to do."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer LMT Tracker."""


@dataclass(frozen=True)
class Target:
    url: str
    path: Path | None  # the file, for SQLite

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.split("@")[-1]


def parse_target(target: str) -> Target:
    if "://" in target:
        if target.startswith("sqlite:///"):
            raw = target.removeprefix("sqlite:///")
            return Target(target, Path(raw) if raw and raw != ":memory:" else None)
        return Target(target, None)
    path = Path(target).expanduser().resolve()
    return Target(f"sqlite:///{path}", path)


def check_file(path: Path, *, create: bool) -> bool:
    """Check a database file before SQLAlchemy touches it; return True if it is new."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file; choose a file name")
    if not path.exists() or path.stat().st_size == 0:
        if not create:
            raise StoreError(f"{path} does not exist; check the path or create it with 'demo'")
        if not path.parent.is_dir():
            raise StoreError(f"the folder {path.parent} does not exist; create it first")
        try:
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        except OSError as exc:
            raise StoreError(f"cannot create {path}: {exc.strerror}; choose a writable folder") from exc
        os.close(fd)
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    if head != SQLITE_MAGIC:
        raise StoreError(
            f"{path} is not an LMT Tracker database (it is not an SQLite file); "
            "open another file or restore a backup"
        )
    return False


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError:
        pass  # read-only media: stay in the rollback journal
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(target: Target) -> Engine:
    if target.is_sqlite:
        engine = create_engine(target.url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(target.url, pool_pre_ping=True)


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            if "alembic_version" not in names:
                if names:
                    raise StoreError(
                        "the database has tables but no LMT Tracker schema version; "
                        "it belongs to another program — open another file"
                    )
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise StoreError(f"cannot read the database: {_reason(exc)}") from exc


def _reason(exc: DBAPIError) -> str:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if "file is not a database" in message or "malformed" in message:
        return (f"{message} — the file is damaged; restore the latest backup "
                "(Settings → Backups, or 'lmt-tracker restore')")
    if "readonly" in message or "read-only" in message:
        return f"{message} — the file is read-only; copy it somewhere writable"
    if "locked" in message:
        return f"{message} — another program holds a lock on it; close it and retry"
    return message


def run_migrations(engine: Engine, revision: str | None) -> None:
    """Create or upgrade the schema with Alembic (imported only here)."""
    from alembic import command
    from alembic.config import Config

    from lmt_tracker import paths

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, HEAD)
    except OperationalError as exc:
        raise StoreError(f"migrating the database from {revision} failed: {_reason(exc)}; "
                         "it was left as it was") from exc


def online_backup(source: Path, dest: Path) -> None:
    """Copy a live SQLite database consistently (safe while the app has it open)."""
    tmp = dest.with_name(dest.name + ".part")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, dest)


def backup_before_migration(path: Path, revision: str) -> Path:
    from lmt_tracker import paths

    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    dest = paths.backups_dir() / f"{path.stem}-before-migration-from-{revision}-{stamp}.sqlite3"
    online_backup(path, dest)
    return dest


def prepare_schema(engine: Engine, target: Target) -> None:
    revision = current_revision(engine)
    if revision == HEAD:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{target.describe()} was written by a newer LMT Tracker (schema {revision}; "
            f"this version knows up to {HEAD}); install the newer version to open it"
        )
    if revision is not None and target.path is not None:
        backup_before_migration(target.path, revision)
    run_migrations(engine, revision)
