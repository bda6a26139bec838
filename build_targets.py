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
"""

from __future__ import annotations

from dataclasses import dataclass, field

BUNDLE_ID = "org.lmt-tracker.LMTTracker"
APP_TITLE = "LMT Tracker"


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
        "NSHumanReadableCopyright": "MIT licence",
    }


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
