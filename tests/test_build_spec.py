"""build.spec's values for Windows and macOS, read on Linux without running PyInstaller.

PyInstaller builds only for the platform it runs on, so the spec is executed here with
PyInstaller's build steps (Analysis, EXE, COLLECT, BUNDLE…) replaced by recorders and
``sys.platform`` set to the target: what the spec would hand PyInstaller on Windows and
macOS is then checked against the package version — the version resource of each
program, the icon files it names, the bundle id and Info.plist with its document types,
and the data (the user guide) that must travel in the bundle.
"""

from __future__ import annotations

import contextlib
import plistlib
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from lmt_tracker import __version__

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import build_targets  # noqa: E402


def read_version_file(path: Path) -> types.SimpleNamespace:
    """Evaluate a PyInstaller version file as PyInstaller does (``eval``), with stand-ins
    taking the same parameters as its classes (PyInstaller's own need ``pefile``, which
    is installed on Windows only)."""
    def node(*names: str):
        def make(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
            return types.SimpleNamespace(**dict(zip(names, args, strict=False)), **kwargs)
        return make

    def fixed(filevers=(0, 0, 0, 0), prodvers=(0, 0, 0, 0), mask=0x3F, flags=0, OS=0x40004,
              fileType=1, subtype=0, date=(0, 0)) -> types.SimpleNamespace:
        return types.SimpleNamespace(filevers=filevers, prodvers=prodvers, OS=OS,
                                     fileType=fileType)

    names = {"VSVersionInfo": node("ffi", "kids"), "FixedFileInfo": fixed,
             "StringFileInfo": node("kids"), "StringTable": node("name", "kids"),
             "StringStruct": node("name", "val"), "VarFileInfo": node("kids"),
             "VarStruct": node("name", "kids")}
    return eval(path.read_text(encoding="utf-8"), {"__builtins__": {}}, names)


class Recorded:
    """What one PyInstaller build step was called with."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.scripts: list[object] = []
        self.pure: list[object] = []


def run_spec(platform: str, work: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Execute build.spec as PyInstaller would on ``platform``; return its calls by name."""
    calls: dict[str, list[Recorded]] = {}

    def recorder(name: str):
        def step(*args: Any, **kwargs: Any) -> Recorded:
            made = Recorded(*args, **kwargs)
            calls.setdefault(name, []).append(made)
            return made
        return step

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda *a, **k: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    # What the spec imports is imported here first, on the real platform: a module first
    # imported while sys.platform says "win32" would load its Windows half (asyncio does).
    sys.path.insert(0, str(ROOT / "tools"))
    import shell_docs

    shell_docs.write_all(work / "warm-up")
    with contextlib.suppress(ImportError):  # the spec looks for the PostgreSQL driver
        import psycopg  # noqa: F401
    before = set(sys.modules)
    monkeypatch.setattr(sys, "platform", platform)
    namespace: dict[str, Any] = {
        "__name__": "__main__", "SPECPATH": str(ROOT), "workpath": str(work),
        **{name: recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    try:
        exec(compile(source, str(ROOT / "build.spec"), "exec"), namespace)
    finally:  # nothing half-imported for another platform outlives the test
        for name in set(sys.modules) - before:
            sys.modules.pop(name, None)
    return calls


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> dict[str, Any]:
    return run_spec("win32", tmp_path, monkeypatch)


@pytest.fixture
def macos(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> dict[str, Any]:
    return run_spec("darwin", tmp_path, monkeypatch)


def _release(version: str) -> tuple[int, ...]:
    """The package version's numbers, padded to four, worked out independently here."""
    numbers = [int(part) for part in version.split(".")]
    return tuple(numbers + [0] * (4 - len(numbers)))


def test_each_windows_program_has_the_icon_and_a_version_resource_of_this_version(
        windows: dict[str, Any]) -> None:
    exes = {e.kwargs["name"]: e.kwargs for e in windows["EXE"]}
    assert set(exes) == {"lmt-tracker", "lmt-tracker-cli"}
    for name, kwargs in exes.items():
        icon = Path(kwargs["icon"])
        assert icon.suffix == ".ico" and icon.stat().st_size > 0
        assert icon.read_bytes()[:4] == b"\x00\x00\x01\x00"  # an ICO file's header
        info = read_version_file(Path(kwargs["version"]))
        assert info.ffi.filevers == info.ffi.prodvers == _release(__version__)
        assert info.ffi.fileType == 1  # VFT_APP
        strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
        assert strings["ProductVersion"] == strings["FileVersion"] == __version__
        assert strings["OriginalFilename"] == f"{name}.exe"
        assert strings["ProductName"] == "LMT Tracker"
        (translation,) = info.kids[1].kids
        assert translation.kids == [0x0409, 1200]  # US English, Unicode


def test_the_windows_ico_holds_every_size_from_16_to_256(windows: dict[str, Any]) -> None:
    from PIL import Image

    with Image.open(windows["EXE"][0].kwargs["icon"]) as ico:
        sizes = {w for w, _h in ico.info["sizes"]}
    assert {16, 32, 48, 256} <= sizes


def test_the_macos_bundle_has_this_version_its_id_and_the_document_types(
        macos: dict[str, Any]) -> None:
    (bundle,) = macos["BUNDLE"]
    kwargs = bundle.kwargs
    assert kwargs["name"] == "LMT Tracker.app"
    assert kwargs["version"] == __version__
    assert kwargs["bundle_identifier"] == "org.lmt-tracker.LMTTracker"
    assert Path(kwargs["icon"]).is_file() and Path(kwargs["icon"]).suffix == ".png"
    info = kwargs["info_plist"]
    assert info["CFBundleIdentifier"] == kwargs["bundle_identifier"]
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == __version__
    types_by_extension = {ext: t for t in info["CFBundleDocumentTypes"]
                          for ext in t["CFBundleTypeExtensions"]}
    assert {"lmtbackup", "sqlite3", "json"} <= set(types_by_extension)
    assert types_by_extension["lmtbackup"]["LSHandlerRank"] == "Owner"
    # A generic SQLite file or JSON document is not claimed, only offered.
    assert types_by_extension["sqlite3"]["LSHandlerRank"] == "Alternate"
    assert types_by_extension["json"]["LSHandlerRank"] == "Alternate"
    (exported,) = info["UTExportedTypeDeclarations"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["lmtbackup"]
    assert exported["UTTypeIdentifier"] in types_by_extension["lmtbackup"]["LSItemContentTypes"]
    plistlib.loads(plistlib.dumps(info))  # a property list Finder can read


def test_the_bundle_carries_the_user_guide_and_its_pictures(macos: dict[str, Any]) -> None:
    (analysis,) = macos["Analysis"]
    datas = analysis.kwargs["datas"]
    guide = [src for src, dest in datas if Path(src).name == "user-guide.md"]
    assert guide and Path(guide[0]).is_file()
    pictures = [Path(src) for src, dest in datas if Path(src).suffix == ".png"
                and "guide" in dest]
    assert pictures, "the guide's screenshots are not collected"


@pytest.mark.parametrize(("version", "expected"), [
    ("1.2.3", (1, 2, 3, 0)),
    ("2", (2, 0, 0, 0)),
    ("1.2.3.4.5", (1, 2, 3, 4)),
    ("1.2.3rc1", (1, 2, 3, 0)),
    ("0.9.0.dev4+g1a2b", (0, 9, 0, 0)),
])
def test_version_numbers_keep_the_release_part(version: str, expected: tuple[int, ...]) -> None:
    assert build_targets.version_numbers(version) == expected


@pytest.mark.parametrize("version", ["dev", "1.70000"])
def test_a_version_windows_cannot_hold_is_refused_by_name(version: str) -> None:
    with pytest.raises(ValueError, match=version.split(".")[0]):
        build_targets.version_numbers(version)


def test_the_bundle_carries_the_man_page_and_the_shell_completions(macos: dict[str, Any]) -> None:
    (analysis,) = macos["Analysis"]
    shipped = {str(Path(dest, Path(src).name)): Path(src)
               for src, dest in analysis.kwargs["datas"]}
    for name in ("share/man/man1/lmt-tracker.1", "share/bash-completion/completions/lmt-tracker",
                 "share/zsh/site-functions/_lmt-tracker",
                 "share/fish/vendor_completions.d/lmt-tracker.fish"):
        assert name in shipped and shipped[name].stat().st_size > 1000, name
    assert f"lmt\\-tracker {__version__}" in shipped["share/man/man1/lmt-tracker.1"].read_text()
