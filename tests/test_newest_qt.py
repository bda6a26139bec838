"""The newest PySide6 under Python 3.12 or later, where such an interpreter is available.

pyproject.toml keeps PySide6 below 6.12 only on Python 3.11 (6.12.0 leaks a reference to
None on every void Qt call, and 3.11 aborts when None's count runs out). From 3.12 None
is immortal, so there the newest PySide6 is allowed, and this proves it works: the Qt
binding tests and a long run of void calls, under that interpreter.

$LMT_TEST_NEWEST_QT_PYTHON names the interpreter (.ci/run makes one when a Python 3.12+
is installed); without it the test is skipped.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYTHON = os.environ.get("LMT_TEST_NEWEST_QT_PYTHON", "")

pytestmark = pytest.mark.skipif(
    not PYTHON, reason="set LMT_TEST_NEWEST_QT_PYTHON to a Python 3.12+ with the newest PySide6")

VOID_CALLS = """
import sys
from PySide6 import __version__ as qt
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtPdf import QPdfDocument
app = QApplication([])
w = QWidget()
for _ in range(200_000):
    w.update()
print(sys.version_info >= (3, 12), tuple(int(x) for x in qt.split(".")[:2]) >= (6, 12))
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def test_the_qt_binding_tests_pass_there() -> None:
    done = subprocess.run([PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/gui/test_qt_binding.py"], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def test_it_survives_many_void_calls_on_pyside6_612_or_later() -> None:
    done = subprocess.run([PYTHON, "-c", VOID_CALLS], env=_env(), capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True"]
