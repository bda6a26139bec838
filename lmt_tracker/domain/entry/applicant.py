"""The applicant an entry rule judges: training hours, exams, age and dates.

Built from a therapist's record, a school's graduate row, or by hand
(:meth:`Applicant.of`). Its :attr:`Applicant.profile` (hours by subject and delivery)
is all the hours checks look at. A rule looks at only a few *measures* of it (hours
counted toward the total under the rule's online and CPR policy, clinic hours, the sum
of each subject group), computed here whether one applicant or a cohort is judged;
the engine memoises hours findings by the exact text of the measures a rule uses, so
profiles that differ only where a rule does not look share its findings.
:class:`HoursMinimum` turns one measure into its met/short finding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Final

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.phrases import N_, joined, ph
from lmt_tracker.domain.core.records import Graduate, Record

ZERO: Final = Decimal(0)
CPR_SUBJECT: Final = "first_aid_cpr"

ProfileKey = tuple[Decimal, tuple[tuple[str, Decimal], ...], Decimal, Decimal, Decimal]
#: A rule's way of counting hours toward its total: online counts, online cap, online
#: share cap, the base of that share (the rule's total; None: the applicant's), CPR
#: counts, whether the rule has a total at all, and its subject maximums (group, most).
CountPolicy = tuple[
    bool,
    Decimal | None,
    Decimal | None,
    Decimal | None,
    bool,
    bool,
    tuple[tuple[tuple[str, ...], Decimal], ...],
]
#: Hours counted under a policy, as the exact text of what findings quote: counted
#: (None without a total), (online, allowed online, why) when online hours are cut,
#: CPR hours when they do not count, and hours above subject maximums. ``str`` of a
#: Decimal is exact (``Decimal(str(d))`` is ``d``, exponent and sign included), so equal
#: keys mean identical findings.
Counted = tuple[str | None, tuple[str, str, str] | None, str | None, str | None]


_ONE_MBLEX: Final = (("mblex", 1),)
#: Exams that belong to one jurisdiction: a pass elsewhere does not count.
STATE_EXAMS: Final = frozenset({"state_exam", "jurisprudence", "practical_exam"})
EXAM_NAMES: Final = {
    "mblex": N_("the MBLEx"),
    "ncbtmb_exam": N_("an NCBTMB national exam (NCETM/NCETMB, also taken as the NESL)"),
    "bcetmb": N_("the NCBTMB board-certification exam"),
    "state_exam": N_("the state's own licensing exam"),
    "jurisprudence": N_("the state's law (jurisprudence) exam"),
    "practical_exam": N_("a practical exam"),
    "amma": N_("the AMMA exam"),
    "ncca": N_("the NCCAOM Asian bodywork exam"),
    "colon_hydrotherapy": N_("the National Board for Colon Hydrotherapy exam"),
}


def exam_name(key: str) -> str:
    """An exam key in words for messages: ``mblex`` -> "the MBLEx" (a phrase)."""
    return ph(EXAM_NAMES[key]) if key in EXAM_NAMES else key


def exam_names(keys: Sequence[str]) -> str:
    """"the MBLEx", "a, b or c": any one of the exams ``keys``."""
    names = [exam_name(x) for x in keys]
    if len(names) == 1:
        return names[0]
    return ph(N_("{names} or {last}"), names=joined(names[:-1]), last=names[-1])


@lru_cache(maxsize=4096)
def years_before(on: dt.date, years: int) -> dt.date:
    """``on`` minus ``years`` calendar years (29 February falls back to the 28th)."""
    found: dt.date = on - relativedelta(years=years)
    return found


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
    # online hours by subject (sorted); None: the record does not say which subjects
    # were taught online (a school's file gives only the online total)
    subject_online: tuple[tuple[str, Decimal], ...] | None = ()
    completed: dt.date | None = None  # when the course of study was finished
    program_state: str | None = None  # where the school is (two-letter code)
    # (jurisdiction, whole years licensed there), for licensure by endorsement
    licensed_elsewhere: tuple[tuple[str, int], ...] = ()

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
        subject_online: Mapping[str, Decimal | int | str] | None = None,
        completed: dt.date | None = None,
        program_state: str | None = None,
        licensed_elsewhere: Mapping[str, int] | None = None,
    ) -> Applicant:
        """A convenient builder for the command line and tests.

        ``subject_online`` None: no online hours (all of them in class) when
        ``online_hours`` is zero, else unknown per subject."""
        passed = tuple(e if isinstance(e, PassedExam) else PassedExam(e) for e in exams)
        online = Decimal(online_hours)
        split: tuple[tuple[str, Decimal], ...] | None
        if subject_online is None:
            split = () if online == 0 else None
        else:
            split = tuple(sorted((k, Decimal(v)) for k, v in subject_online.items()))
        return cls(
            application_date=on,
            total_hours=Decimal(total_hours),
            subject_hours=tuple(sorted((k, Decimal(v)) for k, v in (subjects or {}).items())),
            online_hours=online,
            clinical_hours=Decimal(clinical_hours),
            exams_passed=passed,
            age=age,
            birth_date=birth_date,
            program_start=program_start,
            subject_online=split,
            completed=completed,
            program_state=program_state,
            licensed_elsewhere=tuple(sorted((licensed_elsewhere or {}).items())),
        )

    @classmethod
    def from_record(cls, record: Record, on: dt.date) -> Applicant:
        """Training programs, exam attempts, birth date and licenses of a therapist's record.

        The course of study is finished when its last program ended (unknown when any
        program has no end date); the school's state is known when every program names
        the same one; years licensed elsewhere count from each active state license's
        issue date."""
        subjects: dict[str, Decimal] = {}
        by_subject_online: dict[str, Decimal] = {}
        total = online = clinical = online_cpr = ZERO
        starts: list[dt.date] = []
        ends: list[dt.date | None] = []
        states: set[str | None] = set()
        for program in record.programs:
            if program.start_date is not None:
                starts.append(program.start_date)
            ends.append(program.end_date)
            states.add(program.jurisdiction.upper() if program.jurisdiction else None)
            for h in program.hours:
                total += h.hours
                subjects[h.subject] = subjects.get(h.subject, ZERO) + h.hours
                if h.delivery == "online":
                    online += h.hours
                    by_subject_online[h.subject] = by_subject_online.get(h.subject, ZERO) + h.hours
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
        elsewhere: dict[str, int] = {}
        for c in record.credentials:
            if c.kind != "state_license" or c.status not in ("active", "inactive"):
                continue
            since = c.issue_date
            if since is None or since > on:
                continue
            years = on.year - since.year - ((on.month, on.day) < (since.month, since.day))
            code = c.jurisdiction.upper()
            elsewhere[code] = max(years, elsewhere.get(code, 0))
        completed = max(ends) if ends and None not in ends else None  # type: ignore[type-var]
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
            subject_online=tuple(sorted(by_subject_online.items())),
            completed=completed,
            program_state=states.pop() if len(states) == 1 else None,
            licensed_elsewhere=tuple(sorted(elsewhere.items())),
        )

    @classmethod
    def from_graduate(cls, graduate: Graduate, on: dt.date) -> Applicant:
        """A school's graduate row (totals, subject hours, MBLEx)."""
        passed: tuple[PassedExam, ...] = ()
        attempts: tuple[tuple[str, int], ...] = ()
        if graduate.mblex == "pass" and (graduate.mblex_date is None or graduate.mblex_date <= on):
            passed = (PassedExam("mblex", graduate.mblex_date),)
            attempts = _ONE_MBLEX
        elif graduate.mblex == "fail":
            attempts = _ONE_MBLEX
        if graduate.state_exams:  # a state's own exams count in that state only
            passed += tuple(PassedExam(exam, None, code)
                            for code, exam, result in graduate.state_exams if result == "pass")
        return cls(  # positional (fields in order): a school audit builds thousands
            on,
            graduate.total_hours,
            tuple(sorted(graduate.subject_hours)),
            graduate.online_hours,
            graduate.clinical_hours,
            ZERO,
            passed,
            attempts,
            graduate.birth_date,
            None,
            graduate.program_start,
            frozenset(),
            _graduate_split(graduate),
            graduate.graduation_date,
            graduate.school_state or None,
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


def with_date(a: Applicant, as_of: dt.date | None) -> Applicant:
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
        subject_online=a.subject_online,
        completed=a.completed,
        program_state=a.program_state,
        licensed_elsewhere=a.licensed_elsewhere,
    )


#: A subject minimum's measure when it is not a plain sum: its group, whether online
#: hours count, the most online hours that do, and (subject, most hours that count).
DeliveryGroup = tuple[tuple[str, ...], bool, Decimal | None, tuple[tuple[str, Decimal], ...]]
UNKNOWN_SPLIT: Final = "?"  # the measure's text when the online split is not recorded
#: Between a delivery-limited measure's hours that count and its online hours that do
#: not ("60|15"), so the finding can say why a subject's hours fall short.
NOT_COUNTED: Final = "|"




def _graduate_split(graduate: Graduate) -> tuple[tuple[str, Decimal], ...] | None:
    """A graduate's online hours by subject: none online is an empty split; a file's
    per-subject online columns are the split when they account for every online hour;
    otherwise (no such columns, or hours left in subjects the file does not name) the
    split is unknown and a delivery-limited minimum is an item to confirm."""
    if graduate.online_hours == 0:
        return ()
    split = graduate.subject_online
    if split is None or sum((h for _, h in split), ZERO) != graduate.online_hours:
        return None
    return split
