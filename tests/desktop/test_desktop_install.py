"""``lmt-tracker desktop install|uninstall`` in the user's XDG data folder.

Every test runs with HOME and XDG_DATA_HOME in a temporary folder (tests/conftest.py),
so the real home is never touched.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from lmt_tracker import desktop

ROOT = Path(__file__).resolve().parents[2]
ID = "org.lmt_tracker.lmt_tracker"
# Where the Desktop Entry, Icon Theme and AppStream specifications look, written out.
EXPECTED = [
    f"applications/{ID}.desktop",
    f"metainfo/{ID}.metainfo.xml",
    f"mime/packages/{ID}.xml",
    *(f"icons/hicolor/{s}x{s}/apps/{ID}.png" for s in (16, 24, 32, 48, 64, 128, 256, 512)),
    f"icons/hicolor/scalable/apps/{ID}.svg",
]


def is_cache(name: str) -> bool:
    """A file update-mime-database or update-desktop-database made from the installed ones."""
    return (name.startswith("mime/") and not name.startswith("mime/packages/")) \
        or name == "applications/mimeinfo.cache"


def tree(folder: Path) -> dict[str, bytes]:
    """The files under ``folder``, the desktop's caches left out."""
    return {name: p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and not is_cache(name := p.relative_to(folder).as_posix())}


@pytest.fixture
def data_home(private_home: Path) -> Path:
    return private_home / "data"


def test_install_puts_the_entry_metainfo_and_icons_in_xdg_data_home(cli, data_home: Path) -> None:
    status, out, err = cli("desktop", "install")
    assert status == 0, err
    written = tree(data_home)
    assert sorted(written) == sorted(EXPECTED)
    assert written[f"icons/hicolor/48x48/apps/{ID}.png"] == (
        ROOT / "resources" / "desktop" / "hicolor-48.png").read_bytes()
    assert written[f"icons/hicolor/scalable/apps/{ID}.svg"] == (
        ROOT / "resources" / "icons" / "lmt-tracker.svg").read_bytes()
    assert written[f"metainfo/{ID}.metainfo.xml"] == (
        ROOT / "resources" / "desktop" / f"{ID}.metainfo.xml").read_bytes()
    assert written[f"mime/packages/{ID}.xml"] == (
        ROOT / "resources" / "desktop" / f"{ID}.mime.xml").read_bytes()
    assert out.count("wrote ~/data/") == len(EXPECTED)
    assert "in your application menu" in out


def test_the_installed_entry_runs_this_program_by_its_full_path(cli, data_home: Path) -> None:
    cli("desktop", "install")
    entry = (data_home / "applications" / f"{ID}.desktop").read_text(encoding="utf-8")
    command = desktop.launcher()
    assert Path(command[0]).is_absolute()
    assert f"\nTryExec={command[0]}\n" in entry
    assert "\nExec=/" in entry or '\nExec="/' in entry
    assert "\nIcon=" + ID + "\n" in entry
    assert "\nMimeType=application/x-lmt-backup;\n" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f")  # where the launcher puts the double-clicked backup


needs_update_mime_database = pytest.mark.skipif(
    shutil.which("update-mime-database") is None,
    reason="update-mime-database not installed (Debian: shared-mime-info)")


def mime_globs(data_home: Path) -> str:
    globs = data_home / "mime" / "globs2"
    return globs.read_text(encoding="utf-8") if globs.is_file() else ""


@needs_update_mime_database
def test_install_teaches_the_desktop_the_backup_type_and_uninstall_forgets_it(
        cli, data_home: Path) -> None:
    """update-mime-database reads the shipped XML (a malformed file is refused) and its
    glob table then names .lmtbackup files application/x-lmt-backup."""
    cli("desktop", "install")
    assert "application/x-lmt-backup:*.lmtbackup" in mime_globs(data_home)
    if shutil.which("update-desktop-database"):
        cache = (data_home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"application/x-lmt-backup={ID}.desktop;" in cache
    cli("desktop", "uninstall")
    assert "lmtbackup" not in mime_globs(data_home)


def test_install_twice_changes_nothing_the_second_time(cli, data_home: Path) -> None:
    cli("desktop", "install")
    before = {p: p.stat().st_mtime_ns for p in data_home.rglob("*") if p.is_file()}
    status, out, _ = cli("desktop", "install")
    assert status == 0
    assert "already in your application menu; nothing changed" in out
    # Not even the caches are rebuilt.
    assert {p: p.stat().st_mtime_ns for p in data_home.rglob("*") if p.is_file()} == before


def test_install_repairs_a_file_that_was_changed(cli, data_home: Path) -> None:
    cli("desktop", "install")
    icon = data_home / "icons" / "hicolor" / "16x16" / "apps" / f"{ID}.png"
    icon.write_bytes(b"not a picture")
    _, out, _ = cli("desktop", "install")
    assert out.splitlines()[0] == f"wrote ~/data/icons/hicolor/16x16/apps/{ID}.png"
    assert icon.read_bytes() == (ROOT / "resources" / "desktop" / "hicolor-16.png").read_bytes()


def test_uninstall_removes_exactly_what_install_wrote(cli, data_home: Path) -> None:
    # Another app's files in the same folders stay.
    (data_home / "applications").mkdir(parents=True)
    (data_home / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    (data_home / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (data_home / "icons" / "hicolor" / "48x48" / "apps" / "other.png").write_bytes(b"x")
    before = tree(data_home)
    cli("desktop", "install")
    status, out, _ = cli("desktop", "uninstall")
    assert status == 0
    assert tree(data_home) == before
    assert out.count("removed ~/data/") == len(EXPECTED)
    assert "no longer in your application menu" in out


def test_uninstall_when_not_installed_says_so(cli, data_home: Path) -> None:
    status, out, _ = cli("desktop", "uninstall")
    assert status == 0
    assert out == "LMT Tracker was not in your application menu; nothing to remove.\n"


def test_without_xdg_data_home_it_is_local_share(cli, private_home: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME")
    cli("desktop", "install")
    assert (private_home / ".local" / "share" / "applications" / f"{ID}.desktop").is_file()


def test_an_unwritable_data_folder_is_a_message_not_a_traceback(
        cli, private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = private_home / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    status, _, err = cli("desktop", "install")
    assert status == 2
    assert err.startswith("lmt-tracker: error: cannot write into ~/a-file")
    assert "Traceback" not in err


@pytest.mark.parametrize(("platform", "said"), [
    ("win32", "Start-menu shortcut"), ("darwin", "drag LMT Tracker.app to Applications")])
def test_windows_and_macos_are_told_their_own_way(cli, data_home: Path, platform: str, said: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    status, _, err = cli("desktop", "install")
    assert status == 2 and said in err
    assert not data_home.exists()


def test_the_frozen_bundle_points_at_its_own_program(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    program = tmp_path / "lmt-tracker-0.1.0" / "lmt-tracker"
    program.parent.mkdir()
    program.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert desktop.launcher() == [str(program)]


@pytest.mark.parametrize(("argument", "written"), [
    ("/usr/bin/lmt-tracker", "/usr/bin/lmt-tracker"),
    ("/opt/LMT Tracker/lmt-tracker", '"/opt/LMT Tracker/lmt-tracker"'),
    # Reserved: quoted, "$" escaped with a backslash, then that backslash doubled.
    ("/srv/$x/lmt-tracker", '"/srv/\\\\$x/lmt-tracker"'),
    ("/a%b/lmt-tracker", "/a%%b/lmt-tracker"),
])
def test_exec_arguments_are_quoted_as_the_specification_says(argument: str, written: str) -> None:
    assert desktop.exec_argument(argument) == written


def test_files_are_written_owner_only_like_every_file_the_app_writes(cli, data_home: Path) -> None:
    if os.name == "nt":
        pytest.skip("no POSIX modes on Windows")
    cli("desktop", "install")
    entry = data_home / "applications" / f"{ID}.desktop"
    assert entry.stat().st_mode & 0o777 == 0o600
