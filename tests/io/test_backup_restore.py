"""Backups are consistent copies; restore validates first and keeps the current file aside."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.domain.core.records import Course
from lmt_tracker.io.exchange import export_bytes
from lmt_tracker.io.restore import backup_to, restore_from
from lmt_tracker.store import StoreError, open_database


def test_backup_then_restore_brings_back_the_old_contents(demo_store, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    backup_to(demo_store, backup)
    snapshot = export_bytes(demo_store)
    demo_store.save_course(Course("Added later", "P", dt.date(2025, 1, 1), Decimal(1), "in_person"))
    assert export_bytes(demo_store) != snapshot
    aside = restore_from(demo_store, backup)
    reopened = open_database(str(demo_store.target.path))
    assert export_bytes(reopened) == snapshot
    kept = open_database(str(aside))
    assert any(c.title == "Added later" for c in kept.courses())
    reopened.close()
    kept.close()


def test_restore_refuses_a_file_that_is_not_a_backup(demo_store, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database at all")
    before = export_bytes(demo_store)
    with pytest.raises(StoreError, match="not an LMT Tracker backup"):
        restore_from(demo_store, bogus)
    assert export_bytes(demo_store) == before


def test_the_backup_cannot_overwrite_the_database_itself(demo_store) -> None:
    with pytest.raises(StoreError, match="cannot be the database itself"):
        backup_to(demo_store, demo_store.target.path)
