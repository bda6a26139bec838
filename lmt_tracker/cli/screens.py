"""``lmt-tracker screenshots --out DIR``: every screen and main dialog as PNG files.

Renders offscreen (no display needed) with the chosen database, for the README,
for reviewing the look of a change, and as a test that every screen builds.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from lmt_tracker.cli.common import CLIError, database_target
from lmt_tracker.language import _, counted, said


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "screenshots", help="render every screen and main dialog to PNG (offscreen)",
        description="Open the app invisibly on the chosen database, show each screen and the "
        "main dialogs in turn, and save each as a PNG in DIR.")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    parser.add_argument("--theme", choices=("light", "dark", "high_contrast"),
                        default="light",
                        help="colour theme of the pictures (default light)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CLIError(_("--out {out!r}: cannot create the folder ({error})").format(
            out=args.out, error=exc.strerror)) from exc
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from lmt_tracker.gui.screenshots import render_all
    from lmt_tracker.store import StoreError

    try:
        written = render_all(database_target(args), out, theme_name=args.theme)
    except StoreError as exc:
        raise CLIError(said(exc)) from exc
    for path in written:
        print(path, file=sys.stderr)
    print(counted(len(written), _("{n} screenshot written to {out}"),
                  _("{n} screenshots written to {out}"), out=out), file=sys.stderr)
    return 0
