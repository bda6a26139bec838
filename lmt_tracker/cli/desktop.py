"""``lmt-tracker desktop install|uninstall``: the app in a Linux desktop's launcher.

A ``pip``/``pipx`` install or an unpacked bundle puts programs on disk but nothing in
the application menu; this writes (or removes) the user's own launcher entry, AppStream
data and icons (``lmt_tracker.desktop`` says where and why). Windows and macOS have
their own ways (a shortcut to ``lmt-tracker-app``; the ``.app`` in Applications).
"""

from __future__ import annotations

import argparse
import sys

from lmt_tracker.cli.common import CLIError
from lmt_tracker.language import _


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "desktop", help="add the app to (or remove it from) your Linux application menu",
        description="Put LMT Tracker's launcher entry, software-centre data, icons and backup "
        "file type (.lmtbackup, opened by the app) in your own data folder ($XDG_DATA_HOME, "
        "else ~/.local/share), or take them out again. "
        "Only your account is changed; running it twice is harmless.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "install", help="add LMT Tracker to your application menu",
        description="Write the launcher entry (running this copy of the program), its "
        "AppStream data, its icons and the .lmtbackup file type.").set_defaults(func=run_install)
    actions.add_parser(
        "uninstall", help="remove what `desktop install` added",
        description="Remove the launcher entry, AppStream data, icons and file type that "
        "`desktop install` writes, and nothing else.").set_defaults(func=run_uninstall)


def _refuse_elsewhere() -> None:
    if sys.platform == "win32":
        raise CLIError(_("desktop install is for Linux; on Windows, make a Start-menu shortcut "
                         "to lmt-tracker.exe (the bundle) or lmt-tracker-app (pipx)"))
    if sys.platform == "darwin":
        raise CLIError(_("desktop install is for Linux; on macOS, drag LMT Tracker.app "
                         "to Applications"))


def _home_for_humans(path: object) -> str:
    from pathlib import Path

    text, home = str(path), str(Path.home())
    return "~" + text[len(home):] if text.startswith(home + "/") else text


def run_install(args: argparse.Namespace) -> int:
    _refuse_elsewhere()
    from lmt_tracker import desktop

    home = desktop.data_home()
    command = desktop.launcher()
    try:
        changed = desktop.install(home, command)
    except OSError as exc:
        raise CLIError(_("cannot write into {folder}: {error}; check that the folder is yours "
                         "and writable").format(folder=_home_for_humans(exc.filename or home),
                                                error=exc.strerror)) from exc
    for path in changed:
        print(_("wrote {path}").format(path=_home_for_humans(path)))
    if changed:
        desktop.refresh_caches(home)
    if changed:
        print(_("LMT Tracker is in your application menu (it runs {command}).").format(
            command=" ".join(command)))
    else:
        print(_("LMT Tracker was already in your application menu; nothing changed."))
    return 0


def run_uninstall(args: argparse.Namespace) -> int:
    _refuse_elsewhere()
    from lmt_tracker import desktop

    home = desktop.data_home()
    try:
        removed = desktop.uninstall(home)
    except OSError as exc:
        raise CLIError(_("cannot remove {path}: {error}").format(
            path=_home_for_humans(exc.filename), error=exc.strerror)) from exc
    for path in removed:
        print(_("removed {path}").format(path=_home_for_humans(path)))
    if removed:
        desktop.refresh_caches(home)
    print(_("LMT Tracker is no longer in your application menu.") if removed
          else _("LMT Tracker was not in your application menu; nothing to remove."))
    return 0
