"""A realistic, deterministic sample database, dated relative to today.

A therapist licensed in Florida and New York, NCBTMB board-certified, with a CPR
card, a 750-hour program, an MBLEx failed then passed, about 30 CE courses over
four years (with generated PNG and PDF certificates), and a school class of 40.
``extra_courses`` adds synthetic courses for scale tests. The same day always
gives the same database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import replace
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.records import (
    Approval,
    Bundle,
    Certificate,
    ClassBundle,
    Course,
    Credential,
    ExamAttempt,
    Therapist,
    TopicHours,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.io.demo_certificates import certificate_pdf, certificate_png
from lmt_tracker.io.demo_school import demo_graduates

D = Decimal

# (subject, delivery, hours): a 750-hour Florida-style curriculum.
PROGRAM_HOURS = (
    ("anatomy_physiology", "classroom", "150"),
    ("anatomy_physiology", "online", "50"),
    ("kinesiology", "classroom", "75"),
    ("pathology", "classroom", "60"),
    ("massage_theory_technique", "classroom", "225"),
    ("hydrotherapy", "classroom", "15"),
    ("clinical_practicum", "clinical", "100"),
    ("ethics", "classroom", "15"),
    ("laws_rules", "classroom", "10"),
    ("communicable_disease", "classroom", "4"),
    ("business", "classroom", "20"),
    ("first_aid_cpr", "classroom", "8"),
    ("electives", "classroom", "18"),
)

# (title, provider, topics, delivery, hours)
COURSE_CATALOGUE = (
    (
        "Prevention of Medical Errors for Massage Therapists",
        "Florida CE Academy",
        (("medical_errors", "2"),),
        "self_study",
        "2",
    ),
    (
        "Florida Laws and Rules: Chapter 480 and 64B7",
        "Florida CE Academy",
        (("laws_rules", "2"),),
        "live_online",
        "2",
    ),
    (
        "Professional Ethics & Boundaries in Bodywork",
        "Ethics First Seminars",
        (("ethics", "3"),),
        "in_person",
        "3",
    ),
    (
        "Human Trafficking Awareness for Health Professionals",
        "CE Anywhere",
        (("human_trafficking", "1"),),
        "self_study",
        "1",
    ),
    (
        "Myofascial Release: Upper Body",
        "Coastal Bodywork Institute",
        (("hands_on", "8"),),
        "in_person",
        "8",
    ),
    (
        "Myofascial Release: Lower Body",
        "Coastal Bodywork Institute",
        (("hands_on", "8"),),
        "in_person",
        "8",
    ),
    (
        "Prenatal Massage Certification, Part 1",
        "Mother & Child Massage Co.",
        (("hands_on", "6"),),
        "in_person",
        "6",
    ),
    (
        "Self-Care for the Working Therapist",
        "Balanced Practice Online",
        (("self_care", "2"),),
        "self_study",
        "2",
    ),
    (
        "Oncology Massage: Safety and Adaptation",
        "Integrative Care Education",
        (("hands_on", "4"), ("research", "2")),
        "in_person",
        "6",
    ),
    (
        "Research Literacy for Massage Therapists",
        "Massage Research Guild",
        (("research", "3"),),
        "live_online",
        "3",
    ),
    (
        "Infection Control and Communicable Disease",
        "CE Anywhere",
        (("communicable_disease", "2"),),
        "self_study",
        "2",
    ),
    (
        "New York Infection Control (Mandatory)",
        "Empire CE",
        (("communicable_disease", "4"),),
        "live_online",
        "4",
    ),
    (
        "Lymphatic Drainage Fundamentals",
        "Coastal Bodywork Institute",
        (("hands_on", "12"),),
        "in_person",
        "12",
    ),
    (
        "Business Skills: Insurance Billing & CPT Codes",
        "Practice Builders",
        (("business", "3"),),
        "live_online",
        "3",
    ),
    (
        "Ethics in the Digital Age",
        "Ethics First Seminars",
        (("ethics", "2"), ("professional_boundaries", "1")),
        "live_online",
        "3",
    ),
    (
        "Sports Massage: Pre- and Post-Event",
        "Athletic Touch Seminars",
        (("hands_on", "7"),),
        "in_person",
        "7",
    ),
    (
        "Trigger Point Therapy Refresher",
        "Athletic Touch Seminars",
        (("hands_on", "4"),),
        "in_person",
        "4",
    ),
    (
        "Pain Science for Manual Therapists",
        "Massage Research Guild",
        (("pain_management", "3"),),
        "self_study",
        "3",
    ),
    ("Adult CPR/AED", "Heartsaver Training Center", (("cpr", "4"),), "in_person", "4"),
    (
        "Cupping for Soft Tissue",
        "Coastal Bodywork Institute",
        (("hands_on", "6"),),
        "in_person",
        "6",
    ),
)


#: The courses of the earlier cycles: other titles, because a therapist does not retake the
#: same elective, and NCBTMB counts a course once ever (a demo whose recent courses were all
#: retakes showed board certification at 0 of 24 hours).
EARLIER_COURSES = (
    ("Medical Errors: Root Cause and Prevention", "Sunshine CE Institute",
     (("medical_errors", "2"),), "self_study", "2"),
    ("Florida Massage Law Update: Recent Rule Changes", "Sunshine CE Institute",
     (("laws_rules", "2"),), "live_online", "2"),
    ("Boundaries and the Therapeutic Relationship", "Ethics First Seminars",
     (("ethics", "3"),), "in_person", "3"),
    ("Recognizing Human Trafficking in the Treatment Room", "Sunshine CE Institute",
     (("human_trafficking", "1"),), "self_study", "1"),
    ("Deep Tissue Techniques for the Neck and Shoulders", "Coastal Bodywork Institute",
     (("hands_on", "8"),), "in_person", "8"),
    ("Hip and Low Back: Assessment and Technique", "Coastal Bodywork Institute",
     (("hands_on", "8"),), "in_person", "8"),
    ("Geriatric Massage: Safe Practice", "Integrative Care Education",
     (("hands_on", "6"),), "in_person", "6"),
    ("Body Mechanics and Injury Prevention", "Balanced Practice Online",
     (("self_care", "2"),), "self_study", "2"),
    ("Chair Massage for Events", "Athletic Touch Seminars",
     (("hands_on", "6"),), "in_person", "6"),
    ("Reading a Research Abstract", "Massage Research Guild",
     (("research", "3"),), "live_online", "3"),
)


def _next_odd_year_aug31(today: dt.date) -> dt.date:
    year = today.year if today <= dt.date(today.year, 8, 31) else today.year + 1
    return dt.date(year if year % 2 else year + 1, 8, 31)


def demo_bundle(today: dt.date | None = None, extra_courses: int = 0) -> Bundle:
    """Build the sample as records (no database needed)."""
    today = today or dt.date.today()
    rng = random.Random(20261127)
    therapist = Therapist(
        "Mai",
        "Trần-Ellis",
        dt.date(1988, 8, 14),
        "mai.tran-ellis@example.org",
        "+1 305 555 0142",
        "1200 Ocean Drive, Miami Beach, FL 33139",
        id=1,
    )
    start = today - relativedelta(years=6, months=3)
    program = TrainingProgram(
        "Gulf Coast School of Massage",
        "Massage Therapy Diploma (750 hours)",
        start,
        start + relativedelta(months=10),
        tuple(TrainingHours(s, d, D(h)) for s, d, h in PROGRAM_HOURS),
        "FL",
        id=1,
    )
    grad = program.end_date or start
    exams = (
        ExamAttempt(
            "mblex",
            "failed",
            applied_date=grad + relativedelta(days=5),
            authorized_date=grad + relativedelta(days=12),
            test_date=grad + relativedelta(days=40),
            result_date=grad + relativedelta(days=40),
            id=1,
        ),
        ExamAttempt(
            "mblex",
            "passed",
            applied_date=grad + relativedelta(days=72),
            authorized_date=grad + relativedelta(days=75),
            test_date=grad + relativedelta(days=90),
            result_date=grad + relativedelta(days=90),
            id=2,
        ),
        ExamAttempt(
            "jurisprudence",
            "passed",
            test_date=grad + relativedelta(days=150),
            result_date=grad + relativedelta(days=150),
            jurisdiction="NY",
            id=3,
        ),
    )
    fl_issue = grad + relativedelta(days=120)
    ny_issue = grad + relativedelta(months=9)
    ncb_issue = today - relativedelta(years=3, months=1)
    fl_expiry = _next_odd_year_aug31(today)
    ncb_expiry = ncb_issue + relativedelta(years=4)
    # New York's triennial period began about seven months ago, so it is still short:
    # the demo shows what a shortfall looks like, not only green cards.
    ny_expiry = (today + relativedelta(months=29)).replace(day=1) + relativedelta(months=1, days=-1)
    credentials = (
        Credential(
            "state_license",
            "FL",
            "MA98765",
            "Licensed Massage Therapist",
            fl_issue,
            fl_expiry,
            id=1,
        ),
        Credential(
            "state_license", "NY", "029876", "Licensed Massage Therapist", ny_issue, ny_expiry, id=2
        ),
        Credential(
            "national_certification",
            "NCBTMB",
            "1293847",
            "Board Certified in Therapeutic Massage & Bodywork",
            ncb_issue,
            ncb_expiry,
            id=3,
        ),
        Credential(
            "cpr_card",
            "American Heart Association",
            "AHA-55-0192",
            "Adult CPR/AED",
            today - relativedelta(months=20),
            today + relativedelta(days=75),  # inside the 90-day reminder window
            id=4,
        ),
        Credential(
            "membership",
            "AMTA",
            "AMTA-448210",
            "Professional Member",
            today - relativedelta(years=5),
            today + relativedelta(months=7),
            id=5,
        ),
    )
    courses: list[Course] = []
    certificates: dict[str, Certificate] = {}
    for i in range(30):
        title, provider, topics, delivery, hours = (
            COURSE_CATALOGUE + EARLIER_COURSES
        )[i]
        completed = today - relativedelta(days=20 + (i * 47) % 1440)
        hours_d = D(hours)
        approvals: tuple[Approval, ...] = (Approval("NCBTMB", f"{451000 + i * 13}-{i % 9:02d}"),)
        if "Florida" in title or i % 4 == 0:
            approvals += (Approval("FL", f"50-{12000 + i * 7}"),)
        course = Course(
            title,
            provider,
            completed,
            hours_d,
            delivery,
            hour_minutes=50 if provider == "Coastal Bodywork Institute" else 60,
            topics=tuple(TopicHours(t, D(h)) for t, h in topics),
            approvals=approvals,
            applies_to=(2,) if title.startswith("New York") else None,
            id=i + 1,
        )
        if i % 3 != 2:  # two courses in three have a certificate
            make = certificate_pdf if i % 2 else certificate_png
            data = make(course, therapist.full_name)
            sha = hashlib.sha256(data).hexdigest()
            kind = "pdf" if i % 2 else "png"
            certificates[sha] = Certificate(
                sha,
                f"certificate-{i + 1:02d}.{kind}",
                f"{'application/pdf' if kind == 'pdf' else 'image/png'}",
                data,
            )
            course = replace(course, certificate_sha256=sha)
        courses.append(course)
    courses.extend(_synthetic(rng, today, extra_courses, first_id=len(courses) + 1))
    school = ClassBundle(
        1, "Gulf Coast School of Massage", f"Class of {today.year}", demo_graduates(rng, today)
    )
    return Bundle(
        therapist=therapist,
        programs=(program,),
        exams=exams,
        credentials=credentials,
        courses=tuple(courses),
        certificates=tuple(certificates.values()),
        classes=(school,),
        settings={"reminder_days": "90,60,30,7"},
    )


def _synthetic(rng: random.Random, today: dt.date, count: int, first_id: int) -> list[Course]:
    topics = ("hands_on", "ethics", "general", "research", "self_care", "business")
    deliveries = ("in_person", "live_online", "self_study")
    out = []
    for n in range(count):
        hours = D(rng.choice((1, 2, 3, 4, 6, 8)))
        topic = topics[n % len(topics)]
        out.append(
            Course(
                f"Synthetic course {n + 1:06d}: {topic.replace('_', ' ')}",
                f"Provider {n % 97:02d}",
                today - relativedelta(days=1 + n % 1460),
                hours,
                deliveries[n % 3],
                topics=(TopicHours(topic, hours),),
                id=first_id + n,
            )
        )
    return out
