"""Export, import, backup and restore of a whole database — each all-or-nothing.

Files are written to a temporary name and renamed into place, so a crash leaves
either the old file or the new one. Imports and restores keep a copy of the
current database first.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

from lmt_tracker.io.bundle import DocumentError, from_document, to_document
from lmt_tracker.store import Store, StoreError
from lmt_tracker.store.bulk import read_bundle, write_bundle
from lmt_tracker.store.engine import HEAD, KNOWN_REVISIONS, SQLITE_MAGIC, online_backup

MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def export_bytes(store: Store) -> bytes:
    document = to_document(read_bundle(store))
    return json.dumps(document, indent=1, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"


def export_to(store: Store, path: Path) -> int:
    """Write the whole database as JSON; return the number of bytes written."""
    data = export_bytes(store)
    atomic_write(path, data)
    return len(data)


def read_document(path: Path, today: dt.date | None = None):  # noqa: ANN201
    """Read and validate an export file into a ``Bundle`` (nothing is written)."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise DocumentError(name, [f"is {size // 2**20} MB, larger than the 2 GB limit"])
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(name, [f"cannot be read: {exc.strerror}"]) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(name, [f"is not UTF-8 text (byte {exc.start}); "
                                   "is this an LMT Tracker export?"]) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(name, [f"is not complete JSON (line {exc.lineno}, column {exc.colno}: "
                                   f"{exc.msg}); the file is truncated or damaged"]) from exc
    except RecursionError as exc:
        raise DocumentError(name, ["is nested too deeply to be an LMT Tracker export"]) from exc
    return from_document(document, name, today or dt.date.today())


def import_from(store: Store, path: Path, *, replace: bool = False) -> Path | None:
    """Import an export file. Into a non-empty database only with ``replace``, after a backup.

    Returns the backup made, if any.
    """
    bundle = read_document(path)
    backup = None
    if not store.is_empty():
        if not replace:
            raise StoreError(
                f"{store.target.describe()} already holds records; import into a new database "
                "(--db NEW.sqlite3) or pass --replace to replace them (a backup is made first)")
        backup = automatic_backup(store, "before-import")
    write_bundle(store, bundle, replace=replace)
    return backup


def _sqlite_path(store: Store) -> Path:
    if store.target.path is None:
        raise StoreError("backup and restore copy SQLite files; for a server database use its "
                         "own tools (pg_dump) or 'export'")
    return store.target.path


def backup_to(store: Store, dest: Path) -> None:
    """A consistent copy of the live database (safe while the app runs)."""
    source = _sqlite_path(store)
    if dest.resolve() == source.resolve():
        raise StoreError("the backup file cannot be the database itself; choose another name")
    online_backup(source, dest)


def automatic_backup(store: Store, reason: str) -> Path:
    from lmt_tracker import paths

    source = _sqlite_path(store)
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    dest = paths.backups_dir() / f"{source.stem}-{reason}-{stamp}.sqlite3"
    online_backup(source, dest)
    return dest


def check_backup_file(path: Path) -> None:
    """Refuse anything but an intact LMT Tracker database this version can read."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    if head != SQLITE_MAGIC:
        raise StoreError(f"{path} is not an LMT Tracker backup (not an SQLite file)")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise StoreError(f"{path} is damaged ({ok}); choose another backup")
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except sqlite3.DatabaseError:
            raise StoreError(f"{path} is not an LMT Tracker backup (no schema version)") from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a readable database: {exc}") from exc
    finally:
        conn.close()
    if revision not in KNOWN_REVISIONS:
        raise StoreError(f"{path} comes from a newer LMT Tracker (schema {revision}, this "
                         f"version knows up to {HEAD}); install the newer version")


def restore_from(store: Store, source: Path) -> Path:
    """Replace the database's contents with a backup; return where the old contents were kept.

    The copy goes through SQLite's backup API into the live file, in one step, so
    other connections see either the old or the restored database.
    """
    target = _sqlite_path(store)
    check_backup_file(source)
    aside = automatic_backup(store, "before-restore")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=5)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"restore failed: {exc}; the database was left as it was "
                         f"(a copy is at {aside})") from exc
    finally:
        src.close()
    store.engine.dispose()
    return aside
