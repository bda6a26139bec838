"""Strict loader: jurisdiction TOML files (``state_requirements/``) into typed rule records.

The rule files are hand-written research; a typo there would silently change what
the app tells a therapist. So nothing is guessed: an unknown key, a wrong type, a
value outside the vocabulary, an impossible figure or a figure without a source is a
problem that names the file, the key path and the value. Every problem of a file is
collected before raising, so one run shows a researcher everything to fix.

``python -m lmt_tracker.rules_loader [FILES...]`` validates files (default: all).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import math
import re
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from lmt_tracker.domain import vocabulary as vocab
from lmt_tracker.domain.rules import (
    CERule,
    Condition,
    EntryRule,
    ExamPolicy,
    ExamRequirement,
    Jurisdiction,
    RenewalRule,
    RuleVersion,
    Source,
    Stagger,
    SubjectMinimum,
    TopicCap,
    TopicMinimum,
    YearsInPractice,
)

_T = TypeVar("_T")

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
_ENTRY_ITEMS = frozenset({"subjects", "exams", "exam_policy", "conditions"})
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
    }
)
_SUBJECT_KEYS = frozenset({"label", "group", "hours", "source"})
_EXAM_KEYS = frozenset({"any_of", "label", "within_years", "source"})
_EXAM_POLICY_KEYS = frozenset({"max_attempts", "state_authorization", "source"})
_CONDITION_KEYS = frozenset({"key", "label", "source"})
_RENEWAL_KEYS = _NOTE_KEYS | {
    "period_years", "pattern", "month", "day", "year_parity", "anchor_year", "stagger"
}
_STAGGER_KEYS = frozenset({"letters", "parity", "month", "day", "year_parity"})
_CE_ITEMS = frozenset({"topics", "topic_caps"})
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
        "years_in_practice",
    }
)
_TOPIC_KEYS = frozenset({"key", "min_hours", "label", "delivery", "source"})
_TOPIC_CAP_KEYS = frozenset({"key", "max_hours", "source"})
_YEARS_KEYS = frozenset({"after_years", "hours"})

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
# Stands in for a section source that could not be resolved; only ever in refused files.
_UNRESOLVED = Source(id="", title="", url="", checked=dt.date.min, kind="")


class RulesError(ValueError):
    """One or more rule files are invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems: list[str] = list(problems)
        super().__init__("\n".join(self.problems))


def show(value: object, limit: int = 60) -> str:
    """A value as it would be written in TOML, shortened so messages stay one line."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, Mapping):
        text = "{" + ", ".join(f"{k} = {show(v, limit)}" for k, v in value.items()) + "}"
    elif isinstance(value, list | tuple):
        text = "[" + ", ".join(show(v, limit) for v in value) + "]"
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _type_name(value: object) -> str:
    """The TOML name of a value's type, for 'must be X, not Y' messages."""
    names: tuple[tuple[type | tuple[type, ...], str], ...] = (
        (bool, "a boolean"),
        (int, "an integer"),
        (float, "a float"),
        (str, "a string"),
        (dt.datetime, "a date-time"),
        (dt.date, "a date"),
        (dt.time, "a time"),
        (list, "an array"),
    )
    for kind, name in names:
        if isinstance(value, kind):
            return name
    return "a table"


def _expected(choices: Iterable[str], value: str) -> str:
    """'expected one of …' with a 'did you mean' when a choice is close to the typo."""
    ordered = sorted(choices)
    close = difflib.get_close_matches(value, ordered, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"{hint}expected one of: {', '.join(ordered)}"


class _Report:
    """The problems found in one file, each prefixed with the file's label."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[str] = []

    def add(self, path: str, message: str, value: object = dataclasses.MISSING) -> None:
        if value is dataclasses.MISSING:
            self.problems.append(f"{self.label}: {path}: {message}")
        else:
            self.problems.append(f"{self.label}: {path} = {show(value)}: {message}")


class _Reader:
    """One TOML table being read: typed getters that record a problem and return None.

    Getters never raise, so a file with twenty mistakes yields twenty messages.
    """

    def __init__(self, report: _Report, table: Mapping[str, Any], path: str) -> None:
        self.report = report
        self.table = table
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        return key in self.table

    def error(self, key: str, message: str) -> None:
        self.report.add(self.at(key), message, self.table[key])

    def missing(self, key: str, message: str = "missing: this key is required") -> None:
        self.report.add(self.at(key), message)

    def check_keys(self, allowed: frozenset[str]) -> None:
        for key in self.table:
            if key not in allowed:
                self.error(key, f"unknown key; {_expected(allowed, key)}")

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.table:
            if required:
                self.missing(key)
            return None
        return self.table[key]

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(key, f"must be a string, not {_type_name(value)}")
            return None
        if not value.strip():
            self.error(key, "must not be empty")
            return None
        return value

    def url(self, key: str, *, required: bool = False) -> str | None:
        value = self.text(key, required=required)
        if value is not None and not _URL.match(value):
            self.error(key, "must be a web address starting with http:// or https://")
            return None
        return value

    def flag(self, key: str) -> bool | None:
        value = self._get(key, False)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.error(key, f"must be true or false, not {_type_name(value)}")
            return None
        return value

    def whole(self, key: str, low: int, high: int, *, required: bool = False) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(key, f"must be a whole number, not {_type_name(value)}")
            return None
        if not low <= value <= high:
            self.error(key, f"must be from {low} to {high}")
            return None
        return value

    def _number(self, key: str, required: bool) -> Decimal | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(key, f"must be a number, not {_type_name(value)}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.error(key, "must be a finite number")
            return None
        return Decimal(str(value))  # via str: 0.1 stays 0.1, not its binary expansion

    def hours(self, key: str, *, required: bool = False) -> Decimal | None:
        value = self._number(key, required)
        if value is None:
            return None
        if value < 0:
            self.error(key, "hours must be zero or more")
            return None
        if value > MAX_HOURS:
            self.error(key, f"hours above {MAX_HOURS} are not plausible; check the figure")
            return None
        return value

    def share(self, key: str) -> Decimal | None:
        value = self._number(key, False)
        if value is not None and not 0 <= value <= 1:
            self.error(key, "a share must be from 0 to 1 (e.g. 0.5 for half)")
            return None
        return value

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        value = self._get(key, required)
        if value is None:
            return None
        if type(value) is not dt.date:
            hint = " (write it unquoted, e.g. 2024-07-01)" if isinstance(value, str) else ""
            self.error(key, f"must be a TOML date, not {_type_name(value)}{hint}")
            return None
        if not 1900 <= value.year <= 2100:
            self.error(key, "the year must be from 1900 to 2100")
            return None
        return value

    def choice(
        self, key: str, choices: frozenset[str], what: str, *, required: bool = False
    ) -> str | None:
        value = self.text(key, required=required)
        if value is not None and value not in choices:
            self.error(key, f"not a known {what}; {_expected(choices, value)}")
            return None
        return value

    def keys(
        self,
        key: str,
        choices: frozenset[str],
        what: str,
        *,
        required: bool = False,
        may_be_empty: bool = False,
    ) -> tuple[str, ...] | None:
        """An array of distinct vocabulary keys (non-empty unless ``may_be_empty``)."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, list):
            self.error(key, f"must be an array of {what} keys, not {_type_name(value)}")
            return None
        if not value and not may_be_empty:
            self.error(key, f"must name at least one {what}")
            return None
        good = True
        for i, item in enumerate(value):
            path = f"{self.at(key)}[{i}]"
            if not isinstance(item, str):
                self.report.add(path, f"must be a string, not {_type_name(item)}", item)
                good = False
            elif item not in choices:
                self.report.add(path, f"not a known {what}; {_expected(choices, item)}", item)
                good = False
            elif value.index(item) != i:
                self.report.add(path, "listed twice", item)
                good = False
        return tuple(value) if good else None

    def table_at(self, key: str) -> _Reader | None:
        value = self._get(key, False)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.error(key, f"must be a table, not {_type_name(value)}")
            return None
        return _Reader(self.report, value, self.at(key))

    def items(self, key: str) -> list[_Reader]:
        """An array of tables (``[[a.b]]``); a problem and no items when it is something else."""
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(key, f"must be an array of tables ([[{self.at(key)}]])")
            return []
        return [_Reader(self.report, item, f"{self.at(key)}[{i}]") for i, item in enumerate(value)]


@dataclasses.dataclass(frozen=True)
class _Sources:
    """The file's sources by id; ``defined`` also holds ids whose table had a problem."""

    by_id: Mapping[str, Source]
    defined: frozenset[str]

    def ref(self, reader: _Reader, key: str = "source") -> Source | None:
        """The source a ``source = "id"`` key names; a problem when there is no such id."""
        ident = reader.text(key)
        if ident is None:
            return None
        if ident not in self.defined:
            known = ", ".join(sorted(self.defined)) or "none"
            reader.error(key, f"no such source; the [sources] table defines: {known}")
            return None
        return self.by_id.get(ident)


@dataclasses.dataclass(frozen=True)
class _Notes:
    """A section's ``unknown`` notes and ``unverified`` keys."""

    unknown: Mapping[str, str]
    unverified: frozenset[str]


def _read_notes(reader: _Reader, allowed: frozenset[str]) -> _Notes:
    """Check ``unknown`` and ``unverified`` against the section's keys and what is given.

    An unknown key is by definition not given; an unverified key is given but shaky.
    Naming a key the other way round is a contradiction the reader of the file must fix.
    """
    figures = allowed - _NOTE_KEYS
    unknown: dict[str, str] = {}
    table = reader.table_at("unknown")
    if table is not None:
        for key, note in table.table.items():
            if key not in figures:
                table.error(key, f"names no key of this table; {_expected(figures, key)}")
            elif not isinstance(note, str) or not note.strip():
                table.error(key, "must be a note (a non-empty string) saying what was found")
            elif reader.has(key) and not _restates_unknown(reader, key):
                table.error(
                    key, f"names a key that is also given ({key} = {show(reader.table[key])})"
                )
            else:
                unknown[key] = note
    unverified: set[str] = set()
    listed = reader.keys("unverified", figures, "key of this table", may_be_empty=True)
    for i, key in enumerate(listed or ()):
        if not reader.has(key):
            reader.report.add(
                f"{reader.at('unverified')}[{i}]",
                "names a key that is not given; an unconfirmed value goes in `unknown`",
                key,
            )
        else:
            unverified.add(key)
    return _Notes(MappingProxyType(unknown), frozenset(unverified))


def _restates_unknown(reader: _Reader, key: str) -> bool:
    """``pattern = "unknown"`` with a note on it says the same thing twice; not a contradiction."""
    return key == "pattern" and reader.table.get(key) == "unknown"


def _required_or_unknown(reader: _Reader, key: str, notes: _Notes, why: str) -> None:
    """A key that must be given, or named in ``unknown`` with a note saying why it is not."""
    if not reader.has(key) and key not in notes.unknown:
        reader.missing(key, f"missing: {why}; give it or name it in `unknown` with a note")


@dataclasses.dataclass(frozen=True)
class _Cite:
    """The sources a table's items may cite: their own ``source``, else the table's."""

    sources: _Sources
    parent: Source | None
    parent_named: bool  # the table has a ``source`` key (even a broken one)

    def item(self, item: _Reader) -> Source | None:
        """An item's own source, else its table's; a problem when neither is given."""
        if item.has("source"):
            return self.sources.ref(item)
        if not self.parent_named:
            item.missing("source", "missing: give `source` here or in the enclosing table")
        return self.parent


def _table_source(
    reader: _Reader, sources: _Sources, not_figures: frozenset[str], fallback: Source | None
) -> tuple[_Cite, Source]:
    """(what the table's items may cite, the source to store on the table's record).

    A table stating a figure must name its source. A table whose only content is
    item arrays carrying their own sources, or ``unknown`` notes, may omit it; its
    record then cites the version's first source. When neither exists a problem has
    been recorded, and the record gets ``_UNRESOLVED`` (the file is refused anyway).
    """
    own = sources.ref(reader)
    cite = _Cite(sources, own, reader.has("source"))
    if reader.has("source"):
        return cite, own or _UNRESOLVED
    figures = [k for k in reader.table if k not in _NOTE_KEYS | not_figures]
    if figures:
        stated = ", ".join(f"{k} = {show(reader.table[k], 30)}" for k in figures[:3])
        reader.missing("source", f"missing: the table states {stated}, which needs a source")
    return cite, fallback or _UNRESOLVED


def _read_sources(reader: _Reader) -> _Sources:
    table = reader.table_at("sources")
    if table is None:
        if not reader.has("sources"):
            reader.missing("sources", "missing: at least one [sources.ID] table is required")
        return _Sources(MappingProxyType({}), frozenset())
    found: dict[str, Source] = {}
    for ident in table.table:
        if not _SOURCE_ID.match(ident):
            table.error(ident, "a source id may use only letters, digits, _ and -")
            continue
        source = _read_source(table, ident)
        if source is not None:
            found[ident] = source
    if not table.table:
        reader.error("sources", "at least one [sources.ID] table is required")
    return _Sources(MappingProxyType(found), frozenset(table.table))


def _read_source(parent: _Reader, ident: str) -> Source | None:
    reader = parent.table_at(ident)
    if reader is None:
        return None
    reader.check_keys(_SOURCE_KEYS)
    title = reader.text("title", required=True)
    url = reader.url("url", required=True)
    checked = reader.date("checked", required=True)
    kind = reader.choice("kind", vocab.SOURCE_KINDS, "source kind", required=True)
    section = reader.text("section")
    if title is None or url is None or checked is None or kind is None:
        return None
    return Source(id=ident, title=title, url=url, checked=checked, kind=kind, section=section)


def _read_entry(reader: _Reader, sources: _Sources, fallback: Source | None) -> EntryRule:
    reader.check_keys(_ENTRY_KEYS)
    notes = _read_notes(reader, _ENTRY_KEYS)
    # selected_by picks which version judges a student; the version's notes justify it.
    cite, source = _table_source(reader, sources, _ENTRY_ITEMS | {"selected_by"}, fallback)
    total = reader.hours("total_hours")
    online_counts = reader.flag("online_counts")
    if online_counts is False:
        for key in ("max_online_hours", "max_online_share"):
            if reader.has(key):
                reader.error(key, "online hours do not count (online_counts = false): remove it")
    clinical = reader.hours("min_clinical_hours")
    if clinical is not None and total is not None and clinical > total:
        reader.error("min_clinical_hours", f"is above the entry total_hours = {total}")
    policy = reader.table_at("exam_policy")
    return EntryRule(
        source=source,
        selected_by=reader.choice("selected_by", _SELECTED_BY, "selection") or "application",
        total_hours=total,
        min_age=reader.whole("min_age", 0, 99),
        online_counts=online_counts is not False,
        max_online_hours=reader.hours("max_online_hours"),
        max_online_share=reader.share("max_online_share"),
        min_clinical_hours=clinical,
        cpr_counts=reader.flag("cpr_counts") is not False,
        subjects=_kept(_read_subject(i, cite, total) for i in reader.items("subjects")),
        exams=_kept(_read_exam(i, cite) for i in reader.items("exams")),
        exam_policy=_read_exam_policy(policy, cite) if policy else None,
        conditions=_kept(_read_condition(i, cite) for i in reader.items("conditions")),
        unknown=notes.unknown,
        unverified=notes.unverified,
    )


def _kept(items: Iterable[_T | None]) -> tuple[_T, ...]:
    """The items that were read without a problem (the problems are already recorded)."""
    return tuple(item for item in items if item is not None)


def _read_subject(item: _Reader, cite: _Cite, total: Decimal | None) -> SubjectMinimum | None:
    item.check_keys(_SUBJECT_KEYS)
    label = item.text("label", required=True)
    group = item.keys("group", vocab.ENTRY_SUBJECTS, "entry subject", required=True)
    hours = item.hours("hours", required=True)
    if hours is not None and total is not None and hours > total:
        item.error("hours", f"subject minimum is above the entry total_hours = {total}")
    source = cite.item(item)
    if label is None or group is None or hours is None or source is None:
        return None
    return SubjectMinimum(label=label, group=group, hours=hours, source=source)


def _read_exam(item: _Reader, cite: _Cite) -> ExamRequirement | None:
    item.check_keys(_EXAM_KEYS)
    any_of = item.keys("any_of", vocab.EXAMS, "exam", required=True)
    label = item.text("label", required=True)
    within = item.whole("within_years", 1, 50)
    source = cite.item(item)
    if any_of is None or label is None or source is None:
        return None
    return ExamRequirement(any_of=any_of, label=label, source=source, within_years=within)


def _read_exam_policy(reader: _Reader, cite: _Cite) -> ExamPolicy | None:
    reader.check_keys(_EXAM_POLICY_KEYS)
    attempts = reader.whole("max_attempts", 1, 99)
    authorization = reader.flag("state_authorization")
    source = cite.item(reader)
    if source is None:
        return None
    return ExamPolicy(
        source=source, max_attempts=attempts, state_authorization=authorization is True
    )


def _read_condition(item: _Reader, cite: _Cite) -> Condition | None:
    item.check_keys(_CONDITION_KEYS)
    key = item.choice("key", vocab.CONDITIONS, "condition", required=True)
    label = item.text("label", required=True)
    source = cite.item(item)
    if key is None or label is None or source is None:
        return None
    return Condition(key=key, label=label, source=source)


def _check_day(reader: _Reader, month: int | None, day: int | None) -> bool:
    """A month/day that exists in every year (so no 29 February): a problem otherwise."""
    if month is None or day is None:
        return False
    try:
        dt.date(2001, month, day)
    except ValueError:
        reader.error("day", f"month {month} has no day {day} in every year")
        return False
    return True


def _check_parity_period(reader: _Reader, key: str, parity: str | None, period: int | None) -> None:
    """Renewing only in odd (or even) years needs a period of an even number of years."""
    if parity in ("odd", "even", "match_birth_year") and period is not None and period % 2:
        reader.error(key, f"renewing in {parity} years needs an even period_years, not {period}")


def _read_renewal(
    reader: _Reader, sources: _Sources, fallback: Source | None
) -> RenewalRule | None:
    reader.check_keys(_RENEWAL_KEYS)
    notes = _read_notes(reader, _RENEWAL_KEYS)
    # "pattern = unknown" states no fact, so it alone does not need a source.
    unstated = frozenset({"pattern"} if reader.table.get("pattern") == "unknown" else ())
    _, source = _table_source(reader, sources, unstated, fallback)
    _required_or_unknown(reader, "period_years", notes, "the licence period is needed")
    _required_or_unknown(reader, "pattern", notes, "the renewal pattern is needed")
    period = reader.whole("period_years", 1, 10)
    pattern = reader.choice("pattern", vocab.RENEWAL_PATTERNS, "renewal pattern")
    if not reader.has("pattern"):
        pattern = "unknown"
    month = reader.whole("month", 1, 12)
    day = reader.whole("day", 1, 31)
    year_parity = reader.choice("year_parity", vocab.YEAR_PARITIES, "year parity")
    anchor_year = reader.whole("anchor_year", 1900, 2100)
    if anchor_year is not None and year_parity is not None:
        reader.error("anchor_year", "give either anchor_year or year_parity, not both")
    if pattern is not None:
        _check_pattern_keys(reader, pattern, notes)
    if pattern == "fixed_date":
        _check_day(reader, month, day)
        if year_parity == "match_birth_year":
            reader.error("year_parity", "match_birth_year needs a birth-date pattern")
    _check_parity_period(reader, "year_parity", year_parity, period)
    items = reader.items("stagger")
    stagger = _kept(_read_stagger(i, pattern, period) for i in items)
    if pattern in _STAGGERED and len(stagger) == len(items):
        _check_stagger_cover(reader, pattern, stagger)
    if pattern is None:
        return None
    return RenewalRule(
        source=source,
        pattern=pattern,
        period_years=period,
        month=month,
        day=day,
        year_parity=year_parity or "any",
        anchor_year=anchor_year,
        stagger=stagger,
        unknown=notes.unknown,
        unverified=notes.unverified,
    )


def _check_pattern_keys(reader: _Reader, pattern: str, notes: _Notes) -> None:
    """Each pattern uses its own keys: the others are errors, its required ones must be there."""
    used = _PATTERN_KEYS[pattern]
    for key in ("month", "day", "year_parity", "anchor_year", "stagger"):
        if reader.has(key) and key not in used:
            reader.error(key, f'not used by pattern = "{pattern}"; remove it')
    for key in _PATTERN_NEEDS.get(pattern, ()):
        if not reader.has(key) and key not in notes.unknown:
            what = "[[renewal.stagger]] items" if key == "stagger" else "month and day"
            if pattern == "birth_month_day":
                what = "the day of the birth month"
            reader.missing(key, f'missing: pattern = "{pattern}" needs {what}')


def _read_stagger(item: _Reader, pattern: str | None, period: int | None) -> Stagger | None:
    item.check_keys(_STAGGER_KEYS)
    letters = item.text("letters")
    parity = item.choice("parity", _PARITIES, "parity")
    month = item.whole("month", 1, 12, required=True)
    day = item.whole("day", 1, 31, required=True)
    year_parity = item.choice("year_parity", _STAGGER_YEAR_PARITIES, "year parity")
    _check_parity_period(item, "year_parity", year_parity, period)
    good = _check_day(item, month, day)
    if pattern == "last_name":
        good = _check_letters(item, letters) and good
        if item.has("parity"):
            item.error("parity", 'not used by pattern = "last_name"; remove it')
    elif pattern == "license_number_parity":
        if not item.has("parity"):
            item.missing("parity", 'missing: pattern = "license_number_parity" needs odd or even')
        if item.has("letters"):
            item.error("letters", 'not used by pattern = "license_number_parity"; remove it')
    if not good or month is None or day is None:
        return None
    return Stagger(
        month=month,
        day=day,
        letters=letters.replace(" ", "").upper() if letters else None,
        parity=parity,
        year_parity=year_parity or "any",
    )


def _check_letters(item: _Reader, letters: str | None) -> bool:
    if letters is None:
        if not item.has("letters"):
            item.missing("letters", 'missing: pattern = "last_name" needs letters, e.g. "A-L"')
        return False
    for part in letters.replace(" ", "").upper().split(","):
        match = _LETTER_PART.match(part)
        if not match or (match.group(2) and match.group(2) < match.group(1)):
            item.error("letters", f'{part!r} is not a letter or a range like "A-L"')
            return False
    return True


def _letters_of(stagger: Stagger) -> list[str]:
    out: list[str] = []
    for part in (stagger.letters or "").split(","):
        low, _, high = part.partition("-")
        out.extend(chr(c) for c in range(ord(low), ord(high or low) + 1))
    return out


def _check_stagger_cover(reader: _Reader, pattern: str, stagger: Sequence[Stagger]) -> None:
    """Every holder must fall in exactly one slice: each letter (or parity) once."""
    if not stagger:
        return
    if pattern == "last_name":
        wanted = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
        seen = [letter for s in stagger for letter in _letters_of(s)]
    else:
        wanted = ["even", "odd"]
        seen = [s.parity or "" for s in stagger]
    twice = sorted({x for x in seen if seen.count(x) > 1})
    absent = [x for x in wanted if x not in seen]
    shown = [s.letters or s.parity for s in stagger]
    if twice:
        reader.report.add(reader.at("stagger"), f"{', '.join(twice)} in more than one item", shown)
    if absent:
        reader.report.add(reader.at("stagger"), f"no item covers {', '.join(absent)}", shown)


def _read_ce(reader: _Reader, sources: _Sources, fallback: Source | None) -> CERule:
    reader.check_keys(_CE_KEYS)
    notes = _read_notes(reader, _CE_KEYS)
    cite, source = _table_source(reader, sources, _CE_ITEMS, fallback)
    required = reader.flag("required")
    if required is False:
        for key in reader.table:
            if key not in _NOTE_KEYS | {"required"}:
                reader.error(key, "no CE is required (required = false): remove it")
    elif "required" not in notes.unknown:
        _required_or_unknown(reader, "hours", notes, "the CE hours per period are needed")
    hours = reader.hours("hours")
    first_cycle = reader.choice("first_cycle", vocab.FIRST_CYCLE_RULES, "first-cycle rule")
    if first_cycle == "reduced" and not reader.has("first_cycle_hours"):
        reader.missing("first_cycle_hours", 'missing: first_cycle = "reduced" needs it')
    if reader.has("first_cycle_hours") and first_cycle != "reduced":
        reader.error("first_cycle_hours", 'is used only with first_cycle = "reduced"')
    within_total = {key: reader.hours(key) for key in _CE_MINIMUMS_WITHIN_TOTAL}
    for key, value in within_total.items():
        if value is not None and hours is not None and value > hours:
            reader.error(key, f"is above the CE total hours = {hours}")
    topics = _kept(_read_topic(i, cite, hours) for i in reader.items("topics"))
    caps = _kept(_read_cap(i, cite) for i in reader.items("topic_caps"))
    _check_caps_against_minimums(reader, topics, caps)
    return CERule(
        source=source,
        required=required is not False,
        hours=hours,
        period_years=reader.whole("period_years", 1, 10),
        period_end_parity=reader.choice("period_end_parity", _PARITIES, "parity"),
        hour_minutes=_read_hour_minutes(reader),
        in_person_min_hours=within_total["in_person_min_hours"],
        hands_on_min_hours=within_total["hands_on_min_hours"],
        online_max_hours=reader.hours("online_max_hours"),
        self_study_max_hours=reader.hours("self_study_max_hours"),
        self_study_max_share=reader.share("self_study_max_share"),
        daily_max_hours=reader.hours("daily_max_hours"),
        repeat_within_years=reader.whole("repeat_within_years", 1, 50),
        carry_over_max_hours=reader.hours("carry_over_max_hours"),
        national_provider_min_share=reader.share("national_provider_min_share"),
        approved_providers=reader.text("approved_providers"),
        first_cycle=first_cycle or "full",
        first_cycle_hours=within_total["first_cycle_hours"],
        topics=topics,
        topic_caps=caps,
        years_in_practice=_read_years_in_practice(reader, hours),
        unknown=notes.unknown,
        unverified=notes.unverified,
    )


def _read_hour_minutes(reader: _Reader) -> int:
    value = reader.whole("hour_minutes", 1, 600)
    if value is not None and value not in vocab.HOUR_LENGTHS:
        lengths = " or ".join(str(n) for n in sorted(vocab.HOUR_LENGTHS))
        reader.error("hour_minutes", f"a CE hour is {lengths} minutes")
        return 60
    return value or 60


def _read_topic(item: _Reader, cite: _Cite, total: Decimal | None) -> TopicMinimum | None:
    item.check_keys(_TOPIC_KEYS)
    key = item.choice("key", vocab.CE_TOPICS, "CE topic", required=True)
    hours = item.hours("min_hours", required=True)
    if hours is not None and total is not None and hours > total:
        item.error("min_hours", f"topic minimum is above the CE total hours = {total}")
    label = item.text("label")
    delivery = item.choice("delivery", vocab.CE_DELIVERY, "CE delivery")
    source = cite.item(item)
    if key is None or hours is None or source is None:
        return None
    return TopicMinimum(
        key=key,
        min_hours=hours,
        label=label or key.replace("_", " ").capitalize(),
        source=source,
        delivery=delivery,
    )


def _read_cap(item: _Reader, cite: _Cite) -> TopicCap | None:
    item.check_keys(_TOPIC_CAP_KEYS)
    key = item.choice("key", vocab.CE_TOPICS, "CE topic", required=True)
    hours = item.hours("max_hours", required=True)
    source = cite.item(item)
    if key is None or hours is None or source is None:
        return None
    return TopicCap(key=key, max_hours=hours, source=source)


def _check_caps_against_minimums(
    reader: _Reader, topics: Sequence[TopicMinimum], caps: Sequence[TopicCap]
) -> None:
    """A topic capped below its own minimum can never be met."""
    for i, cap in enumerate(caps):
        for topic in topics:
            if topic.key == cap.key and topic.min_hours > cap.max_hours:
                reader.report.add(
                    f"{reader.at('topic_caps')}[{i}].max_hours",
                    f"is below the {cap.key} minimum of {topic.min_hours} hours",
                    cap.max_hours,
                )


def _read_years_in_practice(reader: _Reader, total: Decimal | None) -> tuple[YearsInPractice, ...]:
    found: list[YearsInPractice] = []
    for item in reader.items("years_in_practice"):
        item.check_keys(_YEARS_KEYS)
        after = item.whole("after_years", 1, 80, required=True)
        hours = item.hours("hours", required=True)
        if hours is not None and total is not None and hours > total:
            item.error("hours", f"is above the CE total hours = {total}; it should fall")
        if after is not None and found and after <= found[-1].after_years:
            item.error("after_years", "items must be in increasing order of after_years")
        if after is not None and hours is not None:
            found.append(YearsInPractice(after_years=after, hours=hours))
    return tuple(found)


def _read_version(reader: _Reader, sources: _Sources) -> RuleVersion | None:
    reader.check_keys(_VERSION_KEYS)
    effective = reader.date("effective", required=True)
    ends = reader.date("ends")
    if effective is not None and ends is not None and ends < effective:
        reader.error("ends", f"is before effective = {effective.isoformat()}")
    regulation = reader.choice("regulation", vocab.REGULATIONS, "regulation", required=True)
    title = reader.text("title", required=True)
    cited = _read_version_sources(reader, sources)
    fallback = cited[0] if cited else None
    if regulation == "none":
        for key in ("entry", "renewal", "ce"):
            if reader.has(key):
                reader.missing(key, 'regulation = "none" has no credential: remove this table')
    sections = {key: reader.table_at(key) for key in ("entry", "renewal", "ce")}
    entry = _read_entry(sections["entry"], sources, fallback) if sections["entry"] else None
    renewal = _read_renewal(sections["renewal"], sources, fallback) if sections["renewal"] else None
    ce = _read_ce(sections["ce"], sources, fallback) if sections["ce"] else None
    if ce is not None and ce.period_years is None and "period_years" not in ce.unknown:
        ce = dataclasses.replace(ce, period_years=renewal.period_years if renewal else None)
    abbreviation = reader.text("abbreviation")
    notes = reader.text("notes")
    if effective is None or regulation is None or title is None or not cited:
        return None
    return RuleVersion(
        effective=effective,
        ends=ends,
        regulation=regulation,
        title=title,
        sources=cited,
        abbreviation=abbreviation,
        notes=notes,
        entry=entry,
        renewal=renewal,
        ce=ce,
    )


def _read_version_sources(reader: _Reader, sources: _Sources) -> tuple[Source, ...]:
    value = reader.table.get("sources")
    if value is None:
        reader.missing("sources", 'missing: list the ids of the sources, e.g. ["statute"]')
        return ()
    if not isinstance(value, list) or not value:
        reader.error("sources", "must be a non-empty array of source ids")
        return ()
    cited: list[Source] = []
    for i, ident in enumerate(value):
        path = f"{reader.at('sources')}[{i}]"
        if not isinstance(ident, str):
            reader.report.add(path, f"must be a source id string, not {_type_name(ident)}", ident)
        elif ident not in sources.defined:
            known = ", ".join(sorted(sources.defined)) or "none"
            reader.report.add(path, f"no such source; the [sources] table defines: {known}", ident)
        elif ident in sources.by_id:
            cited.append(sources.by_id[ident])
    return tuple(cited)


def _read_versions(reader: _Reader, sources: _Sources) -> tuple[RuleVersion, ...]:
    """All versions, each ending the day before the next begins unless it says otherwise."""
    items = reader.items("version")
    if not items and not reader.has("version"):
        reader.missing("version", "missing: at least one [[version]] is required")
    read = [_read_version(item, sources) for item in items]
    _check_version_order(items)
    if any(v is None for v in read):
        return ()
    versions = [v for v in read if v is not None]
    out: list[RuleVersion] = []
    for i, version in enumerate(versions):
        if version.ends is None and i + 1 < len(versions):
            version = dataclasses.replace(
                version, ends=versions[i + 1].effective - dt.timedelta(days=1)
            )
        out.append(version)
    return tuple(out)


def _check_version_order(items: Sequence[_Reader]) -> None:
    """Versions ascend by ``effective`` and an explicit ``ends`` stops before the next one."""
    previous: tuple[int, dt.date] | None = None
    for i, item in enumerate(items):
        effective = item.table.get("effective")
        if type(effective) is not dt.date:
            continue
        if previous is not None:
            j, before = previous
            if effective <= before:
                item.error(
                    "effective",
                    f"versions must be in order of effective date, each later than the one "
                    f"before; version[{j}] starts {before.isoformat()}",
                )
            ends = items[j].table.get("ends")
            if type(ends) is dt.date and ends >= effective:
                items[j].error(
                    "ends", f"overlaps version[{i}], which starts {effective.isoformat()}"
                )
        previous = (i, effective)


def _check_code(reader: _Reader, path: Path, kind: str | None) -> str | None:
    code = reader.text("code", required=True)
    if code is None:
        return None
    national = kind == "national"
    pattern = _NATIONAL_CODE if national else _STATE_CODE
    if not pattern.match(code):
        form = "upper-case letters and digits" if national else "two upper-case letters"
        reader.error("code", f"must be {form}")
    if path.stem != code:
        reader.error("code", f"must match the file name ({path.name} → {path.stem!r})")
    in_national_dir = path.parent.name == NATIONAL_DIR
    if kind is not None and national != in_national_dir:
        where = f"in {NATIONAL_DIR}/" if national else f"outside {NATIONAL_DIR}/"
        reader.error("kind", f"a file of this kind belongs {where}")
    return code


def _label(path: Path) -> str:
    """How messages name a file: ``FL.toml``, or ``national/NCBTMB.toml``."""
    if path.parent.name == NATIONAL_DIR:
        return f"{NATIONAL_DIR}/{path.name}"
    return path.name


def _parse(report: _Report, data: Mapping[str, Any], path: Path) -> Jurisdiction | None:
    reader = _Reader(report, data, "")
    reader.check_keys(_TOP_KEYS)
    schema = reader.whole("schema", 0, 1000, required=True)
    if schema is not None and schema != SCHEMA_VERSION:
        reader.error("schema", f"this version of the app reads schema {SCHEMA_VERSION}")
    kind = reader.choice("kind", vocab.JURISDICTION_KINDS, "jurisdiction kind", required=True)
    code = _check_code(reader, path, kind)
    name = reader.text("name", required=True)
    board = reader.text("board", required=True)
    board_url = reader.url("board_url", required=True)
    notes = reader.text("notes")
    sources = _read_sources(reader)
    versions = _read_versions(reader, sources)
    if report.problems:
        return None
    assert code and name and kind and board and board_url  # guaranteed by no problems
    return Jurisdiction(
        code=code,
        name=name,
        kind=kind,
        board=board,
        board_url=board_url,
        sources=sources.by_id,
        versions=versions,
        notes=notes,
        path=str(path),
    )


def _load(path: Path) -> tuple[Jurisdiction | None, list[str]]:
    """Parse one file: the record, or None and every problem found."""
    report = _Report(_label(path))
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        report.add("(file)", f"cannot be read: {exc.strerror or exc}")
        return None, report.problems
    except tomllib.TOMLDecodeError as exc:
        report.add("(file)", f"is not valid TOML: {exc}")
        return None, report.problems
    except UnicodeDecodeError as exc:
        report.add("(file)", f"is not UTF-8 text: {exc.reason}")
        return None, report.problems
    return _parse(report, data, path), report.problems


def load_file(path: Path | str) -> Jurisdiction:
    """One rule file as a ``Jurisdiction``; ``RulesError`` listing every problem otherwise."""
    found, problems = _load(Path(path))
    if found is None:
        raise RulesError(problems)
    return found


def rule_files(directory: Path) -> list[Path]:
    """The rule files of a directory: ``*.toml`` and ``national/*.toml``."""
    return sorted(directory.glob("*.toml")) + sorted((directory / NATIONAL_DIR).glob("*.toml"))


def load_all(directory: Path | None = None) -> dict[str, Jurisdiction]:
    """Every jurisdiction of ``directory`` (default: the bundled rules) by code, sorted.

    The default set is parsed once per process; callers get their own dict.
    """
    if directory is None:
        return dict(_load_default())
    return _load_directory(directory)


@cache
def _load_default() -> Mapping[str, Jurisdiction]:
    from lmt_tracker.paths import rules_dir

    return MappingProxyType(_load_directory(rules_dir()))


def _load_directory(directory: Path) -> dict[str, Jurisdiction]:
    found, problems = _load_many(rule_files(directory))
    if problems:
        raise RulesError(problems)
    return {code: found[code] for code in sorted(found)}


def _load_many(paths: Sequence[Path]) -> tuple[dict[str, Jurisdiction], list[str]]:
    """The files that loaded, by code, and every problem (a code used twice included)."""
    found: dict[str, Jurisdiction] = {}
    problems: list[str] = []
    for path in paths:
        jurisdiction, file_problems = _load(path)
        problems.extend(file_problems)
        if jurisdiction is None:
            continue
        if jurisdiction.code in found:
            other = _label(Path(found[jurisdiction.code].path))
            problems.append(
                f"{_label(path)}: code = {show(jurisdiction.code)}: also used by {other}"
            )
        found[jurisdiction.code] = jurisdiction
    return found, problems


def validate(paths: Sequence[Path]) -> list[str]:
    """Every problem of the given files, in file order."""
    return _load_many(paths)[1]


def main(argv: Sequence[str] | None = None) -> int:
    """Validate rule files; print every problem; exit 1 if there is any."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help"):
        print("usage: python -m lmt_tracker.rules_loader [FILE.toml ...]  (default: all files)")
        return 0
    if args:
        paths = [Path(a) for a in args]
    else:
        from lmt_tracker.paths import rules_dir

        paths = rule_files(rules_dir())
    problems = validate(paths)
    for problem in problems:
        print(problem)
    bad = len({p.split(":", 1)[0] for p in problems})
    print(f"{len(paths)} file(s) checked, {bad} with problems, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
