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
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from lmt_tracker import portable
from lmt_tracker.domain.words import count

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

# Every schema revision this version knows, oldest first; the last is the head.
KNOWN_REVISIONS = ("0001", "0002", "0003")
HEAD = KNOWN_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"
# PostgreSQL advisory lock held while a schema is created or migrated ("LMTT").
MIGRATION_LOCK = 0x4C4D5454
# How long to wait for another program's lock before saying so (seconds).
BUSY_TIMEOUT = 5.0

# Ways out a screen can offer as buttons; ``StoreError.ways_out`` lists the ones that apply.
RESTORE_BACKUP = "restore-backup"
OPEN_OTHER = "open-other"
RETRY = "retry"
INSTALL_NEWER = "install-newer"
COPY_ELSEWHERE = "copy-elsewhere"

_RESTORE_HINT = ("restore the latest backup (in the app: Settings → Backups; on the command "
                 "line: lmt-tracker{db} restore --latest) or open another file")


class StoreError(Exception):
    """A database cannot be opened or written; the message says why and what to do.

    ``message`` is what went wrong, ``remedy`` what the user can do about it (empty
    when the message already says so), ``ways_out`` the matching action codes
    (``RESTORE_BACKUP``, ``OPEN_OTHER``...) so a window can offer them as buttons,
    and ``path`` the file concerned, when there is one. ``str()`` joins message
    and remedy, which is what the command line prints.
    """

    remedy: str = ""
    ways_out: tuple[str, ...] = ()

    def __init__(self, message: str, remedy: str | None = None, *,
                 path: Path | None = None) -> None:
        self.message = message
        self.path = path
        if remedy is not None:
            self.remedy = remedy
        super().__init__(f"{message}; {self.remedy}" if self.remedy else message)


class DamagedDatabaseError(StoreError):
    """The file is an SQLite database whose contents are damaged (or half-written)."""

    ways_out = (RESTORE_BACKUP, OPEN_OTHER)

    def __init__(self, message: str, remedy: str | None = None, *,
                 path: Path | None = None) -> None:
        if remedy is None:
            if path is not None and not _has_backups(path):
                remedy = ("there is no automatic backup of it: open another file, or import your "
                          "latest export into a new database; the damaged file is left as it is")
            else:
                remedy = (_RESTORE_HINT.format(db=_db_option(path))
                          + "; the damaged file is left as it is")
        super().__init__(message, remedy, path=path)


class NotADatabaseError(StoreError):
    """The file is not an LMT Tracker database at all (another program's file, or not SQLite)."""

    remedy = "open another file, or restore a backup over it"
    ways_out = (OPEN_OTHER, RESTORE_BACKUP)


class NewerDatabaseError(StoreError):
    """The database was written by a newer LMT Tracker."""

    remedy = "install the newer LMT Tracker to open it, or open another file; it was left unchanged"
    ways_out = (INSTALL_NEWER, OPEN_OTHER)


class DatabaseLockedError(StoreError):
    """Another program holds a lock on the database for longer than we wait."""

    remedy = ("close the other program using it (another LMT Tracker window, a sync or backup "
              "tool) and try again, or open another file")
    ways_out = (RETRY, OPEN_OTHER)


class ReadOnlyDatabaseError(StoreError):
    """The file or its folder cannot be written, so changes (or, for a folder, reading) fail."""

    remedy = ("copy the database into a folder you can write to (e.g. your Documents) and open "
              "the copy, or open another file")
    ways_out = (COPY_ELSEWHERE, OPEN_OTHER)


class DiskFullError(StoreError):
    """The drive holding the database (or the copy being written) has no room left.

    Nothing was changed: SQLite rolls the transaction back, and a copy being written
    under a temporary name is removed. ``needed`` is the space the write needed
    (None where SQLite does not say).
    """

    remedy = portable.FREE_SPACE_REMEDY
    ways_out = (RETRY,)

    def __init__(self, path: Path | None, needed: int | None = None) -> None:
        self.needed = needed
        where = path if path is not None else Path("the database")
        super().__init__(portable.disk_full_message(where, needed), path=path)


def _has_backups(path: Path) -> bool:
    from lmt_tracker.store import backups

    try:
        return bool(backups.list_backups(path))
    except OSError:
        return False


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _db_option(path: Path | None) -> str:
    if path is None:
        return ""
    from lmt_tracker import paths

    try:
        if path.resolve() == paths.default_database().resolve():
            return ""
    except OSError:
        pass
    return f" --db '{path}'"


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
        raise NotADatabaseError(f"{path} is a folder, not a database file",
                                "choose a file name inside it", path=path)
    if not path.exists() or path.stat().st_size == 0:
        if not create:
            raise StoreError(f"{path} does not exist; check the path or create it with 'demo'",
                             path=path)
        if not path.parent.is_dir():
            raise StoreError(f"the folder {path.parent} does not exist; create it first", path=path)
        try:
            portable.touch_private(path)
        except OSError as exc:
            raise ReadOnlyDatabaseError(f"cannot create {path}: {exc.strerror}",
                                        "choose a folder you can write to", path=path) from exc
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ReadOnlyDatabaseError(f"cannot read {path}: {exc.strerror}",
                                    "check the file's permissions, or open another file",
                                    path=path) from exc
    if head != SQLITE_MAGIC:
        raise NotADatabaseError(
            f"{path} is not an LMT Tracker database (it is not an SQLite file)", path=path)
    return False


def explain(exc: BaseException, path: Path | None, doing: str = "cannot read") -> StoreError:
    """Turn an SQLite error into the ``StoreError`` subclass that tells the user what to do."""
    orig = getattr(exc, "orig", None)
    message = _one_line(str(orig if orig is not None else exc))
    low = message.lower()
    where = str(path) if path is not None else "the database"
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return DamagedDatabaseError(f"{where} is damaged ({message})", path=path)
    if "locked" in low or "busy" in low:
        return DatabaseLockedError(f"{where} is locked by another program ({message})", path=path)
    if "readonly" in low or "read-only" in low or "unable to open" in low:
        if path is not None and not os.access(path.parent, os.W_OK):
            return ReadOnlyDatabaseError(
                f"{where} is in a read-only folder ({path.parent}); SQLite needs to create "
                "working files beside the database", path=path)
        if path is not None and path.exists() and not os.access(path, os.W_OK):
            return ReadOnlyDatabaseError(f"{where} is read-only; it can be read but not changed",
                                         path=path)
        return ReadOnlyDatabaseError(f"{doing} {where}: {message}", path=path)
    if portable.is_disk_full(exc, path):
        return DiskFullError(path)
    if "disk is full" in low or "disk i/o" in low:
        return StoreError(f"{doing} {where}: {message}",
                          "free some disk space (or check the drive) and try again", path=path)
    if "password authentication failed" in low or "no password supplied" in low:
        return StoreError(f"{doing} {where}: {message}",
                          "put the password in ~/.pgpass or a libpq service file "
                          "(see Help › User guide); LMT Tracker never stores passwords", path=path)
    return StoreError(f"{doing} {where}: {message}", path=path)


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
                    f"{path} has tables but no LMT Tracker schema version; it belongs to another "
                    "program", path=path)
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    finally:
        conn.close()
    if row is None:
        if names == {"alembic_version"}:
            return None
        raise DamagedDatabaseError(f"{path} is incomplete (its schema version is missing)",
                                   path=path)
    return str(row[0])


def refuse_newer(revision: str | None, target: Target) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{target.describe()} was written by a newer LMT Tracker (schema {revision}; "
            f"this version knows up to {HEAD})", path=target.path)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
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
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(target.url, pool_pre_ping=True)
    except ImportError as exc:
        raise StoreError(f"the database driver for {target.describe()} is not installed "
                         f"({exc.name})", "for PostgreSQL: pip install 'lmt-tracker[postgres]'"
                         ) from exc
    except ArgumentError as exc:
        raise StoreError(f"{target.describe()!r} is not a database LMT Tracker can open ({exc})",
                         "give a file path, or a URL like postgresql+psycopg://user@host/dbname"
                         ) from exc


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
                        "the database has tables but no LMT Tracker schema version; "
                        "it belongs to another program")
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
                _upgrade_sqlite(conn, lambda: command.upgrade(config, HEAD))
            else:
                with conn.begin():
                    if conn.dialect.name == "postgresql":
                        # Two computers opening a new shared database at once: the second
                        # waits here for the first to commit, then Alembic has nothing to do.
                        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                     {"key": MIGRATION_LOCK})
                    command.upgrade(config, HEAD)
    except StoreError:
        raise
    except (SQLAlchemyError, CommandError) as exc:
        path = Path(engine.url.database) if engine.url.database else None
        failure = explain(exc, path, "cannot upgrade")
        if isinstance(failure, DiskFullError):  # says the file, the space and "nothing changed"
            raise failure from exc
        raise type(failure)(f"migrating the database from schema {revision} failed: "
                            f"{failure.message}; it was left as it was",
                            failure.remedy, path=failure.path) from exc
    except Exception as exc:  # a fault in a migration script: still all undone
        raise StoreError(f"migrating the database from schema {revision} failed "
                         f"({type(exc).__name__}: {exc}); it was left as it was",
                         "report this to the LMT Tracker developers; meanwhile keep using the "
                         "version that wrote it") from exc


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
    saved = dbapi.isolation_level  # type: ignore[attr-defined]
    dbapi.isolation_level = None  # type: ignore[attr-defined]
    try:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            upgrade()
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(
                    f"the upgrade would leave {count(len(broken), 'broken link')} (first in table "
                    f"{broken[0][0]}); it was undone and the database left as it was",
                    "report this, with the database, to the LMT Tracker developers")
            conn.exec_driver_sql("COMMIT")
        except BaseException:
            if dbapi.in_transaction:  # type: ignore[attr-defined]
                conn.exec_driver_sql("ROLLBACK")
            raise
    finally:
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        dbapi.isolation_level = saved  # type: ignore[attr-defined]
        conn.rollback()  # SQLAlchemy's own bookkeeping; SQLite has nothing open


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
                raise DamagedDatabaseError(f"{source} is damaged ({_one_line(verdict)})",
                                           path=source)
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


def backup_before_migration(path: Path, revision: str) -> Path:
    """Keep a verified copy of the database before its schema is upgraded."""
    from lmt_tracker.store import backups

    return backups.make_backup(path, f"before-migration-from-{revision}", verify=True).path


def prepare_schema(engine: Engine, target: Target, revision: Any = ...) -> None:
    """Create or migrate the schema; ``revision`` is passed when already read (``...``: unknown)."""
    if revision is ...:
        revision = current_revision(engine)
    if revision == HEAD:
        return
    refuse_newer(revision, target)
    if revision is not None and target.path is not None:
        backup_before_migration(target.path, revision)
    run_migrations(engine, revision)


def stamp() -> str:
    """A timestamp for file names, sortable, to the microsecond (local time)."""
    return dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
