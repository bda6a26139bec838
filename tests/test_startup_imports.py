"""Start-up stays light: what the window's first paint and every CLI call import.

PRODUCT.md allows the first painted window at most 1.3x a bare PySide6 window, and the
margin is a few tens of milliseconds: one module-level import of SQLAlchemy, the rule
records or reportlab in the wrong place would spend it silently. These tests pin the
import graph; benchmarks/bench_startup.py measures the time.
"""

from __future__ import annotations

import subprocess
import sys

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
