"""A strict, quiet harness: offscreen Qt, private HOME/XDG folders, tmp databases.

QT_QPA_PLATFORM must be set before anything imports Qt, hence at the top here.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Reports and messages follow the environment's language (gettext reads LANGUAGE first):
# the suite checks the English wording; tests of Spanish choose it explicitly.
os.environ["LANGUAGE"] = "en"

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# The reliability tests' figures and their summary (tests/reliability/figures.py).
pytest_plugins = ["tests.reliability.figures"]


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own HOME and XDG folders: no test touches the real user data."""
    home = tmp_path_factory.mktemp("home")
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))  # the log
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.delenv("LMT_TRACKER_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def logging_undone_after_each_test():
    """A command run in-process sets up the log and error hooks (``lmt_tracker.logs``):
    undo it, so the next test's HOME gets its own log and pytest keeps its own hooks."""
    yield
    import sys

    logs = sys.modules.get("lmt_tracker.logs")
    if logs is not None:
        logs.reset()


@pytest.fixture(autouse=True)
def collect_on_the_main_thread(request: pytest.FixtureRequest):
    """Qt tests: no cyclic GC in worker threads (it would destroy Qt objects off the GUI thread).

    The app does the same with ``lmt_tracker.gui.collector``; tests build windows without
    the app's event loop, so collection is switched off for the test and done after it,
    here, on the main thread.
    """
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    import gc

    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture(autouse=True)
def screen_dates_start_afresh():
    """Forget the screen's date format (``gui.words`` keeps one per locale name) before
    and after each test.

    The name does not fix the format: under this harness (``LANGUAGE=en``, a C or
    C.UTF-8 machine locale) Qt's system locale is called ``en_US`` yet writes
    ``d MM yyyy``, while ``QLocale(English, UnitedStates)`` writes ``M/d/yy``. A Qt test
    outside tests/gui (no ``us_dates`` fixture: the School screen's) wrote its dates
    under the system locale and left ``en_US → dd MM yyyy`` behind, and the next test that
    chose the US locale read "04 12 2026". The app sets its locale once per run, so only a
    test process can meet both.
    """
    import sys

    def forget() -> None:
        words = sys.modules.get("lmt_tracker.gui.words")
        if words is not None:
            words._formats.clear()

    forget()
    yield
    forget()


@pytest.fixture(scope="session")
def demo_records():
    """``demo_records(today)`` → the demo as records, built once per day per session.

    Building it draws the certificates (PNG and PDF pages), about a quarter of a second;
    a hundred and more tests start from it. The records are frozen; each caller gets its
    own copy of the one mutable part (the settings).
    """
    import dataclasses
    import datetime as dt

    from lmt_tracker.io.demo import demo_bundle

    built: dict[dt.date, object] = {}

    def records(today: dt.date | None = None):
        today = today or dt.date.today()
        if today not in built:
            built[today] = demo_bundle(today)
        bundle = built[today]
        return dataclasses.replace(bundle, settings=dict(bundle.settings))

    return records


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def store(db_path: Path):
    from lmt_tracker.store import open_database

    opened = open_database(str(db_path))
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store, demo_records):
    """A store filled with the deterministic demo data (``lmt-tracker demo``'s records)."""
    from lmt_tracker.store.bulk import write_bundle

    write_bundle(store, demo_records(), replace=False)
    return store


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run the command line in-process: ``cli(args) -> (status, stdout, stderr)``."""
    from lmt_tracker.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run


# -- both engines ---------------------------------------------------------------------------
# Tests that take ``new_database``, ``db_target``, ``any_store`` or ``any_demo_store`` run
# twice: on an SQLite file and on a real PostgreSQL server, the two engines the app supports.
# The server is the one at $LMT_TEST_POSTGRES_URL (tests/postgres/start_cluster.sh starts a
# throwaway one; .ci/run always does). Without it the PostgreSQL variants are skipped, unless
# LMT_TEST_REQUIRE_POSTGRES=1 (set by CI), where a missing server is an error, not a skip.
POSTGRES_URL_VAR = "LMT_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_VAR = "LMT_TEST_REQUIRE_POSTGRES"

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from lmt_tracker.domain.core.records import Bundle
    from lmt_tracker.store import Store


class PostgresServer:
    """Creates one database per test on a PostgreSQL server, and drops it afterwards.

    Each database is cloned from a template migrated once per session: ``CREATE
    DATABASE … TEMPLATE`` copies files and is much faster than running Alembic for
    every test. A test that wants to run the migrations itself asks for an empty one.
    """

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.template: str | None = None
        with self.admin.connect() as conn:
            # PostgreSQL 15's default WAL_LOG strategy is about 3x slower for small databases.
            new_enough = conn.dialect.server_version_info >= (15,)
        self.strategy = " STRATEGY FILE_COPY" if new_enough else ""

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _run(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def _migrated_template(self) -> str:
        if self.template is None:
            import uuid

            from lmt_tracker.store import open_database

            name = f"lmt_template_{uuid.uuid4().hex[:10]}"
            self._run(f'CREATE DATABASE "{name}" TEMPLATE template0')
            open_database(self.url_of(name)).close()
            self.template = name
        return self.template

    def create(self, *, empty: bool = False) -> str:
        """A new database's URL: at the current schema, or with no tables at all."""
        import uuid

        name = f"lmt_{uuid.uuid4().hex[:12]}"
        template = "template0" if empty else self._migrated_template()
        self._run(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{self.strategy}')
        return self.url_of(name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._run(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        if self.template is not None:
            self._run(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The test PostgreSQL server, or a skip saying how to get one."""
    url = os.environ.get(POSTGRES_URL_VAR)
    if not url:
        if os.environ.get(REQUIRE_POSTGRES_VAR) == "1":
            pytest.fail(f"{REQUIRE_POSTGRES_VAR}=1 but {POSTGRES_URL_VAR} is not set")
        pytest.skip(f"PostgreSQL variant: set {POSTGRES_URL_VAR} to run it "
                    "(eval \"$(tests/postgres/start_cluster.sh start)\" starts a server)")
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def new_database(engine_name: str, tmp_path: Path,
                 request: pytest.FixtureRequest) -> Iterator[Callable[..., str]]:
    """``new_database(empty=False)`` → a fresh database on this test's engine.

    A file path for SQLite (created on first open), a URL for PostgreSQL (already at the
    current schema unless ``empty``; dropped after the test). Both are what ``--db`` takes.
    """
    made: list[str] = []
    server = request.getfixturevalue("postgres_server") if engine_name == "postgresql" else None

    def make(*, empty: bool = False) -> str:
        if server is None:
            target = str(tmp_path / f"db{len(made) + 1}.sqlite3")
        else:
            target = server.create(empty=empty)
        made.append(target)
        return target

    yield make
    if server is not None:
        for url in made:
            server.drop(url)


@pytest.fixture
def db_target(new_database: Callable[..., str]) -> str:
    """One fresh database (path or URL) on this test's engine."""
    return new_database()


@pytest.fixture
def any_store(db_target: str) -> Iterator[Store]:
    """A store on this test's engine (SQLite file, then PostgreSQL database)."""
    from lmt_tracker.store import open_database

    opened = open_database(db_target)
    yield opened
    opened.close()


@pytest.fixture
def any_demo_store(any_store: Store, demo_records: Callable[[], Bundle]) -> Store:
    """``any_store`` filled with the deterministic demo data."""
    from lmt_tracker.store.bulk import write_bundle

    write_bundle(any_store, demo_records(), replace=False)
    return any_store


@pytest.fixture
def spanish(monkeypatch):
    """The core's sentences and the command line in Spanish for one test (``language``'s
    choice and argparse's own words, which the command line points at Spanish through
    ``cli.help_language``, are all put back afterwards). A module may define its own."""
    import argparse

    from lmt_tracker import language

    monkeypatch.setattr(language, "_current", language._current)
    monkeypatch.setattr(language, "_chosen", language._chosen)
    monkeypatch.setattr(argparse, "_", argparse._)
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    language.use("es")
