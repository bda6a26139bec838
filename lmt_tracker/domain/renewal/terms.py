"""Shared terms of CE judging: exact zero and rounding, the national body, and words.

The renewal modules (``requirement``, ``problem``, ``findings``, ``lines``
and ``renewal``) all speak of deliveries, topics and approvals the same way; this
module is where those words and the approval test are defined once.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from lmt_tracker.domain.core.phrases import N_, Phrase, joined, ph
from lmt_tracker.domain.core.records import Course

ZERO: Final = Decimal(0)
CENT: Final = Decimal("0.01")
NATIONAL_BODY: Final = "NCBTMB"
NATIONAL: Final = frozenset({NATIONAL_BODY})
FIRST_RENEWAL: Final = ph(N_("First renewal"))
YEARS_IN_PRACTICE: Final = ph(N_("Years in practice"))
DELIVERY_WORDS: Final = {
    "in_person": N_("in-person"),
    "live_online": N_("live online"),
    "self_study": N_("self-study"),
}

TOPIC_WORDS: Final = {
    "laws_rules": N_("laws and rules"),
    "medical_errors": N_("medical-errors"),
    "human_trafficking": N_("human-trafficking"),
    "communicable_disease": N_("communicable-disease"),
    "cpr": N_("CPR"),
    "hands_on": N_("hands-on"),
    "self_care": N_("self-care"),
    "professional_boundaries": N_("professional-boundaries"),
    "child_abuse": N_("child-abuse"),
    "pain_management": N_("pain-management"),
    "cultural_competency": N_("cultural-competency"),
    "health_equity": N_("health-equity"),
    "implicit_bias": N_("implicit-bias"),
    "sexual_misconduct": N_("sexual-misconduct"),
    "domestic_violence": N_("domestic-violence"),
}
#: The topics the rules cap, as the cap findings name them (the key's own words).
CAP_TOPIC_WORDS: Final = (
    N_("business"), N_("communicable disease"), N_("cpr"), N_("human trafficking"),
    N_("informal study"), N_("self care"),
)


def topic_words(key: str) -> str:
    """A topic key as words for messages: ``laws_rules`` -> "laws and rules"."""
    return ph(TOPIC_WORDS[key]) if key in TOPIC_WORDS else key.replace("_", " ")


def cap_topic_words(key: str) -> Phrase:
    """A capped topic as its key's words (``self_care`` -> "self care"), translatable."""
    return ph(key.replace("_", " "))


def delivery_words(key: str) -> str:
    """A delivery key as words for messages: ``in_person`` -> "in-person"."""
    return ph(DELIVERY_WORDS[key]) if key in DELIVERY_WORDS else key


def some_titles(titles: list[str], shown: int = 3) -> Phrase:
    """The first ``shown`` titles, "and N more" for the rest."""
    names = joined(titles[:shown])
    if len(titles) <= shown:
        return names
    return ph(N_("{names} and {n} more"), names=names, n=len(titles) - shown)


def courses(n: int) -> Phrase:
    """"1 course", "3 courses"."""
    return Phrase(N_("{n} course") if n == 1 else N_("{n} courses"), {"n": f"{n:,}"})


def round_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def approved_for(course: Course, bodies: frozenset[str]) -> bool:
    # Most courses record no approval: answered without starting a generator.
    return bool(course.approvals) and any(
        a.approved and a.body.strip().upper() in bodies for a in course.approvals
    )
