"""What build.spec makes on each platform, as plain data (so a test can read it anywhere).

PyInstaller cannot build for another platform, so the per-platform choices live here,
away from the spec, where ``tests/test_build_targets.py`` checks them on Linux:

- **Windows**: two programs in one folder, Calibre's pattern. ``lmt-tracker.exe`` is
  windowed (``console=False``: no console window opens behind the app when it is started
  from the Start menu); ``lmt-tracker-cli.exe`` is a console program for the commands,
  which print to the terminal they were typed in (a windowed program has no stdout).
- **macOS**: a windowed program inside ``LMT Tracker.app`` (``BUNDLE``) with its
  ``Info.plist``; the console program sits beside it in ``Contents/MacOS`` for the
  commands (``"/Applications/LMT Tracker.app/Contents/MacOS/lmt-tracker-cli" --help``).
- **Linux**: one console program, as before: started from the desktop entry it has no
  terminal, and from a terminal it prints.

Both Windows programs carry a version resource (``windows_version_info``: what Explorer's
Properties › Details and installers read), and the macOS bundle declares the files it
works with (``DOCUMENT_TYPES``: databases, backups, exports), all derived from the
package version so a release never ships with a stale number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BUNDLE_ID = "org.lmt-tracker.LMTTracker"
APP_TITLE = "LMT Tracker"
COMPANY = "The LMT Tracker contributors"
DESCRIPTION = "Massage therapy licensing, exams and continuing education, offline"
COPYRIGHT = "MIT License, The LMT Tracker contributors"
# The backup's own type, exported by the bundle so Finder names and routes the files.
BACKUP_UTI = f"{BUNDLE_ID}.backup"

# The files the app opens or writes, as macOS document types. "Owner" only for the app's
# own backup extension; a SQLite database or a JSON export may belong to other apps too,
# so for those the app is only offered in "Open With" (Alternate).
DOCUMENT_TYPES: tuple[dict[str, object], ...] = (
    {
        "CFBundleTypeName": "LMT Tracker backup",
        "CFBundleTypeRole": "Editor",
        "LSHandlerRank": "Owner",
        "CFBundleTypeExtensions": ["lmtbackup"],
        "LSItemContentTypes": [BACKUP_UTI],
    },
    {
        "CFBundleTypeName": "LMT Tracker database",
        "CFBundleTypeRole": "Editor",
        "LSHandlerRank": "Alternate",
        "CFBundleTypeExtensions": ["sqlite3", "db"],
    },
    {
        "CFBundleTypeName": "LMT Tracker export",
        "CFBundleTypeRole": "Viewer",
        "LSHandlerRank": "Alternate",
        "CFBundleTypeExtensions": ["json"],
        "LSItemContentTypes": ["public.json"],
    },
)


@dataclass(frozen=True)
class Program:
    name: str  # the executable's name, without .exe
    console: bool


@dataclass(frozen=True)
class Target:
    programs: tuple[Program, ...]
    bundle: str | None = None  # the macOS .app name
    info_plist: dict[str, object] = field(default_factory=dict)


def info_plist(version: str) -> dict[str, object]:
    """The macOS bundle's Info.plist keys beyond those PyInstaller writes itself."""
    return {
        "CFBundleName": APP_TITLE,
        "CFBundleDisplayName": APP_TITLE,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",  # PySide6 6.6+ wheels need macOS 11
        # PyInstaller sets LSBackgroundOnly (no Dock icon, no menu bar) when the last
        # program collected is a console one, as lmt-tracker-cli is: say it is not.
        "LSBackgroundOnly": False,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follows the system's dark mode
        "NSHumanReadableCopyright": COPYRIGHT,
        "CFBundleDocumentTypes": [dict(t) for t in DOCUMENT_TYPES],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": BACKUP_UTI,
            "UTTypeDescription": "LMT Tracker backup",
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeTagSpecification": {"public.filename-extension": ["lmtbackup"]},
        }],
    }


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` → ``(1, 2, 3, 0)``: the four numbers a Windows version resource holds.

    A pre-release or local suffix (``1.2.3rc1``, ``1.2.3.dev4+g1a2b``) keeps its release
    numbers; each number must fit the resource's 16 bits.
    """
    release = re.match(r"\d+(?:\.\d+)*", version)
    if release is None:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(n) for n in release.group().split(".")][:4]
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"version {version!r}: each number must be at most 65535")
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def windows_strings(version: str, program: str) -> dict[str, str]:
    """The version resource's text fields for ``program`` (``lmt-tracker``, ``…-cli``)."""
    return {
        "CompanyName": COMPANY,
        "FileDescription": APP_TITLE if program == "lmt-tracker" else f"{APP_TITLE} commands",
        "FileVersion": version,
        "InternalName": program,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{program}.exe",
        "ProductName": APP_TITLE,
        "ProductVersion": version,
        "Comments": DESCRIPTION,
    }


def windows_version_info(version: str, program: str) -> str:
    """A PyInstaller version file (the text ``pyi-grab_version`` writes) for ``program``.

    build.spec writes it into its work folder and hands its path to ``EXE(version=…)``;
    it is Python expression text that PyInstaller evaluates, so strings go through repr.
    Language 0x0409 (US English) and code page 1200 (Unicode), as Windows expects.
    """
    numbers = version_numbers(version)
    strings = ",\n".join(f"          StringStruct({k!r}, {v!r})"
                         for k, v in windows_strings(version, program).items())
    return f"""# The version resource of {program}.exe, from lmt_tracker.__version__.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{strings}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def target(platform: str, version: str) -> Target:
    """What to build for ``sys.platform`` value ``platform``.

    The windowed program comes first: a macOS bundle starts the first one collected.
    """
    if platform == "win32":
        return Target((Program("lmt-tracker", console=False),
                       Program("lmt-tracker-cli", console=True)))
    if platform == "darwin":
        return Target((Program("lmt-tracker", console=False),
                       Program("lmt-tracker-cli", console=True)),
                      bundle=f"{APP_TITLE}.app", info_plist=info_plist(version))
    return Target((Program("lmt-tracker", console=True),))
