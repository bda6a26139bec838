"""What the reader found on a certificate: each field with the words it came from.

A certificate is read into suggestions, never into a saved course: every value keeps
its ``evidence`` (the printed words, so the user can check it against the page) and a
``confidence`` — ``high`` for a labelled value ("Course title: …"), ``medium`` for a
value found by its usual wording ("has completed …"), ``low`` for a guess the user
must check. ``lmt_tracker.certificates.course`` turns a reading into a course draft.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

CONFIDENCES = ("high", "medium", "low")


@dataclass(frozen=True, slots=True)
class Found:
    """One value read from the certificate, with the words it came from."""

    value: Any
    evidence: str
    confidence: str = "medium"
    note: str = ""


@dataclass(frozen=True, slots=True)
class HoursFound:
    """Course length as printed: ``hours`` in units of ``hour_minutes`` (60, 50, or 1 = minutes)."""

    hours: Decimal
    hour_minutes: int
    unit: str  # the unit as the certificate names it: "CE hours", "contact hours", "minutes"…
    evidence: str
    confidence: str = "medium"
    note: str = ""


@dataclass(frozen=True, slots=True)
class ApprovalFound:
    body: str  # NCBTMB, CE Broker, or a state code (FL, TX…)
    number: str
    evidence: str
    confidence: str = "medium"


@dataclass(frozen=True, slots=True)
class TopicFound:
    key: str  # a CE topic key from the vocabulary
    hours: Decimal | None  # hours of the topic when printed (or the whole course's)
    evidence: str
    confidence: str = "medium"


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything read from one certificate; ``None`` where a field was not found."""

    title: Found | None = None
    provider: Found | None = None
    completed: Found | None = None  # value: datetime.date
    hours: HoursFound | None = None
    delivery: Found | None = None  # value: a CE delivery key
    participant: Found | None = None
    approvals: tuple[ApprovalFound, ...] = ()
    topics: tuple[TopicFound, ...] = ()
    source: str = "none"  # pdf_text | ocr | none: where the text came from
    notes: tuple[str, ...] = field(default=())  # what the reader could not do, and why

    @property
    def completed_date(self) -> dt.date | None:
        return self.completed.value if self.completed else None
