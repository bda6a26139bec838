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
    from lmt_tracker import logs, paths

    logs.setup(verbose=verbose)
    logs.log.info("LMT Tracker %s opening (%s, Python %s)", __import__("lmt_tracker").__version__,
                  sys.platform, sys.version.split()[0])
    from lmt_tracker.gui.app import run

    target = db or paths.database_from_env() or str(paths.default_database())
    return run(target, smoke=smoke)


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
