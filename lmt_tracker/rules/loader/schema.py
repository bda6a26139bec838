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

_NOTE_KEYS = frozenset({"source", "unknown", "unverified"})
_SOURCE_ID = re.compile(r"^[A-Za-z0-9_-]+$")
_STATE_CODE = re.compile(r"^[A-Z]{2}$")
_NATIONAL_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")
_URL = re.compile(r"^https?://\S+$")
_LETTER_PART = re.compile(r"^([A-Z])(?:-([A-Z]))?$")

_TOP_KEYS = frozenset(
    {"schema", "code", "name", "kind", "board", "board_url", "notes", "sources", "version"}
)
_SOURCE_KEYS = frozenset({"title", "url", "section", "checked", "kind"})
_VERSION_KEYS = frozenset(
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
_ENTRY_ITEMS = frozenset(
    {"subjects", "subject_caps", "exams", "exam_policy", "conditions", "routes"}
)
_ENTRY_KEYS = (
    _NOTE_KEYS
    | _ENTRY_ITEMS
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
_SUBJECT_KEYS = frozenset(
    {"label", "group", "hours", "online_counts", "max_online_hours", "max_hours_from", "source"}
)
_SUBJECT_CAP_KEYS = frozenset({"label", "group", "max_hours", "source"})
_EXAM_KEYS = frozenset({"any_of", "label", "within_years", "passed_before", "source"})
_ROUTE_KEYS = frozenset(
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
_ROUTE_REPLACES = frozenset({"training", "exams"})
_ONLINE_LIMIT_APPLIES_TO = frozenset({"all", "out_of_state"})
_EXAM_POLICY_KEYS = frozenset({"max_attempts", "state_authorization", "source"})
_CONDITION_KEYS = frozenset({"key", "label", "source"})
_RENEWAL_KEYS = _NOTE_KEYS | {
    "period_years",
    "pattern",
    "month",
    "day",
    "year_parity",
    "anchor_year",
    "stagger",
}
_STAGGER_KEYS = frozenset({"letters", "parity", "month", "day", "year_parity"})
_CE_ITEMS = frozenset({"topics", "topic_caps", "first_cycle_topics", "extra"})
_CE_KEYS = (
    _NOTE_KEYS
    | _CE_ITEMS
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
_TOPIC_KEYS = frozenset(
    {"key", "min_hours", "label", "delivery", "also", "approved_by", "source"}
)
_EXTRA_KEYS = frozenset(
    {"key", "hours", "label", "per_year", "once_after", "inside_total", "source"}
)
_TOPIC_CAP_KEYS = frozenset({"key", "max_hours", "source"})
_YEARS_KEYS = frozenset(
    {"after_years", "hours", "topics", "in_person_min_hours", "hands_on_min_hours"}
)

_SELECTED_BY = frozenset({"application", "program_start"})
_PARITIES = frozenset({"odd", "even"})
_STAGGER_YEAR_PARITIES = frozenset({"odd", "even", "any"})
_STAGGERED = frozenset({"license_number_parity", "last_name"})
_PATTERN_KEYS: Mapping[str, frozenset[str]] = {
    "fixed_date": frozenset({"month", "day", "year_parity", "anchor_year"}),
    "birth_month_end": frozenset({"year_parity"}),
    "birth_month_day": frozenset({"day", "year_parity"}),
    "birthday": frozenset({"year_parity"}),
    "from_issue": frozenset(),
    "from_issue_month_end": frozenset(),
    "license_number_parity": frozenset({"stagger"}),
    "last_name": frozenset({"stagger"}),
    "unknown": frozenset(),
}
_PATTERN_NEEDS: Mapping[str, tuple[str, ...]] = {
    "fixed_date": ("month", "day"),
    "birth_month_day": ("day",),
    "license_number_parity": ("stagger",),
    "last_name": ("stagger",),
}
_CE_MINIMUMS_WITHIN_TOTAL = ("in_person_min_hours", "hands_on_min_hours", "first_cycle_hours")
