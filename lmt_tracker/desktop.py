"""The launcher entry, AppStream data, icons and the backup file type, put in (and taken
out of) the user's XDG data folder: how a ``pip``/``pipx`` install or an unpacked bundle
shows up in a Linux desktop's application menu and software centre, and opens backups.

Why here and like this:

- The files ship in ``resources/desktop`` (the frozen bundle collects ``resources/``
  whole), named after the desktop ID that ``gui/app.py`` gives Qt, so a running window
  is matched to its entry (Wayland's app id).
- The shipped entry says ``Exec=lmt-tracker %f``; the installed one names the program that
  ran ``desktop install`` by its full path, because a session's menu does not see the
  ``PATH`` a shell profile sets (``~/.local/bin`` for pipx) nor an unpacked bundle.
- ``$XDG_DATA_HOME`` (else ``~/.local/share``), through platformdirs, is where the
  Desktop Entry, Icon Theme and AppStream specifications look for a user's own apps.
- Uninstall removes exactly the files install names (never a folder, which other apps
  share), so install, uninstall and install again are all safe to repeat.
- The ``.lmtbackup`` type (``application/x-lmt-backup``, shared-mime-info) is declared in
  ``mime/packages``, and the entry's ``MimeType=`` and ``Exec=… %f`` make the app open
  such a file when it is double-clicked. Desktops read types and associations from caches
  (``mime/mime.cache``, ``applications/mimeinfo.cache``), so ``refresh_caches`` rebuilds
  them with ``update-mime-database`` and ``update-desktop-database`` where those exist
  (shared-mime-info and desktop-file-utils, on every desktop Linux); without them the
  desktop rebuilds its caches at the next log-in.

Files are written through ``portable`` like every other file the app writes.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from lmt_tracker import DESKTOP_ID, paths, portable

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Characters the Desktop Entry specification reserves in an Exec argument: an argument
# holding any of them is written in double quotes.
EXEC_RESERVED = frozenset(' \t\n"\'\\><~|&;$*?#()`')


def icon_png(size: int) -> str:
    """The shipped PNG of the icon at ``size`` px, in ``resources/desktop``."""
    return f"hicolor-{size}.png"


@dataclass(frozen=True)
class Placed:
    """One file of the desktop integration: where it goes and what it holds."""

    path: Path
    data: bytes


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share`` (platformdirs reads the variable)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir())


def launcher() -> list[str]:
    """The command that opens the app, as the desktop entry should run it.

    The bundle's own program when frozen; else the ``lmt-tracker`` script beside this
    interpreter (a venv's or pipx's ``bin``), or on the ``PATH``; else this interpreter
    with ``-m lmt_tracker``.
    """
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    beside = Path(sys.executable).parent / "lmt-tracker"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("lmt-tracker")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable)), "-m", "lmt_tracker"]


def exec_argument(argument: str) -> str:
    """One Exec argument, quoted and escaped as the Desktop Entry specification says."""
    if any(c in EXEC_RESERVED for c in argument):
        for c in '\\"`$':
            argument = argument.replace(c, "\\" + c)
        argument = f'"{argument}"'
    # Then the escaping of every string value (a backslash doubled), and a literal
    # percent sign, which would otherwise start a field code.
    return argument.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: list[str]) -> bytes:
    """The shipped entry with ``Exec`` and ``TryExec`` naming ``command`` (``Exec`` keeps its
    ``%f``: the file the user opened, a backup)."""
    shipped = paths.resource("desktop", f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in shipped.splitlines():
        if line.startswith("Exec="):
            words = [exec_argument(a) for a in command]
            last = line.split()[-1]
            if last.startswith("%"):  # the field code: where the launcher puts the file
                words.append(last)
            line = "Exec=" + " ".join(words)
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8")


def files(home: Path, command: list[str]) -> list[Placed]:
    """Every file ``install`` writes under the data folder ``home``, with its bytes."""
    shipped = paths.resource("desktop")
    placed = [
        Placed(home / "applications" / f"{DESKTOP_ID}.desktop", desktop_entry(command)),
        Placed(home / "metainfo" / f"{DESKTOP_ID}.metainfo.xml",
               (shipped / f"{DESKTOP_ID}.metainfo.xml").read_bytes()),
        Placed(home / "mime" / "packages" / f"{DESKTOP_ID}.xml",
               (shipped / f"{DESKTOP_ID}.mime.xml").read_bytes()),
    ]
    icons = home / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        placed.append(Placed(icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png",
                             (shipped / icon_png(size)).read_bytes()))
    placed.append(Placed(icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
                         paths.resource("icons", "lmt-tracker.svg").read_bytes()))
    return placed


def install(home: Path, command: list[str]) -> list[Path]:
    """Write the entry, its AppStream data and the icons under ``home``; return those
    changed (none when already installed as they would be now)."""
    changed = []
    for item in files(home, command):
        if item.path.is_file() and item.path.read_bytes() == item.data:
            continue
        portable.private_folder(item.path.parent)
        portable.atomic_write(item.path, item.data)
        changed.append(item.path)
    return changed


def uninstall(home: Path) -> list[Path]:
    """Remove what ``install`` writes under ``home`` (nothing else); return what was there."""
    removed = []
    for item in files(home, ["lmt-tracker"]):
        if item.path.is_file() or item.path.is_symlink():
            item.path.unlink()
            removed.append(item.path)
    return removed


def refresh_caches(home: Path) -> list[str]:
    """Rebuild the desktop's file-type and association caches under ``home`` after
    ``install`` or ``uninstall``; return the tools that ran (none where they are missing).

    A tool that fails only costs the file association until the next log-in, so its
    failure is logged, never raised.
    """
    import logging
    import subprocess

    ran = []
    for tool, folder in (("update-mime-database", home / "mime"),
                         ("update-desktop-database", home / "applications")):
        found = shutil.which(tool)
        if found is None or not folder.is_dir():
            continue
        try:
            subprocess.run([found, str(folder)], check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            logging.getLogger(__name__).warning("%s %s failed: %s", tool, folder, exc)
            continue
        ran.append(tool)
    return ran
