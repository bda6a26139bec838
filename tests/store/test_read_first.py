"""The window's store: reads through sqlite3 first, the full store on the first write.

``store.read_first.ReadFirstStore`` lets the dashboard be judged without waiting for
SQLAlchemy; these tests hold it to ``Store``: the same records, the full store opened
by the first call that is not a read, every call after it on the full store.
"""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

from lmt_tracker.domain.core.records import Course
from lmt_tracker.store import Store, open_database
from lmt_tracker.store.read_first import ReadFirstStore, open_read_first

RELEASED = Path(__file__).resolve().parent.parent / "data" / "schemas"


def test_reads_come_first_and_a_save_opens_the_full_store(demo_store, db_path: Path) -> None:
    expected = demo_store.load_record()
    demo_store.close()
    store = open_read_first(str(db_path))
    try:
        assert isinstance(store, ReadFirstStore)
        assert repr(store.load_record()) == repr(expected)
        assert store.is_empty() is False
        assert [c.id for c in store.credentials()] == [c.id for c in expected.credentials]
        assert not store.opened  # reads only: no SQLAlchemy store yet
        saved = store.save_course(Course("New", "P", dt.date(2026, 1, 5), Decimal("2"),
                                         "in_person"))
        assert store.opened
        assert saved.id in {c.id for c in store.courses()}  # read back through the store
        assert len(store.load_record().courses) == len(expected.courses) + 1
    finally:
        store.close()


def test_a_new_file_gets_the_full_store_at_once(tmp_path: Path) -> None:
    store = open_read_first(str(tmp_path / "new.sqlite3"))
    try:
        assert isinstance(store, Store) and store.is_empty()
    finally:
        store.close()


def test_an_older_schema_is_migrated_first(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copy(RELEASED / "schema-0001.sqlite3", copy)
    store = open_read_first(str(copy))
    try:
        assert isinstance(store, Store)
        assert len(store.load_record().courses) == 30
    finally:
        store.close()
    full = open_database(str(copy))
    expected = full.load_record()
    full.close()
    again = open_read_first(str(copy))
    try:
        assert isinstance(again, ReadFirstStore)
        assert repr(again.load_record()) == repr(expected)
    finally:
        again.close()
