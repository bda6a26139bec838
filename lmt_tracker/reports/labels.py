"""Words for the stable keys, as a board reader expects them printed.

Keys (``anatomy_physiology``, ``self_study``, ``mblex``) are for machines; a printed
report shows "Anatomy and physiology", "Self-study", "MBLEx". An unknown key (a
rule file may add one) is shown in a readable form rather than dropped.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

_WORDS = {
    # entry subjects
    "anatomy_physiology": "Anatomy and physiology",
    "massage_theory_technique": "Massage theory and technique",
    "clinical_practicum": "Clinical practicum",
    "laws_rules": "Laws and rules",
    "first_aid_cpr": "First aid and CPR",
    "hygiene_sanitation": "Hygiene and sanitation",
    "communicable_disease": "Communicable disease",
    "spa_therapies": "Spa therapies",
    "trigger_point": "Trigger point",
    # training delivery
    "classroom": "Classroom",
    "online": "Online",
    "clinical": "Supervised clinic",
    "apprenticeship": "Apprenticeship",
    # CE topics
    "medical_errors": "Prevention of medical errors",
    "human_trafficking": "Human trafficking",
    "cpr": "CPR",
    "hands_on": "Hands-on technique",
    "self_care": "Self-care",
    "professional_boundaries": "Professional boundaries",
    "health_equity": "Health equity",
    "implicit_bias": "Implicit bias",
    "child_abuse": "Child abuse",
    "pain_management": "Pain management",
    "cultural_competency": "Cultural competency",
    "sexual_misconduct": "Sexual misconduct",
    "domestic_violence": "Domestic violence",
    # CE delivery
    "in_person": "In person",
    "live_online": "Live online",
    "self_study": "Self-study",
    # exams
    "mblex": "MBLEx",
    "ncbtmb_exam": "NCBTMB exam",
    "bcetmb": "BCETMB",
    "state_exam": "State exam",
    "jurisprudence": "Jurisprudence (law) exam",
    "practical_exam": "Practical exam",
    "amma": "AMMA exam",
    "ncca": "NCCA exam",
    # credential kinds and statuses
    "state_license": "State licence",
    "national_certification": "National certification",
    "membership": "Membership",
    "cpr_card": "CPR card",
    "no_show": "No-show",
    "to_confirm": "To confirm",
    # regulation
    "license": "Licence",
    "none": "Not regulated by the state",
}

_CENT = Decimal("0.01")


def word(key: str | None) -> str:
    """The printed word for a vocabulary key."""
    if not key:
        return ""
    found = _WORDS.get(key)
    if found:
        return found
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def hours(value: Decimal | None) -> str:
    """``12``, ``2.5``, ``0.83``; empty for None (never scientific notation)."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.quantize(_CENT, rounding=ROUND_HALF_UP), "f").rstrip("0").rstrip(".")


def date(value: dt.date | None) -> str:
    """ISO dates: unambiguous for any reader (2026-03-31)."""
    return value.isoformat() if value is not None else ""
