"""Entry point: no arguments opens the app; a subcommand runs the command line."""

from __future__ import annotations

import sys


def _gui_only(argv: list[str]) -> tuple[str | None, bool, bool, str | None] | None:
    """(--db value, --smoke, --verbose, document) when argv only opens the app, else None.

    Opening the app is the common case and start-up time matters there, so it
    skips building the parsers of every command (and importing their modules).
    Anything else — a command, --help, --version, a typo — goes to the full CLI.

    One file named by an extension the app opens (``documents.KINDS``: a ``.lmtbackup``
    backup, an export ``.json``, a ``.sqlite3``/``.db`` database) is a document to open:
    what a desktop's launcher (``Exec=lmt-tracker %f``) or a double-click hands over. No
    command name has such an extension, so the two never meet.
    """
    from lmt_tracker import documents

    db: str | None = None
    document: str | None = None
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
        elif document is None and not arg.startswith("-") and documents.kind(arg):
            document = arg
        else:
            return None
    return db, smoke, verbose, document


def _open_app(db: str | None, smoke: bool, verbose: bool, document: str | None = None) -> int:
    # The log is set up by the window once it has painted (``gui.app``): importing
    # ``logs`` and finding the log folder cost about 10 ms before the first paint.
    from lmt_tracker import documents, paths

    if document is not None:
        from pathlib import Path

        from lmt_tracker.language import _

        if not Path(document).is_file():
            print(_("lmt-tracker: error: {message}").format(
                message=_("{file}: no such file").format(file=document)), file=sys.stderr)
            return 2
        document = str(Path(document).resolve())
        if documents.kind(document) == documents.DATABASE and db is None:
            db, document = document, None  # a database opens as --db would
    from lmt_tracker.gui.app import run

    # No --db: "" lets the window choose the last real database (``gui.databases``).
    return run(db or paths.database_from_env() or "", smoke=smoke, verbose=verbose,
               document=document)


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
    gui = _gui_only(sys.argv[1:]) or (None, False, False, None)
    db, _smoke, verbose, document = gui
    if db is None:
        args = sys.argv[1:]
        for i, arg in enumerate(args):
            if arg == "--db" and i + 1 < len(args):
                db = args[i + 1]
            elif arg.startswith("--db="):
                db = arg[5:]
    return _open_app(db, False, verbose, document)


if __name__ == "__main__":
    sys.exit(main())
