"""Words for the stable vocabulary keys, shared by every face of the app.

Keys (``anatomy_physiology``, ``self_study``, ``mblex``) are for machines; people read
"Anatomy and physiology", "Self-study", "MBLEx". ``word`` gives the full form a printed
report uses; ``short_word`` the compact form for table cells and progress bars.
An unknown key (a rule file may add one) becomes readable words rather than vanishing.
"""

from __future__ import annotations

from typing import Final

WORDS: Final = {
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
    "informal_study": "Informal study (reading, research, consultation)",
    "board_meeting": "Attending a board meeting",
    "school_state": "School's state",
    # what a body says of a course
    "approved": "Approved",
    "not_approved": "Not approved",
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
    "colon_hydrotherapy": "Colon hydrotherapy board exam",
    # credential kinds and statuses
    "state_license": "State license",
    "national_certification": "National certification",
    "membership": "Membership",
    "cpr_card": "CPR card",
    "no_show": "No-show",
    "to_confirm": "To confirm",
    # regulation
    "license": "License",
    "none": "Not regulated by the state",
}

SHORT_WORDS: Final = {
    "anatomy_physiology": "Anatomy & physiology",
    "massage_theory_technique": "Massage theory & technique",
    "laws_rules": "Laws & rules",
    "first_aid_cpr": "First aid & CPR",
    "hygiene_sanitation": "Hygiene & sanitation",
    "medical_errors": "Medical errors",
    "hands_on": "Hands-on",
    "professional_boundaries": "Boundaries",
    "jurisprudence": "Jurisprudence",
    "colon_hydrotherapy": "Colon hydrotherapy exam",
}


def _spaced(key: str) -> str:
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def word(key: str | None) -> str:
    """The full word for a key: ``laws_rules`` → "Laws and rules"."""
    if not key:
        return ""
    return WORDS.get(key) or _spaced(key)


def short_word(key: str | None) -> str:
    """The compact word for a key: ``laws_rules`` → "Laws & rules".

    Text that is already words (a rule's own label, with capitals or spaces) is kept.
    """
    if not key:
        return ""
    if key in SHORT_WORDS:
        return SHORT_WORDS[key]
    if key in WORDS:
        return WORDS[key]
    if key != key.lower() or " " in key:
        return key
    return _spaced(key)


def plural(n: int, thing: str, many: str | None = None) -> str:
    """The noun for ``n`` things — "code" for one, "codes" otherwise: never "code(s)"."""
    return thing if n == 1 else (many or thing + "s")


def count(n: int, thing: str, many: str | None = None) -> str:
    """``1 course``, ``3 courses``: the number and its noun agreeing."""
    return f"{n:,} {plural(n, thing, many)}"



def names_only(label: str, key: str) -> bool:
    """Whether a rule's label only names the vocabulary's ``key`` ("Professional ethics"
    for ``ethics``), so that another language may name it in the vocabulary's words
    instead. A label that says more is kept as written, since the vocabulary's word would
    drop what it says: a qualification in parentheses ("(at least 125 hours Swedish)"), a
    long description ("Classroom hours taught in person with hands-on instruction…"), or a
    narrower subject than the key's word ("HIV/AIDS education" filed under communicable
    diseases)."""
    if "(" in label or len(label) > 40:
        return False
    text = label.lower()
    return word(key).lower() in text or short_word(key).lower() in text
