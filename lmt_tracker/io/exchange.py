"""Export, import, backup and restore of a whole database — each all-or-nothing.

Files are written to a temporary name, synced and renamed into place, so a crash
leaves either the old file or the new one. Imports and restores keep a copy of
the current database first (see ``lmt_tracker.store.backups``). Every failure is
one of the documented error types — ``DocumentError`` for a file that cannot be
imported, ``StoreError`` (and its subclasses, each with a ``remedy``) for the
database — never a half-written database.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, fields, is_dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from lmt_tracker import portable
from lmt_tracker.domain.core.records import Bundle
from lmt_tracker.io.bundle import DocumentError, from_document, to_document
from lmt_tracker.portable import atomic_write, open_regular_file
from lmt_tracker.store import Store, StoreError, backup_list, open_database, revisions
from lmt_tracker.store import backups as bk
from lmt_tracker.store.backup_list import Backup
from lmt_tracker.store.backups import check_backup_file
from lmt_tracker.store.bulk import read_bundle, write_bundle
from lmt_tracker.store.engine import prepare_schema
from lmt_tracker.store.errors import DamagedDatabaseError, NewerDatabaseError, NotADatabaseError
from lmt_tracker.store.sqlite_files import (
    BUSY_TIMEOUT,
    explain,
    online_backup,
    quick_check,
    read_only_uri,
    stamp,
)

__all__ = [
    "MAX_IMPORT_BYTES",
    "Restored",
    "automatic_backup",
    "backup_to",
    "export_bytes",
    "export_to",
    "import_from",
    "read_document",
    "restore_backup",
    "restore_from",
    "restore_latest",
]

# An export holds every certificate (each at most 20 MB), so a real one can be large;
# past this the file is refused before it is read into memory.
MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024
# SQLite stores whole numbers in 64 bits; a larger id would fail half-way through a write.
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
# Hours are entered to the minute at most; 1E-999999999 would pass every range check
# yet print as a gigabyte of zeros.
_MAX_PLACES = 12
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF][0-9a-fA-F]{2}")


def _explained(exc: StoreError, store: Store) -> StoreError:
    """A repository error caused by the file itself (damaged, locked, read-only), said so."""
    cause = exc.__cause__
    if type(exc) is StoreError and cause is not None and hasattr(cause, "orig"):
        better = explain(cause, store.target.path, "cannot use")
        if type(better) is not StoreError:
            return better
    return exc


def export_bytes(store: Store) -> bytes:
    try:
        document = to_document(read_bundle(store))
    except StoreError as exc:
        raise _explained(exc, store) from exc
    # Compact, so json uses its C encoder (with ``indent`` it falls back to pure Python:
    # about 4x slower on 100,000 courses, and a quarter larger). Same document.
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8") + b"\n"


def export_to(store: Store, path: Path) -> int:
    """Write the whole database as JSON; return the number of bytes written."""
    data = export_bytes(store)
    atomic_write(path, data)
    return len(data)


def _read_limited(path: Path, name: str) -> bytes:
    """The file's bytes, refusing folders, devices and pipes (which could never end)
    and anything over ``MAX_IMPORT_BYTES`` before reading it."""
    try:
        with open_regular_file(path) as handle:
            if handle is None:
                kind = "a folder" if path.is_dir() else "not a regular file (a pipe or device)"
                raise DocumentError(name, [f"is {kind}; choose an export file"])
            info = os.fstat(handle.fileno())
            if info.st_size > MAX_IMPORT_BYTES:
                raise DocumentError(name, [
                    f"is {info.st_size // 2**20:,} MB, larger than the "
                    f"{MAX_IMPORT_BYTES // 2**20:,} MB limit for an export file"])
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise DocumentError(name, [f"cannot be read: {exc.strerror}"]) from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise DocumentError(name, ["grew past the size limit while being read"])
    return data


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) >= 2 and b"\x00" in raw[:4]):
        raise DocumentError(name, ["is UTF-16 or UTF-32 text, but exports are UTF-8; it was "
                                   "probably re-saved by another program — export it again, "
                                   "or save it as UTF-8"])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(name, [f"is not UTF-8 text (byte {exc.start}); is this an LMT "
                                   "Tracker export? (a file re-saved as Latin-1 or Windows-1252 "
                                   "must be saved as UTF-8 again)"]) from exc


def read_document(path: Path, today: dt.date | None = None) -> Bundle:
    """Read and validate an export file into a ``Bundle`` (nothing is written).

    Raises ``DocumentError`` — and nothing else — for any content: wrong encoding,
    broken or absurdly nested JSON, numbers too long to parse, wrong types, text or
    numbers a database cannot hold, records that fail validation.
    """
    name = path.name
    text = _decode(_read_limited(path, name), name)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(name, [f"is not complete JSON (line {exc.lineno}, column {exc.colno}: "
                                   f"{exc.msg}); the file is truncated or damaged"]) from exc
    except RecursionError as exc:
        raise DocumentError(name, ["is nested too deeply to be an LMT Tracker export"]) from exc
    except ValueError as exc:  # e.g. a number with more digits than Python will convert
        raise DocumentError(name, [f"holds a value that cannot be read ({exc})"]) from exc
    try:
        bundle = from_document(document, name, today or dt.date.today())
    except RecursionError as exc:
        raise DocumentError(name, ["is nested too deeply to be an LMT Tracker export"]) from exc
    except DocumentError as exc:
        # A hostile value (a megabyte of digits) would otherwise fill the whole message.
        raise DocumentError(name, [_shorten(p) for p in exc.problems]) from exc
    problems = _unstorable(bundle, "", check_text=bool(_SURROGATE_ESCAPE.search(text)))
    if problems:
        raise DocumentError(name, problems)
    return bundle


def _shorten(problem: str, limit: int = 300) -> str:
    return problem if len(problem) <= limit else problem[:limit] + "…"


def _unstorable(value: Any, where: str, *, check_text: bool) -> list[str]:
    """Values that pass validation but that SQLite cannot store: whole numbers beyond
    64 bits and (only possible through JSON escapes) unpaired UTF-16 surrogates."""
    problems: list[str] = []
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, bool):
            continue
        if isinstance(item, int):
            if not _INT_MIN <= item <= _INT_MAX:
                problems.append(f"{path or 'document'}: the number {str(item)[:20]}… is too large")
        elif isinstance(item, str):
            if check_text and not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    problems.append(f"{path}: contains a broken character (an unpaired "
                                    "\\ud800-\\udfff escape)")
        elif isinstance(item, Decimal):
            _sign, digits, exponent = item.as_tuple()
            if isinstance(exponent, int) and (exponent < -_MAX_PLACES or len(digits) > 40):
                problems.append(f"{path}: {_shorten(str(item), 40)} has more digits than any "
                                "number of hours can have")
        elif isinstance(item, (bytes, bytearray)) or item is None:
            continue
        elif is_dataclass(item):
            stack.extend((f"{path}.{f.name}".lstrip("."), getattr(item, f.name))
                         for f in fields(item))
        elif isinstance(item, (tuple, list)):
            stack.extend((f"{path}[{i}]", x) for i, x in enumerate(item))
        elif isinstance(item, dict):
            stack.extend((f"{path}[{k!r}]", k) for k in item)
            stack.extend((f"{path}[{k!r}]", x) for k, x in item.items())
    return problems


def import_from(store: Store, path: Path, *, replace: bool = False) -> Path | None:
    """Import an export file. Into a non-empty database only with ``replace``, after a backup.

    Returns the backup made, if any. The file is read and checked completely before
    the database is touched, and written in one transaction.
    """
    bundle = read_document(path)
    backup = None
    try:
        if not store.is_empty():
            if not replace:
                raise StoreError(
                    f"{store.target.describe()} already holds records; import into a new "
                    "database (--db NEW.sqlite3) or pass --replace to replace them (a backup "
                    "is made first)")
            backup = _backup_before_import(store)
        write_bundle(store, bundle, replace=replace)
    except StoreError as exc:
        raise _explained(exc, store) from exc
    return backup


def _backup_before_import(store: Store) -> Path:
    """Keep the contents an import will replace: a file copy for SQLite, an export otherwise.

    A server database cannot be copied as a file, but its whole contents fit in the
    export document, which ``import`` reads back.
    """
    if store.target.path is not None:
        return automatic_backup(store, "before-import")
    from lmt_tracker import paths

    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    dest = paths.backups_dir() / f"server-before-import-{stamp}.json"
    export_to(store, dest)
    return dest


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
        raise StoreError(f"cannot open {source}: {exc}", path=source) from exc
    try:
        dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        failure = explain(exc, target, "cannot restore into")
        raise type(failure)(f"restore failed: {failure.message}; the database was left as it "
                            f"was (a copy is at {aside})", failure.remedy, path=target) from exc
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
        raise StoreError(f"there is no intact backup of {database} in "
                         f"{backup_list.backups_folder(database)}",
                         "open another file, or import an export file into a new database",
                         path=database)
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
