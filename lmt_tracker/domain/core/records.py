"""Immutable records of a therapist's licensing life, and of a school's graduates.

Hours are ``Decimal``. Records do not validate themselves on construction, so a
dialog can hold a draft; ``lmt_tracker.domain.core.validation`` returns every problem
with the field, the value and the fix, and the repository refuses invalid records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from lmt_tracker.domain.core.frozen import frozen_record

ZERO = Decimal(0)
#: ``Course.hour_minutes`` of a certificate that states minutes, not hours.
MINUTE_UNIT = 1


def _read_version() -> Any:
    """The row version a stored record was read at (None for a record not read from a store).

    The store compares it with the stored row when the record is saved back, so an
    edit made in a window opened before someone else's save is refused, not lost.
    It is bookkeeping, not data: left out of equality and out of exports, so a
    record compares equal to its re-read self and export → import → export is stable.
    """
    return field(default=None, compare=False, metadata={"exported": False})


@frozen_record
class Therapist:
    first_name: str
    last_name: str
    birth_date: dt.date | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    id: int | None = None
    version: int | None = _read_version()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@frozen_record
class TrainingHours:
    """Hours of one subject taught in one delivery mode."""

    subject: str
    delivery: str
    hours: Decimal


@frozen_record
class TrainingProgram:
    school: str
    program: str
    start_date: dt.date | None
    end_date: dt.date | None
    hours: tuple[TrainingHours, ...] = ()
    jurisdiction: str | None = None  # where the school is (may matter for approval)
    id: int | None = None
    version: int | None = _read_version()

    @property
    def total_hours(self) -> Decimal:
        return sum((h.hours for h in self.hours), ZERO)


@frozen_record
class ExamAttempt:
    exam: str
    status: str  # applied | authorized | scheduled | passed | failed | no_show | expired
    applied_date: dt.date | None = None
    authorized_date: dt.date | None = None
    scheduled_date: dt.date | None = None
    test_date: dt.date | None = None
    result_date: dt.date | None = None
    jurisdiction: str | None = None  # for state and law exams
    notes: str = ""
    id: int | None = None
    version: int | None = _read_version()


@frozen_record
class Credential:
    kind: str  # state_license | national_certification | membership | cpr_card
    jurisdiction: str  # state code, or the body: NCBTMB, AMTA, or a CPR issuer
    number: str
    title: str
    issue_date: dt.date | None  # first issued (first cycle, years in practice)
    expiry_date: dt.date | None  # printed expiry of the current license period
    status: str = "active"  # active | inactive | retired | lapsed
    notes: str = ""
    # Facts some first-cycle and CE-period rules turn on; asked only when a rule uses them.
    licensed_by: str = ""  # "" (not given) | examination | endorsement
    practice_start: dt.date | None = None  # first licensed to practise anywhere
    ce_period_start: dt.date | None = None  # the CE period printed on the renewal notice
    ce_period_end: dt.date | None = None
    id: int | None = None
    version: int | None = _read_version()


@frozen_record
class Approval:
    """What one approving body says of a course: approved (with its number) or not.

    A body with no entry is *unknown*: rules that depend on it ask the user to confirm.
    """

    body: str  # e.g. NCBTMB, FL, NY
    number: str
    approved: bool = True


@frozen_record
class TopicHours:
    topic: str
    hours: Decimal


@frozen_record
class Course:
    """One CE course, entered once, counted for every credential that accepts it."""

    title: str
    provider: str
    completed: dt.date
    # What the certificate states: ``hours`` units of ``hour_minutes`` minutes. A 60- or
    # 50-minute hour, or ``MINUTE_UNIT`` (1) when the certificate states minutes only
    # (then ``hours`` holds the minutes). How they count toward a rule whose hour has
    # another length is ``domain.renewal.hours``'s job, never a plain conversion.
    hours: Decimal
    delivery: str  # in_person | live_online | self_study
    hour_minutes: int = 60
    topics: tuple[TopicHours, ...] = ()  # in the same unit as ``hours``
    approvals: tuple[Approval, ...] = ()
    notes: str = ""
    certificate_sha256: str | None = None
    applies_to: tuple[int, ...] | None = None  # credential ids; None = all that accept it
    course_number: str = ""  # the course's own approval or tracking number, if printed
    id: int | None = None
    version: int | None = _read_version()

    @property
    def in_minutes(self) -> bool:
        """True when the certificate states minutes, not hours."""
        return self.hour_minutes == MINUTE_UNIT

    @property
    def clock_minutes(self) -> Decimal:
        """Instruction time as the certificate states it, in minutes."""
        return self.hours * self.hour_minutes

    def approval_by(self, body: str) -> bool | None:
        """True (approved), False (known not approved) or None (not recorded)."""
        wanted = body.strip().upper()
        verdict: bool | None = None
        for a in self.approvals:
            if a.body.strip().upper() == wanted:
                if a.approved:
                    return True
                verdict = False
        return verdict

    def topic_hours(self, topic: str) -> Decimal:
        return sum((t.hours for t in self.topics if t.topic == topic), ZERO)


@frozen_record
class Certificate:
    sha256: str
    file_name: str
    media_type: str
    data: bytes


@frozen_record
class School:
    name: str
    id: int | None = None


@frozen_record
class SchoolClass:
    school_id: int
    name: str
    id: int | None = None


@frozen_record
class Graduate:
    """A graduate as a school reports them: totals, hours by subject, the MBLEx."""

    student_id: str
    name: str
    total_hours: Decimal
    subject_hours: tuple[tuple[str, Decimal], ...] = ()
    online_hours: Decimal = ZERO
    clinical_hours: Decimal = ZERO
    program_start: dt.date | None = None
    graduation_date: dt.date | None = None
    birth_date: dt.date | None = None
    mblex: str = "none"  # pass | fail | scheduled | none
    mblex_date: dt.date | None = None
    class_id: int | None = None
    id: int | None = None
    version: int | None = _read_version()
    #: A state's own exams, ``(jurisdiction, exam, result)`` sorted, e.g.
    #: ``("TX", "jurisprudence", "pass")``; exam is ``jurisprudence``, ``state_exam`` or
    #: ``practical_exam``, result ``pass``, ``fail`` or ``scheduled``.
    state_exams: tuple[tuple[str, str, str], ...] = ()
    #: The state the school is in (two-letter code), where a rule turns on it (Ohio caps
    #: the online share of out-of-state programs only); "" when the file does not say.
    school_state: str = ""
    #: Online hours by subject, ``(subject, hours)`` sorted, from a class file's
    #: ``<subject>_online`` columns (per-subject delivery rules judge them); None when
    #: no subject's online hours are given (as stored: the store keeps only hours).
    subject_online: tuple[tuple[str, Decimal], ...] | None = None


@frozen_record
class Record:
    """Everything one therapist has entered: the input to every judgement."""

    therapist: Therapist | None
    programs: tuple[TrainingProgram, ...] = ()
    exams: tuple[ExamAttempt, ...] = ()
    credentials: tuple[Credential, ...] = ()
    courses: tuple[Course, ...] = ()


@dataclass(frozen=True)
class ClassBundle:
    """One school class with its graduates, as exported."""

    id: int
    school: str
    name: str
    graduates: tuple[Graduate, ...]


@frozen_record
class RuleOverride:
    """The user's own figure for one rule figure, e.g. NJ ``entry.total_hours`` = 600.

    ``value`` is the figure as text in its canonical form ("600", "true");
    ``rules_value`` is what the rules in force said when the override was recorded
    (None: the rules gave no figure), so a later rule pack that changes the same
    figure can be flagged. ``lmt_tracker.domain.core.overrides`` applies and checks them.
    """

    jurisdiction: str
    field: str
    value: str
    note: str
    recorded: dt.date
    rules_value: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Bundle:
    """A whole database as records: what export writes and import reads."""

    therapist: Therapist | None = None
    programs: tuple[TrainingProgram, ...] = ()
    exams: tuple[ExamAttempt, ...] = ()
    credentials: tuple[Credential, ...] = ()
    courses: tuple[Course, ...] = ()
    certificates: tuple[Certificate, ...] = ()
    classes: tuple[ClassBundle, ...] = ()
    settings: dict[str, str] = field(default_factory=dict)
    rule_overrides: tuple[RuleOverride, ...] = ()
