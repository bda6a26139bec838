"""Start-up stays light: what the window's first paint and every CLI call import.

PRODUCT.md allows the first painted window at most 1.3x a bare PySide6 window, and the
margin is a few tens of milliseconds: one module-level import of SQLAlchemy, the rule
records or reportlab in the wrong place would spend it silently. These tests pin the
import graph; benchmarks/bench_startup.py measures the time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("sqlalchemy", "alembic", "reportlab", "pypdf", "PIL", "icalendar", "dateutil",
         "lmt_tracker.domain", "lmt_tracker.store", "lmt_tracker.rules.loader",
         "lmt_tracker.reports", "lmt_tracker.io")


def _imported_by(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=60)
    return set(done.stdout.split())


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


def test_building_the_command_line_imports_no_judgement_storage_or_qt() -> None:
    """Every command (``--version`` too) builds the whole parser first."""
    modules = _imported_by("from lmt_tracker.cli import build_parser\nbuild_parser()")
    assert _heavy(modules) == []
    assert not any(m.startswith("PySide6") for m in modules)


def test_the_window_imports_nothing_of_the_database_before_its_first_paint() -> None:
    """``lmt_tracker.gui.app`` is all that runs before the window paints."""
    modules = _imported_by("import lmt_tracker.gui.app")
    assert _heavy(modules) == []
    assert not any(m.startswith("lmt_tracker.gui.screens.") for m in modules)


def test_read_commands_on_a_current_sqlite_file_never_import_sqlalchemy(demo_store, db_path,
                                                                        tmp_path) -> None:
    """``status``, ``eligibility``, ``rules override list`` and the renewal report read
    through ``sqlite3``.

    SQLAlchemy and the ORM mapping are about 0.3 s of such a command (issue 17);
    ``store.open_for_reading`` reads a current-schema file without them.
    """
    demo_store.close()
    renewal = ["report", "renewal", "--credential", "1", "--out", str(tmp_path / "r.pdf")]
    for command in (["status", "--json"], ["eligibility"], ["rules", "override", "list"],
                    renewal):
        code = ("import contextlib, io\nfrom lmt_tracker.cli import main\n"
                "with contextlib.redirect_stdout(io.StringIO()):\n"
                f"    assert main(['--db', {str(db_path)!r}, *{command!r}]) == 0")
        modules = _imported_by(code)
        assert "lmt_tracker.store.sqlite_read" in modules, command  # the database was read
        assert not [m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")], command
        assert "lmt_tracker.store.repository" not in modules, command


# What the real start-up (``python -m lmt_tracker``) holds at the window's first paint:
# the probe records it there and quits, with or without ``--smoke`` (without it, the
# single-instance check runs before the paint as a user's launch does).
AT_FIRST_PAINT = r"""
import sys
from PySide6.QtWidgets import QApplication
from lmt_tracker.gui import app

def painted(self):
    print("modules", *sorted(sys.modules))
    scan = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    print("scan", scan.__module__)
    sys.stdout.flush()
    QApplication.exit(0)

app.Startup._on_painted = painted
from lmt_tracker.__main__ import main
sys.exit(main(sys.argv[1:]))
"""

# Neither needed to show the window nor imported by PySide6 for a bare window: each was
# before the first paint once, for 2-15 ms (issue 17). The log is set up after the paint
# (logs, and with it dataclasses and datetime); the settings path on Linux is built
# without platformdirs; the PDFs' language is loaded when first used (locale);
# the single-instance check hashes without OpenSSL (hashlib) and reads the user's name
# from the environment (getpass).
NOT_BEFORE_PAINT = ("lmt_tracker.logs", "platformdirs", "dataclasses", "datetime", "locale",
                    "hashlib", "getpass", "lmt_tracker.open_marker", "PySide6.QtNetwork")


def _at_first_paint(arguments: list[str], home: Path) -> dict[str, set[str]]:
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen",
               LOGNAME="therapist")  # a desktop session names its user
    env.pop("LMT_TRACKER_DB", None)
    done = subprocess.run([sys.executable, "-c", AT_FIRST_PAINT, *arguments], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    return {words[0]: set(words[1:]) for words in lines if words[:1] in (["modules"], ["scan"])}


@pytest.mark.parametrize("smoke", [["--smoke"], []], ids=["smoke", "a user's launch"])
def test_the_real_start_up_paints_before_the_log_the_store_and_the_rules(
        smoke: list[str], tmp_path: Path) -> None:
    """What ``import lmt_tracker.gui.app`` cannot show: the calls ``main`` makes first."""
    seen = _at_first_paint(["--db", str(tmp_path / "new.sqlite3"), *smoke], tmp_path / "home")
    modules = seen["modules"]
    # PySide6's scan of each module imported after it reads the file directly (~0.5 ms a
    # module through inspect otherwise: lmt_tracker.gui.feature_scan).
    assert seen["scan"] == {"lmt_tracker.gui.feature_scan"}
    assert "lmt_tracker.gui.main_window" in modules  # the probe ran at the paint
    assert _heavy(modules) == []
    assert sorted(m for m in modules if m.startswith(NOT_BEFORE_PAINT)) == []
    if not smoke:
        assert "lmt_tracker.gui.single_instance" in modules  # the check did run


def test_the_log_is_still_written_once_the_window_has_painted(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen")
    env.pop("LMT_TRACKER_DB", None)
    done = subprocess.run([sys.executable, "-m", "lmt_tracker", "--db",
                           str(tmp_path / "new.sqlite3"), "--smoke"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    if sys.platform.startswith("linux"):
        log = home / "state" / "lmt-tracker" / "log" / "lmt-tracker.log"
        assert "INFO lmt_tracker: LMT Tracker" in log.read_text(encoding="utf-8")
        assert (log.parent / "faults.log").exists()  # faulthandler's file, opened by setup


# What the real start-up holds once the dashboard is judged and drawn (``--smoke`` on the
# demo): the digests on the way (rules cache, backup folder, socket name) use Python's
# own SHA-256 (lmt_tracker.digests), not OpenSSL's, and the rules come from their cache.
AT_DASHBOARD = r"""
import sys
from lmt_tracker.gui import app

loaded = app.Startup._dashboard_loaded

def probe(self):
    print("modules", *sorted(sys.modules))
    sys.stdout.flush()
    return loaded(self)

app.Startup._dashboard_loaded = probe
from lmt_tracker.__main__ import main
sys.exit(main(sys.argv[1:]))
"""
NOT_BEFORE_DASHBOARD = ("hashlib", "hmac", "_hashlib", "sqlalchemy", "alembic", "tomllib",
                        "reportlab")


def test_the_dashboard_is_drawn_without_openssl_sqlalchemy_or_the_rule_files(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen")
    env.pop("LMT_TRACKER_DB", None)
    db = str(tmp_path / "demo.sqlite3")
    for _warm in range(2):  # the demo, then a start that fills the rules cache
        subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", db,
                        *(["demo"] if not _warm else ["--smoke"])], env=env, check=True,
                       capture_output=True, timeout=120)
    done = subprocess.run([sys.executable, "-c", AT_DASHBOARD, "--db", db, "--smoke"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    modules = {m for line in done.stdout.splitlines() if line.startswith("modules ")
               for m in line.split()[1:]}
    assert "lmt_tracker.domain.status" in modules  # the probe ran after the judging
    assert sorted(m for m in modules if m.split(".")[0] in NOT_BEFORE_DASHBOARD) == []
