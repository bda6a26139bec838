"""``lmt-tracker report renewal|transcript`` and ``lmt-tracker calendar``: files for others.

Thin wrappers over ``lmt_tracker.reports.api`` (the same functions the GUI calls):
parse, call, turn a ``ReportError`` into a ``CLIError``, say what was written on
stderr (stdout stays free for scripts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lmt_tracker.cli.common import (
    CLIError,
    open_reader,
    open_store,
    output_path,
    parse_codes,
    parse_date,
)
from lmt_tracker.language import _, counted, said

if TYPE_CHECKING:
    from lmt_tracker.store import Store
    from lmt_tracker.store.sqlite_read import SQLiteReader

T = TypeVar("T")

# A broken rule file is the program's fault, not the user's input: a distinct status.
RULES_BROKEN_STATUS = 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = sub.add_parser("report", help="write a PDF report (renewal summary, transcript)")
    kinds = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    renewal = kinds.add_parser(
        "renewal", help="renewal summary of one credential, certificates attached",
        description="An audit-ready PDF: each requirement mapped to the courses that meet it, "
        "excluded hours with reasons, the rule's sources, an attestation to sign, and every "
        "certificate attached with its SHA-256.")
    renewal.add_argument("--credential", type=int, required=True, metavar="ID",
                         help="the credential's id (see 'lmt-tracker status --json')")
    renewal.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    renewal.add_argument("--as-of", metavar="DATE", help="judge on this date (default today)")
    renewal.set_defaults(func=run_renewal)

    transcript = kinds.add_parser(
        "transcript", help="entry-level training transcript with eligibility",
        description="Training programs, hours by subject and delivery, exam attempts, and "
        "eligibility against the chosen states (default: where you trained and are licensed).")
    transcript.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    transcript.add_argument("--states", metavar="A,B", help="jurisdiction codes, e.g. FL,NY")
    transcript.add_argument("--as-of", metavar="DATE", help="judge on this date (default today)")
    transcript.set_defaults(func=run_transcript)

    calendar = sub.add_parser(
        "calendar", help="export deadlines as an iCalendar (.ics) file",
        description="Credential renewals, CE period ends and MBLEx authorization windows as "
        "all-day events with reminders (setting reminder_days, default 90,60,30,7). "
        "Re-importing a newer file updates the events instead of duplicating them.")
    calendar.add_argument("--out", required=True, metavar="FILE.ics", help="the file to write")
    calendar.add_argument("--as-of", metavar="DATE", help="judge on this date (default today)")
    calendar.set_defaults(func=run_calendar)


def _run(args: argparse.Namespace, suffix: str,
         action: Callable[[Any, Path, dt.date | None], T], *, read_only: bool = False) -> T:
    """Open the store, run one report action, translate its errors.

    ``read_only``: the action only reads, so an SQLite file is read without SQLAlchemy
    (``open_reader``); otherwise the full store, which may write (the calendar keeps
    its namespace in a setting).
    """
    from lmt_tracker.reports.api import ReportError
    from lmt_tracker.rules.loader import RulesError

    target = output_path(args.out, (suffix,))
    as_of = parse_date(args.as_of, "--as-of") if args.as_of else None
    store = open_reader(args) if read_only else open_store(args, create=False)
    try:
        return action(store, target, as_of)
    except ReportError as exc:
        raise CLIError(said(exc)) from exc
    except RulesError as exc:
        raise CLIError(_("the bundled rule files are broken: {error}").format(error=exc),
                       RULES_BROKEN_STATUS) from exc
    finally:
        store.close()


def run_renewal(args: argparse.Namespace) -> int:
    from lmt_tracker.reports.api import write_renewal_pdf

    def act(store: Store | SQLiteReader, target: Path, as_of: dt.date | None) -> Path:
        return write_renewal_pdf(store, args.credential, target, as_of)

    _run(args, ".pdf", act, read_only=True)
    print(_("Renewal summary written to {out}").format(out=args.out), file=sys.stderr)
    return 0


def run_transcript(args: argparse.Namespace) -> int:
    from lmt_tracker.reports.api import write_transcript_pdf

    states = parse_codes(args.states)
    if args.states is not None and not states:
        raise CLIError(_("--states: give jurisdiction codes separated by commas, e.g. FL,NY"))

    def act(store: Store | SQLiteReader, target: Path, as_of: dt.date | None) -> Path:
        return write_transcript_pdf(store, target, states, as_of)

    _run(args, ".pdf", act, read_only=True)
    print(_("Transcript written to {out}").format(out=args.out), file=sys.stderr)
    return 0


def run_calendar(args: argparse.Namespace) -> int:
    from lmt_tracker.reports.api import write_calendar

    def act(store: Store, target: Path, as_of: dt.date | None) -> int:
        return write_calendar(store, target, as_of)

    events = _run(args, ".ics", act)
    print(counted(events, _("{n} deadline written to {out}"), _("{n} deadlines written to {out}"),
                  out=args.out), file=sys.stderr)
    return 0
