"""Rule records as short English text: for the terminal, the generated docs and the GUI.

Pure: records in, strings out. One phrase per fact, so the same wording appears
wherever a rule is shown. The facts' values and the one-line summaries are phrases
(``domain.core.phrases``): English here, in the user's language on the Rules screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal

from lmt_tracker.domain.core.phrases import N_, Phrase, Value, joined, month_day, ph
from lmt_tracker.domain.core.rules import (
    CERule,
    EntryRule,
    Jurisdiction,
    RenewalRule,
    Source,
    Stagger,
)
from lmt_tracker.domain.core.rules_age import rules_age


def hours(value: Decimal | None) -> str:
    """500 → "500", 12.50 → "12.5", None → "?"."""
    if value is None:
        return "?"
    return format(value.normalize(), "f")


def _h(value: Decimal) -> Phrase:
    """``12 h``: an amount of hours as a fact's value."""
    return ph(N_("{hours} h"), hours=hours(value))


def percent(share: Decimal) -> str:
    """0.25 → "25%"."""
    return f"{hours(share * 100)}%"


def day_of_year(month: int, day: int) -> str:
    return month_day(month, day)


def _years(parity: str) -> Value:
    return {
        "odd": ph(N_(" of odd years")),
        "even": ph(N_(" of even years")),
        "match_birth_year": ph(N_(" of years matching the birth year (odd or even)")),
    }.get(parity, "")


def _every(renewal: RenewalRule) -> Phrase:
    if renewal.period_years is None:
        return ph(N_("period unknown"))
    return ph(N_("every year")) if renewal.period_years == 1 \
        else ph(N_("every {n} years"), n=renewal.period_years)


def _span(renewal: RenewalRule) -> Phrase:
    """``_every`` without "every": "year", "2 years"."""
    if renewal.period_years is None:
        return ph(N_("period unknown"))
    return ph(N_("year")) if renewal.period_years == 1 \
        else ph(N_("{n} years"), n=renewal.period_years)


def _stagger_text(stagger: Sequence[Stagger]) -> Phrase:
    parts: list[Phrase] = []
    for s in stagger:
        who: Value = s.letters if s.letters else (
            ph(N_("odd numbers")) if s.parity == "odd" else ph(N_("even numbers"))
            if s.parity == "even" else f"{s.parity} numbers")
        parts.append(Phrase("{who}: {day}{years}", {"who": who,
                                                    "day": day_of_year(s.month, s.day),
                                                    "years": _years(s.year_parity)}))
    return joined(parts, "; ")


def renewal_text(renewal: RenewalRule | None) -> str:
    """When the credential renews, e.g. "every 2 years, on August 31 of odd years"."""
    if renewal is None:
        return ph(N_("no renewal rule"))
    every = _every(renewal)
    pattern = renewal.pattern
    years = _years(renewal.year_parity)
    when: Phrase
    if pattern == "fixed_date" and renewal.month and renewal.day:
        when = ph(N_("on {day}{years}"), day=day_of_year(renewal.month, renewal.day),
                  years=years)
        if renewal.anchor_year is not None:
            when = ph(N_("{when} (a renewal year: {year})"), when=when,
                      year=str(renewal.anchor_year))
    elif pattern == "birth_month_day" and renewal.day:
        when = ph(N_("on day {day} of the birth month{years}"), day=renewal.day, years=years)
    elif pattern == "birth_month_end":
        when = ph(N_("at the end of the birth month{years}"), years=years)
    elif pattern == "birthday":
        when = ph(N_("on the birthday{years}"), years=years)
    elif pattern == "from_issue":
        when = ph(N_("from the issue date"))
    elif pattern == "from_issue_month_end":
        when = ph(N_("at the end of the month of issue"))
    elif pattern == "last_name":
        when = ph(N_("by last name ({dates})"), dates=_stagger_text(renewal.stagger))
    elif pattern == "license_number_parity":
        when = ph(N_("by license number ({dates})"), dates=_stagger_text(renewal.stagger))
    else:
        when = ph(N_("date pattern not confirmed: use the printed expiry date"))
    if renewal.year_parity == "issue_year" and renewal.period_years:
        n = renewal.period_years
        when = ph(N_("{when}, in the issue year + {n}, + {twice}, … (never the issue year)"),
                  when=when, n=n, twice=2 * n)
    if renewal.first_renewal == "within_period" and pattern != "unknown":
        when = ph(N_("{when}; the first period is shortened to end on the last such date "
                     "within {span} of the issue"), when=when, span=_span(renewal))
    return Phrase("{every}, {when}", {"every": every, "when": when})


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
        return ph(N_("none required"))
    if ce.hours is None:
        return ph(N_("unknown"))
    period: Value = ph(N_(" / {n} years"), n=ce.period_years) if ce.period_years else ""
    if ce.period_years == 1:
        period = ph(N_(" / year"))
    return ph(N_("{hours} h{period}"), hours=hours(ce.hours), period=period)


def entry_hours_text(entry: EntryRule | None) -> str:
    if entry is None:
        return "—"
    return ph(N_("unknown")) if entry.total_hours is None else hours(entry.total_hours)


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


def age_text(jurisdictions: Iterable[Jurisdiction], today: dt.date) -> Phrase:
    """The line under ``rules list``: when the rules were checked, and a warning if long ago."""
    age = rules_age(jurisdictions)
    if age is None:
        return ph(N_("No rules are loaded."))
    line, warning = Phrase("{line}.", {"line": age.line()}), age.warning(today)
    return ph(N_("{line}\nWARNING: {warning}"), line=line, warning=warning) if warning else line


def _field(label: str, value: object, cite: str = "") -> str:
    """``    label: value`` (a phrase whose ``value`` field the Rules screen translates)."""
    shown: Value = value if isinstance(value, (str, int)) else str(value)
    return Phrase("    {label}: {value}{cite}", {"label": label, "value": shown, "cite": cite})


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
        yield _field("online hours counted, at most", _h(entry.max_online_hours))
    if entry.max_online_share is not None:
        yield _field("online share of the total, at most", percent(entry.max_online_share))
    if entry.min_clinical_hours is not None:
        yield _field("supervised clinic, at least", _h(entry.min_clinical_hours))
    if not entry.online_counts:
        yield _field("online training", ph(N_("does not count")))
    if not entry.cpr_counts:
        yield _field("first aid / CPR hours", ph(N_("do not count toward the total")))
    if entry.online_limit_applies_to == "out_of_state":
        cite = _cite(entry.source_of("online_limit_applies_to"), entry.source)
        yield _field("online limits apply to",
                     ph(N_("schools outside the jurisdiction only")), cite)
    if entry.hour_minutes is not None:
        low, high = entry.hour_minutes
        cite = _cite(entry.source_of("hour_minutes"), entry.source)
        yield _field("one training hour", ph(N_("{n} minutes"), n=low) if low == high
                     else ph(N_("{low} to {high} minutes"), low=low, high=high), cite)
    if entry.completed_within_years is not None:
        cite = _cite(entry.source_of("completed_within_years"), entry.source)
        yield _field("education finished", ph(N_("at most {years} years before"),
                                              years=entry.completed_within_years), cite)
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
    yield Phrase("  Renewal (source {source}): {text}",
                 {"source": renewal.source.id, "text": renewal_text(renewal)})
    yield from _notes_lines(renewal.unknown, renewal.unverified)


_MINUTES_WORDS = {
    "fraction": N_("in fractions of an hour"),
    "whole": N_("in whole hours only"),
    "half_hour": N_("in whole or half hours"),
    "clock_hour": N_("in whole hours of at least the rule's minutes of one clock hour"),
}
_PERIOD_WORDS = {
    "calendar": N_("calendar years, the same for every licensee"),
    "calendar_before_renewal": N_("the calendar year or years before the license's renewal "
                                  "date"),
    "assigned": N_("assigned by the board to each licensee (enter it from your renewal notice)"),
}


def _counting_lines(ce: CERule) -> Iterator[str]:
    how = _MINUTES_WORDS.get(ce.minutes_count or "",
                             N_("not recorded (whole clock hours assumed)"))
    yield _field("a certificate's minutes count", ph(how))
    if ce.period_basis in _PERIOD_WORDS:
        yield _field("CE period", ph(_PERIOD_WORDS[ce.period_basis]))
    if ce.selected_by == "renewal_date":
        yield _field("applies to", ph(N_("every renewal from its effective date")))


def first_cycle_text(ce: CERule) -> str:
    """The first-cycle rule in words, e.g. "1 h per month or part of a month, at most 24 h"."""
    rule = ce.first_cycle
    text: Phrase
    if rule in ("exempt", "next_full_cycle"):
        text = ph(N_("no CE")) if rule == "exempt" else ph(N_("CE starts with the first full "
                                                             "cycle"))
        if ce.first_cycle_condition == "by_examination":
            text = ph(N_("{text} (only for those licensed by examination)"), text=text)
        if ce.first_cycle_exempt_months:
            text = ph(N_("{text} (only a license issued less than {months} months before)"),
                      text=text, months=ce.first_cycle_exempt_months)
    elif rule == "per_month":
        per = hours(ce.first_cycle_hours_per_month or Decimal(0))
        text = ph(N_("{per} h per month or part of a month"), per=per)
        if ce.first_cycle_max_hours is not None:
            text = ph(N_("{text}, at most {hours} h"), text=text,
                      hours=hours(ce.first_cycle_max_hours))
    elif rule == "chart":
        text = ph(N_("the board's chart by month licensed: {hours}"),
                  hours=", ".join(hours(h) for h in ce.first_cycle_chart))
    elif rule == "reduced":
        text = ph(N_("reduced to {hours} h"), hours=hours(ce.first_cycle_hours or Decimal(0)))
    elif rule == "prorated_monthly":
        text = ph(N_("prorated by whole months licensed"))
    else:
        text = ph(N_("the full requirement"))
    if ce.first_cycle_topics is not None:
        topics = "; ".join(f"{t.label} {hours(t.min_hours)} h" for t in ce.first_cycle_topics)
        text = ph(N_("{text}; its topics: {topics}"), text=text,
                  topics=topics or ph(N_("none")))
    return text


def ce_lines(ce: CERule) -> Iterator[str]:
    yield Phrase("  Continuing education (source {source}): {text}",
                 {"source": ce.source.id, "text": ce_text(ce)})
    if not ce.required:
        yield from _notes_lines(ce.unknown, ce.unverified)
        return
    if ce.hour_minutes != 60:
        yield _field("hour length", ph(N_("{n} minutes"), n=ce.hour_minutes))
    if ce.period_end_parity:
        yield _field("CE periods end in", ph(N_("odd years")) if ce.period_end_parity == "odd"
                     else ph(N_("even years")) if ce.period_end_parity == "even"
                     else f"{ce.period_end_parity} years")
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
            yield _field(label, _h(value))
    shares = (
        ("self-study share, at most", ce.self_study_max_share),
        ("share from nationally approved providers, at least", ce.national_provider_min_share),
    )
    for label, share in shares:
        if share is not None:
            yield _field(label, percent(share))
    if ce.repeat_within_years:
        yield _field("same course counts once per",
                     ph(N_("{n} years"), n=ce.repeat_within_years))
    if ce.repeat_once_ever:
        yield _field("same course counts", ph(N_("once, ever")))
    if ce.unapproved_max_hours is not None:
        bodies = ", ".join(ce.approving_bodies)
        cap = hours(ce.unapproved_max_hours)
        yield _field(f"hours not approved by {bodies}, at most", f"{cap} h")  # (as written)
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

