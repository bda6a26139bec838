"""A therapist's own training: a program's hours by subject *and* delivery reach the
entry checker as online hours by subject, exactly as a school file's ``<subject>_online``
columns do, so per-subject delivery rules judge both the same way.

Michigan, enrolment from 2020-01-10 (R 338.722a; MCL 333.17959(1)(d)(i)(B)): 75 hours of
supervised student clinic, in person only. The program below has 625 hours, its clinic
entered as 60 hours in the clinic and 15 online, anatomy as 100 in class and 25 online:
60 of 75 clinic hours count, 15 short; the anatomy minimum (125, any delivery) is met.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.domain.core.records import (
    Graduate,
    Record,
    Therapist,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.domain.entry.applicant import Applicant
from lmt_tracker.domain.entry.cohort import choose
from lmt_tracker.domain.entry.eligibility import eligibility_for

ON = dt.date(2026, 12, 1)
START = dt.date(2021, 9, 1)
HOURS = (
    ("clinical_practicum", "clinical", 60), ("clinical_practicum", "online", 15),
    ("anatomy_physiology", "classroom", 100), ("anatomy_physiology", "online", 25),
    ("massage_theory_technique", "classroom", 200), ("pathology", "classroom", 40),
    ("ethics", "classroom", 10), ("business", "classroom", 15),
    ("electives", "classroom", 160),
)


def _findings(applicant: Applicant) -> dict:
    from lmt_tracker.rules.loader import load_all

    (result,) = eligibility_for(applicant, choose(load_all(), ["MI"], ON), ON)
    return {f.key: f for f in result.findings}


def test_a_programs_online_clinic_hours_do_not_count_in_michigan() -> None:
    program = TrainingProgram("Lakes School", "Massage therapy", START, dt.date(2022, 6, 1),
                              tuple(TrainingHours(s, d, Decimal(h)) for s, d, h in HOURS),
                              jurisdiction="MI")
    record = Record(Therapist("Ann", "Lee", dt.date(1990, 1, 1)), (program,))
    applicant = Applicant.from_record(record, ON)
    assert applicant.subject_online == (("anatomy_physiology", Decimal(25)),
                                        ("clinical_practicum", Decimal(15)))
    found = _findings(applicant)
    clinic = found["clinical_practicum"]
    assert (clinic.status, clinic.have, clinic.shortfall) == ("short", 60, 15)
    assert clinic.message.endswith("(60 of 75; 15 online hours not counted)")
    assert found["anatomy+physiology+anatomy_physiology+kinesiology"].status == "met"

    # the same hours from a school's file give the very same finding
    by_subject: dict[str, Decimal] = {}
    for subject, _delivery, hours in HOURS:
        by_subject[subject] = by_subject.get(subject, Decimal(0)) + hours
    graduate = Graduate("A1", "Ann Lee", Decimal(625), tuple(sorted(by_subject.items())),
                        online_hours=Decimal(40), clinical_hours=Decimal(60),
                        program_start=START, birth_date=dt.date(1990, 1, 1),
                        subject_online=applicant.subject_online)
    assert _findings(Applicant.from_graduate(graduate, ON))["clinical_practicum"] == clinic


def test_a_program_entered_in_class_only_meets_the_clinic() -> None:
    hours = tuple(TrainingHours(s, "classroom" if d == "online" else d, Decimal(h))
                  for s, d, h in HOURS)
    program = TrainingProgram("Lakes School", "Massage therapy", START, None, hours)
    record = Record(Therapist("Ann", "Lee", dt.date(1990, 1, 1)), (program,))
    clinic = _findings(Applicant.from_record(record, ON))["clinical_practicum"]
    assert (clinic.status, clinic.have) == ("met", 75)
    assert clinic.message == "Supervised student clinic: 75 of 75 hours — met"
