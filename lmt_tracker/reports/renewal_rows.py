"""The rows of a renewal report: plain values, one dataclass per table, ready to draw.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.rules import Source
from lmt_tracker.language import _, say
from lmt_tracker.reports.labels import date, hours, moment, word

STATUS_WORDS = {"met": _("Met"), "short": _("Short"), "to_confirm": _("To confirm"),
                "unverified": _("Unverified"), "info": _("Note")}


@dataclass(frozen=True)
class Verdict:
    """The one-line answer, its tone (met | short | to_confirm) and the supporting lines."""

    tone: str
    headline: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteRow:
    """A finding that is not a requirement: something to confirm, or context."""

    status: str
    label: str
    message: str

    columns = (_("Status"), _("Item"), _("Detail"))

    def cells(self) -> tuple[str, ...]:
        return (STATUS_WORDS.get(self.status, self.status), self.label, self.message)


@dataclass(frozen=True)
class SourceRow:
    """One cited source; rows elsewhere point to it as ``[ref]``."""

    ref: int
    title: str
    section: str
    url: str
    checked: dt.date

    columns = (_("Ref."), _("Source"), _("Section"), _("Address"), _("Checked"))

    def cells(self) -> tuple[str, ...]:
        return (f"[{self.ref}]", self.title, self.section, self.url, date(self.checked))


class Citations:
    """Numbers each distinct source in order of first use: [1], [2] …"""

    def __init__(self) -> None:
        self.rows: dict[str, SourceRow] = {}

    def cite(self, source: Source | None) -> str:
        if source is None:
            return ""
        row = self.rows.get(source.id)
        if row is None:
            row = SourceRow(len(self.rows) + 1, source.title, source.section or "", source.url,
                            source.checked)
            self.rows[source.id] = row
        return f"[{row.ref}]"

    def table(self) -> tuple[SourceRow, ...]:
        return tuple(self.rows.values())


def note_row(f: Finding) -> NoteRow:
    return NoteRow(f.status, say(f.label), say(f.message))


@dataclass(frozen=True)
class RenewalHeader:
    therapist: str
    credential: str  # e.g. "Licensed Massage Therapist (state license)"
    number: str
    credential_status: str
    jurisdiction: str  # e.g. "FL — Florida"
    code: str  # e.g. "FL"
    board: str
    cycle_start: dt.date | None
    cycle_end: dt.date | None
    ce_start: dt.date | None
    ce_end: dt.date | None
    hour_minutes: int
    as_of: dt.date
    generated_at: dt.datetime
    rules_checked: dt.date | None = None  # the jurisdiction's rule data, last checked

    def fields(self) -> tuple[tuple[str, str], ...]:
        """Label/value pairs as printed at the top of the report."""
        out = [
            (_("Therapist"), self.therapist or _("(no profile entered)")),
            (_("Credential"), self.credential),
            (_("Number"), self.number),
            (_("Status"), word(self.credential_status)),
            (_("Jurisdiction"), self.jurisdiction),
        ]
        if self.board:
            out.append((_("Board"), self.board))
        out.append((_("License cycle"), _span(self.cycle_start, self.cycle_end)))
        if (self.ce_start, self.ce_end) != (self.cycle_start, self.cycle_end):
            out.append((_("CE period"), _span(self.ce_start, self.ce_end)))
        out.append((_("Hour length"), _("{0} minutes").format(self.hour_minutes)))
        out.append((_("Judged as of"), date(self.as_of)))
        if self.rules_checked is not None:
            out.append((_("Rules checked"), date(self.rules_checked)))
        out.append((_("Generated"), moment(self.generated_at)))
        return tuple(out)


def _span(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return _("not known")
    return _("{0} to {1}").format(date(start) or '?', date(end) or '?')


def ref_ranges(refs: Sequence[int]) -> str:
    """``#1–#4, #7, #9–#10``: course references, consecutive runs joined."""
    runs: list[list[int]] = []
    for ref in sorted(set(refs)):
        if runs and ref == runs[-1][-1] + 1:
            runs[-1].append(ref)
        else:
            runs.append([ref])
    return ", ".join(f"#{r[0]}" if len(r) == 1 else f"#{r[0]}–#{r[-1]}" for r in runs)


@dataclass(frozen=True)
class RequirementRow:
    label: str
    needed: Decimal | None
    counted: Decimal | None
    status: str
    refs: tuple[int, ...]  # course-list numbers of the courses counted toward it
    titles: tuple[str, ...]  # their titles, same order
    message: str
    source: str  # "[2]": the rule source it rests on

    columns = (_("Requirement"), _("Needed"), _("Counted"), _("Status"), _("Courses that meet it"),
               _("Ref."))
    #: Up to this many courses are named; more are shown as reference ranges.
    NAMED = 4

    def evidence(self) -> str:
        if not self.refs:
            return "—"
        if len(self.refs) > self.NAMED:
            return _("{0} courses: {1}").format(len(self.refs), ref_ranges(self.refs))
        return "; ".join(f"#{r} {t}" for r, t in zip(self.refs, self.titles, strict=True))

    def cells(self) -> tuple[str, ...]:
        return (self.label, hours(self.needed), hours(self.counted),
                STATUS_WORDS.get(self.status, self.status), self.evidence(), self.source)


@dataclass(frozen=True)
class CourseRow:
    ref: int
    completed: dt.date
    title: str
    provider: str
    approvals: str
    delivery: str
    topics: str
    hours: Decimal  # in the rule's hours
    counted: Decimal
    entered: str  # the course's own hours when their length differs, e.g. "8 × 50 min"
    certificate: str  # "C3", or "" when none is stored

    columns = ("#", _("Date"), _("Course and provider"), _("Approval"), _("Delivery"), _("Topics"),
               _("Hours"),
               _("Counted"), _("Cert."))

    def cells(self) -> tuple[str, ...]:
        course = f"{self.title}\n{self.provider}"
        if self.entered:
            course += _("\nentered as {0}").format(self.entered)
        return (str(self.ref), date(self.completed), course, self.approvals, self.delivery,
                self.topics, hours(self.hours), hours(self.counted), self.certificate or "—")


@dataclass(frozen=True)
class ExcludedRow:
    ref: int
    completed: dt.date
    title: str
    excluded: Decimal
    reason: str

    columns = ("#", _("Date"), _("Title"), _("Hours not counted"), _("Reason"))

    def cells(self) -> tuple[str, ...]:
        return (str(self.ref), date(self.completed), self.title, hours(self.excluded), self.reason)


@dataclass(frozen=True)
class CertificateRef:
    """One stored certificate to attach, and the courses (refs) it documents."""

    label: str
    sha256: str
    course_refs: tuple[int, ...]
    lines: tuple[str, ...]  # caption lines naming the courses


@dataclass(frozen=True)
class RenewalReport:
    header: RenewalHeader
    verdict: Verdict
    requirements: tuple[RequirementRow, ...]
    notes: tuple[NoteRow, ...]
    courses: tuple[CourseRow, ...]
    excluded: tuple[ExcludedRow, ...]
    sources: tuple[SourceRow, ...]
    checked: dt.date | None
    attestation: str
    signer: str
    certificates: tuple[CertificateRef, ...]
    #: What the record or rule lacks before the credential can be judged (empty if judged).
    missing: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return f"Renewal summary — {self.header.jurisdiction} {self.header.number}".strip()
