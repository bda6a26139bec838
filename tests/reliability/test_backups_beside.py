"""Backups live beside their database (or where the user chose), never in the profile
folder of whoever opened it; a server database's backups are the server's.

Before: a school's database on a shared drive, opened by a staff member, had its daily
copies written to that staff member's own data folder.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from lmt_tracker import paths
from lmt_tracker.store import StoreError, backup_list, open_database
from lmt_tracker.store import backups as bk


def _demo(path: Path) -> Path:
    from lmt_tracker.io.demo import demo_bundle
    from lmt_tracker.store.bulk import write_bundle

    store = open_database(str(path))
    write_bundle(store, demo_bundle(), replace=False)
    store.close()
    return path


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_a_database_on_a_shared_drive_keeps_its_copies_on_that_drive(
        tmp_path: Path, private_home: Path) -> None:
    share = tmp_path / "school share"
    share.mkdir()
    db = _demo(share / "students.sqlite3")
    open_database(str(db)).close()  # the first open of the day: a copy
    (daily,) = backup_list.list_backups(db)
    assert daily.path.parent == share / "LMT Tracker backups"
    profile_data = private_home / "data" / "lmt-tracker"
    assert not [p for p in _files_under(profile_data) if "students" in p.name]


def test_the_default_database_keeps_its_copies_where_they_always_were(
        private_home: Path) -> None:
    db = _demo(paths.default_database())
    open_database(str(db)).close()
    (daily,) = backup_list.list_backups(db)
    assert daily.path.parent == private_home / "data" / "lmt-tracker" / "backups"
    assert backup_list.backups_folder() == daily.path.parent


def test_a_chosen_folder_is_used_and_remembered_per_database(tmp_path: Path,
                                                           private_home: Path) -> None:
    db = _demo(tmp_path / "records.sqlite3")
    other = _demo(tmp_path / "other.sqlite3")
    chosen = tmp_path / "USB drive" / "copies"
    chosen.mkdir(parents=True)
    bk.choose_folder(db, chosen)
    assert backup_list.backups_folder(db) == chosen
    assert backup_list.backups_folder(other) == tmp_path / "LMT Tracker backups"
    made = bk.make_backup(db, "before-import")
    assert made.path.parent == chosen
    remembered = json.loads((private_home / "config" / "lmt-tracker" / backup_list.CHOICES_FILE)
                            .read_text(encoding="utf-8"))
    assert remembered == {str(db.resolve()): str(chosen.resolve())}
    bk.choose_folder(db, None)
    assert backup_list.backups_folder(db) == tmp_path / "LMT Tracker backups"


def test_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    db = _demo(tmp_path / "records.sqlite3")
    with pytest.raises(StoreError, match="does not exist"):
        bk.choose_folder(db, tmp_path / "nowhere")


def test_copies_an_earlier_version_kept_in_the_profile_are_still_listed(
        tmp_path: Path, private_home: Path) -> None:
    db = _demo(tmp_path / "records.sqlite3")
    made = bk.make_backup(db, "before-import")
    legacy = private_home / "data" / "lmt-tracker" / "backups"
    legacy.mkdir(parents=True, exist_ok=True)
    old_stamp = (dt.datetime.now() - dt.timedelta(days=3)).strftime("%Y%m%dT%H%M%S%f")
    old = legacy / f"records-daily-{old_stamp}-{backup_list.database_key(db)}.sqlite3"
    shutil.copyfile(made.path, old)
    listed = [b.path for b in backup_list.list_backups(db)]
    assert listed == [made.path, old]
    bk.prune(db)
    assert old.exists()  # never pruned from a folder this database no longer writes to


def test_the_command_line_chooses_the_folder(cli, tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    assert cli("--db", str(db), "demo")[0] == 0
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    status, _, err = cli("--db", str(db), "backups", "--keep-in", str(chosen))
    assert status == 0 and str(chosen) in err
    assert cli("--db", str(db), "export", "--out", str(tmp_path / "x.json"))[0] == 0  # opens
    status, out, _ = cli("--db", str(db), "backups", "--json")
    assert [Path(b["path"]).parent for b in json.loads(out)] == [chosen]
    status, _, err = cli("--db", str(db), "backups", "--keep-in", str(tmp_path / "missing"))
    assert status != 0 and "--keep-in" in err and "does not exist" in err
    status, _, err = cli("--db", str(db), "backups", "--keep-beside")
    assert status == 0 and "LMT Tracker backups" in err


def test_a_database_its_group_shares_gets_copies_the_group_can_use(tmp_path: Path) -> None:
    """On a Linux or macOS share, a 0700 backups folder made by the first staff member
    would lock every other one out of daily copies, imports and restores."""
    import stat

    share = tmp_path / "school share"
    share.mkdir()
    share.chmod(0o770)
    db = _demo(share / "students.sqlite3")
    db.chmod(0o660)
    open_database(str(db)).close()
    (daily,) = backup_list.list_backups(db)
    assert stat.S_IMODE(daily.path.parent.stat().st_mode) == 0o770
    assert stat.S_IMODE(daily.path.stat().st_mode) == 0o660
    private = tmp_path / "mine"
    private.mkdir(mode=0o700)
    mine = _demo(private / "records.sqlite3")
    bk.make_backup(mine, "before-import")
    (copy,) = backup_list.list_backups(mine)
    assert stat.S_IMODE(copy.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.path.stat().st_mode) == 0o600
