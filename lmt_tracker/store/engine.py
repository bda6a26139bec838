"""Opening a database: file checks, engine and pragmas, and the schema version gate.

The only SQLite-specific code lives here (file sniffing, pragmas, online backup).
Opening is cheap when the schema is current: one read-only query of ``alembic_version``
against a constant; Alembic itself is imported only to create or migrate, and SQLAlchemy
only to make an engine (the file checks here use the standard ``sqlite3`` module, so a
read-only command can check a file and read it without importing SQLAlchemy at all —
``store/sqlite_read.py``).

A file is read through a separate read-only connection before any read-write
connection touches it, so that a damaged, foreign or newer database is refused
without a single byte of it being changed (a read-write SQLite connection may
switch the journal mode or checkpoint a log as soon as it opens).
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lmt_tracker.domain.core.phrases import N_, ph, plural
from lmt_tracker.store import revisions, sqlite_files
from lmt_tracker.store.errors import (
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
)
from lmt_tracker.store.sqlite_files import explain

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

# PostgreSQL advisory lock held while a schema is created or migrated ("LMTT").
MIGRATION_LOCK = 0x4C4D5454
@dataclass(frozen=True)
class Target:
    url: str
    path: Path | None  # the file, for SQLite

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def describe(self) -> str:
        """The file, or the URL without its password: safe to show, log and remember."""
        if self.path:
            return str(self.path)
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            # URL.set(password=None) would mean "unchanged"; the named tuple's _replace drops it.
            return make_url(self.url)._replace(password=None).render_as_string(hide_password=False)
        except ArgumentError:
            return self.url.split("@")[-1]


def parse_target(target: str) -> Target:
    if "://" in target:
        if target.startswith("sqlite:///"):
            raw = target.removeprefix("sqlite:///")
            return Target(target, Path(raw) if raw and raw != ":memory:" else None)
        return Target(target, None)
    path = Path(target).expanduser().resolve()
    return Target(f"sqlite:///{path}", path)


def refuse_newer(revision: str | None, target: Target) -> None:
    if revision is not None and revision not in revisions.KNOWN_REVISIONS:
        raise NewerDatabaseError(
            ph(N_("{target} was written by a newer LMT Tracker (schema {revision}; this version "
                  "knows up to {head})"), target=target.describe(), revision=revision,
               head=revisions.HEAD), path=target.path)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(sqlite_files.BUSY_TIMEOUT * 1000)}")
    with contextlib.suppress(sqlite3.OperationalError):  # read-only media: keep the journal
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(target: Target) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import URL
    from sqlalchemy.exc import ArgumentError

    if target.is_sqlite:
        # A file's URL built from its path, not parsed from text: a name with '?' or '%20'
        # (legal on Linux and macOS) would otherwise open another file.
        url = URL.create("sqlite", database=str(target.path)) if target.path else target.url
        engine = create_engine(url, connect_args={"timeout": sqlite_files.BUSY_TIMEOUT})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(target.url, pool_pre_ping=True)
    except ImportError as exc:
        raise StoreError(ph(N_("the database driver for {target} is not installed ({name})"),
                            target=target.describe(), name=str(exc.name)),
                         ph(N_("for PostgreSQL: pip install 'lmt-tracker[postgres]'"))) from exc
    except ArgumentError as exc:
        raise StoreError(ph(N_("{target} is not a database LMT Tracker can open ({why})"),
                            target=repr(target.describe()), why=str(exc)),
                         ph(N_("give a file path, or a URL like "
                               "postgresql+psycopg://user@host/dbname"))) from exc


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            if "alembic_version" not in names:
                if names:
                    raise NotADatabaseError(
                        ph(N_("the database has tables but no LMT Tracker schema version; it "
                              "belongs to another program")))
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise explain(exc, None) from exc


def run_migrations(engine: Engine, revision: str | None) -> None:
    """Create or upgrade the schema with Alembic (imported only here), all or nothing."""
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from lmt_tracker import paths

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    try:
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            if conn.dialect.name == "sqlite":
                _upgrade_sqlite(conn, lambda: command.upgrade(config, revisions.HEAD))
            else:
                with conn.begin():
                    if conn.dialect.name == "postgresql":
                        # Two computers opening a new shared database at once: the second
                        # waits here for the first to commit, then Alembic has nothing to do.
                        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                     {"key": MIGRATION_LOCK})
                    command.upgrade(config, revisions.HEAD)
    except StoreError:
        raise
    except (SQLAlchemyError, CommandError) as exc:
        path = Path(engine.url.database) if engine.url.database else None
        failure = explain(exc, path, N_("cannot upgrade"))
        if isinstance(failure, DiskFullError):  # says the file, the space and "nothing changed"
            raise failure from exc
        raise type(failure)(ph(N_("migrating the database from schema {revision} failed: "
                                  "{why}; it was left as it was"), revision=str(revision),
                               why=failure.message), failure.remedy, path=failure.path) from exc
    except Exception as exc:  # a fault in a migration script: still all undone
        raise StoreError(ph(N_("migrating the database from schema {revision} failed ({why}); "
                               "it was left as it was"), revision=str(revision),
                            why=f"{type(exc).__name__}: {exc}"),
                         ph(N_("report this to the LMT Tracker developers; meanwhile keep using "
                               "the version that wrote it"))) from exc


def _upgrade_sqlite(conn: Connection, upgrade: Any) -> None:
    """Run ``upgrade`` in one real SQLite transaction, with foreign keys checked at the end.

    Python's sqlite3 module commits DDL statements on its own (it only opens a
    transaction before INSERT/UPDATE/DELETE), so a migration killed half-way would
    leave half a schema; here the driver is told to keep out and the transaction
    is begun and ended explicitly. Foreign keys are switched off meanwhile because
    Alembic's batch mode rebuilds a table by dropping it, and with enforcement on
    that drop would cascade-delete every child row (SQLite's documented procedure
    for schema changes); ``foreign_key_check`` then proves nothing was orphaned.
    """
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    saved = dbapi.isolation_level
    dbapi.isolation_level = None
    try:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            upgrade()
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(
                    plural(len(broken), N_("the upgrade would leave {n} broken link (first in "
                                           "table {table}); it was undone and the database "
                                           "left as it was"),
                           N_("the upgrade would leave {n} broken links (first in table "
                              "{table}); it was undone and the database left as it was"),
                           table=str(broken[0][0])),
                    ph(N_("report this, with the database, to the LMT Tracker developers")))
            conn.exec_driver_sql("COMMIT")
        except BaseException:
            if dbapi.in_transaction:
                conn.exec_driver_sql("ROLLBACK")
            raise
    finally:
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        dbapi.isolation_level = saved
        conn.rollback()  # SQLAlchemy's own bookkeeping; SQLite has nothing open


def backup_before_migration(path: Path, revision: str) -> Path:
    """Keep a verified copy of the database before its schema is upgraded."""
    from lmt_tracker.store import backups

    return backups.make_backup(path, f"before-migration-from-{revision}", verify=True).path


def prepare_schema(engine: Engine, target: Target, revision: Any = ...) -> None:
    """Create or migrate the schema; ``revision`` is passed when already read (``...``: unknown)."""
    if revision is ...:
        revision = current_revision(engine)
    if revision == revisions.HEAD:
        return
    refuse_newer(revision, target)
    if revision is not None and target.path is not None:
        backup_before_migration(target.path, revision)
    run_migrations(engine, revision)

