"""Entry point: no arguments opens the app; a subcommand runs the command line."""

from __future__ import annotations

import sys


def _gui_only(argv: list[str]) -> tuple[str | None, bool, bool] | None:
    """(--db value, --smoke, --verbose) when argv only opens the app, else None.

    Opening the app is the common case and start-up time matters there, so it
    skips building the parsers of every command (and importing their modules).
    Anything else — a command, --help, --version, a typo — goes to the full CLI.
    """
    db: str | None = None
    smoke = verbose = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--smoke":
            smoke = True
        elif arg in ("--verbose", "-v"):
            verbose = True
        elif arg == "--db" and rest and not rest[0].startswith("-"):
            db = rest.pop(0)
        elif arg.startswith("--db=") and len(arg) > 5:
            db = arg[5:]
        else:
            return None
    return db, smoke, verbose


def _open_app(db: str | None, smoke: bool, verbose: bool) -> int:
    # The log is set up by the window once it has painted (``gui.app``): importing
    # ``logs`` and finding the log folder cost about 10 ms before the first paint.
    from lmt_tracker import paths
    from lmt_tracker.gui.app import run

    # No --db: "" lets the window choose the last real database (``gui.databases``).
    return run(db or paths.database_from_env() or "", smoke=smoke, verbose=verbose)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    gui = _gui_only(args)
    if gui is not None:
        return _open_app(*gui)
    from lmt_tracker.cli import main as cli_main

    return cli_main(args)


def app_main() -> int:
    """The windowed entry (``lmt-tracker-app``, no console on Windows): always the app.

    It has nowhere to print, so arguments other than ``--db`` are ignored rather than
    answered; the commands are ``lmt-tracker``'s.
    """
    gui = _gui_only(sys.argv[1:]) or (None, False, False)
    db, _smoke, verbose = gui
    if db is None:
        args = sys.argv[1:]
        for i, arg in enumerate(args):
            if arg == "--db" and i + 1 < len(args):
                db = args[i + 1]
            elif arg.startswith("--db="):
                db = arg[5:]
    return _open_app(db, False, verbose)


if __name__ == "__main__":
    sys.exit(main())
