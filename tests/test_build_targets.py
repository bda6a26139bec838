"""What the frozen build makes on each platform, checked here on Linux.

PyInstaller only builds for the platform it runs on; the Windows and macOS builds run in
.github/workflows/frozen.yml, which this file loads so it stays valid.
"""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import build_targets  # noqa: E402


def _programs(platform: str) -> list[tuple[str, bool]]:
    return [(p.name, p.console) for p in build_targets.target(platform, "1.2.3").programs]


def test_windows_gets_a_windowed_app_and_a_console_program_for_commands() -> None:
    assert _programs("win32") == [("lmt-tracker", False), ("lmt-tracker-cli", True)]
    assert build_targets.target("win32", "1.2.3").bundle is None


def test_macos_gets_an_app_bundle_started_on_its_windowed_program() -> None:
    mac = build_targets.target("darwin", "1.2.3")
    assert mac.programs[0].name == "lmt-tracker" and not mac.programs[0].console
    assert mac.bundle == "LMT Tracker.app"
    info = mac.info_plist
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == "1.2.3"
    assert info["CFBundleIdentifier"] == "org.lmt-tracker.LMTTracker"
    assert info["LSBackgroundOnly"] is False and info["NSHighResolutionCapable"] is True
    plistlib.dumps(info)  # every value is one a property list can hold


def test_linux_keeps_one_console_program() -> None:
    assert _programs("linux") == [("lmt-tracker", True)]


def test_the_spec_is_python_that_uses_the_targets() -> None:
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    compile(source, "build.spec", "exec")
    assert "build_target(sys.platform, __version__)" in source
    assert "console=True" not in source and "BUNDLE(" in source


def test_the_ci_workflow_for_windows_and_macos_is_valid() -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "frozen.yml").read_text())
    job = workflow["jobs"]["frozen"]
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest"}
    assert job["runs-on"] == "${{ matrix.os }}"
    commands = " ".join(step.get("run", "") for step in job["steps"])
    assert "tests/test_frozen_build.py" in commands and "tests/portability" in commands
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert "pull_request" in triggers

