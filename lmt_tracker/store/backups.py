"""Automatic copies of a database, kept beside it (or in a folder the user chose for it).

Where (``backups_folder(database)``): a folder chosen for that database in Settings
(remembered per computer, ``choose_folder``), else beside the database — ``backups``
for the default database in the app's data folder, ``LMT Tracker backups`` for a
file anywhere else. So a school's database on a shared drive keeps its copies on
that drive, under the same permissions, and never in the profile folder of whoever
happened to open it. Copies made by earlier versions in the user's data folder are
still listed (and restorable) but no new one is written there. A server database has
no automatic copies: its backups are the server's (``pg_dump``), as the app says.

A copy is made on the first open of each day (the last ``KEEP_DAILY`` are kept) and
before every schema upgrade, import that replaces records, and restore (the last
``KEEP_EACH_EVENT`` of each kind are kept). Each copy is an ordinary SQLite file,
readable by the owner only, named so that a listing needs no index file that
could itself be lost::

    <database name>-<reason>-<YYYYmmddTHHMMSSffffff>-<key>.sqlite3

``key`` is a short hash of the database's full path, so two databases with the
same file name in different folders never see each other's copies. This module
is pure file handling (no Qt): the Settings screen and the command line both
call ``list_backups`` and ``lmt_tracker.io.exchange.restore_backup``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from lmt_tracker import portable
from lmt_tracker.store import engine as eng
from lmt_tracker.store.engine import (
    SQLITE_MAGIC,
    DamagedDatabaseError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
    online_backup,
    read_only_uri,
    stamp,
)

KEEP_DAILY = 7
KEEP_EACH_EVENT = 10
# A ".part" file older than this was left by a copy that was interrupted.
STALE_PART_SECONDS = 3600

LABELS = {
    "daily": "Daily copy",
    "before-import": "Before an import",
    "before-restore": "Before a restore",
    "before-migration": "Before a schema upgrade",
    "damaged": "Damaged file set aside",
}

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<reason>daily|before-import|before-restore|damaged"
    r"|before-migration-from-(?P<revision>[A-Za-z0-9_]+))"
    r"-(?P<stamp>\d{8}T\d{6}(?:\d{6})?)(?:-(?P<key>[0-9a-f]{8}))?\.sqlite3$")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    """One copy on disk: where it is, which database it came from, why, when and how big."""

    path: Path
    database: str  # the database file's name without extension
    key: str | None  # hash of the database's full path (None for copies named without it)
    reason: str  # one of LABELS
    created: dt.datetime  # local time
    size: int  # bytes
    revision: str | None = None  # for "before-migration": the schema it was upgraded from

    @property
    def label(self) -> str:
        text = LABELS[self.reason]
        return f"{text} (schema {self.revision})" if self.revision else text

    def as_json(self) -> dict[str, object]:
        return {"path": str(self.path), "database": self.database, "reason": self.reason,
                "label": self.label, "created": self.created.isoformat(timespec="seconds"),
                "size": self.size}


# The folder beside a database outside the app's data folder.
BESIDE_NAME = "LMT Tracker backups"
# Per-computer choices of folder, in the user's config folder: {database path: folder}.
CHOICES_FILE = "backup-folders.json"


def _app_data_folder() -> Path:
    """The app's data folder, without creating it (platformdirs, as ``paths`` uses)."""
    from platformdirs import user_data_dir

    from lmt_tracker import APP_NAME

    return Path(user_data_dir(APP_NAME, appauthor=False))


def _choices_file() -> Path:
    from platformdirs import user_config_dir

    from lmt_tracker import APP_NAME

    return Path(user_config_dir(APP_NAME, appauthor=False)) / CHOICES_FILE


def _choices() -> dict[str, str]:
    try:
        data = json.loads(_choices_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def chosen_folder(database: Path) -> Path | None:
    """The folder the user chose for ``database``'s copies on this computer, if any."""
    chosen = _choices().get(str(database.resolve()))
    return Path(chosen) if chosen else None


def choose_folder(database: Path, folder: Path | None) -> None:
    """Keep ``database``'s future copies in ``folder`` (None: beside the database again).

    Copies already made stay where they are; listings show the folder in use (and the
    user's data folder, where earlier versions kept copies).
    """
    choices = _choices()
    key = str(database.resolve())
    if folder is None:
        choices.pop(key, None)
    else:
        if not folder.is_dir():
            raise StoreError(f"the backups folder {folder} does not exist",
                             "choose an existing folder")
        choices[key] = str(folder.resolve())
    target = _choices_file()
    portable.private_folder(target.parent)
    text = json.dumps(choices, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    portable.atomic_write(target, text.encode("utf-8"))


def default_folder(database: Path) -> Path:
    """Beside the database: ``backups`` in the app's data folder, else ``LMT Tracker backups``."""
    parent = database.resolve().parent
    try:
        in_app_folder = parent == _app_data_folder().resolve()
    except OSError:
        in_app_folder = False
    return parent / ("backups" if in_app_folder else BESIDE_NAME)


def backups_folder(database: Path | None = None) -> Path:
    """Where copies of ``database`` are written (created owner-only, plus the group
    permissions of the database's folder, where the platform has modes).

    Without a database: the folder of the default database, ``backups`` in the app's
    data folder.
    """
    if database is None:
        from lmt_tracker import paths

        database = paths.default_database()
    chosen = chosen_folder(database)
    if chosen is not None:
        return chosen
    folder = default_folder(database)
    if folder.is_dir():
        return folder
    portable.private_folder(folder)
    _share_like(folder, database.resolve().parent, 0o770)
    return folder


def _share_like(path: Path, original: Path, allowed: int) -> None:
    """Give ``path`` the group permissions of ``original`` (never others'; POSIX only).

    A database in a folder its group shares (a school's share) gets a backups folder and
    copies the same group can use: every staff member's daily copy, import and restore
    works there. A private database (0600 in a 0700 folder) keeps private copies.
    """
    try:
        group = original.stat().st_mode & allowed & 0o070
        if group:
            portable.set_mode(path, (path.stat().st_mode & 0o777) | group)
    except OSError as exc:
        log.warning("could not share %s like %s: %s", path.name, original.name, exc)


def _legacy_folder() -> Path | None:
    """Where earlier versions kept every database's copies (read only, never written)."""
    folder = _app_data_folder() / "backups"
    return folder if folder.is_dir() else None


def database_key(database: Path) -> str:
    return hashlib.sha256(str(database.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    raw = match["stamp"]
    try:
        created = dt.datetime.strptime(raw, "%Y%m%dT%H%M%S%f" if len(raw) > 15 else "%Y%m%dT%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    reason = "before-migration" if match["revision"] else match["reason"]
    return Backup(path, match["stem"], match["key"], reason, created, size, match["revision"])


def _belongs(backup: Backup, database: Path, key: str) -> bool:
    if backup.key is not None:
        return backup.key == key
    return backup.database == database.stem


def _read_folder(folder: Path) -> list[Backup]:
    try:
        names = list(folder.glob("*.sqlite3"))
    except OSError:
        return []
    return [b for b in (_parse(p) for p in names) if b is not None]


def list_backups(database: Path | None = None, *, every: bool = False) -> list[Backup]:
    """The copies of ``database``, newest first.

    Read from its backups folder and, for copies older versions made, from the user's
    data folder. With ``every`` — or without a database — all copies in that backups
    folder (the default database's), whichever database they came from.
    """
    target = database
    if target is None:
        from lmt_tracker import paths

        target, every = paths.default_database(), True
    folder = backups_folder(target)
    found = _read_folder(folder)
    if every:
        found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
        return found
    legacy = _legacy_folder()
    if legacy is not None and legacy.resolve() != folder.resolve():
        found += _read_folder(legacy)
    key = database_key(target)
    found = [b for b in found if _belongs(b, target, key)]
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def make_backup(database: Path, reason: str, *, verify: bool = False) -> Backup:
    """Copy ``database`` now (consistently, even while in use) and prune old copies."""
    folder = backups_folder(database)
    dest = folder / f"{database.stem}-{reason}-{stamp()}-{database_key(database)}.sqlite3"
    online_backup(database, dest, verify=verify)
    _share_like(dest, database, 0o060)
    backup = _parse(dest)
    assert backup is not None, dest
    prune(database)
    return backup


def daily_backup(database: Path, today: dt.date | None = None) -> Backup | None:
    """Make today's copy of ``database`` unless one exists; return it, or None.

    The copy is verified, so this is also the once-a-day integrity check: a damaged
    database raises ``DamagedDatabaseError`` and its copy is not kept, so the last
    good copies are never rotated out by bad ones. A copy that cannot be written
    (full disk, unwritable data folder) is logged and skipped: failing to make a
    spare copy must not stop the user from working.
    """
    day = today or dt.date.today()
    try:
        if any(b.reason == "daily" and b.created.date() == day
               for b in list_backups(database)):
            return None
        return make_backup(database, "daily", verify=True)
    except StoreError as exc:
        # damaged, locked, unreadable: the user must know; a full disk only costs the spare
        if type(exc) is not StoreError and not isinstance(exc, DiskFullError):
            raise
        log.warning("could not make today's backup of %s: %s", database, exc)
    except OSError as exc:
        log.warning("could not make today's backup of %s: %s", database, exc)
    return None


def prune(database: Path) -> list[Path]:
    """Delete copies of ``database`` beyond the rotation limits; return what was deleted."""
    removed: list[Path] = []
    by_reason: dict[str, list[Backup]] = {}
    key = database_key(database)
    folder = backups_folder(database).resolve()
    for backup in list_backups(database):
        # Never touch copies this version did not name, nor those in another folder.
        if backup.key == key and backup.path.parent.resolve() == folder:
            by_reason.setdefault(backup.reason, []).append(backup)
    for reason, copies in by_reason.items():
        keep = KEEP_DAILY if reason == "daily" else KEEP_EACH_EVENT
        for old in copies[keep:]:
            old.path.unlink(missing_ok=True)
            Path(f"{old.path}-wal").unlink(missing_ok=True)  # a set-aside file's own log
            removed.append(old.path)
    cutoff = time.time() - STALE_PART_SECONDS
    for part in folder.glob("*.part"):
        try:
            if part.stat().st_mtime < cutoff:
                part.unlink()
                removed.append(part)
        except OSError:
            pass
    return removed


def check_backup_file(path: Path) -> str:
    """Refuse anything but an intact LMT Tracker database this version can read.

    Returns its schema revision. Runs SQLite's full ``integrity_check``: a restore
    must not replace the user's data with a damaged copy.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}", path=path) from exc
    if head != SQLITE_MAGIC:
        raise NotADatabaseError(f"{path} is not an LMT Tracker backup (not an SQLite file)",
                                "choose another backup", path=path)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} cannot be opened: {exc}", path=path) from exc
    try:
        ok = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if ok != "ok":
            raise DamagedDatabaseError(f"{path} is damaged ({' '.join(str(ok).split())})",
                                       "choose another backup", path=path)
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except (sqlite3.DatabaseError, TypeError):
            raise NotADatabaseError(f"{path} is not an LMT Tracker backup (no schema version)",
                                    "choose another backup", path=path) from None
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(f"{path} is not a readable database ({exc})",
                                   "choose another backup", path=path) from exc
    finally:
        conn.close()
    if revision not in eng.KNOWN_REVISIONS:
        raise NewerDatabaseError(f"{path} comes from a newer LMT Tracker (schema {revision}, "
                                 f"this version knows up to {eng.HEAD})", path=path)
    return str(revision)


def latest_good_backup(database: Path) -> Backup | None:
    """The newest copy of ``database`` that passes ``check_backup_file`` (set-aside damaged
    files are never candidates)."""
    for backup in list_backups(database):
        if backup.reason == "damaged":
            continue
        try:
            check_backup_file(backup.path)
        except StoreError as exc:
            log.warning("skipping backup %s: %s", backup.path, exc)
            continue
        return backup
    return None
