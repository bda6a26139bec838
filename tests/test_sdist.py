"""The source distribution: every tracked file is in it, and tests pass from an unpacked copy.

A distributor (a Linux package, a school's IT) builds from the sdist, not from git; a
file MANIFEST.in forgot (a test's data, a doc, a migration) is found only there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from lmt_tracker import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sdist")
    work = tmp_path_factory.mktemp("sdist-build")
    copy = work / "source"  # built from a copy: the build writes its egg-info beside setup.py
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".git", ".venv*", "__pycache__", "*.egg-info", "build", "dist", ".hypothesis",
        ".ruff_cache", ".mypy_cache"))
    script = f"from setuptools import build_meta; print(build_meta.build_sdist({str(out)!r}))"
    done = subprocess.run([sys.executable, "-c", script], cwd=copy, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    name = done.stdout.strip().splitlines()[-1]
    assert name == f"lmt_tracker-{__version__}.tar.gz"
    with tarfile.open(out / name) as archive:
        archive.extractall(work / "unpacked", filter="data")
    return work / "unpacked" / f"lmt_tracker-{__version__}"


def _tracked() -> set[str]:
    done = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip("not a git checkout: nothing to compare the sdist with")
    return set(done.stdout.split("\n")) - {"", ".gitignore"}


def test_the_sdist_holds_every_tracked_file(unpacked: Path) -> None:
    shipped = {p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*") if p.is_file()}
    missing = sorted(_tracked() - shipped)
    assert missing == []
    assert "LICENSE" in shipped and "PKG-INFO" in shipped
    assert not [p for p in shipped if "__pycache__" in p or p.endswith(".pyc")]


def test_the_metadata_names_the_licence_and_the_gui_entry(unpacked: Path) -> None:
    info = (unpacked / "PKG-INFO").read_text(encoding="utf-8")
    assert "License-Expression: MIT" in info
    assert "Classifier: Operating System :: Microsoft :: Windows" in info
    assert "Requires-Dist: pyside6-essentials<6.12,>=6.6; python_version < \"3.12\"" in info


def test_tests_pass_from_the_unpacked_sdist(unpacked: Path, tmp_path: Path) -> None:
    """A sample across layers: rule files, storage, file handling, logging, build targets."""
    env = {**os.environ, "PYTHONPATH": str(unpacked), "HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         "tests/test_rules_loader.py", "tests/store/test_migrations.py",
         "tests/portability", "tests/test_logs.py", "tests/test_build_targets.py",
         "tests/test_layers.py"],
        cwd=unpacked, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "error" not in done.stdout.splitlines()[-1]
