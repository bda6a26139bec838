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
from lmt_tracker.language import _, said


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
    p.add_argument("--out", required=True, metavar="FILE.lmtbackup",
                   help="where to write the copy; a name without an extension gets .lmtbackup "
                        "(the backup type the app opens), any other name is kept as given")
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
    which.add_argument("file", nargs="?", metavar="FILE",
                       help="a backup file (.lmtbackup, or an older copy under any name)")
    which.add_argument("--latest", action="store_true",
                       help="the newest intact automatic backup of this database")
    p.set_defaults(func=run_restore)


def _fail(exc: Exception) -> CLIError:
    return CLIError(said(exc))


def _write_failed(out: str, exc: OSError) -> CLIError:
    from lmt_tracker.portable import DiskFullError

    if isinstance(exc, DiskFullError):  # names the file, the space needed and the way out
        return CLIError(said(exc))
    return CLIError(_("--out {out!r}: cannot write: {error}").format(out=out, error=exc.strerror))


def _database_file(args: argparse.Namespace) -> Path:
    from lmt_tracker.store.engine import parse_target

    target = parse_target(database_target(args))
    if target.path is None:
        raise CLIError(_("backups and restore work on SQLite database files; for a server "
                         "database use its own tools (pg_dump) or 'export'"))
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
    print(_("Exported to {out} ({size} bytes).").format(out=out, size=_grouped(size)),
          file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from lmt_tracker.io.bundle import DocumentError
    from lmt_tracker.io.exchange import import_from
    from lmt_tracker.store import StoreError

    source = Path(args.file)
    if not source.is_file():
        raise CLIError(_("{file}: no such file").format(file=args.file))
    store = open_store(args)
    try:
        backup = import_from(store, source, replace=args.replace)
    except (DocumentError, StoreError) as exc:
        raise _fail(exc) from exc
    finally:
        store.close()
    kept = " " + _("The previous contents were backed up to {backup}.").format(
        backup=backup) if backup else ""
    print(_("Imported {file} into {database}.").format(
        file=source.name, database=store.target.describe()) + kept, file=sys.stderr)
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from lmt_tracker.documents import with_backup_suffix
    from lmt_tracker.io.restore import backup_to
    from lmt_tracker.store import StoreError

    out = with_backup_suffix(Path(args.out))
    if not out.parent.is_dir():
        raise CLIError(_("--out {text!r}: the folder {folder!r} does not exist").format(
            text=args.out, folder=str(out.parent)))
    store = open_store(args, create=False)
    try:
        backup_to(store, out)
    except StoreError as exc:
        raise _fail(exc) from exc
    except OSError as exc:
        raise _write_failed(args.out, exc) from exc
    finally:
        store.close()
    print(_("Backed up {database} to {out}.").format(database=store.target.describe(), out=out),
          file=sys.stderr)
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
            raise CLIError(_("cannot remember the backups folder: {error}").format(
                error=exc.strerror)) from exc
        print(_("Automatic backups of {database} will be kept in {folder}.").format(
            database=database, folder=backups_folder(database)), file=sys.stderr)
        return 0
    found = list_backups(database, every=args.all)
    if args.json:
        print_json([b.as_json() for b in found])
        return 0
    if not found:
        whose = _("any database") if args.all else str(database)
        print(_("No backups of {database} in {folder}.").format(
            database=whose, folder=backups_folder(database)), file=sys.stderr)
        return 0
    for b in found:
        name = f"{b.database}  " if args.all else ""
        label = _backup_label(b)
        print(f"{b.created:%Y-%m-%d %H:%M}  {name}{label:<34} {_size(b.size):>9}  {b.path}")
    return 0


def N_(text: str) -> str:
    """Marks a word for the catalog (``make i18n``); ``_`` translates it where printed."""
    return text


#: ``store.backup_list.LABELS``, marked for the catalog (the JSON keeps them in English).
_BACKUP_WORDS = (N_("Daily copy"), N_("Before an import"), N_("Before a restore"),
                 N_("Before a schema upgrade"), N_("Damaged file set aside"))


def _backup_label(backup) -> str:  # type: ignore[no-untyped-def]
    """Why a copy was made, in the language in use."""
    from lmt_tracker.store.backup_list import LABELS

    text = _(LABELS[backup.reason])
    revision = getattr(backup, "revision", None)
    return _("{label} (schema {revision})").format(label=text, revision=revision) \
        if revision else text


def _grouped(n: int) -> str:
    """A whole number with its thousands grouped as the language writes them."""
    from lmt_tracker import language

    return f"{n:,}".replace(",", " ") if language.code() == "es" else f"{n:,}"


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
                raise CLIError(_("{file}: no such file").format(file=args.file))
            done = restore_backup(database, source)
    except StoreError as exc:
        raise _fail(exc) from exc
    if done.aside is None:
        kept = ""
    elif done.replaced_unreadable:
        kept = " " + _("The damaged or unreadable file was kept, byte for byte, at {path}.").format(
            path=done.aside)
    else:
        kept = " " + _("The previous contents are kept at {path}.").format(path=done.aside)
    print(_("Restored {source} into {database}.").format(source=done.source, database=database)
          + kept, file=sys.stderr)
    return 0
