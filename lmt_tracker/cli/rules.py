"""``lmt-tracker rules list|show``: the shipped jurisdiction rules, as a table or JSON."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from lmt_tracker.cli.common import CLIError, parse_date, print_json
from lmt_tracker.language import _, say

if TYPE_CHECKING:
    # Every command builds this module's parser: importing the rule records here would
    # cost every CLI call (--version included) about 30 ms. They load with the rules.
    from lmt_tracker.domain.core.rules import Jurisdiction

# A broken rule file is the program's fault, not the user's input: a distinct status.
RULES_BROKEN_STATUS = 1


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "rules",
        help="show the jurisdiction rules the app judges by; update them from a rule pack",
        description="The licensing rules of every state, DC, Puerto Rico and national "
        "credential, with their sources.",
    )
    commands = parser.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", required=True)

    listing = commands.add_parser("list", help="one line per jurisdiction")
    _common_options(listing)
    listing.set_defaults(func=run_list)

    show = commands.add_parser("show", help="the whole rule of one jurisdiction, every version")
    show.add_argument("code", metavar="CODE", help="jurisdiction code, e.g. FL or NCBTMB")
    _common_options(show)
    show.set_defaults(func=run_show)

    from lmt_tracker.cli import rule_packs

    rule_packs.register(commands)


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help="judge which version is in force on this date (YYYY-MM-DD; default today)",
    )


def _as_of(args: argparse.Namespace) -> dt.date:
    return parse_date(args.as_of, "--as-of") if args.as_of else dt.date.today()


def _jurisdictions() -> dict[str, Jurisdiction]:
    """The shipped rules; a broken rule file becomes a readable error listing its problems."""
    from lmt_tracker.rules.loader import RulesError, load_all

    try:
        return load_all()
    except RulesError as exc:
        listed = "\n  ".join(say(p) for p in exc.problems)
        raise CLIError(
            _("the rule files have problems:\n  {problems}").format(problems=listed),
            status=RULES_BROKEN_STATUS,
        ) from None


def run_list(args: argparse.Namespace) -> int:
    from lmt_tracker.rules import as_json as rules_json
    from lmt_tracker.rules import as_text as rules_text

    on = _as_of(args)
    jurisdictions = _jurisdictions()
    if args.json:
        print_json([rules_json.summary(j, on) for j in jurisdictions.values()])
    else:
        print(rules_text.list_table(jurisdictions, on))
        print()
        print(say(rules_text.age_text(jurisdictions.values(), dt.date.today())))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from lmt_tracker.rules import as_json as rules_json
    from lmt_tracker.rules.show_text import show_text

    on = _as_of(args)
    jurisdictions = _jurisdictions()
    code = args.code.strip().upper()
    if code not in jurisdictions:
        raise CLIError(_(
            "no jurisdiction with code {code!r}; "
            "run `lmt-tracker rules list` to see the codes (e.g. FL, NY, NCBTMB)"
        ).format(code=args.code))
    if args.json:
        print_json(rules_json.jurisdiction_json(jurisdictions[code], on))
    else:
        print(show_text(jurisdictions[code], on))
    return 0
