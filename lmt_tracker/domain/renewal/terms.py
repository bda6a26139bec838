"""Shared terms of CE judging: exact zero and rounding, the national body, and words.

The renewal modules (``requirement``, ``problem``, ``findings``, ``lines``
and ``renewal``) all speak of deliveries, topics and approvals the same way; this
module is where those words and the approval test are defined once.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from lmt_tracker.domain.core.records import Course

ZERO: Final = Decimal(0)
CENT: Final = Decimal("0.01")
NATIONAL_BODY: Final = "NCBTMB"
NATIONAL: Final = frozenset({NATIONAL_BODY})
DELIVERY_WORDS: Final = {
    "in_person": "in-person",
    "live_online": "live online",
    "self_study": "self-study",
}

TOPIC_WORDS: Final = {
    "laws_rules": "laws and rules",
    "medical_errors": "medical-errors",
    "human_trafficking": "human-trafficking",
    "communicable_disease": "communicable-disease",
    "cpr": "CPR",
    "hands_on": "hands-on",
    "self_care": "self-care",
    "professional_boundaries": "professional-boundaries",
    "child_abuse": "child-abuse",
    "pain_management": "pain-management",
    "cultural_competency": "cultural-competency",
    "health_equity": "health-equity",
    "implicit_bias": "implicit-bias",
    "sexual_misconduct": "sexual-misconduct",
    "domestic_violence": "domestic-violence",
}


def topic_words(key: str) -> str:
    """A topic key as words for messages: ``laws_rules`` -> "laws and rules"."""
    return TOPIC_WORDS.get(key, key.replace("_", " "))


def round_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def approved_for(course: Course, bodies: frozenset[str]) -> bool:
    # Most courses record no approval: answered without starting a generator.
    return bool(course.approvals) and any(
        a.approved and a.body.strip().upper() in bodies for a in course.approvals
    )
