"""Where a database's automatic backups are kept, and which there are (read only).

Its own module so that an error message can say whether a backup exists without
importing the code that makes backups (which opens databases).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from lmt_tracker import digests, portable

# The same logger as the code that makes backups: one name in the log for both.
log = logging.getLogger("lmt_tracker.store.backups")

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


def choices_file() -> Path:
    from platformdirs import user_config_dir

    from lmt_tracker import APP_NAME

    return Path(user_config_dir(APP_NAME, appauthor=False)) / CHOICES_FILE


def folder_choices() -> dict[str, str]:
    try:
        text = choices_file().read_text(encoding="utf-8")
    except (OSError, ValueError):
        return {}
    import json  # only once a folder was chosen: every start reads this on its way

    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def chosen_folder(database: Path) -> Path | None:
    """The folder the user chose for ``database``'s copies on this computer, if any."""
    chosen = folder_choices().get(str(database.resolve()))
    return Path(chosen) if chosen else None


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
    share_like(folder, database.resolve().parent, 0o770)
    return folder


def share_like(path: Path, original: Path, allowed: int) -> None:
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
    return digests.sha256(str(database.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = stamp_time(match["stamp"])
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    reason = "before-migration" if match["revision"] else match["reason"]
    return Backup(path, match["stem"], match["key"], reason, created, size, match["revision"])


def stamp_time(raw: str) -> dt.datetime:
    """The time of a name's stamp (``sqlite_files.stamp``: ``YYYYmmddTHHMMSS`` and perhaps
    microseconds), as ``datetime.strptime`` reads it — by position, since the name's pattern
    fixed the digits: ``strptime`` imports ``_strptime``, ``locale`` and ``calendar`` and
    compiles its pattern (~3 ms of every start that finds a copy). ValueError if invalid."""
    if len(raw) not in (15, 21) or raw[8] != "T" or not (raw[:8] + raw[9:]).isdigit():
        raise ValueError(f"not a backup time stamp: {raw!r}")
    return dt.datetime(int(raw[:4]), int(raw[4:6]), int(raw[6:8]), int(raw[9:11]),
                       int(raw[11:13]), int(raw[13:15]), int(raw[15:] or 0))


def _belongs(backup: Backup, database: Path, key: str) -> bool:
    if backup.key is not None:
        return backup.key == key
    return backup.database == database.stem


def _read_folder(folder: Path) -> list[Backup]:
    try:
        names = list(folder.glob("*.sqlite3"))
    except OSError:
        return []
    return [b for b in (parse(p) for p in names) if b is not None]


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
