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
import io
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
    Graduate,
    Therapist,
    TopicHours,
    TrainingHours,
    TrainingProgram,
)

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

# The demo school's curriculum: 650 hours that meet Florida's subject minimums
# (64B7-32.003: anatomy and physiology group 150, theory 100, clinical practicum 125,
# allied modalities 76, business 15, hydrotherapy 15, laws and rules 10, ethics 4,
# HIV/AIDS 3), with a margin on each; fewer other states' minimums are met.
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


_DELIVERY_WORDS = {"in_person": "In-person workshop", "live_online": "Live online webinar",
                   "self_study": "Home study course"}
_TOPIC_WORDS = {"laws_rules": "laws and rules", "hands_on": "hands-on technique",
                "self_care": "self-care"}
_APPROVAL_WORDS = {"NCBTMB": "NCBTMB Approved Provider", "FL": "Florida Board of Massage Therapy "
                   "Provider", "NY": "New York State Education Department Provider"}


def certificate_lines(course: Course, name: str) -> list[str]:
    """What a demo certificate prints: the wording of a typical CE provider's certificate.

    Everything the course record holds is on it, so reading the certificate back
    (``lmt_tracker.certificates``) gives the course it came from.
    """
    when = f"{course.completed:%B} {course.completed.day}, {course.completed.year}"
    unit = "50-minute CE hours" if course.hour_minutes == 50 else "CE hours"
    lines = ["Certificate of Completion", "This certifies that", name,
             "has successfully completed", course.title[:70],
             f"{_DELIVERY_WORDS[course.delivery]}, completed on {when}",
             f"{course.hours} {unit}", f"Presented by {course.provider}"]
    if course.topics:
        lines.append("Includes: " + ", ".join(
            f"{t.hours} {'hour' if t.hours == 1 else 'hours'} of "
            f"{_TOPIC_WORDS.get(t.topic, t.topic.replace('_', ' '))}" for t in course.topics))
    lines += [f"{_APPROVAL_WORDS.get(a.body, a.body + ' Provider')} #{a.number}"
              for a in course.approvals]
    return lines


def _certificate_png(course: Course, name: str) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    from lmt_tracker.paths import resource

    # Large and clear, like a scan at about 200 dpi, so it can be read back with OCR.
    image = Image.new("L", (1700, 1250), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((24, 24, 1676, 1226), outline=70, width=8)
    title_font = ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), 58)
    body_font = ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), 34)
    y = 90
    for i, line in enumerate(certificate_lines(course, name)):
        font = title_font if i == 0 else body_font
        width = draw.textlength(line, font=font)
        draw.text(((1700 - width) / 2, y), line, fill=20, font=font)
        y += 100 if i == 0 else 62
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def _certificate_pdf(course: Course, name: str) -> bytes:
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from lmt_tracker.paths import resource

    # DejaVu, not Helvetica: the therapist's name may be Vietnamese, Cyrillic, Greek...
    for face, file_name in (
        ("DemoSans", "DejaVuSans.ttf"),
        ("DemoSans-Bold", "DejaVuSans-Bold.ttf"),
    ):
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(face, str(resource("fonts", file_name))))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=landscape(letter), invariant=True)
    width, height = landscape(letter)
    pdf.setTitle(f"Certificate: {course.title}")
    pdf.setLineWidth(4)
    pdf.rect(30, 30, width - 60, height - 60)
    lines = certificate_lines(course, name)
    pdf.setFont("DemoSans-Bold", 28)
    pdf.drawCentredString(width / 2, height - 100, lines[0])
    pdf.setFont("DemoSans", 15)
    for i, line in enumerate(lines[1:]):
        pdf.drawCentredString(width / 2, height - 160 - i * 30, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _graduates(rng: random.Random, today: dt.date) -> tuple[Graduate, ...]:
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
        title, provider, topics, delivery, hours = COURSE_CATALOGUE[i % len(COURSE_CATALOGUE)]
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
            make = _certificate_pdf if i % 2 else _certificate_png
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
        1, "Gulf Coast School of Massage", f"Class of {today.year}", _graduates(rng, today)
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
