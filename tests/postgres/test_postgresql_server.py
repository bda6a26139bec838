"""What only a server database has: migrations on PostgreSQL, its connection problems,
several computers opening it at once, and SQLite-file commands that must say what to use.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from lmt_tracker.store import Store, StoreError, open_database
from lmt_tracker.store.engine import parse_target
from lmt_tracker.store.revisions import HEAD

if TYPE_CHECKING:
    from conftest import PostgresServer


@pytest.fixture
def empty_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A server database with no tables at all."""
    url = postgres_server.create(empty=True)
    yield url
    postgres_server.drop(url)


@pytest.fixture
def server_store(postgres_server: PostgresServer) -> Iterator[Store]:
    url = postgres_server.create()
    store = open_database(url)
    yield store
    store.close()
    postgres_server.drop(url)


def test_migrations_build_exactly_the_schema_the_code_expects(
        empty_url: str, tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect

    from lmt_tracker.store.tables import Base

    store = open_database(empty_url)
    file_store = open_database(str(tmp_path / "same.sqlite3"))
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            tables = sorted(inspect(conn).get_table_names())
        with file_store.engine.connect() as conn:
            assert sorted(inspect(conn).get_table_names()) == tables
    finally:
        store.close()
        file_store.close()


# Run by each "computer": import everything, say so, wait for the word, then open.
OPEN_ON_GO = """
import sys
import alembic.command, alembic.config
from lmt_tracker.store import open_database
print("ready", flush=True)
sys.stdin.readline()
open_database(sys.argv[1]).close()
"""


def test_several_computers_opening_a_new_database_at_once_all_succeed(empty_url: str) -> None:
    """The first creates the schema; the others wait for it instead of failing half-way.

    Separate processes, as on separate computers, released at the same instant: without
    the advisory lock one of them typically fails with a duplicate-table error.
    """
    runs = [subprocess.Popen([sys.executable, "-c", OPEN_ON_GO, empty_url], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    for run in runs:
        assert run.stdout is not None and run.stdout.readline() == "ready\n"
    for run in runs:
        assert run.stdin is not None
        run.stdin.write("go\n")
        run.stdin.flush()
    for run in runs:
        _out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
    store = open_database(empty_url)
    assert store.is_empty()
    store.close()


def test_another_program_s_database_is_refused_untouched(empty_url: str) -> None:
    from sqlalchemy import create_engine, inspect

    engine = create_engine(empty_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id integer primary key)")
    with pytest.raises(StoreError, match="belongs to another program"):
        open_database(empty_url)
    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == ["invoices"]
    engine.dispose()


@pytest.fixture
def file_backup(demo_store: Store, tmp_path: Path) -> Path:
    """A genuine backup of an SQLite database, which a server database cannot take in."""
    from lmt_tracker.io.restore import backup_to

    path = tmp_path / "file-backup.sqlite3"
    backup_to(demo_store, path)
    return path


def test_backup_and_restore_point_to_pg_dump_and_export(
        server_store: Store, file_backup: Path, tmp_path: Path) -> None:
    from lmt_tracker.io.restore import backup_to, restore_from

    with pytest.raises(StoreError, match="pg_dump"):
        backup_to(server_store, tmp_path / "copy.sqlite3")
    with pytest.raises(StoreError, match="pg_dump"):
        restore_from(server_store, file_backup)
    assert server_store.is_empty()


def test_the_command_line_says_what_to_use_instead_of_backup(
        cli, server_store: Store, file_backup: Path, tmp_path: Path) -> None:
    url = server_store.target.url
    for args in (["backup", "--out", str(tmp_path / "b.sqlite3")], ["restore", str(file_backup)]):
        status, out, err = cli("--db", url, *args)
        assert status != 0 and out == ""
        assert "pg_dump" in err and "export" in err and "Traceback" not in err


def test_an_unreachable_server_gives_a_message_not_a_traceback(cli, tmp_path: Path) -> None:
    url = f"postgresql+psycopg://lmt@/nowhere?host={tmp_path}&port=1"
    status, out, err = cli("--db", url, "status", "--json")
    assert status != 0 and out == ""
    assert "cannot read" in err and "Traceback" not in err


def test_a_missing_driver_says_how_to_install_it(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StoreError, match=r"pip install 'lmt-tracker\[postgres\]'"):
        open_database("postgresql+psycopg://someone@db.example.org/school")


def test_messages_and_remembered_databases_never_show_the_password() -> None:
    url = "postgresql+psycopg://registrar:s3cret@db.school.example/lmt?sslmode=require"
    target = parse_target(url)
    assert target.describe() == url.replace(":s3cret", "")
    assert "s3cret" not in target.describe()


def test_the_environment_variable_takes_a_server_url(cli, server_store, monkeypatch) -> None:
    monkeypatch.setenv("LMT_TRACKER_DB", server_store.target.url)
    assert cli("demo")[0] == 0
    assert server_store.course_count() == 30


def test_the_app_opens_on_a_server_database(server_store: Store) -> None:
    """The GUI path: ``lmt-tracker --db postgresql+psycopg://… --smoke`` paints its window."""
    from lmt_tracker.io.demo import demo_bundle
    from lmt_tracker.store.bulk import write_bundle

    write_bundle(server_store, demo_bundle(), replace=False)
    result = subprocess.run(
        [sys.executable, "-m", "lmt_tracker", "--db", server_store.target.url, "--smoke"],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().isdigit()


def test_a_refused_password_says_where_to_put_it() -> None:
    from lmt_tracker.store.sqlite_files import explain

    refused = explain(Exception('connection failed: FATAL:  password authentication failed for '
                                'user "maria"'), None)
    assert "~/.pgpass" in str(refused) and "never stores passwords" in str(refused)
