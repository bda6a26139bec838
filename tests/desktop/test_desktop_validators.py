"""The launcher entry and AppStream metainfo pass the freedesktop validators, and say
what the app is: its id, its version's release notes, screenshots that exist, a rating.

The validators are Debian's desktop-file-utils and appstream; .ci/run installs them, so
CI never skips these. ``--no-net``: tests never touch the network (the screenshot URLs
are checked against docs/screenshots instead).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lmt_tracker import DESKTOP_ID, __version__, desktop

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "desktop"
ENTRY = SHIPPED / f"{DESKTOP_ID}.desktop"
METAINFO = SHIPPED / f"{DESKTOP_ID}.metainfo.xml"
SCREENSHOTS = ROOT / "docs" / "screenshots"
# Where the screenshots are published (AppStream wants web addresses): a copy of
# docs/screenshots. The project has no confirmed homepage, so the metainfo names none.
SCREENSHOTS_URL = "https://lmt-tracker.org/docs/screenshots/"

needs_desktop_file_validate = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (Debian: desktop-file-utils; .ci/run installs it)")
needs_appstreamcli = pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli not installed (Debian: appstream; .ci/run installs it)")


def run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=60)


@needs_desktop_file_validate
def test_the_shipped_entry_is_valid_without_even_a_hint() -> None:
    done = run("desktop-file-validate", ENTRY)
    assert done.returncode == 0 and done.stdout == "" and done.stderr == "", done.stdout


@needs_desktop_file_validate
@pytest.mark.parametrize("command", [
    ["/opt/LMT Tracker 0.1/lmt-tracker"],  # a space: quoted
    ["/home/me/100% mine/bin/python", "-m", "lmt_tracker"],  # a percent sign: doubled
    ["/srv/$apps/lmt-tracker"],  # a dollar sign: escaped inside quotes
])
def test_an_installed_entry_is_valid_wherever_the_program_is(command: list[str],
                                                             tmp_path: Path) -> None:
    entry = tmp_path / f"{DESKTOP_ID}.desktop"
    entry.write_bytes(desktop.desktop_entry(command))
    done = run("desktop-file-validate", entry)
    assert done.returncode == 0 and done.stdout == "", done.stdout


# AppStream 1.0 (Debian 13) deprecates <developer_name> for a <developer> block that
# 0.16 (Debian 12, the platform the README names) does not know ("unknown-tag"): no file
# is remark-free under both, so the metainfo is written for 0.16 and these two infos,
# which 1.0 prints for it, are the only remarks allowed.
NEWER_APPSTREAM_INFOS = ("developer-name-tag-deprecated", "developer-info-missing")


def remarks(output: str) -> list[str]:
    """Every error, warning, info and pedantic remark appstreamcli printed."""
    kinds = {"E: ", "W: ", "I: ", "P: "}
    return [line for line in output.splitlines() if line.strip()[:3] in kinds
            and not (line.strip().startswith("I: ")
                     and any(f" {tag}" in line for tag in NEWER_APPSTREAM_INFOS))]


@needs_appstreamcli
def test_the_metainfo_passes_the_pedantic_validation_with_no_remark() -> None:
    done = run("appstreamcli", "validate", "--pedantic", "--no-net", "--no-color", METAINFO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert remarks(done.stdout) == []


@needs_appstreamcli
def test_an_installed_tree_validates_as_a_whole(tmp_path: Path) -> None:
    """validate-tree also checks the metainfo against its desktop entry and icons."""
    desktop.install(tmp_path / "usr" / "share", ["/usr/bin/lmt-tracker"])
    done = run("appstreamcli", "validate-tree", "--pedantic", "--no-net", "--no-color", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert remarks(done.stdout) == []


def entry_keys() -> dict[str, str]:
    lines = ENTRY.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_the_entry_names_the_app_and_its_icon() -> None:
    keys = entry_keys()
    assert keys["Name"] == "LMT Tracker"
    assert keys["Icon"] == DESKTOP_ID
    assert keys["Exec"] == "lmt-tracker %f"  # no file opens the app; a file, the app on it
    assert keys["TryExec"] == "lmt-tracker"
    assert keys["Terminal"] == "false"
    assert keys["MimeType"] == "application/x-lmt-backup;"


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_the_metainfo_is_the_entrys_component() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == ENTRY.name
    assert root.findtext("icon") == DESKTOP_ID
    assert root.findtext("project_license") == "MIT"  # as pyproject.toml says
    assert root.find("url[@type='homepage']") is None  # none confirmed: none invented
    assert root.findtext("provides/mediatype") == "application/x-lmt-backup"


def test_the_newest_release_is_this_version_and_every_release_says_what_changed() -> None:
    releases = metainfo().findall("releases/release")
    assert releases[0].get("version") == __version__
    dates = [r.get("date") for r in releases]
    assert dates == sorted(dates, reverse=True), "newest first"
    for release in releases:
        notes = release.find("description")
        assert notes is not None and "".join(notes.itertext()).strip(), release.get("version")


def test_a_content_rating_is_given() -> None:
    rating = metainfo().find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    # An offline records tool: nothing to declare (no attribute means "none").
    assert list(rating) == []


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_every_screenshot_is_one_of_docs_screenshots_at_its_real_size() -> None:
    """The URLs are the homepage's copy of docs/screenshots (AppStream wants web URLs)."""
    shots = metainfo().findall("screenshots/screenshot")
    assert len(shots) >= 3
    assert [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        assert (shot.findtext("caption") or "").strip()
        image = shot.find("image")
        assert image is not None and image.text
        prefix = SCREENSHOTS_URL
        assert image.text.startswith(prefix), image.text
        local = SCREENSHOTS / image.text.removeprefix(prefix)
        assert local.is_file(), f"{image.text} is not in docs/screenshots"
        assert png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_the_mime_type_is_the_one_the_app_writes_and_the_mac_bundle_declares() -> None:
    """One type, said alike in the shared-mime-info file, the entry, the metainfo, the
    macOS bundle and the code that names backups."""
    import sys

    sys.path.insert(0, str(ROOT))
    import build_targets
    from lmt_tracker import documents

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(SHIPPED / f"{DESKTOP_ID}.mime.xml").getroot()
    declared = mime.find("m:mime-type", ns)
    assert declared is not None and declared.get("type") == documents.BACKUP_MIME_TYPE
    glob = declared.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*" + documents.BACKUP_SUFFIX
    # An SQLite file: without sub-class-of, SQLite's magic would name it a plain database.
    assert declared.find("m:sub-class-of", ns).get("type") == "application/vnd.sqlite3"
    assert entry_keys()["MimeType"] == documents.BACKUP_MIME_TYPE + ";"
    owned = [t for t in build_targets.DOCUMENT_TYPES if t["LSHandlerRank"] == "Owner"]
    assert [t["CFBundleTypeExtensions"] for t in owned] == [[documents.BACKUP_SUFFIX[1:]]]
