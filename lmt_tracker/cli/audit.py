"""``lmt-tracker audit CLASS.csv|CLASS.xlsx``: a school's graduates against the states' entry rules.

The school's own column names are read through a mapping (exact names, common
synonyms, or ``--map MAP.toml``). Exit status: 0 when every row was read, 1 when some
rows were refused (the rest are still audited, saved and exported), 2 when the input
is unusable (no such file, not a class list, a required column missing, dates whose
day/month order the file cannot settle, a bad map file, an unknown state code) — then
nothing is audited or stored. Refused rows are listed on stderr (and in the JSON
document's ``errors``). The database is touched only with ``--save``, in one transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from lmt_tracker.cli.common import (
    CLIError,
    open_store,
    output_path,
    parse_codes,
    parse_date,
)
from lmt_tracker.language import _, counted, said, say

if TYPE_CHECKING:
    from lmt_tracker.domain.core.records import Graduate
    from lmt_tracker.domain.entry.cohort import CohortAudit
    from lmt_tracker.io.school_csv import ParsedClass

MAX_NAME = 300  # the database's limit for school and class names


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "audit",
        help="audit a school class (CSV or .xlsx) against the states' entry requirements",
        description="Read a class list (CSV or Excel .xlsx; its columns are in the user "
        "guide, Help › User guide in the app) and judge every graduate against each "
        "jurisdiction's entry rule. Exit 0: all rows read; 1: some rows refused (the rest "
        "audited); 2: unusable input.",
    )
    p.add_argument("file", metavar="CLASS.csv|CLASS.xlsx", help="the class list")
    p.add_argument("--map", metavar="MAP.toml", help="which of the file's columns is which "
                   "field, and how to read its dates and decimals")
    p.add_argument("--sheet", metavar="NAME",
                   help="the workbook sheet to read (default: the first visible one)")
    p.add_argument("--states", metavar="A,B",
                   help="only these jurisdictions (default: every state that regulates)")
    p.add_argument("--as-of", metavar="DATE", help="application date (default: today)")
    p.add_argument("--out", metavar="FILE", help="also write the audit to FILE.csv or FILE.pdf")
    p.add_argument("--transcripts", metavar="DIR", help="also write a transcript PDF per "
                   "graduate into DIR, and all of them in one PDF with a bookmark each")
    p.add_argument("--summary", action="store_true", help="print the class at a glance: "
                   "eligible graduates per state and the most common shortfalls")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--save", action="store_true",
                   help="store the good rows as a class (needs --school and --class); "
                   "re-importing a corrected file updates it")
    p.add_argument("--school", metavar="NAME", help="school name (for --save and the PDF)")
    p.add_argument("--class", dest="class_name", metavar="NAME",
                   help="class name, e.g. 'Class of 2025' (for --save and the PDF)")
    p.set_defaults(func=run)


def _name(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    if not value or len(value) > MAX_NAME:
        raise CLIError(_("{option}: give a name of 1 to {most} characters").format(
            option=option, most=MAX_NAME))
    return value


def _check(args: argparse.Namespace) -> tuple[Path | None, str | None, str | None]:
    school, klass = _name(args.school, "--school"), _name(args.class_name, "--class")
    if args.save and not (school and klass):
        raise CLIError(_(
            "--save needs --school NAME and --class NAME (where to store the class)"))
    out = output_path(args.out, (".csv", ".pdf")) if args.out else None
    return out, school, klass


def _read(args: argparse.Namespace) -> ParsedClass:
    from lmt_tracker.io.class_cells import AmbiguousDates
    from lmt_tracker.io.class_map_file import MapFile, read_map
    from lmt_tracker.io.class_mapping import MappingError
    from lmt_tracker.io.class_table import ClassFileError
    from lmt_tracker.io.school_csv import read_class_file

    mapping: MapFile | None = None
    if args.map:
        try:
            mapping = read_map(args.map)
        except MappingError as exc:
            raise CLIError(f"--map: {said(exc)}") from None
    if args.sheet:
        mapping = replace(mapping, sheet=args.sheet) if mapping else MapFile({}, sheet=args.sheet)
    try:
        return read_class_file(args.file, dt.date.today(), mapping)
    except AmbiguousDates as exc:
        raise CLIError(f"{args.file}: {said(exc)}") from None
    except ClassFileError as exc:
        raise CLIError(f"{args.file}: {said(exc)}") from None


def run(args: argparse.Namespace) -> int:
    from lmt_tracker.domain.entry.cohort import UnknownJurisdictions, audit_cohort, choose
    from lmt_tracker.rules.loader import load_all

    out, school, klass = _check(args)
    transcripts = Path(args.transcripts) if args.transcripts else None
    if transcripts is not None and transcripts.exists() and not transcripts.is_dir():
        raise CLIError(_("--transcripts: {path} is a file; give a folder").format(
            path=transcripts))
    on = parse_date(args.as_of, "--as-of") if args.as_of else dt.date.today()
    try:
        jurisdictions = choose(load_all(), parse_codes(args.states), on)
    except UnknownJurisdictions as exc:
        raise CLIError(f"--states: {said(exc)}") from None
    parsed = _read(args)
    audit = audit_cohort(parsed.graduates, jurisdictions, on)
    if args.save:
        _save(args, school or "", klass or "", parsed.graduates)
    if out is not None:
        try:
            _write(out, audit, parsed, school, klass)
        except OSError as exc:
            from lmt_tracker.portable import DiskFullError

            if isinstance(exc, DiskFullError):  # the file, the space needed, the way out
                raise CLIError(said(exc)) from None
            raise CLIError(_("cannot write {path}: {error}").format(
                path=out, error=exc.strerror or exc)) from None
    if transcripts is not None:
        _transcripts(transcripts, audit, school, klass)
    for error in parsed.errors:
        print(f"{Path(args.file).name}: {say(str(error))}", file=sys.stderr)
    if parsed.refused:
        print(_("{refused} of {read} rows refused; the other {audited} were audited.").format(
            refused=parsed.refused, read=parsed.rows_read, audited=len(parsed.graduates)),
            file=sys.stderr)
    if args.json:
        _print_json(audit, parsed, args.summary)
    elif args.summary:
        _print_glance(audit)
    else:
        _print_summary(audit)
    return 1 if parsed.refused else 0


def _transcripts(folder: Path, audit: CohortAudit, school: str | None,
                 klass: str | None) -> None:
    import time

    from lmt_tracker.reports.graduate_transcript import write_transcripts

    title = " — ".join(x for x in (school, klass) if x)
    started = time.perf_counter()
    try:
        written = write_transcripts(audit, folder, title)
    except OSError as exc:
        from lmt_tracker.portable import DiskFullError

        if isinstance(exc, DiskFullError):
            raise CLIError(said(exc)) from None
        raise CLIError(_("cannot write transcripts in {folder}: {error}").format(
            folder=folder, error=exc.strerror or exc)) from None
    print(counted(len(written.files),
                  _("Wrote {n} transcript and {combined} in {folder} "
                    "({size} bytes, {seconds} s)."),
                  _("Wrote {n} transcripts and {combined} in {folder} "
                    "({size} bytes, {seconds} s)."),
                  combined=written.combined.name, folder=folder, size=f"{written.size:,}",
                  seconds=f"{time.perf_counter() - started:.1f}"), file=sys.stderr)


def _save(args: argparse.Namespace, school: str, klass: str,
          graduates: Sequence[Graduate]) -> None:
    from lmt_tracker.domain.core.validation import RecordInvalid
    from lmt_tracker.store import StoreError

    if not graduates:
        print(_("Nothing saved: no row could be read."), file=sys.stderr)
        return
    store = open_store(args)
    try:
        _saved_class, inserted, updated = store.save_class(school, klass, graduates)
    except (StoreError, RecordInvalid) as exc:
        raise CLIError(_("not saved: {error}").format(error=said(exc))) from None
    finally:
        store.close()
    print(_("Saved {school} / {klass}: {added}, {updated} updated.").format(
        school=school, klass=klass, updated=updated,
        added=counted(inserted, _("{n} graduate added"), _("{n} graduates added"))),
        file=sys.stderr)


def _write(out: Path, audit: CohortAudit, parsed: ParsedClass, school: str | None,
           klass: str | None) -> None:
    if out.suffix.lower() == ".csv":
        from lmt_tracker.io.audit_export import write_audit_csv

        size = write_audit_csv(audit, out)
    else:
        from lmt_tracker.reports.cohort_pdf import CohortReportInfo, write_cohort_pdf

        title = " — ".join(x for x in (school, klass) if x) or out.stem
        size = write_cohort_pdf(audit, CohortReportInfo(title), out, parsed.errors)
    print(_("Wrote {out} ({size} bytes).").format(out=out, size=f"{size:,}"), file=sys.stderr)


def _print_json(audit: CohortAudit, parsed: ParsedClass, summary: bool = False) -> None:
    """The one JSON document (``io.audit_json``); with ``--summary`` the counts only."""
    from lmt_tracker.io.audit_json import write_audit_json, write_summary_json

    errors = [e.to_json() for e in parsed.errors]
    if summary:
        from lmt_tracker.domain.entry.cohort_summary import summarize

        write_summary_json(sys.stdout, summarize(audit).to_json(), errors)
    else:
        write_audit_json(sys.stdout, audit, errors)


def _print_summary(audit: CohortAudit) -> None:
    total = len(audit.rows)
    print(counted(total, _("{n} graduate audited against {jurisdictions} as of {on}."),
                  _("{n} graduates audited against {jurisdictions} as of {on}."),
                  on=audit.as_of.isoformat(),
                  jurisdictions=counted(len(audit.columns), _("{n} jurisdiction"),
                                        _("{n} jurisdictions"))))
    for column, ok in zip(audit.columns, audit.eligible_counts, strict=True):
        print(f"  {column.code:3} {column.name:24} "
              + _("{ok:>6} of {total} eligible").format(ok=ok, total=total))
    for row in audit.rows:
        short = [c.code for c, r in zip(audit.columns, row.results, strict=True)
                 if r.eligible is False]
        where = "; " + _("short in {codes}").format(codes=", ".join(short)) if short else ""
        print(f"{row.graduate.student_id}  {row.graduate.name}: "
              + _("eligible in {ok} of {judged}").format(
                  ok=row.eligible_count, judged=row.eligible_count + len(short)) + where)


def _print_glance(audit: CohortAudit) -> None:
    """The class at a glance: a bar per state, then the most common shortfalls."""
    from lmt_tracker.domain.entry.cohort_summary import summarize

    summary = summarize(audit)
    total = summary.graduates
    print(counted(total, _("{n} graduate, as of {on}: eligible per state"),
                  _("{n} graduates, as of {on}: eligible per state"), on=summary.as_of_text))
    for s in sorted(summary.states, key=lambda s: (-s.eligible, s.code)):
        bar = "#" * round(20 * s.share)
        print(f"  {s.code:3} {s.name[:22]:22} "
              + _("{ok:>6} of {total}").format(ok=s.eligible, total=total)
              + f" {100 * s.share:5.1f}%  {bar}")
    if summary.shortfalls:
        print(_("Most common shortfalls (graduates short of it in at least one state):"))
        for f in summary.shortfalls[:15]:
            states = ", ".join(f.states[:8]) + (" …" if len(f.states) > 8 else "")
            print(f"  {f.graduates:>6}  {f.label} — {states}")
