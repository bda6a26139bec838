"""``export``, ``import``, ``backup`` and ``restore``: whole-database safety commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lmt_tracker.cli.common import CLIError, open_store, output_path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="write everything (certificates included) to a JSON file")
    p.add_argument("--out", required=True, metavar="FILE.json")
    p.set_defaults(func=run_export)

    p = sub.add_parser("import", help="read an export file into the database")
    p.add_argument("file", metavar="FILE.json")
    p.add_argument("--replace", action="store_true",
                   help="replace a non-empty database's contents (a backup is made first)")
    p.set_defaults(func=run_import)

    p = sub.add_parser("backup", help="copy the whole database file (safe while the app runs)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=run_restore)


def _fail(exc: Exception) -> CLIError:
    return CLIError(str(exc))


def run_export(args: argparse.Namespace) -> int:
    from lmt_tracker.io.exchange import export_to

    out = output_path(args.out, (".json",))
    store = open_store(args, create=False)
    try:
        size = export_to(store, out)
    finally:
        store.close()
    print(f"Exported to {out} ({size:,} bytes).", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from lmt_tracker.io.bundle import DocumentError
    from lmt_tracker.io.exchange import import_from
    from lmt_tracker.store import StoreError

    source = Path(args.file)
    if not source.is_file():
        raise CLIError(f"{args.file}: no such file")
    store = open_store(args)
    try:
        backup = import_from(store, source, replace=args.replace)
    except (DocumentError, StoreError) as exc:
        raise _fail(exc) from exc
    finally:
        store.close()
    kept = f" The previous contents were backed up to {backup}." if backup else ""
    print(f"Imported {source.name} into {store.target.describe()}.{kept}", file=sys.stderr)
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from lmt_tracker.io.exchange import backup_to
    from lmt_tracker.store import StoreError

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CLIError(f"--out {args.out!r}: the folder {str(out.parent)!r} does not exist")
    store = open_store(args, create=False)
    try:
        backup_to(store, out)
    except StoreError as exc:
        raise _fail(exc) from exc
    finally:
        store.close()
    print(f"Backed up {store.target.describe()} to {out}.", file=sys.stderr)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from lmt_tracker.io.exchange import restore_from
    from lmt_tracker.store import StoreError

    source = Path(args.file)
    if not source.is_file():
        raise CLIError(f"{args.file}: no such file")
    store = open_store(args)
    try:
        aside = restore_from(store, source)
    except StoreError as exc:
        raise _fail(exc) from exc
    finally:
        store.close()
    print(f"Restored {source} into {store.target.describe()}; the previous contents are kept "
          f"at {aside}.", file=sys.stderr)
    return 0
