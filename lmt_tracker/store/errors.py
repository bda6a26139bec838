"""Why a database cannot be opened or written, and what the user can do about it.

Each ``StoreError`` carries the message, the remedy and the ways out a window can offer
as buttons (``RESTORE_BACKUP``, ``OPEN_OTHER``...).
"""

from __future__ import annotations

from pathlib import Path

from lmt_tracker import portable
from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.io.full_disk import FREE_SPACE_REMEDY, disk_full_message

# Ways out a screen can offer as buttons; ``StoreError.ways_out`` lists the ones that apply.
RESTORE_BACKUP = "restore-backup"


OPEN_OTHER = "open-other"


RETRY = "retry"


INSTALL_NEWER = "install-newer"


COPY_ELSEWHERE = "copy-elsewhere"


_RESTORE_HINT = N_("restore the latest backup (in the app: Settings → Backups; on the command "
                   "line: lmt-tracker{db} restore --latest) or open another file")


class StoreError(Exception):
    """A database cannot be opened or written; the message says why and what to do.

    ``message`` is what went wrong, ``remedy`` what the user can do about it (empty
    when the message already says so), ``ways_out`` the matching action codes
    (``RESTORE_BACKUP``, ``OPEN_OTHER``...) so a window can offer them as buttons,
    and ``path`` the file concerned, when there is one. ``str()`` joins message
    and remedy, which is what the command line prints; ``text`` is the same as a phrase
    (``domain.core.phrases``), which the window and the command line show in the user's
    language (``lmt_tracker.language.say``).
    """

    remedy: str = ""
    ways_out: tuple[str, ...] = ()

    def __init__(self, message: str, remedy: str | None = None, *,
                 path: Path | None = None) -> None:
        self.message = message
        self.path = path
        if remedy is not None:
            self.remedy = remedy
        self.text: str = Phrase("{message}; {remedy}", {"message": message,
                                                        "remedy": self.remedy}) \
            if self.remedy else message
        super().__init__(self.text)


class DamagedDatabaseError(StoreError):
    """The file is an SQLite database whose contents are damaged (or half-written)."""

    ways_out = (RESTORE_BACKUP, OPEN_OTHER)

    def __init__(self, message: str, remedy: str | None = None, *,
                 path: Path | None = None) -> None:
        if remedy is None:
            if path is not None and not _has_backups(path):
                remedy = ph(N_("there is no automatic backup of it: open another file, or import "
                               "your latest export into a new database; the damaged file is left "
                               "as it is"))
            else:
                remedy = ph(N_("{hint}; the damaged file is left as it is"),
                            hint=ph(_RESTORE_HINT, db=_db_option(path)))
        super().__init__(message, remedy, path=path)


class NotADatabaseError(StoreError):
    """The file is not an LMT Tracker database at all (another program's file, or not SQLite)."""

    remedy = ph(N_("open another file, or restore a backup over it"))
    ways_out = (OPEN_OTHER, RESTORE_BACKUP)


class NewerDatabaseError(StoreError):
    """The database was written by a newer LMT Tracker."""

    remedy = ph(N_("install the newer LMT Tracker to open it, or open another file; it was left "
                   "unchanged"))
    ways_out = (INSTALL_NEWER, OPEN_OTHER)


class DatabaseLockedError(StoreError):
    """Another program holds a lock on the database for longer than we wait."""

    remedy = ph(N_("close the other program using it (another LMT Tracker window, a sync or "
                   "backup tool) and try again, or open another file"))
    ways_out = (RETRY, OPEN_OTHER)


class ReadOnlyDatabaseError(StoreError):
    """The file or its folder cannot be written, so changes (or, for a folder, reading) fail."""

    remedy = ph(N_("copy the database into a folder you can write to (e.g. your Documents) and "
                   "open the copy, or open another file"))
    ways_out = (COPY_ELSEWHERE, OPEN_OTHER)


class DiskFullError(StoreError):
    """The drive holding the database (or the copy being written) has no room left.

    Nothing was changed: SQLite rolls the transaction back, and a copy being written
    under a temporary name is removed. ``needed`` is the space the write needed
    (None where SQLite does not say).
    """

    remedy = ph(FREE_SPACE_REMEDY)
    ways_out = (RETRY,)

    def __init__(self, path: Path | None, needed: int | None = None) -> None:
        self.needed = needed
        message: str
        if path is None:  # no file to name or measure (a server database)
            message = disk_full_message(ph(N_("the database")), portable.size_text(needed)
                                        if needed is not None else None, None)
        else:
            message = portable.disk_full_message(path, needed)
        super().__init__(message, path=path)


def _has_backups(path: Path) -> bool:
    from lmt_tracker.store import backup_list

    try:
        return bool(backup_list.list_backups(path))
    except OSError:
        return False


def one_line(message: str) -> str:
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
