"""Shared pieces of the reliability tests: child processes, a test-only migration, dumps.

The released schema is also the current one today, so a real upgrade cannot be
interrupted yet. To still prove that an upgrade killed half-way leaves the old or
the new database, the tests add one test-only revision on top of the current head
(``TEST_REVISION``): it rebuilds the two tables every other table points at, the
most destructive thing a future migration can do under SQLite's batch mode.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "tests" / "data" / "schemas"
CHILD = Path(__file__).resolve().parent / "migrate_child.py"
TEST_REVISION = "9901"

_MIGRATION = '''"""reliability test only: rebuild course and certificate

Revision ID: {revision}
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("certificate", recreate="always") as batch:
        batch.add_column(sa.Column("checked_note", sa.Text(), nullable=True))
    with op.batch_alter_table("course", recreate="always") as batch:
        batch.add_column(sa.Column("checked_note", sa.Text(), nullable=True))
    op.execute("UPDATE course SET checked_note = title")
'''


def write_test_migrations(dest: Path) -> Path:
    """A copy of the shipped migrations plus ``TEST_REVISION`` on top of the current head."""
    from lmt_tracker import paths
    from lmt_tracker.store.revisions import HEAD

    shutil.copytree(paths.migrations_dir(), dest,
                    ignore=shutil.ignore_patterns("__pycache__"))
    script = _MIGRATION.format(revision=TEST_REVISION, down=HEAD)
    (dest / "versions" / f"{TEST_REVISION}_reliability_rebuild.py").write_text(script)
    return dest


def python_command(*args: str) -> list[str]:
    """``python -m lmt_tracker ARGS`` with this interpreter (the project's venv)."""
    return [sys.executable, "-m", "lmt_tracker", *args]


def migrate_command(db: Path, migrations: Path) -> list[str]:
    return [sys.executable, str(CHILD), str(db), str(migrations), TEST_REVISION]


def revision_of(db: Path) -> str | None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else row[0]
    finally:
        conn.close()


def schema_of(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return sorted(conn.execute(
            "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def table_dump(db: Path, columns: dict[str, list[str]]) -> str:
    """A digest of every row of every table, over the given columns (order-independent)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    digest = hashlib.sha256()
    try:
        for table in sorted(columns):
            if table == "alembic_version":
                continue
            cols = ", ".join(f'"{c}"' for c in columns[table])
            rows = sorted(repr(r) for r in conn.execute(f'SELECT {cols} FROM "{table}"'))
            digest.update(f"{table}:{len(rows)}\n".encode())
            for row in rows:
                digest.update(row.encode("utf-8", "surrogatepass"))
    finally:
        conn.close()
    return digest.hexdigest()


def columns_of(db: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        conn.close()


def fresh_copy(source: Path, dest: Path) -> None:
    """Put a pristine copy of ``source`` at ``dest``, with no stale log beside it."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, dest)
    os.chmod(dest, 0o600)


def fake_pdf(size: int, seed: int) -> bytes:
    """Bytes that look like a PDF to the certificate checks (header and trailer)."""
    body = random.Random(seed).randbytes(max(0, size - 20))
    return b"%PDF-1.7\n" + body + b"\n%%EOF\n"
