"""The files the system may hand the app to open, and what each kind of file is.

A backup the user makes is an ``.lmtbackup`` file (an ordinary SQLite copy under the
app's own extension), so the desktop can name it, give it the app's icon and open it
with the app: the macOS bundle declares the type (``build_targets.DOCUMENT_TYPES``), a
Linux desktop learns it from the shared-mime-info file ``desktop install`` puts in place.
An export (``.json``) and a database (``.sqlite3``, ``.db``) may be opened too.

Backups taken before this extension existed, with any name, are still backups: a restore
checks what a file holds (``store.backups.check_backup_file``), never its name. The
automatic copies keep their ``.sqlite3`` names (``store.backups`` says why).

What opening each kind does is the window's business (``gui/documents.py``); this module
only decides the kind, from the name, without opening anything (start-up speed: the
command line reads it before the window exists). No Qt, no storage.
"""

from __future__ import annotations

from pathlib import Path

BACKUP_SUFFIX = ".lmtbackup"
BACKUP_MIME_TYPE = "application/x-lmt-backup"

BACKUP, EXPORT, DATABASE = "backup", "export", "database"
KINDS = {BACKUP_SUFFIX: BACKUP, ".json": EXPORT, ".sqlite3": DATABASE, ".db": DATABASE}


def kind(path: str | Path) -> str | None:
    """``backup``, ``export`` or ``database`` by the file's extension; None for another."""
    return KINDS.get(Path(path).suffix.lower())


def with_backup_suffix(path: Path) -> Path:
    """``path`` with ``.lmtbackup`` added when the name has no extension; any name the user
    gave with an extension is kept as given."""
    return path if path.suffix else path.with_name(path.name + BACKUP_SUFFIX)


def suggested_backup_name(day: str) -> str:
    """The name offered for a backup made on ``day`` (ISO date): sorts by date, says what it is."""
    return f"lmt-tracker-backup-{day}{BACKUP_SUFFIX}"
