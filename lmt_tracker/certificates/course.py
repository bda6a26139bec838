"""A reading becomes a course draft; what is missing, duplicated or made out to someone else.

``certificate add`` stores a course only when every required field was read with at
least medium confidence, the certificate is not already stored, no stored course has
the same title, date and provider, and the name on it is the user's (or absent).
The GUI shows the same draft in the course dialog for the user to confirm.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.certificates.reading import Reading
from lmt_tracker.domain.core.records import Approval, Course, TopicHours

REQUIRED = ("title", "provider", "completed", "hours", "delivery")
FIELD_WORDS = {"title": "course title", "provider": "provider", "completed": "completion date",
               "hours": "hours", "delivery": "delivery (in person, live online or self-study)",
               "participant": "participant's name"}


@dataclass(frozen=True, slots=True)
class Draft:
    """The course a reading suggests, and why it cannot be stored as it is."""

    course: Course | None
    missing: tuple[str, ...]  # required fields not found
    unsure: tuple[str, ...]  # required fields found but to be checked (low confidence)


def course_from_reading(reading: Reading, certificate_sha256: str | None = None) -> Draft:
    """The course draft (``None`` if a required field is missing) with what must be checked."""
    missing = tuple(f for f in REQUIRED if getattr(reading, f) is None)
    unsure = tuple(f for f in REQUIRED
                   if getattr(reading, f) is not None and getattr(reading, f).confidence == "low")
    if missing:
        return Draft(None, missing, unsure)
    assert reading.title and reading.provider and reading.completed and reading.hours \
        and reading.delivery
    hours = reading.hours
    # A printed breakdown ("1 hour of ethics", confidence high) is in hours; a topic that
    # covers the whole course already has the course's hours in the course's unit.
    topics = tuple(TopicHours(t.key, _in_course_units(t.hours, hours.hour_minutes, t.evidence)
                              if t.confidence == "high" else t.hours)
                   for t in reading.topics if t.hours is not None)
    topic_total = sum((t.hours for t in topics), Decimal(0))
    if topic_total > hours.hours:
        topics = ()  # a misread breakdown; the user adds topics by hand
    course = Course(
        title=reading.title.value, provider=reading.provider.value,
        completed=reading.completed.value, hours=hours.hours, delivery=reading.delivery.value,
        hour_minutes=hours.hour_minutes, topics=topics,
        approvals=tuple(Approval(a.body, a.number) for a in reading.approvals),
        notes=_notes(reading), certificate_sha256=certificate_sha256)
    return Draft(course, (), unsure)


def _in_course_units(topic_hours: Decimal, hour_minutes: int, evidence: str) -> Decimal:
    """A topic's printed hours in the course's unit (minutes courses print topics in hours)."""
    if hour_minutes == 1 and not re.search(r"minute|min\b", evidence, re.IGNORECASE):
        return topic_hours * 60
    return topic_hours


def _notes(reading: Reading) -> str:
    names = [t.key.replace("_", " ") for t in reading.topics if t.hours is None]
    if not names:
        return ""
    return "Read from the certificate: also covers " + ", ".join(names) + " (hours not stated)."


def _name_key(name: str) -> frozenset[str]:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return frozenset(w for w in re.findall(r"[a-z]+", text) if len(w) > 1)


def same_person(printed: str, user: str) -> bool:
    """The printed name is the user's when it has their first and last names (any order)."""
    printed_words, user_words = _name_key(printed), _name_key(user)
    if not printed_words or not user_words:
        return True
    user_list = [w for w in re.findall(r"[a-z]+", unicodedata.normalize("NFKD", user).encode(
        "ascii", "ignore").decode().lower()) if len(w) > 1]
    first, last = user_list[0], user_list[-1]
    return first in printed_words and last in printed_words


def duplicate_of(course: Course, stored: list[Course]) -> Course | None:
    """A stored course with the same certificate, or the same title, date and provider."""
    def key(c: Course) -> tuple[str, object, str]:
        return (" ".join(c.title.lower().split()), c.completed,
                " ".join(c.provider.lower().split()))

    for other in stored:
        if course.certificate_sha256 and other.certificate_sha256 == course.certificate_sha256:
            return other
        if key(other) == key(course):
            return other
    return None
