"""The ``[version.ce]`` table: continuing education per period, its topics, caps and limits.

Checks that minimums fit inside the total, that no topic is capped below its own
minimum, and that hours by years in practice fall in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from lmt_tracker.domain import vocabulary as vocab
from lmt_tracker.domain.rules import CERule, Source, TopicCap, TopicMinimum, YearsInPractice
from lmt_tracker.rules_loader.reader import _kept, _Reader
from lmt_tracker.rules_loader.schema import (
    _CE_ITEMS,
    _CE_KEYS,
    _CE_MINIMUMS_WITHIN_TOTAL,
    _NOTE_KEYS,
    _PARITIES,
    _TOPIC_CAP_KEYS,
    _TOPIC_KEYS,
    _YEARS_KEYS,
)
from lmt_tracker.rules_loader.sources import (
    _Cite,
    _read_notes,
    _required_or_unknown,
    _Sources,
    _table_source,
)


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
        # No silent default: a left-out hour length once read as 60 minutes unannounced.
        _required_or_unknown(
            reader, "hour_minutes", notes, "the length of a CE hour (50 or 60 minutes) is needed"
        )
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
