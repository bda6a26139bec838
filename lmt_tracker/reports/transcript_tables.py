"""The entry-level transcript as plain tables: record and eligibility results in, rows out.

Programs, hours by subject and delivery, exam attempts (with the MBLEx
authorization window) and one section per chosen jurisdiction, each finding cited.
Drawn by ``transcript.py``; no PDF and no database here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.records import ExamAttempt, Record
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.core.rules_age import RulesAge, rules_age
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.language import _, say
from lmt_tracker.reports.labels import count, date, hours, word
from lmt_tracker.reports.renewal_rows import STATUS_WORDS, Citations, NoteRow, SourceRow, note_row

ZERO = Decimal(0)


@dataclass(frozen=True)
class ProgramRow:
    school: str
    program: str
    start: dt.date | None
    end: dt.date | None
    jurisdiction: str
    total: Decimal

    columns = (_("School"), _("Program"), _("Start"), _("End"), _("State"), _("Hours"))

    def cells(self) -> tuple[str, ...]:
        return (self.school, self.program, date(self.start), date(self.end), self.jurisdiction,
                hours(self.total))


@dataclass(frozen=True)
class HoursMatrix:
    """Hours by subject (rows) and delivery (columns), with totals both ways."""

    deliveries: tuple[str, ...]
    rows: tuple[tuple[str, tuple[Decimal, ...], Decimal], ...]  # (subject, per delivery, total)
    totals: tuple[Decimal, ...]
    total: Decimal

    @property
    def columns(self) -> tuple[str, ...]:
        return (_("Subject"), *(word(d) for d in self.deliveries), _("Total"))

    def cells(self) -> tuple[tuple[str, ...], ...]:
        out = [(word(s), *(hours(h) if h else "—" for h in per), hours(t))
               for s, per, t in self.rows]
        out.append((_("Total"), *(hours(h) for h in self.totals), hours(self.total)))
        return tuple(out)


@dataclass(frozen=True)
class ExamRow:
    exam: str
    jurisdiction: str
    status: str
    applied: dt.date | None
    authorized: dt.date | None
    authorization_ends: dt.date | None
    tested: dt.date | None
    result: dt.date | None

    columns = (_("Exam"), _("State"), _("Status"), _("Applied"), _("Authorized"),
               _("Authorization ends"),
               _("Test date"), _("Result date"))

    def cells(self) -> tuple[str, ...]:
        return (word(self.exam), self.jurisdiction, word(self.status), date(self.applied),
                date(self.authorized), date(self.authorization_ends), date(self.tested),
                date(self.result))


@dataclass(frozen=True)
class FindingRow:
    status: str
    label: str
    needed: Decimal | None
    have: Decimal | None
    message: str
    source: str

    columns = (_("Status"), _("Requirement"), _("Needed"), _("Have"), _("Detail"), _("Ref."))

    def detail(self) -> str:
        """The message, unless it only restates a met figure already in the row."""
        if self.status == "met" and self.needed is not None and self.have is not None:
            return ""
        return self.message

    def cells(self) -> tuple[str, ...]:
        return (STATUS_WORDS.get(self.status, self.status), self.label, hours(self.needed),
                hours(self.have), self.detail(), self.source)


@dataclass(frozen=True)
class EligibilitySection:
    code: str
    name: str
    regulation: str
    eligible: bool | None
    verdict: str
    effective: dt.date | None
    checked: dt.date | None
    rows: tuple[FindingRow, ...]
    sources: tuple[SourceRow, ...]


@dataclass(frozen=True)
class TranscriptReport:
    therapist: str
    birth_date: dt.date | None
    as_of: dt.date
    generated_at: dt.datetime
    programs: tuple[ProgramRow, ...]
    hours: HoursMatrix
    exams: tuple[ExamRow, ...]
    exam_notes: tuple[NoteRow, ...]
    eligibility: tuple[EligibilitySection, ...]
    rules_age: RulesAge | None = None  # the chosen jurisdictions' rules, last checked

    @property
    def title(self) -> str:
        return _("Entry-level training transcript")


def hours_matrix(record: Record) -> HoursMatrix:
    """Every program's hours, summed by subject and delivery (subjects in curriculum order)."""
    deliveries: list[str] = []
    table: dict[str, dict[str, Decimal]] = {}
    for program in record.programs:
        for h in program.hours:
            if h.delivery not in deliveries:
                deliveries.append(h.delivery)
            per = table.setdefault(h.subject, {})
            per[h.delivery] = per.get(h.delivery, ZERO) + h.hours
    rows = tuple((s, tuple(per.get(d, ZERO) for d in deliveries), sum(per.values(), ZERO))
                 for s, per in table.items())
    totals = tuple(sum((per.get(d, ZERO) for per in table.values()), ZERO) for d in deliveries)
    return HoursMatrix(tuple(deliveries), rows, totals, sum(totals, ZERO))


def _exam_row(a: ExamAttempt, authorization_days: int) -> ExamRow:
    ends = a.authorized_date + dt.timedelta(days=authorization_days) if a.authorized_date else None
    return ExamRow(a.exam, a.jurisdiction or "", a.status, a.applied_date, a.authorized_date, ends,
                   a.test_date, a.result_date)


def _eligibility_section(r: EligibilityResult, j: Jurisdiction | None) -> EligibilitySection:
    if r.eligible is True:
        verdict = _("Eligible") + (_(" — with items to confirm") if r.missing else "")
    elif r.eligible is False:
        short = sum(1 for f in r.findings if f.status == "short")
        verdict = _("Not yet eligible: {0} short").format(count(short, 'requirement'))
    else:
        verdict = _("Not regulated by the state, or no entry rule is recorded")
    citations = Citations()
    rows = tuple(FindingRow(f.status, say(f.label), f.needed, f.have,
                            say(f.message), citations.cite(f.source)) for f in r.findings)
    return EligibilitySection(
        code=r.code, name=r.name, regulation=r.regulation, eligible=r.eligible, verdict=verdict,
        effective=r.effective, checked=j.checked if j is not None else None, rows=rows,
        sources=citations.table(),
    )


def transcript_report(
    record: Record,
    eligibility: Sequence[EligibilityResult],
    jurisdictions: Mapping[str, Jurisdiction],
    exam_notes: Sequence[Finding],
    as_of: dt.date,
    generated_at: dt.datetime,
    authorization_days: int = 90,
) -> TranscriptReport:
    """The transcript: programs, hours, exam attempts and each chosen state's verdict."""
    t = record.therapist
    return TranscriptReport(
        therapist=t.full_name if t else "",
        birth_date=t.birth_date if t else None,
        as_of=as_of,
        generated_at=generated_at,
        programs=tuple(ProgramRow(p.school, p.program, p.start_date, p.end_date,
                                  p.jurisdiction or "", p.total_hours) for p in record.programs),
        hours=hours_matrix(record),
        exams=tuple(_exam_row(a, authorization_days) for a in record.exams),
        exam_notes=tuple(note_row(f) for f in exam_notes),
        eligibility=tuple(_eligibility_section(r, jurisdictions.get(r.code))
                          for r in eligibility),
        # the chosen jurisdictions' rules; with none chosen, the whole set the app holds
        rules_age=rules_age(jurisdictions[r.code] for r in eligibility if r.code in jurisdictions)
        or rules_age(jurisdictions.values()),
    )
