"""The report functions the GUI and the command line call: store in, file out.

This is the only report module that reads the database. It loads the record,
asks the domain for a judgement, turns it into tables, renders, and writes the
file atomically (temporary file, then rename), so a crash or a full disk never
leaves a half-written PDF where a good one was. Problems the user can fix (an
unknown credential, a retired one, a folder that does not exist) raise
``ReportError`` with a sentence to show as is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.records import Certificate, Credential, Record
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.entry.applicant import Applicant
from lmt_tracker.domain.entry.eligibility import eligibility_for
from lmt_tracker.domain.exams import AUTHORIZATION_DAYS, mblex_findings
from lmt_tracker.domain.status import credential_status, evaluate_status
from lmt_tracker.reports.renewal_rows import RenewalReport
from lmt_tracker.reports.tables import renewal_report
from lmt_tracker.reports.transcript_tables import TranscriptReport, transcript_report
from lmt_tracker.store import StoreError

if TYPE_CHECKING:
    # Not imported at run time: ``Store`` brings SQLAlchemy, and the PDF reports are
    # also written from a ``SQLiteReader`` (``store.open_for_reading``), which does not.
    from lmt_tracker.store import Store
    from lmt_tracker.store.sqlite_read import SQLiteReader

CALENDAR_NAMESPACE = "calendar_namespace"


class ReportError(Exception):
    """A report cannot be made as asked; the message (a phrase: ``domain.core.phrases``)
    says why and what to do."""


def _rules() -> dict[str, Jurisdiction]:
    from lmt_tracker.rules.loader import load_all

    return load_all()


def _store_rules(store: Store | SQLiteReader, today: dt.date) -> dict[str, Jurisdiction]:
    """The rules in force with the user's overrides (shown as "your override" in reports)."""
    from lmt_tracker.rules.in_force import judged_rules

    return judged_rules(store.rule_overrides(), today)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def _check_target(path: Path | str) -> Path:
    target = Path(path)
    if target.is_dir():
        raise ReportError(ph(N_("{path} is a folder; give a file name"), path=str(target)))
    if not target.parent.is_dir():
        raise ReportError(ph(N_("cannot write {path}: the folder {folder} does not exist"),
                             path=str(target), folder=str(target.parent)))
    return target


def _write(target: Path, data: bytes) -> Path:
    from lmt_tracker.portable import DiskFullError, atomic_write

    try:
        atomic_write(target, data)
    except DiskFullError as exc:  # already names the file, the space and the way out
        raise ReportError(exc.text) from exc
    except OSError as exc:
        raise ReportError(ph(N_("cannot write {path}: {why}"), path=str(target),
                             why=str(exc.strerror or exc))) from exc
    return target


def _credential(record: Record, credential_id: int) -> Credential:
    for credential in record.credentials:
        if credential.id == credential_id:
            if credential.status == "retired":
                raise ReportError(ph(
                    N_("credential {id} ({code} {number}) is retired: it has no renewal to "
                       "summarise"), id=credential_id, code=credential.jurisdiction,
                    number=credential.number))
            return credential
    known = ", ".join(f"{c.id} ({c.jurisdiction} {c.number})" for c in record.credentials)
    raise ReportError(ph(N_("credential {id} does not exist; known credentials: {known}"),
                         id=credential_id, known=known) if known else
                      ph(N_("credential {id} does not exist; none is stored yet"),
                         id=credential_id))


# -- renewal summary ---------------------------------------------------------------------


def build_renewal(
    record: Record,
    credential_id: int,
    as_of: dt.date,
    generated_at: dt.datetime,
    rules: Mapping[str, Jurisdiction] | None = None,
) -> RenewalReport:
    """The renewal summary's tables for one credential (no database, no PDF)."""
    rules = _rules() if rules is None else rules
    credential = _credential(record, credential_id)
    by_code = {code.upper(): j for code, j in rules.items()}
    status = credential_status(credential, by_code, record, as_of)
    jurisdiction = by_code.get(credential.jurisdiction.strip().upper())
    return renewal_report(status, record.therapist, jurisdiction, as_of, generated_at)


def renewal_pdf(report: RenewalReport, files: Mapping[str, Certificate | None]) -> bytes:
    from lmt_tracker.reports.renewal import render_renewal

    return render_renewal(report, files)


def write_renewal_pdf(store: Store | SQLiteReader, credential_id: int, path: Path | str,
                      as_of: dt.date | None = None) -> Path:
    """Write the renewal summary of one credential, with every certificate attached."""
    target = _check_target(path)
    on = as_of or store.today()
    report = build_renewal(store.load_record(), credential_id, on, _now(), _store_rules(store, on))
    files = {ref.sha256: store.certificate(ref.sha256) for ref in report.certificates}
    return _write(target, renewal_pdf(report, files))


# -- transcript --------------------------------------------------------------------------


def default_states(record: Record, rules: Mapping[str, Jurisdiction]) -> list[str]:
    """The states a transcript is judged against when none are chosen: where the therapist
    trained and where they hold a state license."""
    found: list[str] = []
    wanted = [p.jurisdiction for p in record.programs] + [
        c.jurisdiction for c in record.credentials if c.kind == "state_license"]
    for code in wanted:
        code = (code or "").strip().upper()
        if code in rules and code not in found:
            found.append(code)
    return found


def _chosen(states: Sequence[str], rules: Mapping[str, Jurisdiction]) -> list[str]:
    chosen = []
    for code in states:
        code = code.strip().upper()
        if code not in rules:
            raise ReportError(ph(N_("no rule file for {code}; choose from: {codes}"),
                                 code=repr(code), codes=", ".join(sorted(rules))))
        if code not in chosen:
            chosen.append(code)
    return chosen


def build_transcript(
    record: Record,
    states: Sequence[str] | None,
    as_of: dt.date,
    generated_at: dt.datetime,
    rules: Mapping[str, Jurisdiction] | None = None,
) -> TranscriptReport:
    """The transcript's tables: ``states`` None means :func:`default_states`."""
    rules = _rules() if rules is None else {c.upper(): j for c, j in rules.items()}
    codes = default_states(record, rules) if states is None else _chosen(states, rules)
    picked = [rules[c] for c in codes]
    results = eligibility_for(Applicant.from_record(record, as_of), picked, as_of)
    return transcript_report(record, results, rules, mblex_findings(record.exams, as_of),
                             as_of, generated_at, AUTHORIZATION_DAYS)


def write_transcript_pdf(store: Store | SQLiteReader, path: Path | str,
                         states: Sequence[str] | None = None,
                         as_of: dt.date | None = None) -> Path:
    """Write the entry-level transcript, judged against ``states`` (default: your states)."""
    from lmt_tracker.reports.transcript import render_transcript

    target = _check_target(path)
    on = as_of or store.today()
    report = build_transcript(store.load_record(), states, on, _now(), _store_rules(store, on))
    return _write(target, render_transcript(report))


# -- calendar ----------------------------------------------------------------------------


def _namespace(store: Store) -> str:
    """A random id kept in the database, so two databases never share event UIDs.

    A database that cannot be written (read-only file) falls back to an id derived
    from its location: still stable from one export to the next.
    """
    found = store.setting(CALENDAR_NAMESPACE)
    if not found:
        found = uuid.uuid4().hex
        try:
            store.set_setting(CALENDAR_NAMESPACE, found)
        except StoreError:
            found = uuid.uuid5(uuid.NAMESPACE_URL, store.target.describe()).hex
    return found


def write_calendar(store: Store, path: Path | str, as_of: dt.date | None = None) -> int:
    """Write every deadline as an iCalendar file; returns the number of events."""
    from lmt_tracker import __version__
    from lmt_tracker.io.calendar import deadlines, reminder_days, to_ics

    target = _check_target(path)
    record = store.load_record()
    on = as_of or store.today()
    statuses = evaluate_status(record, _store_rules(store, on), on)
    items = deadlines(statuses, record.exams)
    reminders = reminder_days(store.setting("reminder_days"))
    _write(target, to_ics(items, reminders, _namespace(store), _now(), __version__))
    return len(items)
