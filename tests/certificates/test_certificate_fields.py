"""Title, provider, name, delivery, approvals and topics read from certificate text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.certificates.course import course_from_reading, duplicate_of, same_person
from lmt_tracker.certificates.parse import parse_text
from lmt_tracker.domain.core.records import Approval, Course, TopicHours

SENTENCE = """Certificate of Completion
This certifies that
Jane Q. Doe, LMT
has successfully completed
Ethics for Massage Therapists
a home study course, on March 5, 2025
3.0 CE Hours
Presented by Coastal Bodywork Institute
NCBTMB Approved Provider #451234-12
Florida Board of Massage Therapy Provider #50-12345
"""

LABELLED = """CERTIFICATE OF ATTENDANCE
Participant: John Smith
License #: MA12345
Course Title: Florida Laws and Rules / Prevention of Medical Errors
Provider: Sunshine CE Seminars, LLC
Date of Completion: 11/18/2024
Contact Hours: 2
Includes 1 hour of medical errors
Delivery: Live webinar
CE Broker Tracking #20-123456
"""


def test_the_certifies_that_sentence() -> None:
    r = parse_text(SENTENCE)
    assert r.participant and r.participant.value == "Jane Q. Doe"  # LMT is not the name
    assert r.title and r.title.value == "Ethics for Massage Therapists"
    assert r.provider and r.provider.value == "Coastal Bodywork Institute"
    assert r.provider.evidence == "Presented by Coastal Bodywork Institute"
    assert r.completed and r.completed.value == dt.date(2025, 3, 5)
    assert r.hours and (r.hours.hours, r.hours.hour_minutes) == (Decimal("3.0"), 60)
    assert r.delivery and r.delivery.value == "self_study"
    assert [(a.body, a.number) for a in r.approvals] == [("NCBTMB", "451234-12"),
                                                         ("FL", "50-12345")]
    assert [(t.key, t.hours) for t in r.topics] == [("ethics", Decimal("3.0"))]


def test_labelled_fields_and_the_participants_licence_is_not_an_approval() -> None:
    r = parse_text(LABELLED)
    assert r.participant and r.participant.value == "John Smith"
    assert r.title and r.title.confidence == "high"
    assert r.provider and r.provider.value == "Sunshine CE Seminars, LLC"
    assert r.delivery and r.delivery.value == "live_online"
    assert [(a.body, a.number) for a in r.approvals] == [("CE Broker", "20-123456")]
    topics = {t.key: t.hours for t in r.topics}
    assert topics == {"medical_errors": Decimal(1), "laws_rules": Decimal(1)}  # 2 - 1 left


def test_approval_body_on_the_lines_above_the_number() -> None:
    r = parse_text("Certificate of Completion for Jane Doe\nThe Body Academy is approved by "
                   "the National Certification Board for\nTherapeutic Massage & Bodywork as a "
                   "continuing education\nApproved Provider. Provider # 1012345")
    assert [(a.body, a.number) for a in r.approvals] == [("NCBTMB", "1012345")]
    assert r.provider and r.provider.value == "The Body Academy"


def test_a_state_named_in_words_becomes_its_code() -> None:
    r = parse_text("Certificate for a course\nTexas Department of Licensing and Regulation "
                   "CE Provider #CE1234\nand more words here to read")
    assert [(a.body, a.number) for a in r.approvals] == [("TX", "CE1234")]


def test_text_in_another_script_finds_nothing_and_says_so() -> None:
    r = parse_text("Сертификат о прохождении курса\nИванова Анна Сергеевна\n3 часа")
    assert (r.title, r.provider, r.completed, r.hours) == (None, None, None, None)
    assert r.notes == ("no English certificate wording was found in the text",)


def test_a_complete_reading_becomes_a_course_draft() -> None:
    draft = course_from_reading(parse_text(SENTENCE), "ab" * 32)
    assert draft.missing == () and draft.unsure == ()
    assert draft.course == Course(
        "Ethics for Massage Therapists", "Coastal Bodywork Institute", dt.date(2025, 3, 5),
        Decimal("3.0"), "self_study", 60, (TopicHours("ethics", Decimal("3.0")),),
        (Approval("NCBTMB", "451234-12"), Approval("FL", "50-12345")),
        certificate_sha256="ab" * 32)


def test_minutes_only_is_stored_as_minutes() -> None:
    r = parse_text("This certifies that Maria Garcia\nhas completed \"Cupping Basics\"\n"
                   "180 minutes of in-person instruction\nProvider: The Body Academy\n"
                   "Date: 5 March 2025")
    draft = course_from_reading(r)
    assert draft.course is not None
    assert (draft.course.hours, draft.course.hour_minutes) == (Decimal(180), 1)
    assert draft.course.topics == (TopicHours("hands_on", Decimal(180)),)


def test_missing_and_doubtful_fields_are_named() -> None:
    draft = course_from_reading(parse_text("Certificate of Completion\nJane Doe has completed "
                                           "Pain Science Today\n3 CEUs\nCompleted 2025-01-02"))
    assert draft.course is None
    assert set(draft.missing) == {"provider", "delivery"}
    assert draft.unsure == ("hours",)


def test_same_person_ignores_middle_names_order_and_accents() -> None:
    assert same_person("Jane Q. Doe", "Jane Doe")
    assert same_person("DOE, JANE", "Jane Doe")
    assert same_person("Ana Lopes", "Ána López".replace("z", "s"))
    assert not same_person("John Smith", "Jane Doe")


def test_duplicates_by_certificate_and_by_title_date_provider() -> None:
    base = Course("Ethics", "CE Co", dt.date(2025, 1, 2), Decimal(3), "in_person",
                  certificate_sha256="a" * 64, id=7)
    same_file = Course("Other", "X", dt.date(2024, 1, 1), Decimal(1), "in_person",
                       certificate_sha256="a" * 64)
    same_words = Course(" ethics ", "ce  co", dt.date(2025, 1, 2), Decimal(3), "self_study")
    other = Course("Ethics", "CE Co", dt.date(2025, 1, 3), Decimal(3), "in_person")
    assert duplicate_of(same_file, [base]) is base
    assert duplicate_of(same_words, [base]) is base
    assert duplicate_of(other, [base]) is None
