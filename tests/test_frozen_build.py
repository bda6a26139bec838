"""The frozen app: build.spec makes a one-folder bundle that starts, finds its data and works.

A PyInstaller build fails in ways no source-tree test can see: a data folder not
collected, a module imported only by name (screens, command groups, Alembic's
migrations) left out, a Qt plugin missing. So the bundle is built into a temporary
folder and the binary itself is run the way a user or a script would, offscreen, with
a private HOME: ``--version``, ``--smoke`` on a new database and on a demo database that
the frozen binary filled itself, every rule file, and a renewal PDF.

Marked ``slow`` (about a minute, most of it PyInstaller's analysis); ``make test`` runs
it, as CI does. Skipped only when PyInstaller is not installed (``pip install '.[package]'``).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lmt_tracker import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed: pip install '.[package]' (make test installs it)",
    ),
]


def _env(home: Path) -> dict[str, str]:
    """A private HOME and XDG folders, offscreen Qt, no database from the environment."""
    env = {k: v for k, v in os.environ.items() if k != "LMT_TRACKER_DB"}
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                      ("XDG_RUNTIME_DIR", "runtime")):
        folder = home / sub if sub else home
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        env[name] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    return env


class Bundle:
    """The built folder, and a way to run its binary as a user would."""

    def __init__(self, folder: Path, work: Path, home: Path) -> None:
        self.folder, self.work, self.home = folder, work, home
        # The console program: on Windows and macOS the app itself is windowed (no stdout),
        # and the commands have their own program beside it (build_targets.py).
        exe = ".exe" if sys.platform == "win32" else ""
        name = "lmt-tracker" if sys.platform.startswith("linux") else "lmt-tracker-cli"
        self.binary = folder / f"{name}{exe}"

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.binary), *args], env=_env(self.home), cwd=self.home,
                              capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    dist, work = tmp_path_factory.mktemp("dist"), tmp_path_factory.mktemp("work")
    home = tmp_path_factory.mktemp("frozen-home")
    env = _env(tmp_path_factory.mktemp("build-home"))
    env["PYINSTALLER_CONFIG_DIR"] = str(work / "config")  # its cache, not the user's
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        cwd=work, env=env, capture_output=True, text=True, timeout=600,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    return Bundle(dist / f"lmt-tracker-{__version__}", work, home)


@pytest.fixture(scope="module")
def demo_db(bundle: Bundle) -> Path:
    """A demo database written by the frozen binary (its migrations, its demo data)."""
    target = bundle.home / "demo.sqlite3"
    done = bundle.run("--db", str(target), "demo")
    assert done.returncode == 0, done.stderr
    return target


def _smoke_ms(done: subprocess.CompletedProcess[str]) -> int:
    assert done.returncode == 0, done.stderr
    first_paint = int(done.stdout.split()[0])
    assert 0 < first_paint < 60_000
    assert "first paint" in done.stderr and "Traceback" not in done.stderr
    return first_paint


def test_version_is_the_packages(bundle: Bundle) -> None:
    done = bundle.run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"lmt-tracker {__version__}"


def test_the_bundle_holds_its_data_and_no_webengine(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal" / "lmt_tracker"
    rules = {p.name for p in (ROOT / "state_requirements").rglob("*.toml")}
    assert rules <= {p.name for p in (internal / "state_requirements").rglob("*.toml")}
    migrations = internal / "store" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    source = ROOT / "lmt_tracker" / "store" / "migrations" / "versions"
    shipped = {p.name for p in (migrations / "versions").glob("*.py")}
    assert shipped == {p.name for p in source.glob("*.py")}
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "icons" / "lmt-tracker.svg").is_file()
    assert (internal / "resources" / "icons" / "lmt-tracker.png").is_file()
    # What `lmt-tracker desktop install` copies from the bundle (resources/desktop).
    desktop = {p.name for p in (ROOT / "resources" / "desktop").iterdir()}
    assert desktop <= {p.name for p in (internal / "resources" / "desktop").iterdir()}
    # Help › User guide, offline, and the man page and completions under share/.
    assert (internal / "docs" / "user-guide.md").is_file()
    pictures = {p.name for p in (ROOT / "docs" / "guide").glob("*.png")}
    assert pictures and pictures <= {p.name for p in (internal / "docs" / "guide").iterdir()}
    share = bundle.folder / "_internal" / "share"
    assert (share / "man" / "man1" / "lmt-tracker.1").is_file()
    assert (share / "man" / "es" / "man1" / "lmt-tracker.1").is_file()  # the Spanish page
    assert (share / "bash-completion" / "completions" / "lmt-tracker").is_file()
    assert not list(internal.rglob("__pycache__")), "bytecode caches shipped as data"
    everything = list(bundle.folder.rglob("*"))
    assert not [p for p in everything if "webengine" in p.name.lower()]
    assert not [p for p in everything if p.is_symlink() and not p.exists()], "dangling links"
    assert (bundle.work / "build" / "icons" / "lmt-tracker.ico").stat().st_size > 1000


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux desktop entry")
def test_desktop_install_points_the_launcher_at_the_bundle(bundle: Bundle) -> None:
    done = bundle.run("desktop", "install")
    assert done.returncode == 0, done.stderr
    entry = bundle.home / "data" / "applications" / "org.lmt_tracker.lmt_tracker.desktop"
    # %f: where the launcher puts a double-clicked backup (MimeType=application/x-lmt-backup)
    assert f"\nExec={bundle.binary.resolve()} %f\n" in entry.read_text(encoding="utf-8")
    mime = bundle.home / "data" / "mime" / "packages" / "org.lmt_tracker.lmt_tracker.xml"
    shipped = ROOT / "resources" / "desktop" / "org.lmt_tracker.lmt_tracker.mime.xml"
    assert mime.read_bytes() == shipped.read_bytes()
    icon = bundle.home / "data" / "icons" / "hicolor" / "256x256" / "apps"
    assert (icon / "org.lmt_tracker.lmt_tracker.png").read_bytes() == (
        ROOT / "resources" / "desktop" / "hicolor-256.png").read_bytes()
    done = bundle.run("desktop", "uninstall")
    assert done.returncode == 0 and not entry.exists(), done.stderr


def test_smoke_on_a_new_database(bundle: Bundle) -> None:
    target = bundle.home / "fresh.sqlite3"
    _smoke_ms(bundle.run("--db", str(target), "--smoke"))
    assert target.is_file()  # created and migrated by the frozen Alembic


def test_smoke_on_a_demo_database_it_made(bundle: Bundle, demo_db: Path) -> None:
    _smoke_ms(bundle.run("--db", str(demo_db), "--smoke"))


def test_it_loads_every_rule_file(bundle: Bundle) -> None:
    import json

    done = bundle.run("rules", "list", "--json")
    assert done.returncode == 0, done.stderr
    codes = {entry["code"] for entry in json.loads(done.stdout)}
    assert codes == {p.stem for p in (ROOT / "state_requirements").rglob("*.toml")}


def test_it_writes_a_renewal_pdf(bundle: Bundle, demo_db: Path) -> None:
    from pypdf import PdfReader

    out = bundle.home / "renewal.pdf"
    done = bundle.run("--db", str(demo_db), "report", "renewal", "--credential", "1",
                      "--out", str(out))
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "renewal summary" in text.lower()
    assert len(reader.pages) >= 2  # the summary, then the attached certificates


@pytest.mark.skipif(sys.platform != "win32", reason="Windows programs")
def test_windows_has_a_windowed_app_and_a_console_cli(bundle: Bundle) -> None:
    assert _pe_subsystem(bundle.folder / "lmt-tracker.exe") == 2  # Windows GUI: no console
    assert _pe_subsystem(bundle.folder / "lmt-tracker-cli.exe") == 3  # console


@pytest.mark.skipif(sys.platform != "win32", reason="Windows programs")
def test_windows_programs_carry_this_version_in_their_version_resource(bundle: Bundle) -> None:
    from PyInstaller.utils.win32 import versioninfo  # needs pefile: installed on Windows

    for name in ("lmt-tracker", "lmt-tracker-cli"):
        info = versioninfo.read_version_info_from_executable(str(bundle.folder / f"{name}.exe"))
        tables = [t for kid in info.kids if isinstance(kid, versioninfo.StringFileInfo)
                  for t in kid.kids]
        strings = {s.name: s.val for table in tables for s in table.kids}
        assert strings["ProductVersion"] == strings["FileVersion"] == __version__
        assert strings["OriginalFilename"] == f"{name}.exe"


def _pe_subsystem(path: Path) -> int:
    """The Subsystem field of a Windows program's optional header (2 GUI, 3 console)."""
    data = path.read_bytes()[:4096]
    header = int.from_bytes(data[0x3C:0x40], "little")
    assert data[header:header + 4] == b"PE\0\0"
    return int.from_bytes(data[header + 24 + 68:header + 24 + 70], "little")


@pytest.mark.skipif(sys.platform != "darwin", reason="the macOS bundle")
def test_macos_has_an_app_bundle_with_its_info_plist(bundle: Bundle) -> None:
    import plistlib

    app = bundle.folder.parent / "LMT Tracker.app"
    info = plistlib.loads((app / "Contents" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == "org.lmt-tracker.LMTTracker"
    assert info["CFBundleExecutable"] == "lmt-tracker"
    assert info["CFBundleShortVersionString"] == __version__
    assert info.get("LSBackgroundOnly") is False  # a Dock icon and a menu bar
    extensions = {e for t in info["CFBundleDocumentTypes"] for e in t["CFBundleTypeExtensions"]}
    assert {"lmtbackup", "sqlite3", "json"} <= extensions
    assert (app / "Contents" / "MacOS" / "lmt-tracker-cli").is_file()
