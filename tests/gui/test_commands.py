"""The command line around the app: ``screenshots`` and ``--smoke``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_screenshots_command_writes_pngs(app, cli, demo_store, db_path, tmp_path) -> None:
    out = tmp_path / "shots"
    status, _out, err = cli("--db", str(db_path), "screenshots", "--out", str(out))
    assert status == 0, err
    names = {p.name for p in out.glob("*.png")}
    for expected in ("01-dashboard.png", "05-courses.png", "06-rules-compare.png",
                     "dialog-course-new.png", "dialog-course-invalid.png", "dialog-wizard.png",
                     "07-reports-preview.png", "dialog-user-guide.png"):
        assert expected in names
    assert all((out / n).stat().st_size > 5000 for n in names)
    small = {p.name for p in (out / "1024x700").glob("*.png")}
    screens = {n for n in names if n[:2].isdigit()}
    assert screens and screens <= small  # every screen at the default size and at 1024×700
    assert "screenshots written" in err
    assert "clipped label" not in err, err


def test_smoke_opens_the_app_and_exits_zero(demo_store, db_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(db_path), "--smoke"],
                            capture_output=True, text=True, env=env, timeout=120,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert 0 < int(result.stdout.strip()) < 60_000


def test_smoke_fails_on_a_broken_database(tmp_path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 10)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(broken), "--smoke"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode != 0
    assert "not an LMT Tracker database" in result.stderr
