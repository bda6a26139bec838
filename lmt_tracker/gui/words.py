"""Readable words for the stable keys the core uses (topics, deliveries, kinds, statuses)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

_WORDS = {
    "anatomy_physiology": "Anatomy & physiology",
    "massage_theory_technique": "Massage theory & technique",
    "clinical_practicum": "Clinical practicum",
    "laws_rules": "Laws & rules",
    "first_aid_cpr": "First aid & CPR",
    "hygiene_sanitation": "Hygiene & sanitation",
    "communicable_disease": "Communicable disease",
    "spa_therapies": "Spa therapies",
    "trigger_point": "Trigger point",
    "classroom": "Classroom",
    "online": "Online",
    "clinical": "Supervised clinic",
    "medical_errors": "Medical errors",
    "human_trafficking": "Human trafficking",
    "cpr": "CPR",
    "hands_on": "Hands-on",
    "self_care": "Self-care",
    "professional_boundaries": "Boundaries",
    "health_equity": "Health equity",
    "implicit_bias": "Implicit bias",
    "child_abuse": "Child abuse",
    "pain_management": "Pain management",
    "cultural_competency": "Cultural competency",
    "sexual_misconduct": "Sexual misconduct",
    "domestic_violence": "Domestic violence",
    "in_person": "In person",
    "live_online": "Live online",
    "self_study": "Self-study",
    "mblex": "MBLEx",
    "ncbtmb_exam": "NCBTMB exam",
    "bcetmb": "BCETMB",
    "state_exam": "State exam",
    "jurisprudence": "Jurisprudence",
    "practical_exam": "Practical exam",
    "amma": "AMMA exam",
    "ncca": "NCCA exam",
    "state_license": "State licence",
    "national_certification": "National certification",
    "membership": "Membership",
    "cpr_card": "CPR card",
    "no_show": "No-show",
}


def word(key: str | None) -> str:
    """``laws_rules`` → "Laws & rules"; an unknown key becomes "Spaced words"."""
    if not key:
        return ""
    if key in _WORDS:
        return _WORDS[key]
    if key != key.lower() or " " in key:
        return key  # already words (a rule's own label)
    return key.replace("_", " ").capitalize()


def hours(value: Decimal | None) -> str:
    """12 → "12", 2.5 → "2.5", 15353.2000 → "15,353.2" (never scientific notation)."""
    if value is None:
        return "—"
    rounded = value.quantize(Decimal("0.01"))
    text = f"{rounded:,.2f}".rstrip("0").rstrip(".")
    return text


def date(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def days(count: int) -> str:
    if count == 0:
        return "today"
    if count < 0:
        return f"{-count} day{'s' if count != -1 else ''} ago"
    return f"in {count} day{'s' if count != 1 else ''}"
