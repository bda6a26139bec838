"""A non-editable install carries the rule files, resources and migrations inside the package."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(ROOT)],
        check=True, capture_output=True, cwd=build,
        env={**os.environ, "PIP_NO_INPUT": "1"},
    )
    (found,) = out.glob("lmt_tracker-*.whl")
    return found


def test_the_wheel_holds_rules_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_rules = {p.name for p in (ROOT / "state_requirements").glob("*.toml")}
    assert {f"lmt_tracker/state_requirements/{n}" for n in shipped_rules} <= names
    assert "lmt_tracker/state_requirements/national/NCBTMB.toml" in names
    assert "lmt_tracker/store/migrations/env.py" in names
    assert any(n.startswith("lmt_tracker/store/migrations/versions/0001") for n in names)


def test_the_wheel_holds_the_desktop_entry_metainfo_and_icons(wheel: Path) -> None:
    """What `lmt-tracker desktop install` copies from a pip/pipx install."""
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"lmt_tracker/resources/desktop/{p.name}"
               for p in (ROOT / "resources" / "desktop").iterdir()}
    assert len(shipped) == 11  # the entry, the metainfo, the MIME type, eight PNG sizes
    assert shipped <= names


def test_the_wheel_holds_the_user_guide_and_its_pictures_only(wheel: Path) -> None:
    """Help › User guide opens offline from an install; developer documents stay out."""
    names = set(zipfile.ZipFile(wheel).namelist())
    pictures = {f"lmt_tracker/docs/{p.relative_to(ROOT / 'docs').as_posix()}"
                for p in (ROOT / "docs" / "guide").rglob("*.png")}
    assert "lmt_tracker/docs/guide/es/dashboard.png" in pictures  # the Spanish guide's too
    assert pictures and pictures <= names
    guides = {"lmt_tracker/docs/user-guide.md", "lmt_tracker/docs/user-guide.es.md"}
    assert guides <= names
    assert not [n for n in names if n.startswith("lmt_tracker/docs/")
                and n not in pictures and n not in guides]


def test_an_installed_copy_finds_its_data_from_any_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
         str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "from lmt_tracker import paths; from lmt_tracker.store import open_database;"
        "print(paths.rules_dir()); print(paths.migrations_dir()); print(paths.user_guide());"
        "open_database('fresh.sqlite3').close(); print('opened')"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", script], cwd=elsewhere, env=env,
                         capture_output=True, text=True, check=True)
    rules, migrations, guide, opened = out.stdout.split()
    assert Path(rules).is_relative_to(target)
    assert Path(guide).is_relative_to(target) and Path(guide).is_file()
    assert Path(migrations).is_relative_to(target)
    assert opened == "opened"


def test_the_wheel_declares_its_licence_and_a_windowed_entry(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    text = archive.read(metadata).decode("utf-8")
    assert "License-Expression: MIT" in text
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    entries = archive.read(entry_points).decode("utf-8")
    # A gui-script gets pythonw's launcher on Windows: no console window behind the app.
    assert "[gui_scripts]\nlmt-tracker-app = lmt_tracker.__main__:app_main" in entries
    assert "[console_scripts]\nlmt-tracker = lmt_tracker.__main__:main" in entries
