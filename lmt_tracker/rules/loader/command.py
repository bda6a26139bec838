"""The command line: ``python -m lmt_tracker.rules.loader [FILES...]`` validates rule files."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from lmt_tracker.domain.core.words import count
from lmt_tracker.rules.loader.files import validate
from lmt_tracker.rules.loader.listing import rule_files


def main(argv: Sequence[str] | None = None) -> int:
    """Validate rule files; print every problem; exit 1 if there is any."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help"):
        print("usage: python -m lmt_tracker.rules.loader [FILE.toml ...]  (default: all files)")
        return 0
    if args:
        paths = [Path(a) for a in args]
    else:
        from lmt_tracker.paths import rules_dir

        paths = rule_files(rules_dir())
    problems = validate(paths)
    for problem in problems:
        print(problem)
    bad = len({p.split(":", 1)[0] for p in problems})
    print(f"{count(len(paths), 'file')} checked, {bad} with problems, "
          f"{count(len(problems), 'problem')}")
    return 1 if problems else 0
