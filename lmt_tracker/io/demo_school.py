"""The demo school's class: forty graduates, a few with a shortfall each.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.records import (
    Graduate,
)

# The demo school's curriculum: 650 hours that meet Florida's subject minimums
# (64B7-32.003: anatomy and physiology group 150, theory 100, clinical practicum 125,
# allied modalities 76, business 15, hydrotherapy 15, laws and rules 10, ethics 4,
# HIV/AIDS 3), with a margin on each; fewer other states' minimums are met.
D = Decimal

SCHOOL_CURRICULUM = {
    "anatomy_physiology": D(120),
    "kinesiology": D(45),
    "pathology": D(30),
    "massage_theory_technique": D(150),
    "clinical_practicum": D(135),
    "electives": D(90),
    "business": D(20),
    "hydrotherapy": D(20),
    "laws_rules": D(12),
    "ethics": D(10),
    "communicable_disease": D(4),
    "first_aid_cpr": D(8),
    "hygiene_sanitation": D(6),
}
SCHOOL_TOTAL = sum(SCHOOL_CURRICULUM.values(), D(0))
#: Graduates (by index) short of something at home: a subject, hours, or the exam.
SCHOOL_EXCEPTIONS = {4: "clinic", 11: "transfer", 17: "hiv", 23: "hours", 31: "hours"}
EXAM_PLAN = {2: "fail", 9: "fail", 20: "fail", 27: "fail", 6: "scheduled", 14: "scheduled",
             35: "scheduled", 38: "none"}


def demo_graduates(rng: random.Random, today: dt.date) -> tuple[Graduate, ...]:
    first = (
        "Ava",
        "Noah",
        "Mia",
        "Liam",
        "Sofia",
        "Mateo",
        "Chloé",
        "Dmitri",
        "Aaliyah",
        "Hiroshi",
        "Ngọc",
        "Olga",
        "Kwame",
        "Priya",
        "Sean",
        "Lucía",
        "Tomás",
        "Yara",
    )
    last = (
        "García",
        "Smith",
        "Nguyễn",
        "Johnson",
        "Petrov",
        "Okafor",
        "Kim",
        "Brown",
        "Rossi",
        "Haddad",
        "Müller",
        "Lopez",
        "Tanaka",
        "O'Brien",
        "Ivanova",
        "Davis",
    )
    start = today - relativedelta(months=14)
    graduation = today - relativedelta(months=2)
    rng = random.Random(f"{rng.random()}-school")  # the class never shifts the rest
    out = []
    for i in range(40):
        subjects = dict(SCHOOL_CURRICULUM)
        total = SCHOOL_TOTAL
        note = SCHOOL_EXCEPTIONS.get(i)
        if note == "clinic":  # missed clinic shifts
            subjects["clinical_practicum"] = D(110)
            total -= 25
        elif note == "transfer":  # a transfer student without the state's law course
            subjects["laws_rules"] = D(0)
            subjects["electives"] += 12
        elif note == "hiv":
            subjects["communicable_disease"] = D(0)
            subjects["electives"] += 4
        elif note == "hours":  # left early, with hours still owed
            subjects.update(anatomy_physiology=D(110), kinesiology=D(40), pathology=D(20),
                            massage_theory_technique=D(85), clinical_practicum=D(110),
                            electives=D(40), business=D(15), hydrotherapy=D(15),
                            first_aid_cpr=D(0), hygiene_sanitation=D(0))
            total = D(470)
        result = EXAM_PLAN.get(i, "pass")
        exam_date: dt.date | None = None
        if result in ("pass", "fail"):
            exam_date = graduation + relativedelta(days=10 + (i * 3) % 40)
            if exam_date > today:
                exam_date = today - relativedelta(days=1 + i % 20)
        elif result == "scheduled":
            exam_date = today + relativedelta(days=5 + i % 35)
        out.append(
            Graduate(
                student_id=f"GC{today.year % 100:02d}-{i + 1:03d}",
                name=f"{first[i % len(first)]} {last[(i * 7) % len(last)]}",
                total_hours=total,
                subject_hours=tuple((k, h) for k, h in sorted(subjects.items()) if h),
                online_hours=D(0),
                clinical_hours=subjects["clinical_practicum"],
                program_start=start,
                graduation_date=graduation,
                birth_date=dt.date(rng.randint(1975, 2004), rng.randint(1, 12), rng.randint(1, 28)),
                mblex=result,
                mblex_date=exam_date,
                id=i + 1,
                class_id=1,
            )
        )
    return tuple(out)
