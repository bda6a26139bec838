"""The ``[version.ce]`` table: continuing education per period, its topics, caps and limits.

Checks that minimums fit inside the total, that no topic is capped below its own
minimum, and that hours by years in practice fall in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.rules import (
    CERule,
    ExtraRequirement,
    Source,
    TopicCap,
    TopicMinimum,
    YearsInPractice,
)
from lmt_tracker.rules.loader.reader import Reader, kept
from lmt_tracker.rules.loader.schema import (
    CE_ITEMS,
    CE_KEYS,
    CE_MINIMUMS_WITHIN_TOTAL,
    EXTRA_KEYS,
    NOTE_KEYS,
    PARITIES,
    TOPIC_CAP_KEYS,
    TOPIC_KEYS,
    YEARS_KEYS,
)
from lmt_tracker.rules.loader.sources import (
    Cite,
    Sources,
    read_notes,
    required_or_unknown,
    table_source,
)


def read_ce(reader: Reader, sources: Sources, fallback: Source | None) -> CERule:
    reader.check_keys(CE_KEYS)
    notes = read_notes(reader, CE_KEYS)
    cite, source = table_source(reader, sources, CE_ITEMS, fallback)
    required = reader.flag("required")
    if required is False:
        for key in reader.table:
            if key not in NOTE_KEYS | {"required"}:
                reader.error(key, "no CE is required (required = false): remove it")
    elif "required" not in notes.unknown:
        required_or_unknown(reader, "hours", notes, "the CE hours per period are needed")
        # No silent default: a left-out hour length once read as 60 minutes unannounced.
        required_or_unknown(
            reader, "hour_minutes", notes, "the length of a CE hour (50 or 60 minutes) is needed"
        )
    hours = reader.hours("hours")
    first_cycle = reader.choice("first_cycle", vocab.FIRST_CYCLE_RULES, "first-cycle rule")
    if first_cycle == "reduced" and not reader.has("first_cycle_hours"):
        reader.missing("first_cycle_hours", 'missing: first_cycle = "reduced" needs it')
    if reader.has("first_cycle_hours") and first_cycle != "reduced":
        reader.error("first_cycle_hours", 'is used only with first_cycle = "reduced"')
    within_total = {key: reader.hours(key) for key in CE_MINIMUMS_WITHIN_TOTAL}
    for key, value in within_total.items():
        if value is not None and hours is not None and value > hours:
            reader.error(key, f"is above the CE total hours = {hours}")
    topics = kept(_read_topic(i, cite, hours) for i in reader.items("topics"))
    caps = kept(_read_cap(i, cite) for i in reader.items("topic_caps"))
    _check_caps_against_minimums(reader, topics, caps)
    first = _read_first_cycle(reader, first_cycle or "full", cite)
    basis = reader.choice("period_basis", vocab.CE_PERIOD_BASES, "CE period basis") or "licence"
    if basis == "calendar" and not reader.has("period_years"):
        reader.missing("period_years", 'missing: period_basis = "calendar" needs it')
    unapproved = reader.hours("unapproved_max_hours")
    bodies = _read_bodies(reader)
    if unapproved is not None and not bodies:
        reader.missing(
            "approving_bodies",
            "missing: unapproved_max_hours needs the bodies whose approval lifts the cap",
        )
    if bodies and unapproved is None:
        reader.error("approving_bodies", "is used only with unapproved_max_hours")
    return CERule(
        source=source,
        required=required is not False,
        hours=hours,
        period_years=reader.whole("period_years", 1, 10),
        period_end_parity=reader.choice("period_end_parity", PARITIES, "parity"),
        hour_minutes=_read_hour_minutes(reader),
        in_person_min_hours=within_total["in_person_min_hours"],
        hands_on_min_hours=within_total["hands_on_min_hours"],
        online_max_hours=reader.hours("online_max_hours"),
        self_study_max_hours=reader.hours("self_study_max_hours"),
        self_study_max_share=reader.share("self_study_max_share"),
        daily_max_hours=reader.hours("daily_max_hours"),
        repeat_within_years=reader.whole("repeat_within_years", 1, 50),
        repeat_once_ever=reader.flag("repeat_once_ever") or False,
        carry_over_max_hours=reader.hours("carry_over_max_hours"),
        national_provider_min_share=reader.share("national_provider_min_share"),
        approved_providers=reader.text("approved_providers"),
        first_cycle=first_cycle or "full",
        first_cycle_hours=within_total["first_cycle_hours"],
        first_cycle_condition=first.condition,
        first_cycle_exempt_months=first.exempt_months,
        first_cycle_hours_per_month=first.per_month,
        first_cycle_max_hours=first.max_hours,
        first_cycle_chart=first.chart,
        first_cycle_topics=first.topics,
        minutes_count=reader.choice(
            "minutes_count", vocab.MINUTES_COUNTS, "way of counting minutes"
        ),
        period_basis=basis,
        selected_by=reader.choice("selected_by", vocab.CE_SELECTED_BY, "version selection")
        or "period_start",
        unapproved_max_hours=unapproved,
        approving_bodies=bodies,
        topics=topics,
        topic_caps=caps,
        years_in_practice=_read_years_in_practice(reader, hours, cite),
        extra=kept(_read_extra(i, cite) for i in reader.items("extra")),
        grace_days=reader.whole("grace_days", 1, 366),
        unknown=notes.unknown,
        unverified=notes.unverified,
    )


def _read_hour_minutes(reader: Reader) -> int:
    value = reader.whole("hour_minutes", 1, 600)
    if value is not None and value not in vocab.HOUR_LENGTHS:
        lengths = " or ".join(str(n) for n in sorted(vocab.HOUR_LENGTHS))
        reader.error("hour_minutes", f"a CE hour is {lengths} minutes")
        return 60
    return value or 60


def _read_topic(item: Reader, cite: Cite, total: Decimal | None) -> TopicMinimum | None:
    item.check_keys(TOPIC_KEYS)
    key = item.choice("key", vocab.CE_TOPICS, "CE topic", required=True)
    hours = item.hours("min_hours", required=True)
    if hours is not None and total is not None and hours > total:
        item.error("min_hours", f"topic minimum is above the CE total hours = {total}")
    label = item.text("label")
    deliveries = _read_deliveries(item)
    also = item.keys("also", vocab.CE_TOPICS, "CE topic") or ()
    approved_by = item.text("approved_by")
    if key is not None and key in also:
        item.error("also", f"lists the topic's own key {key!r}")
    source = cite.item(item)
    if key is None or hours is None or source is None or deliveries is None:
        return None
    return TopicMinimum(
        key=key,
        min_hours=hours,
        label=label or key.replace("_", " ").capitalize(),
        source=source,
        deliveries=deliveries,
        also=tuple(also),
        approved_by=approved_by.strip().upper() if approved_by else None,
    )


def _read_extra(item: Reader, cite: Cite) -> ExtraRequirement | None:
    """``[[version.ce.extra]]``: hours on top of the total (they never count toward it)."""
    item.check_keys(EXTRA_KEYS)
    key = item.choice("key", vocab.CE_TOPICS, "CE topic", required=True)
    hours = item.hours("hours", required=True)
    if hours is not None and hours == 0:
        item.error("hours", "must be more than zero")
        hours = None
    label = item.text("label")
    per_year = item.flag("per_year") or False
    once_after = item.date("once_after")
    if per_year and once_after is not None:
        item.error("once_after", "a one-time requirement cannot also be per year (per_year)")
    source = cite.item(item)
    if key is None or hours is None or source is None:
        return None
    return ExtraRequirement(
        key=key,
        hours=hours,
        label=label or key.replace("_", " ").capitalize(),
        source=source,
        per_year=per_year,
        once_after=once_after,
        inside_total=item.flag("inside_total") or False,
    )


def _read_deliveries(item: Reader) -> tuple[str, ...] | None:
    """``delivery = "in_person"`` or a set, ``delivery = ["in_person", "live_online"]``."""
    if not item.has("delivery"):
        return ()
    if isinstance(item.table["delivery"], list):
        found = item.keys("delivery", vocab.CE_DELIVERY, "CE delivery")
        return tuple(sorted(found)) if found is not None else None
    one = item.choice("delivery", vocab.CE_DELIVERY, "CE delivery")
    return (one,) if one is not None else None


def _read_bodies(reader: Reader) -> tuple[str, ...]:
    value = reader.table.get("approving_bodies")
    if value is None:
        return ()
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        reader.error(
            "approving_bodies", 'must be a non-empty array of body names, e.g. ["NCBTMB", "AMTA"]'
        )
        return ()
    return tuple(v.strip().upper() for v in value)


@dataclass(frozen=True, slots=True)
class _FirstCycle:
    condition: str | None = None
    exempt_months: int | None = None
    per_month: Decimal | None = None
    max_hours: Decimal | None = None
    chart: tuple[Decimal, ...] = ()
    topics: tuple[TopicMinimum, ...] | None = None


def _read_first_cycle(reader: Reader, rule: str, cite: Cite) -> _FirstCycle:
    """The keys that shape the first cycle, each allowed only with the rule that uses it."""
    allowed = {
        "first_cycle_condition": ("exempt", "next_full_cycle"),
        "first_cycle_exempt_months": ("exempt", "next_full_cycle"),
        "first_cycle_hours_per_month": ("per_month",),
        "first_cycle_max_hours": ("per_month",),
        "first_cycle_chart": ("chart",),
        "first_cycle_topics": ("full", "per_month", "chart", "prorated_monthly", "reduced"),
    }
    for key, rules in allowed.items():
        if reader.has(key) and rule not in rules:
            wanted = " or ".join(f'"{r}"' for r in rules)
            reader.error(key, f"is used only with first_cycle = {wanted}")
    if rule == "per_month" and not reader.has("first_cycle_hours_per_month"):
        reader.missing(
            "first_cycle_hours_per_month",
            'missing: first_cycle = "per_month" needs the hours per month licensed',
        )
    if rule == "chart" and not reader.has("first_cycle_chart"):
        reader.missing(
            "first_cycle_chart",
            'missing: first_cycle = "chart" needs the hours '
            "by month of the CE period the license was issued in",
        )
    condition = reader.choice(
        "first_cycle_condition", vocab.FIRST_CYCLE_CONDITIONS, "first-cycle condition"
    )
    chart: list[Decimal] = []
    raw = reader.table.get("first_cycle_chart")
    if raw is not None:
        if (
            not isinstance(raw, list)
            or not raw
            or not all(
                isinstance(v, int | float) and not isinstance(v, bool) and v >= 0 for v in raw
            )
        ):
            reader.error(
                "first_cycle_chart",
                "must be a non-empty array of hours (zero or more), one per month of the CE period",
            )
        else:
            chart = [Decimal(str(v)) for v in raw]
    topics = None
    if reader.has("first_cycle_topics"):
        topics = kept(_read_topic(i, cite, None) for i in reader.items("first_cycle_topics"))
    return _FirstCycle(
        condition=condition,
        exempt_months=reader.whole("first_cycle_exempt_months", 1, 120),
        per_month=reader.hours("first_cycle_hours_per_month"),
        max_hours=reader.hours("first_cycle_max_hours"),
        chart=tuple(chart),
        topics=topics,
    )


def _read_cap(item: Reader, cite: Cite) -> TopicCap | None:
    item.check_keys(TOPIC_CAP_KEYS)
    key = item.choice("key", vocab.CE_TOPICS, "CE topic", required=True)
    hours = item.hours("max_hours", required=True)
    source = cite.item(item)
    if key is None or hours is None or source is None:
        return None
    return TopicCap(key=key, max_hours=hours, source=source)


def _check_caps_against_minimums(
    reader: Reader, topics: Sequence[TopicMinimum], caps: Sequence[TopicCap]
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


def _read_years_in_practice(
    reader: Reader, total: Decimal | None, cite: Cite
) -> tuple[YearsInPractice, ...]:
    found: list[YearsInPractice] = []
    for item in reader.items("years_in_practice"):
        item.check_keys(YEARS_KEYS)
        after = item.whole("after_years", 1, 80, required=True)
        hours = item.hours("hours", required=True)
        if hours is not None and total is not None and hours > total:
            item.error("hours", f"is above the CE total hours = {total}; it should fall")
        if after is not None and found and after <= found[-1].after_years:
            item.error("after_years", "items must be in increasing order of after_years")
        topics = None
        if item.has("topics"):
            topics = kept(_read_topic(i, cite, hours) for i in item.items("topics"))
        in_person = item.hours("in_person_min_hours")
        hands_on = item.hours("hands_on_min_hours")
        for key, value in (("in_person_min_hours", in_person), ("hands_on_min_hours", hands_on)):
            if value is not None and hours is not None and value > hours:
                item.error(key, f"is above this tier's hours = {hours}")
        if after is not None and hours is not None:
            found.append(
                YearsInPractice(
                    after_years=after,
                    hours=hours,
                    topics=topics,
                    in_person_min_hours=in_person,
                    hands_on_min_hours=hands_on,
                )
            )
    return tuple(found)
