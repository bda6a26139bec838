"""The command line: argument parsing and dispatch; each command group is one module.

A command module exposes ``register(subparsers)``, which adds its parsers and sets
``func`` to a handler ``(args) -> int``. Handlers raise ``CLIError`` for bad input;
``main`` turns it into a message on stderr and a non-zero exit — never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from lmt_tracker import __version__
from lmt_tracker.cli.common import CLIError
from lmt_tracker.language import _, said

# Each module registers one command group. Order is the order in --help.
COMMAND_MODULES = (
    "demo",
    "data",
    "rules",
    "judge",
    "reports",
    "audit",
    "certificate",
    "screens",
    "desktop",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lmt-tracker",
        description="Track massage-therapy licenses, exams and continuing education. "
        "With no command, opens the app. With a file instead of a command (a .lmtbackup "
        "backup, an export .json or a .sqlite3 database), opens the app, then that file: a "
        "database is opened, a backup or an export is restored or imported once you confirm.",
    )
    parser.add_argument("--version", action="version", version=f"lmt-tracker {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file or SQLAlchemy URL (default: $LMT_TRACKER_DB, "
        "else lmt-tracker.sqlite3 in your user data folder)",
    )
    parser.add_argument(
        "--verbose", "-v",
        action="store_true",
        help="print every log message on stderr too (the log file is in your user log folder)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the app, wait for the first painted window, print milliseconds since start",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"lmt_tracker.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"lmt_tracker.cli.{name}":
                continue  # command group not built yet
            raise
        module.register(sub)
    from lmt_tracker.cli import examples

    examples.attach(parser)
    from lmt_tracker.cli import help_language

    help_language.translate(parser)
    return parser


def _is_refusal(exc: Exception) -> bool:
    """Storage and validation refusals carry their own explanation.

    Checked through ``sys.modules`` so that start-up does not import SQLAlchemy just to
    name the exception types (a module never imported cannot have raised).
    """
    kinds = [
        getattr(sys.modules.get(module), name, None)
        for module, name in (
            ("lmt_tracker.store.engine", "StoreError"),
            ("lmt_tracker.domain.core.validation", "RecordInvalid"),
            ("lmt_tracker.io.bundle", "DocumentError"),
        )
    ]
    return any(isinstance(kind, type) and isinstance(exc, kind) for kind in kinds)


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from lmt_tracker import logs

    logs.setup(verbose=args.verbose)
    logs.log.debug("command %s (lmt-tracker %s)", args.command or "(open the app)", __version__)
    try:
        if args.command is None:
            from lmt_tracker.cli.common import run_gui

            return run_gui(args)
        return int(args.func(args))
    except CLIError as exc:
        print(_("lmt-tracker: error: {message}").format(message=exc), file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print(_("lmt-tracker: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, as Unix tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        if not _is_refusal(exc):
            raise
        # A command that did not translate a storage or validation refusal itself:
        # still a message naming what and how to fix it, never a traceback.
        print(_("lmt-tracker: error: {message}").format(message=said(exc)), file=sys.stderr)
        return 2
