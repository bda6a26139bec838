"""``lmt-tracker demo``: fill an empty database with the deterministic sample."""

from __future__ import annotations

import argparse
import sys

from lmt_tracker.cli.common import CLIError, open_store
from lmt_tracker.language import _, counted


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("demo", help="fill an empty database with realistic sample data")
    parser.add_argument(
        "--courses",
        type=int,
        default=0,
        metavar="N",
        help="add N synthetic CE courses (for scale tests)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from lmt_tracker.io.demo import demo_bundle
    from lmt_tracker.store.bulk import write_bundle

    if args.courses < 0 or args.courses > 1_000_000:
        raise CLIError(_("--courses {n}: choose a number from 0 to 1000000").format(n=args.courses))
    store = open_store(args)
    try:
        if not store.is_empty():
            raise CLIError(_(
                "{database} already holds records; the demo fills only an empty database "
                "(use --db NEW.sqlite3)").format(database=store.target.describe()))
        bundle = demo_bundle(extra_courses=args.courses)
        write_bundle(store, bundle, replace=False)
    finally:
        store.close()
    graduates = sum(len(k.graduates) for k in bundle.classes)
    print(_("Demo data written to {database}: {credentials}, {courses}, {certificates}, "
            "{graduates}.").format(
        database=store.target.describe(),
        credentials=counted(len(bundle.credentials), _("{n} credential"), _("{n} credentials")),
        courses=counted(len(bundle.courses), _("{n} course"), _("{n} courses")),
        certificates=counted(len(bundle.certificates), _("{n} certificate"),
                             _("{n} certificates")),
        graduates=counted(graduates, _("{n} graduate"), _("{n} graduates"))),
        file=sys.stderr)
    return 0
