"""Who has a database file open, told to other computers by a small file beside it.

Two windows writing one SQLite file lose each other's changes (the last save wins, and
SQLite's own locks do not hold on many network shares). On one computer the app's local
socket finds the running window (``gui/single_instance.py``); across computers only the
shared folder is common, so the app that opens ``lmt-tracker.sqlite3`` writes
``lmt-tracker.sqlite3-open`` beside it (named like SQLite's own ``-wal`` companion):
which computer, which user, since when. Another computer that finds it says so before
opening the file.

A marker is a notice, never a lock, and designed not to block forever:

- the open app rewrites it every ``REFRESH_SECONDS``; a marker whose file time is more
  than ``STALE_SECONDS`` old (or that far in the future: another clock) is ignored, so a
  crashed app or a computer switched off stops the warning within minutes;
- the user can always open the file anyway, and then the marker becomes theirs;
- the app removes it on closing only when it is still its own (computer and process);
- a marker that cannot be read or written (a read-only folder, a damaged file) is
  ignored: it must never stop anyone working.

PostgreSQL (a school's shared database) is made for many computers: no marker there.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from lmt_tracker import portable

log = logging.getLogger(__name__)

SUFFIX = "-open"
REFRESH_SECONDS = 120
STALE_SECONDS = 10 * 60
MAX_BYTES = 4096  # a marker is a few hundred bytes; anything bigger is not ours


@dataclass(frozen=True)
class Marker:
    host: str
    user: str
    pid: int
    since: str  # ISO date and time the file was opened there (that computer's clock)
    age_seconds: float  # since the marker was last refreshed, by its file time

    def is_mine(self) -> bool:
        return self.host == this_host() and self.pid == os.getpid()


def this_host() -> str:
    return socket.gethostname() or "this computer"


def this_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment or database
        return ""


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def read(database: Path, now: float | None = None) -> Marker | None:
    """The marker beside ``database``, or None when there is none or it is unreadable."""
    path = marker_path(database)
    try:
        with portable.open_regular_file(path) as handle:  # never wait on a pipe put there
            if handle is None:
                return None
            raw = handle.read(MAX_BYTES + 1)
        modified = path.stat().st_mtime
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_BYTES else None
        if not isinstance(data, dict):
            return None
        return Marker(str(data.get("host") or "another computer"), str(data.get("user") or ""),
                      int(data.get("pid") or 0), str(data.get("since") or ""),
                      (time.time() if now is None else now) - modified)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as exc:
        log.info("ignoring the open-marker %s: %s", path, exc)
        return None


def open_elsewhere(database: Path, now: float | None = None) -> Marker | None:
    """The marker of another computer that has ``database`` open now, else None.

    The same computer is the local socket's business (and a marker of this computer left
    by a crash is stale by definition); an old marker, or one from a clock far ahead,
    is ignored.
    """
    marker = read(database, now)
    if marker is None or marker.host == this_host():
        return None
    if not -STALE_SECONDS < marker.age_seconds < STALE_SECONDS:
        return None
    return marker


def claim(database: Path) -> bool:
    """Write (or refresh) this app's marker beside ``database``; False if it cannot be."""
    path = marker_path(database)
    previous = read(database)
    since = previous.since if previous is not None and previous.is_mine() else \
        dt.datetime.now().astimezone().isoformat(timespec="seconds")
    data = json.dumps({"host": this_host(), "user": this_user(), "pid": os.getpid(),
                       "since": since}).encode("utf-8")
    try:
        portable.atomic_write(path, data)
        # Readable by whoever can read the database (a school's share), never wider.
        portable.set_mode(path, database.stat().st_mode & 0o644)
    except OSError as exc:
        log.info("could not write the open-marker %s: %s", path, exc)
        return False
    return True


def release(database: Path) -> None:
    """Remove the marker if it is still this app's (another computer may have taken over)."""
    marker = read(database)
    if marker is not None and marker.is_mine():
        try:
            marker_path(database).unlink()
        except OSError as exc:
            log.info("could not remove the open-marker beside %s: %s", database, exc)


def since(marker: Marker) -> dt.datetime | None:
    """When the file was opened there, or None when the marker does not say."""
    try:
        return dt.datetime.fromisoformat(marker.since)
    except ValueError:
        return None
