"""Automatic backups: one a day on open (seven kept), one before every replacing step.

Also the API the Settings screen uses (``list_backups``, ``restore_backup``) and the
command line built on it (``backups [--json]``, ``restore --latest``).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.domain.core.records import Course
from lmt_tracker.io.exchange import export_bytes, export_to, import_from
from lmt_tracker.io.restore import backup_to, restore_backup, restore_from, restore_latest
from lmt_tracker.store import StoreError, backup_list, open_database
from lmt_tracker.store import backups as bk


def _reopen(path: Path) -> bytes:
    store = open_database(str(path))
    try:
        return export_bytes(store)
    finally:
        store.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_gets_no_copy_but_the_first_open_of_a_day_does(demo_store) -> None:
    db = demo_store.target.path
    assert backup_list.list_backups(db) == []
    for _ in range(3):
        open_database(str(db)).close()
    (daily,) = backup_list.list_backups(db)
    assert daily.reason == "daily" and daily.label == "Daily copy"
    assert daily.created.date() == dt.date.today()
    assert daily.size == daily.path.stat().st_size > 0
    assert _mode(daily.path) == 0o600
    assert _mode(backup_list.backups_folder(db)) == 0o700
    assert bk.daily_backup(db, today=dt.date.today() + dt.timedelta(days=1)) is not None
    assert len(backup_list.list_backups(db)) == 2


def test_only_the_last_seven_daily_copies_are_kept(demo_store) -> None:
    db = demo_store.target.path
    first = bk.make_backup(db, "daily")
    key = backup_list.database_key(db)
    for days in range(1, 12):
        when = (dt.datetime.now() - dt.timedelta(days=days)).strftime("%Y%m%dT%H%M%S%f")
        shutil.copyfile(first.path,
                        backup_list.backups_folder(db) / f"{db.stem}-daily-{when}-{key}.sqlite3")
    removed = bk.prune(db)
    kept = backup_list.list_backups(db)
    assert len(removed) == 5
    assert [b.reason for b in kept] == ["daily"] * bk.KEEP_DAILY
    assert kept[0].path == first.path  # the newest survive
    assert kept[-1].created.date() == dt.date.today() - dt.timedelta(days=6)


def test_event_copies_are_capped_per_kind(demo_store) -> None:
    db = demo_store.target.path
    made = [bk.make_backup(db, "before-import").path for _ in range(bk.KEEP_EACH_EVENT + 3)]
    kept = [b.path for b in backup_list.list_backups(db)]
    assert kept == list(reversed(made))[: bk.KEEP_EACH_EVENT]


def test_databases_with_the_same_name_keep_separate_backups(tmp_path: Path) -> None:
    paths = [tmp_path / folder / "records.sqlite3" for folder in ("home", "office")]
    for path in paths:
        path.parent.mkdir()
        open_database(str(path)).close()
        bk.make_backup(path, "before-import")
    for path in paths:
        (only,) = backup_list.list_backups(path)
        assert only.key == backup_list.database_key(path)
        assert only.path.parent == path.parent / "LMT Tracker backups"  # beside its database


def test_databases_sharing_a_folder_share_its_backups_folder_but_not_copies(
        tmp_path: Path) -> None:
    paths = [tmp_path / name for name in ("a.sqlite3", "b.sqlite3")]
    for path in paths:
        open_database(str(path)).close()
        bk.make_backup(path, "before-import")
    assert len(backup_list.list_backups(paths[0], every=True)) == 2
    for path in paths:
        (only,) = backup_list.list_backups(path)
        assert only.database == path.stem


def test_import_restore_and_upgrade_each_leave_a_copy_first(demo_store, tmp_path: Path) -> None:
    db = demo_store.target.path
    before = export_bytes(demo_store)
    file = tmp_path / "x.json"
    export_to(demo_store, file)
    import_from(demo_store, file, replace=True)
    outside = tmp_path / "outside.sqlite3"
    backup_to(demo_store, outside)
    restore_from(demo_store, outside)
    reasons = [b.reason for b in backup_list.list_backups(db)]
    assert sorted(reasons) == ["before-import", "before-restore"]
    for backup in backup_list.list_backups(db):
        assert _reopen(backup.path) == before  # each copy is the whole database as it was
        assert _mode(backup.path) == 0o600


def test_restore_latest_undoes_a_mistaken_import(demo_store, tmp_path: Path) -> None:
    db = demo_store.target.path
    before = export_bytes(demo_store)
    demo_store.save_course(Course("Oops", "Nobody", dt.date(2024, 1, 1), Decimal(1), "in_person"))
    wrong = tmp_path / "wrong.json"
    export_to(demo_store, wrong)
    demo_store.close()
    shutil.copyfile(db, tmp_path / "keep.sqlite3")
    restore_backup(db, tmp_path / "keep.sqlite3")  # a restore, to have something to undo
    store = open_database(str(db))
    first = export_bytes(store)
    import_from(store, wrong, replace=True)
    store.close()
    done = restore_latest(db)
    assert done.source.name.startswith(f"{db.stem}-before-import-")
    assert not done.replaced_unreadable and done.aside is not None
    assert _reopen(db) == first
    assert first != before  # "Oops" was in the database being replaced


def test_restore_latest_without_any_backup_says_what_else_to_do(tmp_path: Path) -> None:
    db = tmp_path / "lonely.sqlite3"
    open_database(str(db)).close()
    with pytest.raises(StoreError, match=r"no intact backup .* import an export"):
        restore_latest(db)


def test_a_listed_backup_restores_in_one_call(demo_store) -> None:
    """What the Settings screen does: list, pick one, restore it."""
    db = demo_store.target.path
    before = export_bytes(demo_store)
    demo_store.close()
    open_database(str(db)).close()  # today's copy
    store = open_database(str(db))
    store.save_course(Course("Added", "P", dt.date(2024, 1, 1), Decimal(1), "in_person"))
    store.close()
    (daily,) = [b for b in backup_list.list_backups(db) if b.reason == "daily"]
    done = restore_backup(db, daily)
    assert done.source == daily.path
    assert _reopen(db) == before


def test_backups_and_restore_latest_on_the_command_line(cli, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    assert cli("--db", str(db), "demo")[0] == 0
    status, out, _ = cli("--db", str(db), "backups", "--json")
    assert status == 0 and json.loads(out) == []
    good = tmp_path / "good.json"
    assert cli("--db", str(db), "export", "--out", str(good))[0] == 0  # makes today's copy
    other = tmp_path / "b.sqlite3"
    cli("--db", str(other), "demo", "--courses", "3")
    cli("--db", str(other), "export", "--out", str(tmp_path / "other.json"))
    assert cli("--db", str(db), "import", str(tmp_path / "other.json"), "--replace")[0] == 0

    status, out, _ = cli("--db", str(db), "backups", "--json")
    listed = json.loads(out)
    assert status == 0
    assert [b["reason"] for b in listed] == ["before-import", "daily"]
    assert set(listed[0]) == {"path", "database", "reason", "label", "created", "size"}
    status, out, _ = cli("--db", str(db), "backups")
    assert status == 0 and "Before an import" in out and "Daily copy" in out
    status, out, _ = cli("--db", str(db), "backups", "--all", "--json")
    assert {b["database"] for b in json.loads(out)} == {"a", "b"}

    status, _, err = cli("--db", str(db), "restore", "--latest")
    assert status == 0, err
    assert "before-import" in err and "previous contents are kept" in err
    assert cli("--db", str(db), "export", "--out", str(tmp_path / "back.json"))[0] == 0
    assert (tmp_path / "back.json").read_bytes() == good.read_bytes()

    with pytest.raises(SystemExit) as caught:  # argparse: neither a file nor --latest
        cli("--db", str(db), "restore")
    assert caught.value.code == 2


def test_the_settings_screen_lists_backups_and_restores_one(demo_store, qtbot,
                                                            monkeypatch) -> None:
    settings_screen = pytest.importorskip("lmt_tracker.gui.screens.settings")
    from PySide6.QtCore import Qt

    from lmt_tracker.gui import commands
    from lmt_tracker.gui.context import AppContext

    db = demo_store.target.path
    before = export_bytes(demo_store)
    bk.make_backup(db, "daily")
    demo_store.save_course(Course("Added", "P", dt.date(2024, 1, 1), Decimal(1), "in_person"))
    ctx = AppContext(demo_store)
    screen = settings_screen.SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.backup_list.count() == 1
    assert "Daily copy" in screen.backup_list.item(0).text()
    assert not screen.restore_backup_button.isEnabled()
    screen.backup_list.setCurrentRow(0)
    assert screen.restore_backup_button.isEnabled()
    monkeypatch.setattr(commands, "confirm", lambda *args: True)
    changed: list[str] = []
    ctx.signals.data_changed.connect(changed.append)
    qtbot.mouseClick(screen.restore_backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "all" in changed, timeout=10_000)
    assert _reopen(db) == before
    assert any(b.reason == "before-restore" for b in backup_list.list_backups(db))
