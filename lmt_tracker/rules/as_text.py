"""Rule records as short English text: for the terminal, the generated docs and the GUI.

Pure: records in, strings out. One phrase per fact, so the same wording appears
wherever a rule is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal

from lmt_tracker.domain.core.rules import (
    CERule,
    EntryRule,
    Jurisdiction,
    RenewalRule,
    Source,
    Stagger,
)
from lmt_tracker.domain.core.rules_age import rules_age

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def hours(value: Decimal | None) -> str:
    """500 → "500", 12.50 → "12.5", None → "?"."""
    if value is None:
        return "?"
    return format(value.normalize(), "f")


def percent(share: Decimal) -> str:
    """0.25 → "25%"."""
    return f"{hours(share * 100)}%"


def day_of_year(month: int, day: int) -> str:
    return f"{_MONTHS[month - 1]} {day}"


def _years(parity: str) -> str:
    return {
        "odd": " of odd years",
        "even": " of even years",
        "match_birth_year": " of years matching the birth year (odd or even)",
    }.get(parity, "")


def _every(renewal: RenewalRule) -> str:
    if renewal.period_years is None:
        return "period unknown"
    return "every year" if renewal.period_years == 1 else f"every {renewal.period_years} years"


def _stagger_text(stagger: Sequence[Stagger]) -> str:
    parts = []
    for s in stagger:
        who = s.letters if s.letters else f"{s.parity} numbers"
        parts.append(f"{who}: {day_of_year(s.month, s.day)}{_years(s.year_parity)}")
    return "; ".join(parts)


def renewal_text(renewal: RenewalRule | None) -> str:
    """When the credential renews, e.g. "every 2 years, on August 31 of odd years"."""
    if renewal is None:
        return "no renewal rule"
    every = _every(renewal)
    pattern = renewal.pattern
    if pattern == "fixed_date" and renewal.month and renewal.day:
        when = f"on {day_of_year(renewal.month, renewal.day)}{_years(renewal.year_parity)}"
        if renewal.anchor_year is not None:
            when += f" (a renewal year: {renewal.anchor_year})"
    elif pattern == "birth_month_day" and renewal.day:
        when = f"on day {renewal.day} of the birth month{_years(renewal.year_parity)}"
    elif pattern == "birth_month_end":
        when = f"at the end of the birth month{_years(renewal.year_parity)}"
    elif pattern == "birthday":
        when = f"on the birthday{_years(renewal.year_parity)}"
    elif pattern == "from_issue":
        when = "from the issue date"
    elif pattern == "from_issue_month_end":
        when = "at the end of the month of issue"
    elif pattern == "last_name":
        when = f"by last name ({_stagger_text(renewal.stagger)})"
    elif pattern == "license_number_parity":
        when = f"by license number ({_stagger_text(renewal.stagger)})"
    else:
        when = "date pattern not confirmed: use the printed expiry date"
    if renewal.year_parity == "issue_year" and renewal.period_years:
        n = renewal.period_years
        when += f", in the issue year + {n}, + {2 * n}, … (never the issue year)"
    if renewal.first_renewal == "within_period" and pattern != "unknown":
        when += (
            "; the first period is shortened to end on the last such date within "
            f"{_every(renewal).removeprefix('every ')} of the issue"
        )
    return f"{every}, {when}"


def exams_text(entry: EntryRule | None) -> str:
    """Required exams, all of the items, alternatives joined by "or": "mblex or x; y"."""
    if entry is None or not entry.exams:
        return "—"
    return "; ".join(" or ".join(item.any_of) for item in entry.exams)


def ce_text(ce: CERule | None) -> str:
    """CE in brief: "24 h / 2 years", "none required", "unknown"."""
    if ce is None:
        return "—"
    if not ce.required:
        return "none required"
    if ce.hours is None:
        return "unknown"
    period = f" / {ce.period_years} years" if ce.period_years else ""
    if ce.period_years == 1:
        period = " / year"
    return f"{hours(ce.hours)} h{period}"


def entry_hours_text(entry: EntryRule | None) -> str:
    if entry is None:
        return "—"
    return "unknown" if entry.total_hours is None else hours(entry.total_hours)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell; the last column is not padded."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def list_table(jurisdictions: Mapping[str, Jurisdiction], on: dt.date) -> str:
    """The ``rules list`` table: one line per jurisdiction, the version in force on ``on``."""
    header = ("CODE", "NAME", "REGULATION", "ENTRY H", "EXAMS", "CE", "RENEWAL", "CHECKED")
    rows = []
    for j in jurisdictions.values():
        v = j.current(on)
        renewal = f"{v.renewal.period_years} y" if v.renewal and v.renewal.period_years else "—"
        rows.append(
            (
                j.code,
                _shorten(j.name, 34),
                v.regulation,
                entry_hours_text(v.entry),
                exams_text(v.entry),
                ce_text(v.ce),
                renewal,
                j.checked.isoformat(),
            )
        )
    return table(header, rows)


def age_text(jurisdictions: Iterable[Jurisdiction], today: dt.date) -> str:
    """The line under ``rules list``: when the rules were checked, and a warning if long ago."""
    age = rules_age(jurisdictions)
    if age is None:
        return "No rules are loaded."
    warning = age.warning(today)
    return age.line() + "." + (f"\nWARNING: {warning}" if warning else "")


def _field(label: str, value: object) -> str:
    return f"    {label}: {value}"


def _notes_lines(unknown: Mapping[str, str], unverified: frozenset[str]) -> Iterator[str]:
    for key, note in unknown.items():
        yield f"    UNKNOWN {key}: {note}"
    if unverified:
        yield f"    UNVERIFIED (check with the board): {', '.join(sorted(unverified))}"


def _cite(source: Source, parent: Source) -> str:
    return "" if source.id == parent.id else f"  [{source.id}]"


def entry_lines(entry: EntryRule) -> Iterator[str]:
    yield f"  Entry (source {entry.source.id}; judged by {entry.selected_by.replace('_', ' ')}):"
    if entry.total_hours is not None:
        yield _field("total hours", hours(entry.total_hours))
    if entry.min_age is not None:
        yield _field("minimum age", entry.min_age)
    if entry.max_online_hours is not None:
        yield _field("online hours counted, at most", f"{hours(entry.max_online_hours)} h")
    if entry.max_online_share is not None:
        yield _field("online share of the total, at most", percent(entry.max_online_share))
    if entry.min_clinical_hours is not None:
        yield _field("supervised clinic, at least", f"{hours(entry.min_clinical_hours)} h")
    if not entry.online_counts:
        yield _field("online training", "does not count")
    if not entry.cpr_counts:
        yield _field("first aid / CPR hours", "do not count toward the total")
    if entry.online_limit_applies_to == "out_of_state":
        cite = _cite(entry.source_of("online_limit_applies_to"), entry.source)
        yield _field("online limits apply to", f"schools outside the jurisdiction only{cite}")
    if entry.hour_minutes is not None:
        low, high = entry.hour_minutes
        span = f"{low}" if low == high else f"{low} to {high}"
        cite = _cite(entry.source_of("hour_minutes"), entry.source)
        yield _field("one training hour", f"{span} minutes{cite}")
    if entry.completed_within_years is not None:
        cite = _cite(entry.source_of("completed_within_years"), entry.source)
        yield _field(
            "education finished", f"at most {entry.completed_within_years} years before{cite}"
        )
    for s in entry.subjects:
        cite = _cite(s.source, entry.source)
        how = ""
        if not s.online_counts:
            how = "; in class only"
        elif s.max_online_hours is not None:
            how = f"; at most {hours(s.max_online_hours)} h online"
        how += "".join(f"; at most {hours(h)} h of {x} count" for x, h in s.max_hours_from)
        yield f"    subject: {s.label}: {hours(s.hours)} h ({', '.join(s.group)}{how}){cite}"
    for c in entry.subject_caps:
        cite = _cite(c.source, entry.source)
        yield (
            f"    subject maximum: {c.label}: at most {hours(c.max_hours)} h count "
            f"({', '.join(c.group)}){cite}"
        )
    for e in entry.exams:
        within = f", passed within {e.within_years} years" if e.within_years else ""
        before = "".join(f", {x} only if passed before {d}" for x, d in e.passed_before)
        cite = _cite(e.source, entry.source)
        yield f"    exam: {e.label}: {' or '.join(e.any_of)}{within}{before}{cite}"
    if entry.exam_policy:
        p = entry.exam_policy
        attempts = f"at most {p.max_attempts} attempts" if p.max_attempts else "no attempt cap"
        board = "; board authorizes the candidate first" if p.state_authorization else ""
        yield f"    exam policy: {attempts}{board}{_cite(p.source, entry.source)}"
    for cond in entry.conditions:
        yield f"    condition: {cond.label} ({cond.key}){_cite(cond.source, entry.source)}"
    for r in entry.routes:
        needs = []
        if r.exams_any_of:
            needs.append("a pass on " + " or ".join(r.exams_any_of))
        if r.licensed_elsewhere_years is not None:
            needs.append(f"licensed elsewhere {r.licensed_elsewhere_years} years")
        if r.good_standing:
            needs.append("in good standing")
        yield (
            f"    route: {r.label}: {', '.join(needs)}, instead of "
            f"{' and '.join(r.replaces)}{_cite(r.source, entry.source)}"
        )
    yield from _notes_lines(entry.unknown, entry.unverified)


def renewal_lines(renewal: RenewalRule) -> Iterator[str]:
    yield f"  Renewal (source {renewal.source.id}): {renewal_text(renewal)}"
    yield from _notes_lines(renewal.unknown, renewal.unverified)


_MINUTES_WORDS = {
    "fraction": "in fractions of an hour",
    "whole": "in whole hours only",
    "half_hour": "in whole or half hours",
    "clock_hour": "in whole hours of at least the rule's minutes of one clock hour",
}
_PERIOD_WORDS = {
    "calendar": "calendar years, the same for every licensee",
    "calendar_before_renewal": "the calendar year or years before the license's renewal date",
    "assigned": "assigned by the board to each licensee (enter it from your renewal notice)",
}


def _counting_lines(ce: CERule) -> Iterator[str]:
    how = _MINUTES_WORDS.get(ce.minutes_count or "", "not recorded (whole clock hours assumed)")
    yield _field("a certificate's minutes count", how)
    if ce.period_basis in _PERIOD_WORDS:
        yield _field("CE period", _PERIOD_WORDS[ce.period_basis])
    if ce.selected_by == "renewal_date":
        yield _field("applies to", "every renewal from its effective date")


def first_cycle_text(ce: CERule) -> str:
    """The first-cycle rule in words, e.g. "1 h per month or part of a month, at most 24 h"."""
    rule = ce.first_cycle
    if rule in ("exempt", "next_full_cycle"):
        text = "no CE" if rule == "exempt" else "CE starts with the first full cycle"
        if ce.first_cycle_condition == "by_examination":
            text += " (only for those licensed by examination)"
        if ce.first_cycle_exempt_months:
            months = ce.first_cycle_exempt_months
            text += f" (only a license issued less than {months} months before)"
    elif rule == "per_month":
        per = hours(ce.first_cycle_hours_per_month or Decimal(0))
        text = f"{per} h per month or part of a month"
        if ce.first_cycle_max_hours is not None:
            text += f", at most {hours(ce.first_cycle_max_hours)} h"
    elif rule == "chart":
        text = "the board's chart by month licensed: " + ", ".join(
            hours(h) for h in ce.first_cycle_chart
        )
    elif rule == "reduced":
        text = f"reduced to {hours(ce.first_cycle_hours or Decimal(0))} h"
    elif rule == "prorated_monthly":
        text = "prorated by whole months licensed"
    else:
        text = "the full requirement"
    if ce.first_cycle_topics is not None:
        topics = "; ".join(f"{t.label} {hours(t.min_hours)} h" for t in ce.first_cycle_topics)
        text += f"; its topics: {topics or 'none'}"
    return text


def ce_lines(ce: CERule) -> Iterator[str]:
    yield f"  Continuing education (source {ce.source.id}): {ce_text(ce)}"
    if not ce.required:
        yield from _notes_lines(ce.unknown, ce.unverified)
        return
    if ce.hour_minutes != 60:
        yield _field("hour length", f"{ce.hour_minutes} minutes")
    if ce.period_end_parity:
        yield _field("CE periods end in", f"{ce.period_end_parity} years")
    yield from _counting_lines(ce)
    limits = (
        ("in person, at least", ce.in_person_min_hours),
        ("hands-on, at least", ce.hands_on_min_hours),
        ("online, at most", ce.online_max_hours),
        ("self-study, at most", ce.self_study_max_hours),
        ("per day, at most", ce.daily_max_hours),
        ("carried over, at most", ce.carry_over_max_hours),
    )
    for label, value in limits:
        if value is not None:
            yield _field(label, f"{hours(value)} h")
    shares = (
        ("self-study share, at most", ce.self_study_max_share),
        ("share from nationally approved providers, at least", ce.national_provider_min_share),
    )
    for label, share in shares:
        if share is not None:
            yield _field(label, percent(share))
    if ce.repeat_within_years:
        yield _field("same course counts once per", f"{ce.repeat_within_years} years")
    if ce.repeat_once_ever:
        yield _field("same course counts", "once, ever")
    if ce.unapproved_max_hours is not None:
        bodies = ", ".join(ce.approving_bodies)
        cap = hours(ce.unapproved_max_hours)
        yield _field(f"hours not approved by {bodies}, at most", f"{cap} h")
    if ce.approved_providers:
        yield _field("approved providers", ce.approved_providers)
    if ce.first_cycle != "full" or ce.first_cycle_topics is not None:
        yield _field("first cycle", first_cycle_text(ce))
    for t in ce.topics:
        how = ", " + " or ".join(d.replace("_", " ") for d in t.deliveries) if t.deliveries else ""
        cite = _cite(t.source, ce.source)
        yield f"    topic: {t.label}: at least {hours(t.min_hours)} h ({t.key}{how}){cite}"
    for c in ce.topic_caps:
        yield f"    cap: {c.key}: at most {hours(c.max_hours)} h{_cite(c.source, ce.source)}"
    for y in ce.years_in_practice:
        yield f"    after {y.after_years} years in practice: {hours(y.hours)} h"
    yield from _notes_lines(ce.unknown, ce.unverified)

