"""A schema change that fails half-way is undone completely — creation included.

The kill test can only hope to land inside a 20 ms schema creation; these tests
make the failure happen at a chosen point instead. Python's sqlite3 module commits
each CREATE/ALTER/DROP on its own unless told otherwise, so without the explicit
transaction in ``engine._upgrade_sqlite`` the first test leaves half a schema that
no later start can repair, and the rebuild test loses every course's topics.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import reliability_helpers as h

from lmt_tracker import paths
from lmt_tracker.io.exchange import export_bytes
from lmt_tracker.store import StoreError, open_database, revisions

FAILING = '''"""reliability test only: fails after changing things"""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = {down}
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}
    raise RuntimeError("simulated failure half-way through the upgrade")
'''


def _use(monkeypatch: pytest.MonkeyPatch, migrations: Path, head: str) -> None:
    monkeypatch.setattr(paths, "migrations_dir", lambda: migrations)
    monkeypatch.setattr(revisions, "KNOWN_REVISIONS", (*revisions.KNOWN_REVISIONS, head))
    monkeypatch.setattr(revisions, "HEAD", head)


def test_a_failed_first_creation_leaves_no_half_schema(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    migrations = tmp_path / "migrations"
    (migrations / "versions").mkdir(parents=True)
    shutil.copy(paths.migrations_dir() / "env.py", migrations / "env.py")
    shutil.copy(paths.migrations_dir() / "script.py.mako", migrations / "script.py.mako")
    body = ("    op.create_table('one', sa.Column('id', sa.Integer(), primary_key=True))\n"
            "    op.create_table('two', sa.Column('id', sa.Integer(), primary_key=True))")
    (migrations / "versions" / "0001_fail.py").write_text(
        FAILING.format(revision="0001", down="None", body=body))
    db = tmp_path / "new.sqlite3"
    with monkeypatch.context() as m:
        m.setattr(paths, "migrations_dir", lambda: migrations)
        m.setattr(revisions, "KNOWN_REVISIONS", ("0001",))
        m.setattr(revisions, "HEAD", "0001")
        with pytest.raises(StoreError, match=r"half-way .* left as it was"):
            open_database(str(db))
    assert not db.exists()  # the file this open created is removed, not left empty
    store = open_database(str(db))  # the real schema can still be created afterwards
    assert store.is_empty()
    store.close()


def test_a_failed_upgrade_leaves_the_old_schema_and_rows(demo_store, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = demo_store.target.path
    before = export_bytes(demo_store)
    demo_store.close()
    schema = h.schema_of(db)
    revision = h.revision_of(db)
    migrations = h.write_test_migrations(tmp_path / "migrations")
    body = ("    op.create_table('extra', sa.Column('id', sa.Integer(), primary_key=True))\n"
            "    op.execute('DELETE FROM course_topic')\n"
            "    with op.batch_alter_table('course', recreate='always') as batch:\n"
            "        batch.add_column(sa.Column('x', sa.Text(), nullable=True))")
    (migrations / "versions" / "9902_fail.py").write_text(
        FAILING.format(revision="9902", down=repr(h.TEST_REVISION), body=body))
    _use(monkeypatch, migrations, "9902")
    monkeypatch.setattr(revisions, "KNOWN_REVISIONS", (*revisions.KNOWN_REVISIONS, h.TEST_REVISION))
    with pytest.raises(StoreError, match="left as it was") as caught:
        open_database(str(db))
    assert "simulated failure" in str(caught.value)
    assert h.revision_of(db) == revision  # the head before the failing upgrade
    assert h.schema_of(db) == schema
    monkeypatch.undo()
    store = open_database(str(db))
    assert export_bytes(store) == before
    store.close()


def test_rebuilding_a_parent_table_keeps_every_child_row(demo_store, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """With foreign keys enforced, batch mode's DROP of ``course`` would cascade to topics."""
    db = demo_store.target.path
    before = export_bytes(demo_store)
    demo_store.close()
    columns = h.columns_of(db)
    rows = h.table_dump(db, columns)
    _use(monkeypatch, h.write_test_migrations(tmp_path / "migrations"), h.TEST_REVISION)
    store = open_database(str(db))
    assert h.revision_of(db) == h.TEST_REVISION
    assert h.table_dump(db, columns) == rows
    assert export_bytes(store) == before
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()


def test_restoring_a_copy_from_before_an_upgrade_upgrades_it(demo_store, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """The "before an upgrade" copy is restorable from a running app, which then sees the
    current schema at once (not only after a restart)."""
    from lmt_tracker.io.restore import backup_to, restore_from

    old_copy = tmp_path / "old.sqlite3"
    backup_to(demo_store, old_copy)
    before = export_bytes(demo_store)
    db = demo_store.target.path
    demo_store.close()
    _use(monkeypatch, h.write_test_migrations(tmp_path / "migrations"), h.TEST_REVISION)
    store = open_database(str(db))
    store.set_setting("after", "the upgrade")
    restore_from(store, old_copy)
    assert h.revision_of(db) == h.TEST_REVISION
    assert store.setting("after") is None
    assert export_bytes(store) == before
    store.close()
