"""The open-marker beside a database: who has it open, and never a lock that outlives its app."""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from pathlib import Path

import pytest

from lmt_tracker import open_marker


@pytest.fixture
def database(tmp_path: Path) -> Path:
    db = tmp_path / "records.sqlite3"
    db.write_bytes(b"")
    return db


def _foreign(database: Path, *, age: float = 0, host: str = "FRONT-DESK", text: str | None = None):
    path = database.with_name(database.name + "-open")
    path.write_text(text if text is not None else json.dumps(
        {"host": host, "user": "maria", "pid": 4242, "since": "2026-12-04T09:15:00-05:00"}))
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def test_the_marker_sits_beside_the_file_like_sqlites_own_companions(database: Path) -> None:
    assert open_marker.marker_path(database) == database.parent / "records.sqlite3-open"


def test_claim_writes_this_computer_and_process_and_is_not_elsewhere(database: Path) -> None:
    assert open_marker.claim(database)
    marker = open_marker.read(database)
    assert marker is not None and marker.is_mine()
    assert marker.host == open_marker.this_host() and marker.pid == os.getpid()
    assert open_marker.open_elsewhere(database) is None  # this computer: the socket's job


def test_another_computers_fresh_marker_is_reported_with_who_and_since(database: Path) -> None:
    _foreign(database, age=60)
    marker = open_marker.open_elsewhere(database)
    assert marker is not None
    assert (marker.host, marker.user) == ("FRONT-DESK", "maria")
    assert open_marker.since(marker).hour == 9


@pytest.mark.parametrize("age", [open_marker.STALE_SECONDS + 60, -(open_marker.STALE_SECONDS + 60)])
def test_a_marker_not_refreshed_for_ten_minutes_or_from_a_clock_far_ahead_is_ignored(
        database: Path, age: float) -> None:
    _foreign(database, age=age)
    assert open_marker.open_elsewhere(database) is None


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", "x" * 5000, '{"pid": "many"}'])
def test_a_damaged_marker_never_stops_anyone(database: Path, text: str) -> None:
    _foreign(database, text=text)
    assert open_marker.open_elsewhere(database) is None
    assert open_marker.claim(database)  # and opening anyway makes it ours
    assert open_marker.read(database).is_mine()


def test_release_removes_only_this_apps_marker(database: Path) -> None:
    open_marker.claim(database)
    open_marker.release(database)
    assert not open_marker.marker_path(database).exists()
    path = _foreign(database)  # another computer took over after "open anyway" there
    open_marker.release(database)
    assert path.exists()


def test_opening_anyway_takes_the_marker_over(database: Path) -> None:
    _foreign(database)
    assert open_marker.claim(database)
    marker = open_marker.read(database)
    assert marker.is_mine() and marker.since != "2026-12-04T09:15:00-05:00"


def test_a_read_only_folder_is_no_obstacle(database: Path, monkeypatch) -> None:
    import errno

    from lmt_tracker import portable

    def refuse(path: Path, data: bytes) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(portable, "atomic_write", refuse)
    assert open_marker.claim(database) is False
    assert open_marker.open_elsewhere(database) is None
    open_marker.release(database)  # nothing to remove, nothing raised


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_marker_is_as_readable_as_the_database_and_no_more(database: Path) -> None:
    database.chmod(0o660)  # a school's share: the group reads and writes the file
    open_marker.claim(database)
    mode = stat.S_IMODE(open_marker.marker_path(database).stat().st_mode)
    assert mode == 0o640
