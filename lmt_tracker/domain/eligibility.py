"""Entry-level eligibility: does an applicant's training and exam record meet a jurisdiction?

Each jurisdiction's entry rule is compiled once into an :class:`EntryChecker`. The
hours part of a judgement depends only on the applicant's *training profile* (hours
by subject and delivery), which a school cohort shares, so it is memoised by profile.
The personal part (exams, age, program start) depends only on comparisons with a few
threshold dates, so a whole cohort collapses into a handful of *classes*; see
:func:`eligibility_for_cohort`. Messages never quote a personal value that the class
does not fix, so every member of a class gets the same, correct result.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Final

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.findings import (
    UNVERIFIED_NOTE,
    Finding,
    fmt_hours,
    hours_finding,
    json_number,
    rule_key_label,
)
from lmt_tracker.domain.records import Graduate, Record
from lmt_tracker.domain.rules import EntryRule, ExamRequirement, Jurisdiction, RuleVersion

ZERO: Final = Decimal(0)
NOT_REGULATED: Final = frozenset({"none", "voluntary"})
#: Exams that belong to one jurisdiction: a pass elsewhere does not count.
STATE_EXAMS: Final = frozenset({"state_exam", "jurisprudence", "practical_exam"})
CPR_SUBJECT: Final = "first_aid_cpr"

ProfileKey = tuple[Decimal, tuple[tuple[str, Decimal], ...], Decimal, Decimal, Decimal]


@dataclass(frozen=True, slots=True)
class PassedExam:
    exam: str
    date: dt.date | None = None
    jurisdiction: str | None = None  # for state and law exams


@dataclass(frozen=True, slots=True)
class Applicant:
    """What entry rules look at: hours, exams, age and dates. Build with the classmethods."""

    application_date: dt.date
    total_hours: Decimal = ZERO
    subject_hours: tuple[tuple[str, Decimal], ...] = ()  # sorted by subject
    online_hours: Decimal = ZERO
    clinical_hours: Decimal = ZERO
    online_cpr_hours: Decimal = ZERO  # online hours of first_aid_cpr (for cpr_counts)
    exams_passed: tuple[PassedExam, ...] = ()
    exam_attempts: tuple[tuple[str, int], ...] = ()  # exam -> attempts sat (passed or failed)
    birth_date: dt.date | None = None
    age: int | None = None  # used when the birth date is unknown
    program_start: dt.date | None = None
    authorized_by: frozenset[str] = frozenset()  # jurisdictions that authorized the MBLEx

    # -- construction -------------------------------------------------------------------
    @classmethod
    def of(
        cls,
        on: dt.date,
        *,
        total_hours: Decimal | int | str = 0,
        subjects: Mapping[str, Decimal | int | str] | None = None,
        online_hours: Decimal | int | str = 0,
        clinical_hours: Decimal | int | str = 0,
        exams: Iterable[str | PassedExam] = (),
        age: int | None = None,
        birth_date: dt.date | None = None,
        program_start: dt.date | None = None,
    ) -> Applicant:
        """A convenient builder for the command line and tests."""
        passed = tuple(e if isinstance(e, PassedExam) else PassedExam(e) for e in exams)
        return cls(
            application_date=on,
            total_hours=Decimal(total_hours),
            subject_hours=tuple(sorted((k, Decimal(v)) for k, v in (subjects or {}).items())),
            online_hours=Decimal(online_hours),
            clinical_hours=Decimal(clinical_hours),
            exams_passed=passed,
            age=age,
            birth_date=birth_date,
            program_start=program_start,
        )

    @classmethod
    def from_record(cls, record: Record, on: dt.date) -> Applicant:
        """Training programs, exam attempts and birth date of a therapist's record."""
        subjects: dict[str, Decimal] = {}
        total = online = clinical = online_cpr = ZERO
        starts: list[dt.date] = []
        for program in record.programs:
            if program.start_date is not None:
                starts.append(program.start_date)
            for h in program.hours:
                total += h.hours
                subjects[h.subject] = subjects.get(h.subject, ZERO) + h.hours
                if h.delivery == "online":
                    online += h.hours
                    if h.subject == CPR_SUBJECT:
                        online_cpr += h.hours
                elif h.delivery == "clinical":
                    clinical += h.hours
        passed: list[PassedExam] = []
        attempts: dict[str, int] = {}
        authorized: set[str] = set()
        for attempt in record.exams:
            when = attempt.result_date or attempt.test_date
            if attempt.status in ("passed", "failed") and (when is None or when <= on):
                attempts[attempt.exam] = attempts.get(attempt.exam, 0) + 1
            if attempt.status == "passed" and (when is None or when <= on):
                passed.append(PassedExam(attempt.exam, when, attempt.jurisdiction))
            if attempt.exam == "mblex" and attempt.jurisdiction:
                authorized.add(attempt.jurisdiction)
        birth = record.therapist.birth_date if record.therapist else None
        return cls(
            application_date=on,
            total_hours=total,
            subject_hours=tuple(sorted(subjects.items())),
            online_hours=online,
            clinical_hours=clinical,
            online_cpr_hours=online_cpr,
            exams_passed=tuple(passed),
            exam_attempts=tuple(sorted(attempts.items())),
            birth_date=birth,
            program_start=min(starts) if starts else None,
            authorized_by=frozenset(authorized),
        )

    @classmethod
    def from_graduate(cls, graduate: Graduate, on: dt.date) -> Applicant:
        """A school's graduate row (totals, subject hours, MBLEx)."""
        passed: tuple[PassedExam, ...] = ()
        attempts: tuple[tuple[str, int], ...] = ()
        if graduate.mblex == "pass" and (graduate.mblex_date is None or graduate.mblex_date <= on):
            passed = (PassedExam("mblex", graduate.mblex_date),)
            attempts = (("mblex", 1),)
        elif graduate.mblex == "fail":
            attempts = (("mblex", 1),)
        return cls(
            application_date=on,
            total_hours=graduate.total_hours,
            subject_hours=tuple(sorted(graduate.subject_hours)),
            online_hours=graduate.online_hours,
            clinical_hours=graduate.clinical_hours,
            exams_passed=passed,
            exam_attempts=attempts,
            birth_date=graduate.birth_date,
            program_start=graduate.program_start,
        )

    # -- derived ------------------------------------------------------------------------
    @property
    def profile(self) -> ProfileKey:
        """The training profile: everything the hours checks look at."""
        return (
            self.total_hours,
            self.subject_hours,
            self.online_hours,
            self.clinical_hours,
            self.online_cpr_hours,
        )

    def age_on(self, on: dt.date) -> int | None:
        b = self.birth_date
        if b is not None:
            return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
        return self.age

    def attempts(self, exam: str) -> int:
        for name, count in self.exam_attempts:
            if name == exam:
                return count
        return 0


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    """One jurisdiction's verdict. ``eligible`` is None where the state does not regulate
    (or no entry rule is recorded); False when any requirement is short; True otherwise,
    possibly with items to confirm in ``missing``."""

    code: str
    name: str
    regulation: str
    eligible: bool | None
    findings: tuple[Finding, ...] = ()
    effective: dt.date | None = None  # the rule version used for entry

    @property
    def missing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_open)

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "regulation": self.regulation,
            "eligible": self.eligible,
            "missing": [f.to_missing_json() for f in self.findings if f.is_open],
        }


# ---------------------------------------------------------------------------------------
# Compiled checkers
# ---------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def years_before(on: dt.date, years: int) -> dt.date:
    """``on`` minus ``years`` calendar years (29 February falls back to the 28th)."""
    found: dt.date = on - relativedelta(years=years)
    return found


def _group_key(group: Sequence[str]) -> str:
    return "+".join(group)


def _label_lower(label: str) -> str:
    return label[:1].lower() + label[1:] if label[:2] != label[:2].upper() else label


class EntryChecker:
    """One rule version's entry requirements, precompiled; hours findings memoised."""

    __slots__ = (
        "_authorization",
        "_constant",
        "_exams",
        "_finding_memo",
        "_hours_memo",
        "_subjects",
        "code",
        "entry",
        "version",
    )

    def __init__(self, code: str, version: RuleVersion, entry: EntryRule) -> None:
        self.code = code
        self.version = version
        self.entry = entry
        self._hours_memo: dict[ProfileKey, tuple[Finding, ...]] = {}
        self._finding_memo: dict[tuple[object, ...], Finding] = {}
        self._subjects = tuple(
            (sm, _group_key(sm.group), _label_lower(sm.label)) for sm in entry.subjects
        )
        self._exams: tuple[tuple[ExamRequirement, frozenset[str], str], ...] = tuple(
            (req, frozenset(req.any_of), _exam_phrase(req)) for req in entry.exams
        )
        self._authorization = bool(
            entry.exam_policy is not None
            and entry.exam_policy.state_authorization
            and any("mblex" in req.any_of for req in entry.exams)
        )
        self._constant = self._compile_constant()

    # -- constant findings (the same for every applicant) ------------------------------
    def _compile_constant(self) -> tuple[Finding, ...]:
        entry = self.entry
        out: list[Finding] = []
        for cond in entry.conditions:
            out.append(
                Finding(
                    kind="other",
                    key=cond.key,
                    label=cond.label,
                    status="to_confirm",
                    message=f"{cond.label}: required before a licence is issued — "
                    "your record cannot show it, confirm it yourself",
                    source=cond.source,
                )
            )
        for key, note in sorted(entry.unknown.items()):
            kind = "hours" if "hours" in key else "exam" if "exam" in key else "other"
            out.append(
                Finding(
                    kind=kind,
                    key=key,
                    label=rule_key_label(key),
                    status="unverified",
                    message=f"{rule_key_label(key)}: {UNVERIFIED_NOTE}"
                    + (f" ({note})" if note else ""),
                    source=entry.source,
                )
            )
        return tuple(out)

    # -- hours (memoised by training profile) ------------------------------------------
    def hours_findings(self, applicant: Applicant) -> tuple[Finding, ...]:
        key = applicant.profile
        found = self._hours_memo.get(key)
        if found is None:
            found = self._hours(applicant)
            self._hours_memo[key] = found
        return found

    def _finding(self, key: tuple[object, ...], make: Callable[[], Finding]) -> Finding:
        """Findings are memoised by the numbers in them: profiles share most of them."""
        found = self._finding_memo.get(key)
        if found is None:
            found = make()
            self._finding_memo[key] = found
        return found

    def _hours(self, a: Applicant) -> tuple[Finding, ...]:
        e = self.entry
        out: list[Finding] = []
        subjects = dict(a.subject_hours)
        cpr = subjects.get(CPR_SUBJECT, ZERO)
        cpr_excluded = ZERO if e.cpr_counts else cpr
        online = a.online_hours - (ZERO if e.cpr_counts else min(a.online_cpr_hours, cpr))
        online = max(online, ZERO)
        allowed = online
        why = ""
        if not e.online_counts:
            allowed = ZERO
            why = "online training hours do not count"
        else:
            if e.max_online_hours is not None and e.max_online_hours < allowed:
                allowed = e.max_online_hours
                why = f"at most {fmt_hours(e.max_online_hours)} online hours count"
            if e.max_online_share is not None:
                base = e.total_hours if e.total_hours is not None else a.total_hours
                cap = base * e.max_online_share
                if cap < allowed:
                    allowed = cap
                    why = (
                        f"online hours count up to {json_number(e.max_online_share * 100)}% "
                        f"of {fmt_hours(base)} hours"
                    )
        online_excluded = online - allowed
        counted = max(a.total_hours - cpr_excluded - online_excluded, ZERO)
        if e.total_hours is not None:
            total_hours = e.total_hours
            out.append(
                self._finding(
                    ("total", counted),
                    lambda: hours_finding(
                        kind="hours",
                        key="total_hours",
                        label="Total training hours",
                        needed=total_hours,
                        have=counted,
                        source=e.source,
                        what="supervised training",
                        unverified="total_hours" in e.unverified,
                    ),
                )
            )
        if online_excluded > 0:
            out.append(
                self._finding(
                    ("online", online, allowed, why),
                    lambda: Finding(
                        kind="delivery",
                        key="online",
                        label="Online training hours",
                        status="info",
                        message=f"{fmt_hours(online_excluded)} of {fmt_hours(online)} online "
                        f"hours do not count toward the total: {why}",
                        needed=allowed,
                        have=online,
                        source=e.source,
                    ),
                )
            )
        if cpr_excluded > 0:
            out.append(
                self._finding(
                    ("cpr", cpr),
                    lambda: Finding(
                        kind="subject",
                        key=CPR_SUBJECT,
                        label="First aid and CPR",
                        status="info",
                        message=f"{fmt_hours(cpr_excluded)} first aid/CPR hours are required "
                        "training but do not count toward the total",
                        have=cpr,
                        source=e.source,
                    ),
                )
            )
        if e.min_clinical_hours is not None:
            clinical_min = e.min_clinical_hours
            clinical = a.clinical_hours
            out.append(
                self._finding(
                    ("clinical", clinical),
                    lambda: hours_finding(
                        kind="delivery",
                        key="clinical",
                        label="Supervised clinic hours",
                        needed=clinical_min,
                        have=clinical,
                        source=e.source,
                        what="supervised student clinic",
                        unverified="min_clinical_hours" in e.unverified,
                    ),
                )
            )
        unverified_subjects = "subjects" in e.unverified
        for i, (sm, key, what) in enumerate(self._subjects):
            have = ZERO
            for name in sm.group:
                got = subjects.get(name)
                if got is not None:
                    have += got
            out.append(
                self._finding(
                    ("subject", i, have),
                    lambda sm=sm, key=key, what=what, have=have: hours_finding(  # type: ignore[misc]
                        kind="subject",
                        key=key,
                        label=sm.label,
                        needed=sm.hours,
                        have=have,
                        source=sm.source,
                        what=what,
                        unverified=unverified_subjects,
                    ),
                )
            )
        return tuple(out)

    # -- personal part: exams, age, exam policy ----------------------------------------
    def personal_findings(self, a: Applicant) -> list[Finding]:
        e = self.entry
        on = a.application_date
        out: list[Finding] = []
        for req, accepted, phrase in self._exams:
            cutoff = years_before(on, req.within_years) if req.within_years else None
            status = "short"
            for p in a.exams_passed:
                if p.exam not in accepted:
                    continue
                if p.exam in STATE_EXAMS and p.jurisdiction not in (None, self.code):
                    continue
                if p.date is not None and p.date > on:
                    continue
                if cutoff is None or (p.date is not None and p.date >= cutoff):
                    status = "met"
                    break
                if p.date is None:
                    status = "to_confirm"
            key = "|".join(req.any_of)
            if status == "met":
                message = f"{req.label}: passed — met"
            elif status == "to_confirm":
                message = (
                    f"{req.label}: passed, but the date is not recorded; it must be within "
                    f"{req.within_years} years before applying — enter the date or confirm"
                )
            else:
                message = f"Needs a passing result on {phrase}"
                if req.within_years:
                    message += f", passed within {req.within_years} years before applying"
            out.append(
                Finding(
                    kind="exam",
                    key=key,
                    label=req.label,
                    status=status,
                    message=message,
                    source=req.source,
                )
            )
        if self._authorization and e.exam_policy is not None:
            ok = self.code in a.authorized_by
            out.append(
                Finding(
                    kind="exam",
                    key="state_authorization",
                    label="Board authorization before the MBLEx",
                    status="met" if ok else "to_confirm",
                    message=(
                        "The board authorized your MBLEx — met"
                        if ok
                        else "The board must approve your application before you sit the "
                        "MBLEx: confirm it did (or apply to the board first)"
                    ),
                    source=e.exam_policy.source,
                )
            )
        if e.exam_policy is not None and e.exam_policy.max_attempts is not None:
            limit = e.exam_policy.max_attempts
            exams = sorted({x for req in e.exams for x in req.any_of})
            over = [x for x in exams if a.attempts(x) > limit]
            if over:
                out.append(
                    Finding(
                        kind="exam",
                        key="max_attempts",
                        label="Exam attempts",
                        status="to_confirm",
                        message=f"More than {limit} attempts at {', '.join(over)}: the board "
                        "sets extra requirements after that — confirm what it asks of you",
                        needed=Decimal(limit),
                        source=e.exam_policy.source,
                    )
                )
        if e.min_age is not None:
            age = a.age_on(on)
            if age is None:
                status, message = (
                    "to_confirm",
                    f"Minimum age {e.min_age}: enter your birth date, or confirm you are "
                    f"at least {e.min_age}",
                )
            elif age >= e.min_age:
                status, message = "met", f"Minimum age {e.min_age} — met"
            else:
                status, message = (
                    "short",
                    f"Must be at least {e.min_age} years old when applying",
                )
            out.append(
                Finding(
                    kind="other",
                    key="min_age",
                    label="Minimum age",
                    status=status,
                    message=message,
                    needed=Decimal(e.min_age),
                    source=e.source,
                )
            )
        return out

    @property
    def constant(self) -> tuple[Finding, ...]:
        return self._constant

    def findings(self, a: Applicant) -> tuple[Finding, ...]:
        return self.hours_findings(a) + tuple(self.personal_findings(a)) + self._constant


def _exam_phrase(req: ExamRequirement) -> str:
    names = [EXAM_NAMES.get(x, x) for x in req.any_of]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


EXAM_NAMES: Final = {
    "mblex": "the MBLEx",
    "ncbtmb_exam": "an NCBTMB national exam (NCETM/NCETMB)",
    "bcetmb": "the NCBTMB board-certification exam",
    "state_exam": "the state's own licensing exam",
    "jurisprudence": "the state's law (jurisprudence) exam",
    "practical_exam": "a practical exam",
    "amma": "the AMMA exam",
    "ncca": "the NCCAOM Asian bodywork exam",
}


@dataclass(frozen=True, slots=True)
class _Selection:
    checker: EntryChecker | None
    version: RuleVersion | None
    notes: tuple[Finding, ...] = ()


class CompiledJurisdiction:
    """A jurisdiction's entry rules for every version, compiled once."""

    __slots__ = ("_checkers", "_starts", "code", "jurisdiction", "name")

    def __init__(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        self.code = jurisdiction.code
        self.name = jurisdiction.name
        self._checkers: dict[int, EntryChecker] = {}
        for i, v in enumerate(jurisdiction.versions):
            if v.entry is not None:
                self._checkers[i] = EntryChecker(jurisdiction.code, v, v.entry)
        self._starts = tuple(v.effective for v in jurisdiction.versions)

    @property
    def boundaries(self) -> tuple[dt.date, ...]:
        """Dates where the version in force can change (for cohort classes)."""
        out = set(self._starts)
        for v in self.jurisdiction.versions:
            if v.ends is not None:
                out.add(v.ends + dt.timedelta(days=1))
        return tuple(sorted(out))

    def checkers(self) -> tuple[EntryChecker, ...]:
        return tuple(self._checkers.values())

    def _index_on(self, on: dt.date) -> int | None:
        versions = self.jurisdiction.versions
        for i in range(len(versions) - 1, -1, -1):
            if versions[i].in_force(on):
                return i
        return None

    def select(self, a: Applicant) -> _Selection:
        on = a.application_date
        i = self._index_on(on)
        if i is None:
            return _Selection(None, None)
        version = self.jurisdiction.versions[i]
        checker = self._checkers.get(i)
        if checker is None or checker.entry.selected_by != "program_start":
            return _Selection(checker, version)
        if a.program_start is None:
            note = Finding(
                kind="other",
                key="program_start",
                label="Program start date",
                status="to_confirm",
                message="Program start date unknown: judged by the rule for programs "
                f"starting now; a program begun before {version.effective.isoformat()} "
                "may follow an older rule — enter the start date",
                source=checker.entry.source,
            )
            return _Selection(checker, version, (note,))
        j = self._index_on(a.program_start)
        if j is None or j == i or j not in self._checkers:
            return _Selection(checker, version)
        older = self._checkers[j]
        note = Finding(
            kind="other",
            key="program_start",
            label="Program start date",
            status="info",
            message="Your program started before "
            f"{version.effective.isoformat()}: judged by the rule in force then "
            f"(effective {older.version.effective.isoformat()})",
            source=checker.entry.source,
        )
        return _Selection(older, version, (note,))

    def evaluate(
        self,
        a: Applicant,
        ctx: _CohortCache | None = None,
        pid: int = 0,
        kid: int = 0,
    ) -> EligibilityResult:
        if ctx is None:
            sel = self.select(a)
        else:
            skey = (id(self), kid)
            cached = ctx.selection.get(skey)
            if cached is None:
                cached = ctx.selection[skey] = self.select(a)
            sel = cached
        if sel.version is None:
            first = self.jurisdiction.versions[0].effective if self.jurisdiction.versions else None
            msg = "No rule recorded for this date" + (
                f" (the first recorded rule starts {first.isoformat()})" if first else ""
            )
            return EligibilityResult(
                code=self.code,
                name=self.name,
                regulation="none",
                eligible=None,
                findings=(
                    Finding(kind="other", key="rule", label="Rule", status="info", message=msg),
                ),
            )
        version = sel.version
        if version.regulation == "none":
            return EligibilityResult(
                code=self.code,
                name=self.name,
                regulation="none",
                eligible=None,
                findings=(
                    Finding(
                        kind="other",
                        key="regulation",
                        label="Regulation",
                        status="info",
                        message=f"{self.name} issues no state massage credential; "
                        "cities or counties may regulate",
                        source=version.sources[0] if version.sources else None,
                    ),
                ),
                effective=version.effective,
            )
        if sel.checker is None:
            return EligibilityResult(
                code=self.code,
                name=self.name,
                regulation=version.regulation,
                eligible=None,
                findings=(
                    Finding(
                        kind="other",
                        key="entry",
                        label="Entry requirements",
                        status="unverified",
                        message=f"Entry requirements are not recorded: {UNVERIFIED_NOTE}",
                        source=version.sources[0] if version.sources else None,
                    ),
                ),
                effective=version.effective,
            )
        checker = sel.checker
        if ctx is None:
            findings = checker.findings(a) + sel.notes
        else:
            hkey = (id(checker), pid)
            hours = ctx.hours.get(hkey)
            if hours is None:
                hours = ctx.hours[hkey] = checker.hours_findings(a)
            pkey = (id(checker), kid)
            personal = ctx.personal.get(pkey)
            if personal is None:
                personal = ctx.personal[pkey] = tuple(checker.personal_findings(a))
            findings = hours + personal + checker.constant + sel.notes
        if version.regulation in NOT_REGULATED:
            eligible: bool | None = None
        else:
            eligible = not any(f.status == "short" for f in findings)
        return EligibilityResult(
            code=self.code,
            name=self.name,
            regulation=version.regulation,
            eligible=eligible,
            findings=findings,
            effective=sel.checker.version.effective,
        )


_COMPILED: dict[int, tuple[Jurisdiction, CompiledJurisdiction]] = {}


def compile_jurisdiction(jurisdiction: Jurisdiction) -> CompiledJurisdiction:
    """The compiled checker for a jurisdiction (built once per rule object)."""
    hit = _COMPILED.get(id(jurisdiction))
    if hit is not None and hit[0] is jurisdiction:
        return hit[1]
    compiled = CompiledJurisdiction(jurisdiction)
    if len(_COMPILED) > 4096:
        _COMPILED.clear()
    _COMPILED[id(jurisdiction)] = (jurisdiction, compiled)
    return compiled


def _as_list(
    jurisdictions: Iterable[Jurisdiction] | Mapping[str, Jurisdiction],
) -> list[Jurisdiction]:
    if isinstance(jurisdictions, Mapping):
        return list(jurisdictions.values())
    return list(jurisdictions)


def _with_date(a: Applicant, as_of: dt.date | None) -> Applicant:
    if as_of is None or as_of == a.application_date:
        return a
    return Applicant(
        application_date=as_of,
        total_hours=a.total_hours,
        subject_hours=a.subject_hours,
        online_hours=a.online_hours,
        clinical_hours=a.clinical_hours,
        online_cpr_hours=a.online_cpr_hours,
        exams_passed=a.exams_passed,
        exam_attempts=a.exam_attempts,
        birth_date=a.birth_date,
        age=a.age,
        program_start=a.program_start,
        authorized_by=a.authorized_by,
    )


def eligibility_for(
    applicant: Applicant,
    jurisdictions: Iterable[Jurisdiction] | Mapping[str, Jurisdiction],
    as_of: dt.date | None = None,
) -> list[EligibilityResult]:
    """One result per jurisdiction, in the order given. ``as_of`` overrides the
    applicant's application date."""
    a = _with_date(applicant, as_of)
    return [compile_jurisdiction(j).evaluate(a) for j in _as_list(jurisdictions)]


# ---------------------------------------------------------------------------------------
# Cohorts: classes of applicants that every rule judges alike
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Thresholds:
    ages: tuple[int, ...]
    windows: tuple[int, ...]
    boundaries: tuple[dt.date, ...]
    attempts: tuple[int, ...]
    authorizers: frozenset[str] = field(default_factory=frozenset)


def _thresholds(compiled: Sequence[CompiledJurisdiction]) -> _Thresholds:
    ages: set[int] = set()
    windows: set[int] = set()
    bounds: set[dt.date] = set()
    attempts: set[int] = set()
    authorizers: set[str] = set()
    for c in compiled:
        program_start = False
        for checker in c.checkers():
            e = checker.entry
            if e.min_age is not None:
                ages.add(e.min_age)
            for req in e.exams:
                if req.within_years:
                    windows.add(req.within_years)
            if e.exam_policy is not None and e.exam_policy.max_attempts is not None:
                attempts.add(e.exam_policy.max_attempts)
            if e.exam_policy is not None and e.exam_policy.state_authorization:
                authorizers.add(c.code)
            program_start = program_start or e.selected_by == "program_start"
        if program_start:
            bounds.update(c.boundaries)
    return _Thresholds(
        tuple(sorted(ages)),
        tuple(sorted(windows)),
        tuple(sorted(bounds)),
        tuple(sorted(attempts)),
        frozenset(authorizers),
    )


def _class_key(a: Applicant, t: _Thresholds) -> tuple[object, ...]:
    on = a.application_date
    age = a.age_on(on) if t.ages else None
    age_bucket = -1 if age is None else sum(1 for x in t.ages if age >= x)
    start_bucket = -1 if a.program_start is None else bisect_right(t.boundaries, a.program_start)
    # per (exam, jurisdiction): best window bucket of a dated pass (-1: none), undated pass?
    exams: dict[tuple[str, str | None], tuple[int, bool]] = {}
    for p in a.exams_passed:
        if p.date is not None and p.date > on:
            continue
        k = (p.exam, p.jurisdiction)
        best, undated = exams.get(k, (-1, False))
        if p.date is None:
            undated = True
        else:
            bucket = sum(1 for w in t.windows if p.date >= years_before(on, w))
            best = max(best, bucket)
        exams[k] = (best, undated)
    attempts = tuple(
        (name, sum(1 for x in t.attempts if n > x)) for name, n in a.exam_attempts if t.attempts
    )
    return (
        on,
        age_bucket,
        start_bucket,
        tuple(sorted(exams.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))),
        attempts,
        a.authorized_by & t.authorizers,
    )


def eligibility_for_cohort(
    applicants: Sequence[Applicant],
    jurisdictions: Iterable[Jurisdiction] | Mapping[str, Jurisdiction],
    as_of: dt.date | None = None,
) -> list[tuple[EligibilityResult, ...]]:
    """Every applicant against every jurisdiction (a school audit).

    Applicants that no rule can tell apart (same training profile, same side of every
    age, exam-window, attempt and program-start threshold) form one class, judged
    once; members share the result tuple. Inside a class's judgement the hours part is
    shared by every class with the same training profile and the personal part by every
    class with the same personal key. Row ``i`` belongs to ``applicants[i]``.
    """
    compiled = [compile_jurisdiction(j) for j in _as_list(jurisdictions)]
    t = _thresholds(compiled)
    ctx = _CohortCache()
    by_class: dict[tuple[int, int], tuple[EligibilityResult, ...]] = {}
    out: list[tuple[EligibilityResult, ...]] = []
    append = out.append
    profiles = ctx.profiles
    personals = ctx.personals
    for applicant in applicants:
        a = _with_date(applicant, as_of)
        pid = profiles.setdefault(a.profile, len(profiles))
        kid = personals.setdefault(_class_key(a, t), len(personals))
        key = (pid, kid)
        row = by_class.get(key)
        if row is None:
            row = tuple(c.evaluate(a, ctx, pid, kid) for c in compiled)
            by_class[key] = row
        append(row)
    return out


class _CohortCache:
    """Per-call memos keyed by small ints (interned profiles and personal keys)."""

    __slots__ = ("hours", "personal", "personals", "profiles", "selection")

    def __init__(self) -> None:
        self.profiles: dict[ProfileKey, int] = {}
        self.personals: dict[tuple[object, ...], int] = {}
        self.hours: dict[tuple[int, int], tuple[Finding, ...]] = {}
        self.personal: dict[tuple[int, int], tuple[Finding, ...]] = {}
        self.selection: dict[tuple[int, int], _Selection] = {}
