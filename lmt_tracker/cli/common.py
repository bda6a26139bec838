"""Shared command-line plumbing: errors, the database choice, JSON output, argument parsing."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lmt_tracker.store import Store
    from lmt_tracker.store.sqlite_read import SQLiteReader

from lmt_tracker.language import _, said


class CLIError(Exception):
    """Bad input or an impossible request: printed on stderr, exit ``status``."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def database_target(args: argparse.Namespace) -> str:
    """The database the user chose: ``--db``, else ``$LMT_TRACKER_DB``, else the default file."""
    from lmt_tracker import paths

    chosen = getattr(args, "db", None) or paths.database_from_env()
    return chosen if chosen else str(paths.default_database())


def open_store(args: argparse.Namespace, *, create: bool = True) -> Store:
    """Open (and migrate) the chosen database, turning storage errors into CLI errors."""
    from lmt_tracker.store import StoreError, open_database

    try:
        return open_database(database_target(args), create=create)
    except StoreError as exc:
        raise CLIError(said(exc)) from exc


def open_reader(args: argparse.Namespace) -> Store | SQLiteReader:
    """Open the chosen database for a command that only reads (``store.open_for_reading``).

    An SQLite file at the current schema is read without importing SQLAlchemy (about
    0.3 s of a 0.4 s command); the same checks refuse the same files with the same
    messages as ``open_store(args, create=False)``, which anything else goes through.
    """
    from lmt_tracker.store import StoreError, open_for_reading

    try:
        return open_for_reading(database_target(args))
    except StoreError as exc:
        raise CLIError(said(exc)) from exc


def print_json(document: Any) -> None:
    # One write of the whole text (``json.dump`` writes each of its ~100,000 pieces for a
    # 10,000-course status separately), its long lists encoded by json's C encoder.
    from lmt_tracker.cli.json_text import indented

    sys.stdout.write(indented(document, _json_default) + "\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def parse_date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CLIError(_("{what}: {text!r} is not a date; use YYYY-MM-DD, e.g. 2026-03-31").format(
            what=what, text=text)) from None


def parse_hours(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise CLIError(_("{what}: {text!r} is not a number of hours; use e.g. 500 or 12.5").format(
            what=what, text=text)) from None
    if not value.is_finite() or value < 0:
        raise CLIError(_("{what}: {text!r} must be zero or more hours").format(
            what=what, text=text))
    if value > 100000:
        raise CLIError(_("{what}: {text!r} hours is not plausible; check the figure").format(
            what=what, text=text))
    return value


def parse_codes(text: str | None) -> list[str] | None:
    if not text:
        return None
    return [part.strip().upper() for part in text.split(",") if part.strip()]


def output_path(text: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(text)
    if path.suffix.lower() not in suffixes:
        raise CLIError(_("--out {text!r}: the file name must end in {suffixes}").format(
            text=text, suffixes=_(" or ").join(suffixes)))
    if not path.parent.exists():
        raise CLIError(_("--out {text!r}: the folder {folder!r} does not exist").format(
            text=text, folder=str(path.parent)))
    return path


def run_gui(args: argparse.Namespace) -> int:
    """The app on ``--db`` or ``$LMT_TRACKER_DB``; with neither, the app picks the last
    real database the user had open (never the demo file), else the default file."""
    from lmt_tracker import paths
    from lmt_tracker.gui.app import run

    return run(getattr(args, "db", None) or paths.database_from_env() or "",
               smoke=bool(args.smoke))
