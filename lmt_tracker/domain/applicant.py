"""The applicant an entry rule judges: training hours, exams, age and dates.

Built from a therapist's record, a school's graduate row, or by hand
(:meth:`Applicant.of`). Its :attr:`Applicant.profile` (hours by subject and delivery)
is all the hours checks look at, so the engine memoises by it; see
``domain.eligibility``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from lmt_tracker.domain.records import Graduate, Record

ZERO: Final = Decimal(0)
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
