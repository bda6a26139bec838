"""An example under every command's ``--help`` (its argparse epilog), kept in one place.

A reader of ``--help`` (and of the man page and the shell completions made from the same
parser) learns a command fastest from one line that works, so every parser, each
subcommand included, gets one; ``tests/cli/test_help_examples.py`` fails when a command
has none or an example no longer parses. Examples are attached after the command
modules have registered their parsers, so those modules need not change.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

# The command's words after "lmt-tracker" → example command lines (without the program; a
# "# …" comment says what a line does where the command alone does not).
EXAMPLES: dict[str, tuple[str, ...]] = {
    "": ("                                  # opens the app",
         "--db ~/records/lmt.sqlite3        # the app, on this database",
         "status                            # what each credential still needs"),
    "demo": ("--db /tmp/demo.sqlite3 demo", "--db /tmp/big.sqlite3 demo --courses 10000"),
    "export": ("export --out ~/lmt-tracker-export.json",),
    "import": ("import ~/lmt-tracker-export.json",),
    "backup": ("backup --out ~/lmt-tracker-backup.lmtbackup",),
    "backups": ("backups", "backups --keep-in ~/Backups"),
    "restore": ("restore ~/lmt-tracker-backup.lmtbackup", "restore --latest"),
    "rules": ("rules list", "rules show FL"),
    "rules list": ("rules list --json",),
    "rules show": ("rules show NY", "rules show FL --as-of 2025-01-01 --json"),
    "rules pack": ("rules pack --out lmt-rules-2026-12.zip --key release.pem",),
    "rules update": ("rules update --dry-run lmt-rules-2026-12.zip",
                     "rules update lmt-rules-2026-12.zip"),
    "rules rollback": ("rules rollback",),
    "rules status": ("rules status",),
    "rules override": ("rules override list",),
    "rules override set": ('rules override set FL ce.hours 28 --note "board letter, 2026-11-02"',),
    "rules override list": ("rules override list --json",),
    "rules override remove": ("rules override remove FL ce.hours",),
    "eligibility": ("eligibility --hours 650 --exam mblex=pass --states FL,NY",
                    "eligibility --hours 500 --subject anatomy_physiology=150 --json"),
    "status": ("status", "status --as-of 2027-08-31 --json"),
    "report": ("report renewal --credential 1 --out renewal.pdf",),
    "report renewal": ("report renewal --credential 1 --out renewal.pdf",),
    "report transcript": ("report transcript --out transcript.pdf --states FL,TX",),
    "calendar": ("calendar --out deadlines.ics",),
    "audit": ("audit class.csv --states FL,NY --out audit.pdf",
              "audit class.xlsx --map columns.toml --summary --json"),
    "certificate": ("certificate read certificate.pdf",),
    "certificate read": ("certificate read certificate.pdf --json",),
    "certificate add": ("certificate add ~/Downloads/*.pdf",),
    "screenshots": ("--db /tmp/demo.sqlite3 screenshots --out shots --theme dark",),
    "desktop": ("desktop install",),
    "desktop install": ("desktop install",),
    "desktop uninstall": ("desktop uninstall",),
}


class ExampleFormatter(argparse.HelpFormatter):
    """Wraps descriptions as usual but keeps the example lines of an epilog as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n  lmt-tracker" in text:  # "examples:" (in any language), then the lines
            return "\n".join(indent + line for line in text.splitlines())
        return super()._fill_text(text, width, indent)


def epilog(lines: tuple[str, ...]) -> str:
    title = "example:" if len(lines) == 1 else "examples:"
    return "\n".join([title, *(f"  lmt-tracker {line}".rstrip() for line in lines)])


def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """A parser's direct subcommands by name."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def walk(
    parser: argparse.ArgumentParser, path: str = ""
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every parser under ``parser`` with its command words (``""`` for the top)."""
    yield path, parser
    for name, sub in subparsers(parser).items():
        yield from walk(sub, f"{path} {name}".strip())


def attach(parser: argparse.ArgumentParser) -> None:
    """Give every parser its examples (and the formatter that keeps them as lines)."""
    for path, each in walk(parser):
        lines = EXAMPLES.get(path)
        if lines and not each.epilog:
            each.epilog = epilog(lines)
            each.formatter_class = ExampleFormatter
