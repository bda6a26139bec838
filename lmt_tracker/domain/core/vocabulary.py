"""The stable keys shared by the database, CSV import, command line and rule files.

Documented in ``state_requirements/README.md``; a test keeps the two in step.
"""

from __future__ import annotations

REGULATIONS = frozenset({"license", "certification", "registration", "voluntary", "none"})
JURISDICTION_KINDS = frozenset({"state", "district", "territory", "national"})

ENTRY_SUBJECTS = frozenset(
    {
        "anatomy",
        "physiology",
        "anatomy_physiology",
        "kinesiology",
        "pathology",
        "massage_theory_technique",
        "hydrotherapy",
        "clinical_practicum",
        "ethics",
        "business",
        "laws_rules",
        "first_aid_cpr",
        "hygiene_sanitation",
        "communicable_disease",
        "electives",
        "myology",
        "neurology",
        "research",
        "psychology",
        "trigger_point",
        "spa_therapies",
    }
)

TRAINING_DELIVERY = frozenset({"classroom", "online", "clinical", "apprenticeship"})

CE_TOPICS = frozenset(
    {
        "ethics",
        "laws_rules",
        "medical_errors",
        "human_trafficking",
        "communicable_disease",
        "cpr",
        "hands_on",
        "self_care",
        "professional_boundaries",
        "health_equity",
        "implicit_bias",
        "child_abuse",
        "pain_management",
        "cultural_competency",
        "research",
        "business",
        "sexual_misconduct",
        "opioids",
        "domestic_violence",
        "informal_study",
        "board_meeting",
        "general",
    }
)

CE_DELIVERY = frozenset({"in_person", "live_online", "self_study"})

EXAMS = frozenset(
    {
        "mblex",
        "ncbtmb_exam",
        "bcetmb",
        "state_exam",
        "jurisprudence",
        "practical_exam",
        "amma",
        "ncca",
        "colon_hydrotherapy",
    }
)

CONDITIONS = frozenset(
    {
        "background_check",
        "fingerprints",
        "cpr_card",
        "first_aid_card",
        "liability_insurance",
        "references",
        "good_moral_character",
        "health_certificate",
        "hiv_course",
        "high_school_diploma",
        "photo",
        "citizenship_or_residency",
        "local_license",
        "professional_membership",
        "other",
    }
)

RENEWAL_PATTERNS = frozenset(
    {
        "fixed_date",
        "birth_month_end",
        "birthday",
        "birth_month_day",
        "from_issue",
        "from_issue_month_end",
        "license_number_parity",
        "last_name",
        "unknown",
    }
)

#: ``issue_year``: renewals fall in the issue year plus whole periods, never in the issue
#: year itself (Oklahoma: a license issued in 2024 renews in the birth month of 2026).
YEAR_PARITIES = frozenset({"odd", "even", "any", "match_birth_year", "issue_year"})
#: Where the first renewal falls: ``next`` (the first date of the pattern after the issue)
#: or ``within_period`` (the last date of the pattern at most ``period_years`` after the
#: issue: a first period shortened to meet it, New York's prorated first registration).
FIRST_RENEWALS = frozenset({"next", "within_period"})
FIRST_CYCLE_RULES = frozenset(
    {"full", "exempt", "prorated_monthly", "per_month", "chart", "reduced", "next_full_cycle"}
)
#: What a first-cycle exemption may depend on.
FIRST_CYCLE_CONDITIONS = frozenset({"by_examination"})
#: How a license was first granted in a jurisdiction (``Credential.licensed_by``).
LICENSED_BY = frozenset({"examination", "endorsement"})
#: Where a CE period's dates come from (``[version.ce] period_basis``).
CE_PERIOD_BASES = frozenset({"licence", "calendar", "calendar_before_renewal", "assigned"})
#: How a certificate's minutes become a rule's hours (``[version.ce] minutes_count``).
MINUTES_COUNTS = frozenset({"fraction", "whole", "half_hour", "clock_hour"})
#: Which rule version judges a CE period when a rule changes inside it.
CE_SELECTED_BY = frozenset({"period_start", "renewal_date"})
SOURCE_KINDS = frozenset({"statute", "regulation", "board_page", "secondary"})

CREDENTIAL_KINDS = frozenset({"state_license", "national_certification", "membership", "cpr_card"})
CREDENTIAL_STATUSES = frozenset({"active", "inactive", "retired", "lapsed"})
EXAM_STATUSES = frozenset(
    {"applied", "authorized", "scheduled", "passed", "failed", "no_show", "expired"}
)
HOUR_LENGTHS = frozenset({50, 60})
#: Units a course's hours may be stated in: 60- or 50-minute hours, or minutes (1).
COURSE_UNITS = frozenset({1, 50, 60})
