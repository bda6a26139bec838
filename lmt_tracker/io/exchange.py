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
from dataclasses import fields, is_dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.records import Bundle, Course
from lmt_tracker.io.bundle import DocumentError, course_documents, from_document, to_document
from lmt_tracker.io.course_inserts import INT_MAX, INT_MIN, MAX_PLACES, course_inserts
from lmt_tracker.io.gc_pause import gc_paused
from lmt_tracker.io.restore import automatic_backup
from lmt_tracker.portable import atomic_write, open_regular_file
from lmt_tracker.store import Store, StoreError
from lmt_tracker.store.bulk import CourseInserts, course_rows, read_bundle, write_bundle
from lmt_tracker.store.sqlite_files import (
    explain,
)

__all__ = ["MAX_IMPORT_BYTES", "export_bytes", "export_to", "import_from", "read_document"]

# An export holds every certificate (each at most 20 MB), so a real one can be large;
# past this the file is refused before it is read into memory.
MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024
# Export reads an SQLite file's courses as rows (``course_documents``); tests switch it
# off to compare with the records' path.
_COURSES_AS_ROWS = True
# Import checks well-formed, valid courses straight from the JSON into rows
# (``io.course_inserts``); tests switch it off to compare with the records' path.
_COURSES_TO_ROWS = True
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF][0-9a-fA-F]{2}")


_NESTED = ph(N_("is nested too deeply to be an LMT Tracker export"))


def _explained(exc: StoreError, store: Store) -> StoreError:
    """A repository error caused by the file itself (damaged, locked, read-only), said so."""
    cause = exc.__cause__
    if type(exc) is StoreError and cause is not None and hasattr(cause, "orig"):
        better = explain(cause, store.target.path, "cannot use")
        if type(better) is not StoreError:
            return better
    return exc


def export_bytes(store: Store) -> bytes:
    # The collector paused: 100,000 courses' rows, dicts and text hold no cycles
    # (a fifth of an export's time was its walks over them; ``io.gc_pause``).
    with gc_paused():
        try:
            # From an SQLite file the courses go from their rows straight to JSON objects.
            stored = course_rows(store) if _COURSES_AS_ROWS else None
            document = to_document(read_bundle(store, courses=stored is None))
        except StoreError as exc:
            raise _explained(exc, store) from exc
        # Compact, so json uses its C encoder (with ``indent`` it falls back to pure Python:
        # about 4x slower on 100,000 courses, and a quarter larger). Same document.
        text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        if stored is not None:
            # The course objects come with their keys sorted, so they are encoded without
            # sorting (a tenth of an export's time for 100,000 courses) and put in place of
            # the empty list: the first '"courses":[]' is the document's own key, as every
            # key before it in sorted order (app_version, certificates, classes) holds only
            # escaped text and fixed keys.
            courses = json.dumps(course_documents(stored), ensure_ascii=False,
                                 separators=(",", ":"))
            text = text.replace('"courses":[]', '"courses":' + courses, 1)
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
                raise DocumentError(name, [ph(N_("is a folder; choose an export file"))
                                           if path.is_dir() else
                                           ph(N_("is not a regular file (a pipe or device); "
                                                 "choose an export file"))])
            info = os.fstat(handle.fileno())
            if info.st_size > MAX_IMPORT_BYTES:
                raise DocumentError(name, [ph(
                    N_("is {size} MB, larger than the {most} MB limit for an export file"),
                    size=f"{info.st_size // 2**20:,}", most=f"{MAX_IMPORT_BYTES // 2**20:,}")])
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise DocumentError(name, [ph(N_("cannot be read: {why}"), why=str(exc.strerror))]) \
            from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise DocumentError(name, [ph(N_("grew past the size limit while being read"))])
    return data


DEEP = N_("is nested too deeply to be an LMT Tracker export")


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) >= 2 and b"\x00" in raw[:4]):
        raise DocumentError(name, [ph(N_("is UTF-16 or UTF-32 text, but exports are UTF-8; it "
                                         "was probably re-saved by another program — export it "
                                         "again, or save it as UTF-8"))])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(name, [ph(N_("is not UTF-8 text (byte {n}); is this an LMT Tracker "
                                         "export? (a file re-saved as Latin-1 or Windows-1252 "
                                         "must be saved as UTF-8 again)"), n=exc.start)]) from exc


def read_document(path: Path, today: dt.date | None = None) -> Bundle:
    """Read and validate an export file into a ``Bundle`` (nothing is written).

    Raises ``DocumentError`` — and nothing else — for any content: wrong encoding,
    broken or absurdly nested JSON, numbers too long to parse, wrong types, text or
    numbers a database cannot hold, records that fail validation.
    """
    name = path.name
    text, document = _parsed(path, name)
    return _records(document, text, name, today or dt.date.today())


def _parsed(path: Path, name: str) -> tuple[str, Any]:
    text = _decode(_read_limited(path, name), name)
    try:
        return text, json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(name, [ph(N_("is not complete JSON (line {line}, column {column}: "
                                         "{why}); the file is truncated or damaged"),
                                      line=exc.lineno, column=exc.colno, why=exc.msg)]) from exc
    except RecursionError as exc:
        raise DocumentError(name, [ph(DEEP)]) from exc
    except ValueError as exc:  # e.g. a number with more digits than Python will convert
        raise DocumentError(name, [ph(N_("holds a value that cannot be read ({why})"),
                                      why=str(exc))]) from exc


def _records(document: Any, text: str, name: str, today: dt.date) -> Bundle:
    """``read_document`` once the file is parsed: every record built and checked."""
    try:
        bundle = from_document(document, name, today)
    except RecursionError as exc:
        raise DocumentError(name, [ph(DEEP)]) from exc
    except DocumentError as exc:
        # A hostile value (a megabyte of digits) would otherwise fill the whole message.
        raise DocumentError(name, [_shorten(p) for p in exc.problems]) from exc
    check_text = bool(_SURROGATE_ESCAPE.search(text))
    problems = [] if _storable_quick(bundle, check_text) else _unstorable(
        bundle, "", check_text=check_text)
    if problems:
        raise DocumentError(name, problems)
    return bundle


def _read_for_import(path: Path, today: dt.date, *,
                     as_rows: bool) -> tuple[Bundle, CourseInserts | None]:
    """``read_document``, with the courses as stored rows when ``as_rows`` and every
    course is one the record path would accept (``io.course_inserts``): then the bundle
    holds everything else and no course. Otherwise, or on any problem anywhere, the
    record path reads the whole document, so what is refused is said exactly as before.
    """
    name = path.name
    text, document = _parsed(path, name)
    if (as_rows and _COURSES_TO_ROWS and type(document) is dict
            and not _SURROGATE_ESCAPE.search(text)):
        try:
            rest = from_document({**document, "courses": []}, name, today)
        except (DocumentError, RecursionError):
            rest = None
        if rest is not None and not _unstorable(rest, "", check_text=False):
            rows = course_inserts(document.get("courses", []), today,
                                  {c.sha256 for c in rest.certificates},
                                  {c.id for c in rest.credentials if c.id is not None})
            if rows is not None:
                return rest, rows
    return _records(document, text, name, today), None


def _shorten(problem: str, limit: int = 300) -> str:
    """A problem cut to ``limit`` characters (a phrase only when longer: then in English)."""
    return problem if len(problem) <= limit else problem[:limit] + "…"


def _storable_quick(bundle: Bundle, check_text: bool) -> bool:
    """True when ``_unstorable`` would find nothing, checking the courses directly.

    The generic walk visits every value of every record (most of an import's time
    for 100,000 courses). A course's only values it can object to are its whole numbers
    (id, unit, credential links) and its hours; text only when the file holds a
    surrogate escape (``check_text``), which sends everything to the walk. False means
    "not sure": the caller runs the walk, so any problem is reported exactly as before.
    """
    if check_text:
        return False
    low, high, places = INT_MIN, INT_MAX, -MAX_PLACES
    for c in bundle.courses:
        if type(c) is not Course:
            return False
        ident = c.id
        if ident is not None and not low <= ident <= high:
            return False
        if not low <= c.hour_minutes <= high:
            return False
        for x in c.applies_to or ():
            if not low <= x <= high:
                return False
        for amount in (c.hours, *(t.hours for t in c.topics)):
            _sign, digits, exponent = amount.as_tuple()
            if not isinstance(exponent, int) or exponent < places or len(digits) > 40:
                return False
    return not _unstorable(replace(bundle, courses=()), "", check_text=False)


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
            if not INT_MIN <= item <= INT_MAX:
                problems.append(Phrase("{path}: {message}", {
                    "path": path or "document", "message": ph(N_(
                        "the number {digits}… is too large"), digits=str(item)[:20])}))
        elif isinstance(item, str):
            if check_text and not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    problems.append(Phrase("{path}: {message}", {"path": path, "message": ph(N_(
                        "contains a broken character (an unpaired \\ud800-\\udfff escape)"))}))
        elif isinstance(item, Decimal):
            _sign, digits, exponent = item.as_tuple()
            if isinstance(exponent, int) and (exponent < -MAX_PLACES or len(digits) > 40):
                problems.append(Phrase("{path}: {message}", {"path": path, "message": ph(N_(
                    "{value} has more digits than any number of hours can have"),
                    value=_shorten(str(item), 40))}))
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
    with gc_paused():  # millions of parsed objects, no cycles: a third of the time otherwise
        bundle, rows = _read_for_import(path, dt.date.today(), as_rows=store.target.is_sqlite)
        backup = None
        try:
            if not store.is_empty():
                if not replace:
                    raise StoreError(ph(
                        N_("{database} already holds records; import into a new database (--db "
                           "NEW.sqlite3) or pass --replace to replace them (a backup is made "
                           "first)"), database=store.target.describe()))
                backup = _backup_before_import(store)
            write_bundle(store, bundle, replace=replace, course_rows=rows)
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

