"""The ``[version.entry]`` table: what a new licensee needs (hours, subjects, exams, conditions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TypeVar

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.rules import (
    Condition,
    EntryRule,
    ExamPolicy,
    ExamRequirement,
    Route,
    Source,
    SubjectCap,
    SubjectMinimum,
)
from lmt_tracker.rules.loader.reader import Reader, expected, kept
from lmt_tracker.rules.loader.schema import (
    CONDITION_KEYS,
    ENTRY_ITEMS,
    ENTRY_KEYS,
    EXAM_KEYS,
    EXAM_POLICY_KEYS,
    NOTE_KEYS,
    ONLINE_LIMIT_APPLIES_TO,
    ROUTE_KEYS,
    ROUTE_REPLACES,
    SELECTED_BY,
    SUBJECT_CAP_KEYS,
    SUBJECT_KEYS,
)
from lmt_tracker.rules.loader.sources import (
    Cite,
    Notes,
    Sources,
    read_notes,
    required_or_unknown,
    table_source,
)

_V = TypeVar("_V")  # the value type of a keyed table (hours, a date)


def read_entry(reader: Reader, sources: Sources, fallback: Source | None) -> EntryRule:
    reader.check_keys(ENTRY_KEYS)
    notes = read_notes(reader, ENTRY_KEYS)
    # selected_by picks which version judges a student; the version's notes justify it.
    cite, source = table_source(reader, sources, ENTRY_ITEMS | {"selected_by", "cite"}, fallback)
    cites = _read_cites(reader, sources)
    _require_verdict_keys(reader, notes)
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
    applies_to = reader.choice("online_limit_applies_to", ONLINE_LIMIT_APPLIES_TO, "scope")
    if applies_to == "out_of_state" and not any(reader.has(k) for k in _ONLINE_LIMITS):
        reader.error(
            "online_limit_applies_to",
            "there is no online limit to scope: give max_online_hours or max_online_share",
        )
    return EntryRule(
        source=source,
        selected_by=reader.choice("selected_by", SELECTED_BY, "selection") or "application",
        total_hours=total,
        min_age=reader.whole("min_age", 0, 99),
        online_counts=online_counts is not False,
        max_online_hours=reader.hours("max_online_hours"),
        max_online_share=reader.share("max_online_share"),
        min_clinical_hours=clinical,
        cpr_counts=reader.flag("cpr_counts") is not False,
        online_limit_applies_to=applies_to or "all",
        hour_minutes=_read_hour_minutes(reader),
        cites=cites,
        completed_within_years=reader.whole("completed_within_years", 1, 50),
        subjects=kept(_read_subject(i, cite, total) for i in reader.items("subjects")),
        subject_caps=kept(_read_subject_cap(i, cite) for i in reader.items("subject_caps")),
        exams=kept(_read_exam(i, cite) for i in reader.items("exams")),
        exam_policy=_read_exam_policy(policy, cite) if policy else None,
        conditions=kept(_read_condition(i, cite) for i in reader.items("conditions")),
        routes=kept(_read_route(i, cite) for i in reader.items("routes")),
        unknown=notes.unknown,
        unverified=notes.unverified,
    )


def _require_verdict_keys(reader: Reader, notes: Notes) -> None:
    """No silent defaults: the keys that change an eligibility verdict are stated or unknown.

    A left-out ``online_counts`` once read as "online hours count", which judged
    Pennsylvania's in-class hours wrongly; a left-out exam list reads as "no exam".
    Each must be given, or named in ``unknown`` with a note saying what was found.
    """
    required_or_unknown(
        reader, "online_counts", notes, "say whether online training hours count (true or false)"
    )
    if reader.table.get("online_counts") is True and not any(
        reader.has(key) or key in notes.unknown for key in _ONLINE_LIMITS
    ):
        reader.missing(
            "max_online_hours",
            "missing: online hours count (online_counts = true), so give the limit "
            "(max_online_hours, or max_online_share = 1 when the rule sets none) "
            "or name max_online_hours in `unknown` with a note",
        )
    required_or_unknown(
        reader, "exams", notes, "list the accepted exams as [[...exams]] (exams = [] when none)"
    )


_ONLINE_LIMITS = ("max_online_hours", "max_online_share")
# every scalar figure of the table may cite its own source
_CITABLE = ENTRY_KEYS - NOTE_KEYS - ENTRY_ITEMS - {"cite", "selected_by"}


def _read_cites(reader: Reader, sources: Sources) -> Mapping[str, Source]:
    """``cite = { hour_minutes = "pacode20_1" }``: a figure whose source is not the table's."""
    table = reader.table_at("cite")
    if table is None:
        return MappingProxyType({})
    out: dict[str, Source] = {}
    for key in table.table:
        if key not in _CITABLE:
            table.error(key, f"cannot be cited separately; {expected(_CITABLE, key)}")
            continue
        if not reader.has(key):
            table.error(key, f"cites {key}, but {key} is not given in this table")
            continue
        found = sources.ref(table, key)
        if found is not None:
            out[key] = found
    return MappingProxyType(out)


def _read_subject(item: Reader, cite: Cite, total: Decimal | None) -> SubjectMinimum | None:
    item.check_keys(SUBJECT_KEYS)
    label = item.text("label", required=True)
    group = item.keys("group", vocab.ENTRY_SUBJECTS, "entry subject", required=True)
    hours = item.hours("hours", required=True)
    if hours is not None and total is not None and hours > total:
        item.error("hours", f"subject minimum is above the entry total_hours = {total}")
    online_counts = item.flag("online_counts")
    max_online = item.hours("max_online_hours")
    if online_counts is False and max_online is not None:
        item.error(
            "max_online_hours", "online hours do not count (online_counts = false): remove it"
        )
    if max_online is not None and hours is not None and max_online >= hours:
        item.error("max_online_hours", f"is not below the subject's hours = {hours}: remove it")
    most_from = _read_max_hours_from(item, group)
    source = cite.item(item)
    if label is None or group is None or hours is None or source is None or most_from is None:
        return None
    return SubjectMinimum(
        label=label,
        group=group,
        hours=hours,
        source=source,
        online_counts=online_counts is not False,
        max_online_hours=max_online if online_counts is not False else None,
        max_hours_from=most_from,
    )


def _read_max_hours_from(
    item: Reader, group: tuple[str, ...] | None
) -> tuple[tuple[str, Decimal], ...] | None:
    """``max_hours_from = { clinical_practicum = 50 }``: at most this many hours of a
    subject of the group count toward the minimum."""
    return _keyed_values(item, "max_hours_from", group, "this minimum's subjects",
                         lambda table, key: table.hours(key, required=True))


def _read_subject_cap(item: Reader, cite: Cite) -> SubjectCap | None:
    item.check_keys(SUBJECT_CAP_KEYS)
    label = item.text("label", required=True)
    group = item.keys("group", vocab.ENTRY_SUBJECTS, "entry subject", required=True)
    most = item.hours("max_hours", required=True)
    source = cite.item(item)
    if label is None or group is None or most is None or source is None:
        return None
    return SubjectCap(label=label, group=group, max_hours=most, source=source)


def _read_hour_minutes(reader: Reader) -> tuple[int, int] | None:
    """``hour_minutes = 50`` or a range ``[50, 60]`` ("50 to 60 minutes")."""
    if not reader.has("hour_minutes"):
        return None
    value = reader.table["hour_minutes"]
    if isinstance(value, int) and not isinstance(value, bool):
        low = high = value
    elif (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        low, high = value
    else:
        reader.error("hour_minutes", "must be minutes (e.g. 50) or a range [50, 60]")
        return None
    if not 30 <= low <= high <= 60:
        reader.error("hour_minutes", "minutes must be from 30 to 60, the fewest first")
        return None
    return (low, high)


def _read_route(item: Reader, cite: Cite) -> Route | None:
    item.check_keys(ROUTE_KEYS)
    key = item.text("key", required=True)
    label = item.text("label", required=True)
    replaces = item.keys("replaces", ROUTE_REPLACES, "requirement part", required=True)
    exams = item.keys("exams_any_of", vocab.EXAMS, "exam")
    years = item.whole("licensed_elsewhere_years", 0, 50)
    hours = item.hours("total_hours")
    standing = item.flag("good_standing")
    if key is not None and not key.replace("_", "").isalnum():
        item.error("key", "use lower_snake_case letters, e.g. endorsement")
        key = None
    if exams is None and years is None and hours is None and not item.has("exams_any_of"):
        item.missing(
            "exams_any_of",
            "missing: a route needs something to meet: exams_any_of, total_hours or "
            "licensed_elsewhere_years",
        )
    if standing is not None and years is None:
        item.error("good_standing", "only with licensed_elsewhere_years (standing where?)")
    source = cite.item(item)
    if key is None or label is None or replaces is None or source is None:
        return None
    if exams is None and years is None and hours is None:
        return None
    return Route(
        key=key,
        label=label,
        replaces=replaces,
        source=source,
        exams_any_of=exams or (),
        total_hours=hours,
        licensed_elsewhere_years=years,
        good_standing=standing is True,
    )


def _read_exam(item: Reader, cite: Cite) -> ExamRequirement | None:
    item.check_keys(EXAM_KEYS)
    any_of = item.keys("any_of", vocab.EXAMS, "exam", required=True)
    label = item.text("label", required=True)
    within = item.whole("within_years", 1, 50)
    before = _read_passed_before(item, any_of)
    source = cite.item(item)
    if any_of is None or label is None or source is None or before is None:
        return None
    return ExamRequirement(
        any_of=any_of, label=label, source=source, within_years=within, passed_before=before
    )


def _read_passed_before(
    item: Reader, any_of: tuple[str, ...] | None
) -> tuple[tuple[str, dt.date], ...] | None:
    """``passed_before = { ncbtmb_exam = 2015-02-01 }``: a pass counts only before the day."""
    return _keyed_values(item, "passed_before", any_of, "this item's exams",
                         lambda table, key: table.date(key, required=True))


def _keyed_values(
    item: Reader, key: str, allowed: tuple[str, ...] | None, what: str,
    read: Callable[[Reader, str], _V | None],
) -> tuple[tuple[str, _V], ...] | None:
    """A table of ``key = value`` under ``key`` whose keys must be among ``allowed``: ``()``
    when absent, None (each problem reported with file and key) when any entry is wrong."""
    table = item.table_at(key)
    if table is None:
        return None if item.has(key) else ()
    out: list[tuple[str, _V]] = []
    good = True
    for name in table.table:
        if allowed is not None and name not in allowed:
            table.error(name, f"not one of {what} ({', '.join(allowed)})")
            good = False
            continue
        value = read(table, name)
        if value is None:
            good = False
        else:
            out.append((name, value))
    return tuple(sorted(out)) if good else None


def _read_exam_policy(reader: Reader, cite: Cite) -> ExamPolicy | None:
    reader.check_keys(EXAM_POLICY_KEYS)
    attempts = reader.whole("max_attempts", 1, 99)
    authorization = reader.flag("state_authorization")
    source = cite.item(reader)
    if source is None:
        return None
    return ExamPolicy(
        source=source, max_attempts=attempts, state_authorization=authorization is True
    )


def _read_condition(item: Reader, cite: Cite) -> Condition | None:
    item.check_keys(CONDITION_KEYS)
    key = item.choice("key", vocab.CONDITIONS, "condition", required=True)
    label = item.text("label", required=True)
    source = cite.item(item)
    if key is None or label is None or source is None:
        return None
    return Condition(key=key, label=label, source=source)
