"""A small, fixed jurisdiction and record, so report tables can be checked by value.

Zedland ("ZZ"): 10 CE hours every two years (renewal on December 31 of odd years),
at least 2 hours of ethics, at most 4 hours online.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.domain.core.records import (
    Approval,
    Course,
    Credential,
    ExamAttempt,
    Record,
    Therapist,
    TopicHours,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.domain.core.rules import (
    CERule,
    EntryRule,
    ExamRequirement,
    Jurisdiction,
    RenewalRule,
    RuleVersion,
    Source,
    SubjectMinimum,
    TopicMinimum,
)

D = Decimal
AS_OF = dt.date(2026, 6, 1)
GENERATED = dt.datetime(2026, 6, 1, 9, 30, tzinfo=dt.UTC)
SHA_A = "a" * 64
SHA_B = "b" * 64

SOURCE = Source("zz_code", "Zedland Admin. Code 1-2", "https://example.org/zz/1-2",
                dt.date(2026, 1, 15), "regulation", "1-2.3")
ENTRY_SOURCE = Source("zz_entry", "Zedland Statutes 480", "https://example.org/zz/480",
                      dt.date(2026, 2, 1), "statute", "480.1")


def zedland() -> Jurisdiction:
    version = RuleVersion(
        effective=dt.date(2000, 1, 1), ends=None, regulation="license",
        title="Licensed Massage Therapist", sources=(SOURCE, ENTRY_SOURCE),
        entry=EntryRule(
            source=ENTRY_SOURCE, total_hours=D(600),
            subjects=(SubjectMinimum("Anatomy and physiology", ("anatomy_physiology",), D(150),
                                     ENTRY_SOURCE),),
            exams=(ExamRequirement(("mblex",), "The MBLEx", ENTRY_SOURCE),),
        ),
        renewal=RenewalRule(SOURCE, "fixed_date", period_years=2, month=12, day=31,
                            year_parity="odd"),
        ce=CERule(SOURCE, hours=D(10), period_years=2, hour_minutes=60,
                  online_max_hours=D(4),
                  topics=(TopicMinimum("ethics", D(2), "Ethics", SOURCE),)),
    )
    return Jurisdiction("ZZ", "Zedland", "state", "Zedland Board of Massage",
                        "https://example.org/zz", {"zz_code": SOURCE, "zz_entry": ENTRY_SOURCE},
                        (version,))


def licence(status: str = "active") -> Credential:
    return Credential("state_license", "ZZ", "ZZ-1001", "Licensed Massage Therapist",
                      dt.date(2020, 1, 1), dt.date(2027, 12, 31), status=status, id=1)


def courses() -> tuple[Course, ...]:
    return (
        Course("Ethics A", "Ethics Co", dt.date(2026, 2, 1), D(3), "in_person",
               topics=(TopicHours("ethics", D(3)),), approvals=(Approval("ZZ", "Z-77"),),
               certificate_sha256=SHA_A, id=11),
        Course("Online X", "Web CE", dt.date(2026, 3, 1), D(3), "self_study", id=12),
        Course("Online Y", "Web CE", dt.date(2026, 4, 1), D(3), "live_online",
               certificate_sha256=SHA_B, id=13),
        Course("Hands B", "Studio", dt.date(2026, 5, 1), D(2), "in_person", hour_minutes=50,
               certificate_sha256=SHA_A, id=14),
        Course("Old course", "Studio", dt.date(2025, 6, 1), D(5), "in_person", id=15),
    )


def record(status: str = "active") -> Record:
    therapist = Therapist("Trần Thị", "Ngọc", dt.date(1990, 4, 5), id=1)
    program = TrainingProgram(
        "Zed School", "Diploma", dt.date(2018, 1, 8), dt.date(2018, 12, 14),
        (TrainingHours("anatomy_physiology", "classroom", D(120)),
         TrainingHours("anatomy_physiology", "online", D(40)),
         TrainingHours("clinical_practicum", "clinical", D(100)),
         TrainingHours("massage_theory_technique", "classroom", D(300))),
        "ZZ", id=1)
    exams = (ExamAttempt("mblex", "passed", applied_date=dt.date(2019, 1, 2),
                         authorized_date=dt.date(2019, 1, 10), test_date=dt.date(2019, 2, 1),
                         result_date=dt.date(2019, 2, 1), id=1),)
    return Record(therapist, (program,), exams, (licence(status),), courses())
