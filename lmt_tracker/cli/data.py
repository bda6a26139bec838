"""``export``, ``import``, ``backup``, ``backups`` and ``restore``: whole-database safety commands.

Every storage failure is printed as its message and its way out (``StoreError.remedy``);
``restore`` works even on a database that can no longer be opened, because that is
exactly when it is needed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lmt_tracker.cli.common import CLIError, database_target, open_store, output_path, print_json


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

    p = sub.add_parser("backups", help="list the automatic backups of the database")
    p.add_argument("--json", action="store_true", help="print one JSON list")
    p.add_argument("--all", action="store_true",
                   help="list every database's backups kept in the same folder")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--keep-in", metavar="DIR",
                       help="from now on keep this database's automatic backups in DIR "
                            "(remembered on this computer)")
    where.add_argument("--keep-beside", action="store_true",
                       help="keep them beside the database again (the default)")
    p.set_defaults(func=run_backups)

    p = sub.add_parser("restore",
                       help="replace the database with a backup (the current one is kept)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help="a backup file")
    which.add_argument("--latest", action="store_true",
                       help="the newest intact automatic backup of this database")
    p.set_defaults(func=run_restore)


def _fail(exc: Exception) -> CLIError:
    return CLIError(str(exc))


def _write_failed(out: str, exc: OSError) -> CLIError:
    from lmt_tracker.portable import DiskFullError

    if isinstance(exc, DiskFullError):  # names the file, the space needed and the way out
        return CLIError(str(exc))
    return CLIError(f"--out {out!r}: cannot write: {exc.strerror}")


def _database_file(args: argparse.Namespace) -> Path:
    from lmt_tracker.store.engine import parse_target

    target = parse_target(database_target(args))
    if target.path is None:
        raise CLIError("backups and restore work on SQLite database files; for a server "
                       "database use its own tools (pg_dump) or 'export'")
    return target.path


def run_export(args: argparse.Namespace) -> int:
    from lmt_tracker.io.exchange import export_to
    from lmt_tracker.store import StoreError

    out = output_path(args.out, (".json",))
    store = open_store(args, create=False)
    try:
        size = export_to(store, out)
    except StoreError as exc:
        raise _fail(exc) from exc
    except OSError as exc:
        raise _write_failed(args.out, exc) from exc
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
    from lmt_tracker.io.restore import backup_to
    from lmt_tracker.store import StoreError

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CLIError(f"--out {args.out!r}: the folder {str(out.parent)!r} does not exist")
    store = open_store(args, create=False)
    try:
        backup_to(store, out)
    except StoreError as exc:
        raise _fail(exc) from exc
    except OSError as exc:
        raise _write_failed(args.out, exc) from exc
    finally:
        store.close()
    print(f"Backed up {store.target.describe()} to {out}.", file=sys.stderr)
    return 0


def run_backups(args: argparse.Namespace) -> int:
    """List copies without opening the database, which may be the damaged file in question."""
    from lmt_tracker.store import StoreError
    from lmt_tracker.store.backup_list import backups_folder, list_backups
    from lmt_tracker.store.backups import choose_folder

    database = _database_file(args)
    if args.keep_in or args.keep_beside:
        try:
            choose_folder(database, Path(args.keep_in).expanduser() if args.keep_in else None)
        except StoreError as exc:
            raise CLIError(f"--keep-in {args.keep_in!r}: {exc}") from exc
        except OSError as exc:
            raise CLIError(f"cannot remember the backups folder: {exc.strerror}") from exc
        print(f"Automatic backups of {database} will be kept in {backups_folder(database)}.",
              file=sys.stderr)
        return 0
    found = list_backups(database, every=args.all)
    if args.json:
        print_json([b.as_json() for b in found])
        return 0
    if not found:
        whose = "any database" if args.all else str(database)
        print(f"No backups of {whose} in {backups_folder(database)}.", file=sys.stderr)
        return 0
    for b in found:
        name = f"{b.database}  " if args.all else ""
        print(f"{b.created:%Y-%m-%d %H:%M}  {name}{b.label:<34} {_size(b.size):>9}  {b.path}")
    return 0


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n:.1f} GB"


def run_restore(args: argparse.Namespace) -> int:
    from lmt_tracker.io.restore import restore_backup, restore_latest
    from lmt_tracker.store import StoreError

    database = _database_file(args)
    try:
        if args.latest:
            done = restore_latest(database)
        else:
            source = Path(args.file)
            if not source.is_file():
                raise CLIError(f"{args.file}: no such file")
            done = restore_backup(database, source)
    except StoreError as exc:
        raise _fail(exc) from exc
    if done.aside is None:
        kept = ""
    elif done.replaced_unreadable:
        kept = f" The damaged or unreadable file was kept, byte for byte, at {done.aside}."
    else:
        kept = f" The previous contents are kept at {done.aside}."
    print(f"Restored {done.source} into {database}.{kept}", file=sys.stderr)
    return 0
