"""Every released schema upgrades to the current one, with a backup made first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lmt_tracker.store import open_database
from lmt_tracker.store.revisions import HEAD, KNOWN_REVISIONS

RELEASED = Path(__file__).resolve().parent.parent / "data" / "schemas"


def released_databases() -> list[Path]:
    return sorted(RELEASED.glob("schema-*.sqlite3"))


def test_there_is_a_database_file_for_every_released_schema() -> None:
    found = {p.stem.removeprefix("schema-") for p in released_databases()}
    assert found == set(KNOWN_REVISIONS)


@pytest.mark.parametrize("source", released_databases(), ids=lambda p: p.stem)
def test_a_released_database_opens_at_the_current_schema(source: Path, tmp_path: Path) -> None:
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    store = open_database(str(copy))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    record = store.load_record()
    assert record.therapist is not None
    assert len(record.courses) == 30
    store.close()


def test_migrating_an_old_schema_makes_a_backup_first(tmp_path: Path, private_home: Path) -> None:
    from sqlalchemy import create_engine

    from lmt_tracker.store import engine as eng
    from lmt_tracker.store import revisions

    path = tmp_path / "old.sqlite3"
    store = open_database(str(path))
    store.close()
    # Pretend the file is at an older revision that this version knows how to upgrade.
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    engine.dispose()
    calls = []
    original = eng.run_migrations

    def fake_known(*args, **kwargs):
        calls.append(args[1])
        with args[0].begin() as conn:
            conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{HEAD}'")

    monkeypatched = pytest.MonkeyPatch()
    monkeypatched.setattr(revisions, "KNOWN_REVISIONS", ("older", *KNOWN_REVISIONS))
    monkeypatched.setattr(eng, "run_migrations", fake_known)
    try:
        open_database(str(path)).close()
    finally:
        monkeypatched.undo()
    assert calls == ["older"]
    backups = list(
        (tmp_path / "LMT Tracker backups").glob("old-before-migration-*")  # beside it
    )
    assert len(backups) == 1
    assert original is eng.run_migrations
