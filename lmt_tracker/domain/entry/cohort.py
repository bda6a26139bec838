"""A school cohort audit: every graduate against chosen jurisdictions, as a matrix.

The engine (``eligibility``) judges; this module only chooses the columns, runs the
cohort through the engine in chunks (so a GUI can show progress and cancel) and
counts. Members of a cohort that the rules cannot tell apart share one result tuple,
so anything derived per result (cell text, JSON) can be memoised by object identity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.phrases import N_, plural
from lmt_tracker.domain.core.records import Graduate
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.core.rules_age import RulesAge, rules_age
from lmt_tracker.domain.entry.applicant import Applicant
from lmt_tracker.domain.entry.compiled import NOT_REGULATED, EligibilityResult
from lmt_tracker.domain.entry.eligibility import eligibility_for_cohort

ELIGIBLE: Final = "eligible"
SHORT: Final = "short"
NOT_JUDGED: Final = "not_regulated"
#: National bodies (NCBTMB, AMTA) are not licensing jurisdictions for a graduate.
NATIONAL: Final = "national"
CHUNK: Final = 1000

Progress = Callable[[int, int], None]


class UnknownJurisdictions(ValueError):
    """Codes asked for that no rule file defines."""

    def __init__(self, codes: Sequence[str], known: Iterable[str]) -> None:
        self.codes = tuple(codes)
        super().__init__(plural(len(self.codes), N_("unknown jurisdiction code {codes}; known: "
                                                     "{known}"),
                                N_("unknown jurisdiction codes {codes}; known: {known}"),
                                codes=", ".join(codes), known=", ".join(sorted(known))))


def regulating(jurisdictions: Mapping[str, Jurisdiction], as_of: dt.date) -> list[Jurisdiction]:
    """The default columns: states, DC and territories whose rule in force regulates.

    ``none`` and ``voluntary`` give no verdict, and national certifications are not
    where a new graduate applies, so a matrix of them would only add noise.
    """
    out = [
        j
        for j in jurisdictions.values()
        if j.kind != NATIONAL and j.current(as_of).regulation not in NOT_REGULATED
    ]
    return sorted(out, key=lambda j: j.code)


def choose(
    jurisdictions: Mapping[str, Jurisdiction], codes: Sequence[str] | None, as_of: dt.date
) -> list[Jurisdiction]:
    """The jurisdictions named by ``codes`` (in that order), or the regulating default."""
    if not codes:
        return regulating(jurisdictions, as_of)
    unknown = [c for c in codes if c not in jurisdictions]
    if unknown:
        raise UnknownJurisdictions(unknown, jurisdictions)
    return [jurisdictions[c] for c in dict.fromkeys(codes)]


def state_of(result: EligibilityResult) -> str:
    if result.eligible is None:
        return NOT_JUDGED
    return ELIGIBLE if result.eligible else SHORT


def shortfalls(result: EligibilityResult) -> tuple[Finding, ...]:
    return tuple(f for f in result.findings if f.status == "short")


def to_confirm(result: EligibilityResult) -> tuple[Finding, ...]:
    """Open items that are not shortfalls: things the school's data cannot settle."""
    return tuple(f for f in result.findings if f.is_open and f.status != "short")


@dataclass(frozen=True, slots=True)
class Column:
    code: str
    name: str
    regulation: str


@dataclass(frozen=True, slots=True)
class GraduateAudit:
    graduate: Graduate
    results: tuple[EligibilityResult, ...]  # one per column, same order
    eligible_count: int = 0  # jurisdictions where eligible
    short_count: int = 0  # jurisdictions where short

    @classmethod
    def of(cls, graduate: Graduate, results: tuple[EligibilityResult, ...]) -> GraduateAudit:
        eligible = sum(1 for r in results if r.eligible)
        short = sum(1 for r in results if r.eligible is False)
        return cls(graduate, results, eligible, short)


@dataclass(frozen=True)
class CohortAudit:
    as_of: dt.date
    columns: tuple[Column, ...]
    rows: tuple[GraduateAudit, ...]
    eligible_counts: tuple[int, ...]  # per column
    short_counts: tuple[int, ...]
    rules_age: RulesAge | None = None  # when the rules judged by were checked (PDF footer)

    def index_of(self, code: str) -> int:
        for i, c in enumerate(self.columns):
            if c.code == code:
                return i
        raise KeyError(code)

    @property
    def eligible_everywhere(self) -> int:
        judged = sum(1 for c in self.columns if c.regulation not in NOT_REGULATED)
        return sum(1 for r in self.rows if r.eligible_count == judged and judged)


def _likeness(a: Applicant) -> tuple[object, ...]:
    """A sort key that puts applicants the engine may judge alike next to each other."""
    return (a.profile, tuple(p.exam for p in a.exams_passed), a.exam_attempts,
            a.birth_date or dt.date.min, a.program_start or dt.date.min,
            tuple(p.date or dt.date.min for p in a.exams_passed))


def audit_cohort(
    graduates: Sequence[Graduate],
    jurisdictions: Sequence[Jurisdiction],
    as_of: dt.date,
    progress: Progress | None = None,
) -> CohortAudit:
    """Judge every graduate against every jurisdiction on ``as_of`` (the application date).

    The engine judges each class of alike applicants once per call, so the cohort is
    sorted by likeness before it is cut into chunks (for ``progress(done, total)``,
    which may raise to cancel): a class then rarely spans two chunks.
    """
    applicants = [Applicant.from_graduate(g, as_of) for g in graduates]
    total = len(applicants)
    order = sorted(range(total), key=lambda i: _likeness(applicants[i]))
    judged: list[tuple[EligibilityResult, ...]] = [()] * total
    for start in range(0, total, CHUNK):
        chunk = order[start:start + CHUNK]
        batch = eligibility_for_cohort([applicants[i] for i in chunk], jurisdictions, as_of)
        for i, results in zip(chunk, batch, strict=True):
            judged[i] = results
        if progress is not None:
            progress(min(start + CHUNK, total), total)
    # Alike graduates share one results tuple: count each tuple once, times its members.
    first: dict[int, GraduateAudit] = {}
    members: dict[int, int] = {}
    rows: list[GraduateAudit] = []
    for g, results in zip(graduates, judged, strict=True):
        key = id(results)
        seen = first.get(key)
        if seen is None:
            row = first[key] = GraduateAudit.of(g, results)
        else:
            row = GraduateAudit(g, results, seen.eligible_count, seen.short_count)
        members[key] = members.get(key, 0) + 1
        rows.append(row)
    eligible = [0] * len(jurisdictions)
    short = [0] * len(jurisdictions)
    for key, row in first.items():
        for i, r in enumerate(row.results):
            if r.eligible:
                eligible[i] += members[key]
            elif r.eligible is False:
                short[i] += members[key]
    columns = tuple(Column(j.code, j.name, j.current(as_of).regulation) for j in jurisdictions)
    return CohortAudit(as_of, columns, tuple(rows), tuple(eligible), tuple(short),
                       rules_age(jurisdictions))
