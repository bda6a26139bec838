"""A strict, quiet harness: offscreen Qt, private HOME/XDG folders, tmp databases.

QT_QPA_PLATFORM must be set before anything imports Qt, hence at the top here.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


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
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.delenv("LMT_TRACKER_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def store(db_path: Path):  # noqa: ANN201
    from lmt_tracker.store import open_database

    opened = open_database(str(db_path))
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store):  # noqa: ANN001, ANN201
    """A store filled with the deterministic demo data."""
    from lmt_tracker.io.demo import demo_bundle
    from lmt_tracker.store.bulk import write_bundle

    write_bundle(store, demo_bundle(), replace=False)
    return store


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    """Run the command line in-process: ``cli(args) -> (status, stdout, stderr)``."""
    from lmt_tracker.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run
