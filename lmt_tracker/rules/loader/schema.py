"""The rule-file schema: which keys each table accepts and which values some keys take.

Kept in one place so the accepted layout can be read (and checked against the README
layout, see ``tests/test_rules_data.py``) without reading the readers. Only constants
live here; the section readers (``entry``, ``renewal``, ``ce``, ``versions``,
``document``) apply them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

SCHEMA_VERSION = 1
MAX_HOURS = Decimal(10000)  # above any real requirement: a larger figure is a typo
NATIONAL_DIR = "national"

NOTE_KEYS = frozenset({"source", "unknown", "unverified"})
SOURCE_ID = re.compile(r"^[A-Za-z0-9_-]+$")
STATE_CODE = re.compile(r"^[A-Z]{2}$")
NATIONAL_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")
URL = re.compile(r"^https?://\S+$")
LETTER_PART = re.compile(r"^([A-Z])(?:-([A-Z]))?$")

TOP_KEYS = frozenset(
    {"schema", "code", "name", "kind", "board", "board_url", "notes", "sources", "version"}
)
SOURCE_KEYS = frozenset({"title", "url", "section", "checked", "kind"})
VERSION_KEYS = frozenset(
    {
        "effective",
        "ends",
        "regulation",
        "title",
        "abbreviation",
        "sources",
        "notes",
        "entry",
        "renewal",
        "ce",
    }
)
ENTRY_ITEMS = frozenset(
    {"subjects", "subject_caps", "exams", "exam_policy", "conditions", "routes"}
)
ENTRY_KEYS = (
    NOTE_KEYS
    | ENTRY_ITEMS
    | {
        "selected_by",
        "total_hours",
        "min_age",
        "online_counts",
        "max_online_hours",
        "max_online_share",
        "min_clinical_hours",
        "cpr_counts",
        "online_limit_applies_to",
        "hour_minutes",
        "cite",
        "completed_within_years",
    }
)
SUBJECT_KEYS = frozenset(
    {"label", "group", "hours", "online_counts", "max_online_hours", "max_hours_from", "source"}
)
SUBJECT_CAP_KEYS = frozenset({"label", "group", "max_hours", "source"})
EXAM_KEYS = frozenset({"any_of", "label", "within_years", "passed_before", "source"})
ROUTE_KEYS = frozenset(
    {
        "key",
        "label",
        "replaces",
        "exams_any_of",
        "total_hours",
        "licensed_elsewhere_years",
        "good_standing",
        "source",
    }
)
ROUTE_REPLACES = frozenset({"training", "exams"})
ONLINE_LIMIT_APPLIES_TO = frozenset({"all", "out_of_state"})
EXAM_POLICY_KEYS = frozenset({"max_attempts", "state_authorization", "source"})
CONDITION_KEYS = frozenset({"key", "label", "source"})
RENEWAL_KEYS = NOTE_KEYS | {
    "period_years",
    "pattern",
    "month",
    "day",
    "year_parity",
    "anchor_year",
    "first_renewal",
    "stagger",
}
STAGGER_KEYS = frozenset({"letters", "parity", "month", "day", "year_parity"})
CE_ITEMS = frozenset({"topics", "topic_caps", "first_cycle_topics", "extra"})
CE_KEYS = (
    NOTE_KEYS
    | CE_ITEMS
    | {
        "required",
        "hours",
        "period_years",
        "period_end_parity",
        "hour_minutes",
        "in_person_min_hours",
        "hands_on_min_hours",
        "online_max_hours",
        "self_study_max_hours",
        "self_study_max_share",
        "daily_max_hours",
        "repeat_within_years",
        "carry_over_max_hours",
        "national_provider_min_share",
        "approved_providers",
        "first_cycle",
        "first_cycle_hours",
        "first_cycle_condition",
        "first_cycle_exempt_months",
        "repeat_once_ever",
        "first_cycle_hours_per_month",
        "first_cycle_max_hours",
        "first_cycle_chart",
        "minutes_count",
        "period_basis",
        "selected_by",
        "unapproved_max_hours",
        "approving_bodies",
        "years_in_practice",
        "grace_days",
    }
)
TOPIC_KEYS = frozenset(
    {"key", "min_hours", "label", "delivery", "also", "approved_by", "source"}
)
EXTRA_KEYS = frozenset(
    {"key", "hours", "label", "per_year", "once_after", "inside_total", "source"}
)
TOPIC_CAP_KEYS = frozenset({"key", "max_hours", "source"})
YEARS_KEYS = frozenset(
    {"after_years", "hours", "topics", "in_person_min_hours", "hands_on_min_hours"}
)

SELECTED_BY = frozenset({"application", "program_start"})
PARITIES = frozenset({"odd", "even"})
STAGGER_YEAR_PARITIES = frozenset({"odd", "even", "any"})
STAGGERED = frozenset({"license_number_parity", "last_name"})
PATTERN_KEYS: Mapping[str, frozenset[str]] = {
    "fixed_date": frozenset({"month", "day", "year_parity", "anchor_year", "first_renewal"}),
    "birth_month_end": frozenset({"year_parity", "first_renewal"}),
    "birth_month_day": frozenset({"day", "year_parity", "first_renewal"}),
    "birthday": frozenset({"year_parity", "first_renewal"}),
    "from_issue": frozenset(),
    "from_issue_month_end": frozenset(),
    "license_number_parity": frozenset({"stagger"}),
    "last_name": frozenset({"stagger"}),
    "unknown": frozenset(),
}
PATTERN_NEEDS: Mapping[str, tuple[str, ...]] = {
    "fixed_date": ("month", "day"),
    "birth_month_day": ("day",),
    "license_number_parity": ("stagger",),
    "last_name": ("stagger",),
}
CE_MINIMUMS_WITHIN_TOTAL = ("in_person_min_hours", "hands_on_min_hours", "first_cycle_hours")
