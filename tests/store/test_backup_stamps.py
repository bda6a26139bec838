"""A backup's time is read from its name by position, as ``strptime`` reads it.

Every start lists the database's copies (the daily backup); ``strptime`` there cost
about 3 ms of imports and pattern compiling (issue 17). The names are the app's own
(``sqlite_files.stamp``), and the position reading must agree with ``strptime`` on them
and refuse what it refuses.
"""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from lmt_tracker.store.backup_list import parse, stamp_time
from lmt_tracker.store.sqlite_files import stamp


def _strptime(raw: str) -> dt.datetime:
    return dt.datetime.strptime(raw, "%Y%m%dT%H%M%S%f" if len(raw) > 15 else "%Y%m%dT%H%M%S")


@pytest.mark.parametrize("raw", [
    "20261204T101500", "20261204T101500000123", "20261231T235959999999", "20240229T000000",
    "19991001T090807",
])
def test_a_stamp_reads_as_strptime_reads_it(raw: str) -> None:
    assert stamp_time(raw) == _strptime(raw)


def test_the_apps_own_stamp_of_now_reads_as_strptime_reads_it() -> None:
    # Made here, not in the parameters: test ids must be the same in every worker.
    now = stamp()
    assert stamp_time(now) == _strptime(now)
    assert stamp_time(now[:15]) == _strptime(now[:15])


@pytest.mark.parametrize("raw", [
    "20261304T101500",  # month 13
    "20260230T101500",  # 30 February
    "20251229T246000",  # hour 24
    "20261204T106000",  # minute 60
    "20261204T101560",  # second 60
    "00001204T101500",  # year 0
    "20261204X101500",  # no T
    "2026120T4101500",
])
def test_what_strptime_refuses_is_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        _strptime(raw)
    with pytest.raises(ValueError):
        stamp_time(raw)


def test_a_copys_name_gives_its_time_and_an_impossible_one_is_skipped(tmp_path) -> None:
    good = tmp_path / "records-daily-20261204T101500000042-0a1b2c3d.sqlite3"
    bad = tmp_path / "records-daily-20261332T101500-0a1b2c3d.sqlite3"
    for path in (good, bad):
        path.write_bytes(b"x")
    backup = parse(good)
    assert backup is not None and backup.created == dt.datetime(2026, 12, 4, 10, 15, 0, 42)
    assert parse(bad) is None


def test_listing_the_copies_imports_no_strptime(tmp_path) -> None:
    import subprocess

    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "records-daily-20261204T101500-0a1b2c3d.sqlite3").write_bytes(b"x")
    script = ("import sys\nfrom pathlib import Path\n"
              "from lmt_tracker.store.backup_list import parse\n"
              f"assert parse(next(Path({str(folder)!r}).iterdir())) is not None\n"
              "print('_strptime' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.split() == ["False"]
