"""Renewal compliance: one credential's CE period, its requirement, and the best allocation.

Quantities are exact minutes internally (a course's hours x its hour length), so
50- and 60-minute hours mix without rounding; findings report hours of the rule's
length (``CERule.hour_minutes``). See :mod:`lmt_tracker.domain.allocation` for why
the allocation is optimal for the therapist.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, NamedTuple

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.allocation import GENERAL, Cell, Minimum, Problem, solve
from lmt_tracker.domain.cycles import CEPeriod, Cycle, LicenceCycles, ce_period, licence_cycles
from lmt_tracker.domain.cycles import whole_months as _whole_months
from lmt_tracker.domain.findings import (
    UNVERIFIED_NOTE,
    Finding,
    fmt_hours,
    hours_finding,
    json_number,
    rule_key_label,
)
from lmt_tracker.domain.records import Course, Credential, Therapist
from lmt_tracker.domain.rules import CERule, Jurisdiction, RuleVersion

ZERO: Final = Decimal(0)
CENT: Final = Decimal("0.01")
NATIONAL_BODY: Final = "NCBTMB"
_NATIONAL: Final = frozenset({NATIONAL_BODY})
DELIVERY_WORDS: Final = {
    "in_person": "in-person",
    "live_online": "live online",
    "self_study": "self-study",
}


TOPIC_WORDS: Final = {
    "laws_rules": "laws and rules",
    "medical_errors": "medical-errors",
    "human_trafficking": "human-trafficking",
    "communicable_disease": "communicable-disease",
    "cpr": "CPR",
    "hands_on": "hands-on",
    "self_care": "self-care",
    "professional_boundaries": "professional-boundaries",
    "child_abuse": "child-abuse",
    "pain_management": "pain-management",
    "cultural_competency": "cultural-competency",
    "health_equity": "health-equity",
    "implicit_bias": "implicit-bias",
    "sexual_misconduct": "sexual-misconduct",
    "domestic_violence": "domestic-violence",
}


def topic_words(key: str) -> str:
    """A topic key as words for messages: ``laws_rules`` -> "laws and rules"."""
    return TOPIC_WORDS.get(key, key.replace("_", " "))


class CourseIndex:
    """Courses sorted by completion date, for fast windows (build once per record)."""

    __slots__ = ("courses", "days")

    def __init__(self, courses: Iterable[Course]) -> None:
        self.courses: list[Course] = sorted(courses, key=lambda c: c.completed)
        self.days: list[dt.date] = [c.completed for c in self.courses]

    def between(self, start: dt.date, end: dt.date) -> list[Course]:
        """Courses completed on ``start`` .. ``end`` inclusive, oldest first."""
        return self.courses[bisect_left(self.days, start) : bisect_right(self.days, end)]


@dataclass(frozen=True, slots=True)
class AllocationLine:
    """How one course was used: hours counted, toward what, and what was left out, why."""

    course: Course
    hours: Decimal  # in the rule's hours
    counted: Decimal
    toward: tuple[str, ...]
    excluded: Decimal
    reasons: tuple[str, ...]
    minutes: Decimal = ZERO  # exact: the course's minutes
    counted_minutes: Decimal = ZERO  # exact: minutes counted


class _Segment(NamedTuple):
    course: int  # index into the window's course list
    topic: str
    delivery: str
    minutes: Decimal


class Allocation:
    """The solved allocation; per-course lines are built on first use."""

    __slots__ = ("_lines", "_spec")

    def __init__(self, spec: _Spec | None) -> None:
        self._spec = spec
        self._lines: tuple[AllocationLine, ...] | None = None

    @property
    def lines(self) -> tuple[AllocationLine, ...]:
        if self._lines is None:
            self._lines = self._spec.lines() if self._spec is not None else ()
        return self._lines

    def __repr__(self) -> str:
        return "Allocation(...)"


@dataclass(frozen=True, slots=True)
class CEResult:
    """One credential judged for renewal on ``as_of``."""

    credential: Credential
    jurisdiction: str
    period: Cycle | None  # the CE period hours are counted in
    licence: Cycle | None  # the current licence cycle
    next_licence: Cycle | None
    required_hours: Decimal | None
    counted_hours: Decimal | None
    carried_in: Decimal
    compliant: bool | None
    days_left: int | None
    findings: tuple[Finding, ...]
    allocation: Allocation
    hour_minutes: int = 60

    @property
    def missing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_open)

    @property
    def lines(self) -> tuple[AllocationLine, ...]:
        return self.allocation.lines


def _round(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class _Spec:
    """Everything one allocation needs, kept to explain it afterwards."""

    __slots__ = (
        "caps",
        "carried_minutes",
        "cells",
        "courses",
        "excluded",
        "hm",
        "in_person_min",
        "mins",
        "minutes_of",
        "seg_counted",
        "segments",
        "x",
    )

    def __init__(self) -> None:
        self.courses: list[Course] = []
        self.minutes_of: list[Decimal] = []
        self.segments: list[_Segment] = []
        self.cells: list[Cell] = []
        self.x: tuple[Decimal, ...] = ()
        self.seg_counted: list[Decimal] = []
        self.caps: list[tuple[str, Decimal, list[int], str]] = []
        self.mins: tuple[Minimum, ...] = ()
        self.excluded: list[tuple[Course, Decimal, str]] = []
        self.hm = 60
        self.in_person_min = False
        self.carried_minutes = ZERO

    def lines(self) -> tuple[AllocationLine, ...]:
        hm = Decimal(self.hm)
        counted = [ZERO] * len(self.courses)
        toward: list[set[str]] = [set() for _ in self.courses]
        reasons: list[set[str]] = [set() for _ in self.courses]
        cell_of = {(c.topic, c.delivery, c.day): i for i, c in enumerate(self.cells)}
        binding: dict[int, list[str]] = {}
        for _, limit, idx, why in self.caps:
            if sum((self.x[i] for i in idx), ZERO) >= limit:
                for i in idx:
                    binding.setdefault(i, []).append(why)
        for seg, got in zip(self.segments, self.seg_counted, strict=True):
            k = seg.course
            counted[k] += got
            if got > 0:
                toward[k].add("total")
                for m in self.mins:
                    if (
                        m.topic is not None
                        and m.topic == seg.topic
                        and (m.delivery is None or m.delivery == seg.delivery)
                    ):
                        toward[k].add(m.name)
                if self.in_person_min and seg.delivery == "in_person":
                    toward[k].add("in_person")
            if got < seg.minutes:
                day = self.courses[k].completed.toordinal()
                ci = cell_of.get((seg.topic, seg.delivery, day))
                if ci is None:
                    ci = cell_of.get((seg.topic, seg.delivery, None))
                for why in binding.get(ci, []) if ci is not None else []:
                    reasons[k].add(why)
        out = []
        for k, course in enumerate(self.courses):
            total = self.minutes_of[k]
            excluded = total - counted[k]
            out.append(
                AllocationLine(
                    course=course,
                    hours=total / hm,
                    counted=counted[k] / hm,
                    toward=tuple(sorted(toward[k], key=lambda s: (s != "total", s))),
                    excluded=excluded / hm,
                    reasons=tuple(sorted(reasons[k])) if excluded > 0 else (),
                    minutes=total,
                    counted_minutes=counted[k],
                )
            )
        for course, minutes, why in self.excluded:
            out.append(
                AllocationLine(
                    course=course,
                    hours=minutes / hm,
                    counted=ZERO,
                    toward=(),
                    excluded=minutes / hm,
                    reasons=(why,),
                    minutes=minutes,
                )
            )
        out.sort(key=lambda line: (line.course.completed, line.course.title))
        return tuple(out)


def _priority(course: Course, bodies: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Fill order inside a cell: courses showing an approval first, then national ones."""
    if not course.approvals:
        return (1, 1)
    return (0 if _approved_for(course, bodies) else 1, 0 if _approved_for(course, _NATIONAL) else 1)


def _norm(course: Course) -> tuple[str, str]:
    return (" ".join(course.title.lower().split()), " ".join(course.provider.lower().split()))


def _approved_for(course: Course, bodies: frozenset[str]) -> bool:
    return any(a.body.upper() in bodies for a in course.approvals)


@dataclass(frozen=True, slots=True)
class _Outcome:
    required_minutes: Decimal | None
    counted_minutes: Decimal
    spec: _Spec
    findings: tuple[Finding, ...]


def _requirement(
    ce: CERule, period: CEPeriod, credential: Credential
) -> tuple[Decimal | None, Decimal, list[Finding]]:
    """Required hours for the period and the factor applied to minimums, with notes."""
    notes: list[Finding] = []
    hours = ce.hours
    factor = Decimal(1)
    cycle = period.period
    issue = credential.issue_date
    if not ce.required:
        return ZERO, ZERO, notes
    if cycle.first and ce.first_cycle != "full":
        if ce.first_cycle == "exempt":
            notes.append(
                Finding(
                    kind="other",
                    key="first_cycle",
                    label="First renewal",
                    status="info",
                    message="First renewal after the licence was issued: no CE is required",
                    source=ce.source,
                )
            )
            return ZERO, ZERO, notes
        if ce.first_cycle == "prorated_monthly" and hours is not None and issue is not None:
            months = _whole_months(issue, cycle.end)
            span = (ce.period_years or 0) * 12 or max(
                _whole_months(cycle.end - relativedelta(years=1), cycle.end), 1
            )
            factor = min(Decimal(months) / Decimal(span), Decimal(1))
            prorated = _round(hours * factor)
            notes.append(
                Finding(
                    kind="other",
                    key="first_cycle",
                    label="First renewal",
                    status="info",
                    message=f"First renewal: {fmt_hours(hours)} hours prorated to "
                    f"{fmt_hours(prorated)} for {months} whole months licensed of {span}",
                    needed=prorated,
                    source=ce.source,
                )
            )
            return prorated, factor, notes
        if ce.first_cycle == "reduced":
            if ce.first_cycle_hours is None:
                notes.append(
                    Finding(
                        kind="hours",
                        key="first_cycle_hours",
                        label="First renewal",
                        status="unverified",
                        message="First renewal has a reduced requirement whose figure is "
                        f"not recorded: {UNVERIFIED_NOTE}",
                        source=ce.source,
                    )
                )
                return None, factor, notes
            notes.append(
                Finding(
                    kind="other",
                    key="first_cycle",
                    label="First renewal",
                    status="info",
                    message=f"First renewal: the requirement is reduced to "
                    f"{fmt_hours(ce.first_cycle_hours)} hours",
                    needed=ce.first_cycle_hours,
                    source=ce.source,
                )
            )
            return ce.first_cycle_hours, factor, notes
    if hours is None:
        return None, factor, notes
    if ce.years_in_practice:
        if issue is None:
            notes.append(
                Finding(
                    kind="other",
                    key="years_in_practice",
                    label="Years in practice",
                    status="info",
                    message="The requirement falls after some years in practice: enter the "
                    "licence's first issue date to apply it",
                    source=ce.source,
                )
            )
        else:
            years = int(relativedelta(cycle.end, issue).years)
            best = None
            for step in ce.years_in_practice:
                if years >= step.after_years and (
                    best is None or step.after_years > best.after_years
                ):
                    best = step
            if best is not None:
                notes.append(
                    Finding(
                        kind="other",
                        key="years_in_practice",
                        label="Years in practice",
                        status="info",
                        message=f"{years} years licensed: the requirement falls to "
                        f"{fmt_hours(best.hours)} hours (after {best.after_years} years)",
                        needed=best.hours,
                        source=ce.source,
                    )
                )
                hours = best.hours
    return hours, factor, notes


def _allocate(
    ce: CERule,
    code: str,
    period: CEPeriod,
    credential: Credential,
    index: CourseIndex,
    as_of: dt.date,
    carried_minutes: Decimal = ZERO,
) -> _Outcome:
    hm = ce.hour_minutes or 60
    hmd = Decimal(hm)
    required, factor, notes = _requirement(ce, period, credential)
    spec = _Spec()
    spec.hm = hm
    spec.carried_minutes = carried_minutes
    cycle = period.period
    end = min(cycle.end, as_of)
    cid = credential.id
    # -- courses in the window, for this credential, not repeats ----------------------
    window: list[Course] = []
    if end >= cycle.start:
        candidates = index.between(cycle.start, end)
        window = [c for c in candidates if c.applies_to is None or cid in c.applies_to]
    if ce.repeat_within_years and window:
        look = cycle.start - relativedelta(years=ce.repeat_within_years)
        history = [
            c for c in index.between(look, end) if c.applies_to is None or cid in c.applies_to
        ]
        last_kept: dict[tuple[str, str], dt.date] = {}
        repeats: set[int] = set()
        for c in history:
            key = _norm(c)
            prev = last_kept.get(key)
            if prev is not None and c.completed < prev + relativedelta(
                years=ce.repeat_within_years
            ):
                repeats.add(id(c))
                continue
            last_kept[key] = c.completed
        kept = []
        for c in window:
            if id(c) in repeats:
                spec.excluded.append(
                    (
                        c,
                        c.hours * c.hour_minutes,
                        f"repeat of a course counted within {ce.repeat_within_years} years",
                    )
                )
            else:
                kept.append(c)
        window = kept
    # -- which topics matter ------------------------------------------------------------
    topic_mins = list(ce.topics)
    relevant = {t.key for t in topic_mins} | {t.key for t in ce.topic_caps}
    hands_on_extra: Decimal | None = None
    if ce.hands_on_min_hours is not None and ce.hands_on_min_hours > 0:
        relevant.add("hands_on")
        if not any(
            t.key == "hands_on" and t.min_hours >= ce.hands_on_min_hours for t in topic_mins
        ):
            hands_on_extra = ce.hands_on_min_hours
    # -- segments and cells ------------------------------------------------------------
    code_bodies = frozenset({code.upper(), credential.jurisdiction.upper()})
    for k, c in enumerate(window):
        total = c.hours * c.hour_minutes
        spec.courses.append(c)
        spec.minutes_of.append(total)
        left = total
        delivery = c.delivery if c.delivery in DELIVERY_WORDS else "self_study"
        for th in c.topics:
            if left <= 0:
                break
            if th.topic in relevant and th.topic != GENERAL:
                amount = min(th.hours * c.hour_minutes, left)
                if amount > 0:
                    spec.segments.append(_Segment(k, th.topic, delivery, amount))
                    left -= amount
        if left > 0:
            spec.segments.append(_Segment(k, GENERAL, delivery, left))
    daily = ce.daily_max_hours * hmd if ce.daily_max_hours is not None else None
    binding_days: set[int] = set()
    if daily is not None:
        per_day: dict[int, Decimal] = {}
        for seg in spec.segments:
            d = window[seg.course].completed.toordinal()
            per_day[d] = per_day.get(d, ZERO) + seg.minutes
        binding_days = {d for d, m in per_day.items() if m > daily}
    cell_index: dict[tuple[str, str, int | None], int] = {}
    members: list[list[int]] = []
    cell_minutes: list[Decimal] = []
    for si, seg in enumerate(spec.segments):
        cday: int | None = None
        if binding_days:
            ordinal = window[seg.course].completed.toordinal()
            cday = ordinal if ordinal in binding_days else None
        ckey = (seg.topic, seg.delivery, cday)
        ci = cell_index.get(ckey)
        if ci is None:
            ci = len(members)
            cell_index[ckey] = ci
            members.append([])
            cell_minutes.append(ZERO)
        members[ci].append(si)
        cell_minutes[ci] += seg.minutes
    spec.cells = [Cell(k[0], k[1], k[2], cell_minutes[i]) for k, i in cell_index.items()]
    # -- the problem ---------------------------------------------------------------------
    req_minutes = required * hmd if required is not None else None
    mins: list[Minimum] = []
    for tm in topic_mins:
        mins.append(
            Minimum(
                f"topic:{tm.key}" + (f":{tm.delivery}" if tm.delivery else ""),
                tm.min_hours * hmd * factor,
                tm.key,
                tm.delivery,
            )
        )
    if hands_on_extra is not None:
        mins.append(Minimum("topic:hands_on", hands_on_extra * hmd * factor, "hands_on", None))
    spec.mins = tuple(mins)
    in_person = ce.in_person_min_hours * hmd * factor if ce.in_person_min_hours else ZERO
    spec.in_person_min = in_person > 0
    self_study_cap: Decimal | None = None
    if ce.self_study_max_hours is not None:
        self_study_cap = ce.self_study_max_hours * hmd
    if ce.self_study_max_share is not None and req_minutes is not None:
        share_cap = ce.self_study_max_share * req_minutes
        self_study_cap = share_cap if self_study_cap is None else min(self_study_cap, share_cap)
    online_cap = ce.online_max_hours * hmd if ce.online_max_hours is not None else None
    topic_caps = tuple((t.key, t.max_hours * hmd) for t in ce.topic_caps)
    total_min = max((req_minutes or ZERO) - carried_minutes, ZERO)
    problem = Problem(
        cells=tuple(spec.cells),
        total_min=total_min,
        topic_mins=tuple(mins),
        in_person_min=in_person,
        online_cap=online_cap,
        self_study_cap=self_study_cap,
        topic_caps=topic_caps,
        daily_cap=daily if binding_days else None,
    )
    x = solve(problem)
    spec.x = x
    # -- spread each cell's counted minutes over its segments, best evidence first -----
    seg_counted = [ZERO] * len(spec.segments)
    for ci, segs in enumerate(members):
        left = x[ci]
        if left >= cell_minutes[ci]:
            for si in segs:
                seg_counted[si] = spec.segments[si].minutes
            continue
        ordered = sorted(
            segs,
            key=lambda si: (_priority(window[spec.segments[si].course], code_bodies), si),
        )
        for si in ordered:
            take = min(spec.segments[si].minutes, left)
            seg_counted[si] = take
            left -= take
    spec.seg_counted = seg_counted
    words = {
        "online": f"over the online cap of {fmt_hours(ce.online_max_hours or ZERO)} hours",
        "self_study": "over the self-study cap"
        + (f" of {fmt_hours(self_study_cap / hmd)} hours" if self_study_cap is not None else ""),
    }
    for name, limit, idx in problem.caps():
        if name.startswith("topic:"):
            topic = name[6:]
            why = (
                f"{topic.replace('_', ' ')} hours do not count"
                if limit == 0
                else f"over the cap of {fmt_hours(limit / hmd)} hours of {topic.replace('_', ' ')}"
            )
        elif name.startswith("day:"):
            day = dt.date.fromordinal(int(name[4:]))
            why = f"over the daily maximum of {fmt_hours(limit / hmd)} hours on {day.isoformat()}"
        else:
            why = words[name]
        spec.caps.append((name, limit, idx, why))
    counted = sum(x, ZERO)
    # -- findings ------------------------------------------------------------------------
    out: list[Finding] = list(notes)
    due = cycle.end
    if required is not None and ce.required:
        have = (counted + carried_minutes) / hmd
        out.append(
            hours_finding(
                kind="hours",
                key="total",
                label="CE hours",
                needed=required,
                have=have,
                source=ce.source,
                what="CE",
                due=due,
                unverified="hours" in ce.unverified,
            )
        )
    elif ce.required:
        out.append(
            Finding(
                kind="hours",
                key="total",
                label="CE hours",
                status="unverified",
                message="The CE hours required are not recorded: "
                f"{UNVERIFIED_NOTE}"
                + (f" ({ce.unknown['hours']})" if "hours" in ce.unknown else ""),
                source=ce.source,
                due=due,
            )
        )
    if ce.required:
        sums = {m.name: ZERO for m in mins}
        ip_have = ZERO
        for cell, v in zip(spec.cells, x, strict=True):
            for m in mins:
                if m.has(cell):
                    sums[m.name] += v
            if cell.delivery == "in_person":
                ip_have += v
        for tm, m in zip(topic_mins, mins, strict=False):
            where = f", {DELIVERY_WORDS.get(tm.delivery, tm.delivery)}" if tm.delivery else ""
            out.append(
                hours_finding(
                    kind="topic",
                    key=tm.key,
                    label=tm.label,
                    needed=_round(m.minutes / hmd),
                    have=sums[m.name] / hmd,
                    source=tm.source,
                    what=f"{topic_words(tm.key)} CE{where}",
                    due=due,
                )
            )
        if hands_on_extra is not None:
            m = mins[-1]
            out.append(
                hours_finding(
                    kind="topic",
                    key="hands_on",
                    label="Hands-on",
                    needed=_round(m.minutes / hmd),
                    have=sums[m.name] / hmd,
                    source=ce.source,
                    what="hands-on CE",
                    due=due,
                )
            )
        if in_person > 0:
            out.append(
                hours_finding(
                    kind="delivery",
                    key="in_person",
                    label="In-person CE",
                    needed=_round(in_person / hmd),
                    have=ip_have / hmd,
                    source=ce.source,
                    what="in-person CE",
                    due=due,
                )
            )
        out.extend(_cap_findings(problem, x, spec, hmd, ce))
        out.extend(_provider_findings(ce, code_bodies, spec, hmd, req_minutes))
    for ukey, note in sorted(ce.unknown.items()):
        if ukey == "hours" and required is None:
            continue
        out.append(
            Finding(
                kind="other",
                key=ukey,
                label=rule_key_label(ukey),
                status="unverified",
                message=f"{rule_key_label(ukey)}: {UNVERIFIED_NOTE}"
                + (f" ({note})" if note else ""),
                source=ce.source,
            )
        )
    if spec.excluded:
        hours = sum((m for _, m, _ in spec.excluded), ZERO) / hmd
        out.append(
            Finding(
                kind="other",
                key="repeat",
                label="Repeated courses",
                status="info",
                message=f"{fmt_hours(hours)} hours of repeated courses do not count "
                f"(a course counts once per {ce.repeat_within_years} years)",
                source=ce.source,
            )
        )
    return _Outcome(req_minutes, counted, spec, tuple(out))


def _cap_findings(
    problem: Problem, x: Sequence[Decimal], spec: _Spec, hmd: Decimal, ce: CERule
) -> list[Finding]:
    out = []
    for name, limit, idx, why in spec.caps:
        taken = sum((problem.cells[i].minutes for i in idx), ZERO)
        used = sum((x[i] for i in idx), ZERO)
        if taken <= limit:
            continue
        kind = "topic" if name.startswith("topic:") else "delivery"
        out.append(
            Finding(
                kind=kind,
                key=name.replace(":", "_"),
                label=why,
                status="info",
                message=f"{fmt_hours((taken - used) / hmd)} of {fmt_hours(taken / hmd)} hours "
                f"do not count: {why}",
                needed=limit / hmd,
                have=taken / hmd,
                source=ce.source,
            )
        )
    return out


def _provider_findings(
    ce: CERule,
    code_bodies: frozenset[str],
    spec: _Spec,
    hmd: Decimal,
    req_minutes: Decimal | None,
) -> list[Finding]:
    out: list[Finding] = []
    per_course = [ZERO] * len(spec.courses)
    for seg, got in zip(spec.segments, spec.seg_counted, strict=True):
        per_course[seg.course] += got
    if ce.approved_providers:
        unshown = [
            (c, m)
            for c, m in zip(spec.courses, per_course, strict=True)
            if m > 0 and not _approved_for(c, code_bodies | {NATIONAL_BODY})
        ]
        if unshown:
            hours = sum((m for _, m in unshown), ZERO) / hmd
            names = ", ".join(c.title for c, _ in unshown[:3]) + (
                f" and {len(unshown) - 3} more" if len(unshown) > 3 else ""
            )
            out.append(
                Finding(
                    kind="other",
                    key="approved_providers",
                    label="Approved providers",
                    status="to_confirm",
                    message=f"Confirm that {len(unshown)} course(s) ({fmt_hours(hours)} hours) "
                    f"meet the board's provider rule — {ce.approved_providers}: {names}",
                    have=hours,
                    source=ce.source,
                )
            )
    if ce.national_provider_min_share is not None and req_minutes is not None:
        need = ce.national_provider_min_share * req_minutes
        have = sum(
            (
                m
                for c, m in zip(spec.courses, per_course, strict=True)
                if _approved_for(c, frozenset({NATIONAL_BODY}))
            ),
            ZERO,
        )
        pct = json_number(ce.national_provider_min_share * 100)
        met = have >= need
        out.append(
            Finding(
                kind="other",
                key="national_providers",
                label="Nationally approved providers",
                status="met" if met else "to_confirm",
                message=(
                    f"{fmt_hours(have / hmd)} hours from NCBTMB-approved providers — at least "
                    f"{pct}% required, met"
                    if met
                    else f"At least {pct}% of the hours ({fmt_hours(need / hmd)}) must come from "
                    f"nationally approved providers; your records show {fmt_hours(have / hmd)}: "
                    "add the approval numbers or confirm"
                ),
                needed=need / hmd,
                have=have / hmd,
                source=ce.source,
            )
        )
    return out


def _version_for(j: Jurisdiction, on: dt.date, fallback: RuleVersion) -> RuleVersion:
    return j.version_on(on) or fallback


def evaluate_renewal(
    credential: Credential,
    jurisdiction: Jurisdiction,
    courses: CourseIndex | Iterable[Course],
    therapist: Therapist | None,
    as_of: dt.date,
) -> CEResult:
    """Where one credential stands for renewal on ``as_of``."""
    index = courses if isinstance(courses, CourseIndex) else CourseIndex(courses)
    now = jurisdiction.version_on(as_of) or jurisdiction.current(as_of)
    ce_now = now.ce
    cycles = licence_cycles(credential, now.renewal, therapist, as_of, ce_now)
    base = list(cycles.findings)
    if cycles.current is None:
        return _result(
            credential, jurisdiction, cycles, None, None, None, ZERO, base, None, 60, as_of
        )
    if ce_now is None or not ce_now.required:
        base.append(
            Finding(
                kind="other",
                key="ce",
                label="Continuing education",
                status="info",
                message=f"{jurisdiction.name} requires no continuing education for renewal",
                source=ce_now.source if ce_now is not None else None,
            )
        )
        return _result(
            credential,
            jurisdiction,
            cycles,
            cycles.current,
            ZERO,
            ZERO,
            ZERO,
            base,
            None,
            60,
            as_of,
        )
    period = ce_period(cycles, ce_now, credential.issue_date, as_of=as_of)
    if period is None:
        return _result(
            credential, jurisdiction, cycles, None, None, None, ZERO, base, None, 60, as_of
        )
    base.extend(period.findings)
    version = _version_for(jurisdiction, period.period.start, now)
    ce = version.ce if version.ce is not None else ce_now
    for v in jurisdiction.versions:
        if period.period.start < v.effective <= period.period.end and v is not version:
            base.append(
                Finding(
                    kind="other",
                    key="rule_change",
                    label="Rule change",
                    status="info",
                    message=f"A rule change takes effect {v.effective.isoformat()}, inside this "
                    "period: the period is judged by the rule in force when it began — "
                    "check with your board",
                    source=v.sources[0] if v.sources else None,
                )
            )
    if period.cycles > 1 or period.period.end != cycles.current.end:
        base.append(
            Finding(
                kind="other",
                key="licence_renewal",
                label="Licence renewal",
                status="info",
                message=f"The licence itself renews on {cycles.current.end.isoformat()}; CE "
                f"is counted over {period.period.start.isoformat()} to "
                f"{period.period.end.isoformat()}",
                due=cycles.current.end,
                source=now.renewal.source if now.renewal is not None else None,
            )
        )
    carried = ZERO
    if ce.carry_over_max_hours is not None and ce.carry_over_max_hours > 0:
        carried = _carry_in(cycles, ce, jurisdiction, credential, index, period, base, now)
    outcome = _allocate(ce, jurisdiction.code, period, credential, index, as_of, carried)
    hmd = Decimal(ce.hour_minutes or 60)
    return _result(
        credential,
        jurisdiction,
        cycles,
        period.period,
        outcome.required_minutes / hmd if outcome.required_minutes is not None else None,
        (outcome.counted_minutes + carried) / hmd,
        carried / hmd,
        base + list(outcome.findings),
        outcome.spec,
        ce.hour_minutes or 60,
        as_of,
    )


def _carry_in(
    cycles: LicenceCycles,
    ce: CERule,
    jurisdiction: Jurisdiction,
    credential: Credential,
    index: CourseIndex,
    period: CEPeriod,
    notes: list[Finding],
    now: RuleVersion,
) -> Decimal:
    """Minutes carried from the previous CE period's excess (capped)."""
    previous = ce_period(cycles, ce, credential.issue_date, previous=1, as_of=period.period.start)
    if previous is None or previous.period.end >= period.period.start:
        return ZERO
    pv = _version_for(jurisdiction, previous.period.start, now)
    pce = pv.ce if pv.ce is not None else ce
    if not pce.required:
        return ZERO
    before = _allocate(pce, jurisdiction.code, previous, credential, index, previous.period.end)
    if before.required_minutes is None:
        return ZERO
    hmd = Decimal(ce.hour_minutes or 60)
    excess = max(before.counted_minutes - before.required_minutes, ZERO)
    cap = (ce.carry_over_max_hours or ZERO) * hmd
    carried = min(excess, cap)
    if carried > 0:
        notes.append(
            Finding(
                kind="other",
                key="carry_over",
                label="Carried over",
                status="info",
                message=f"{fmt_hours(carried / hmd)} hours carried over from the period ending "
                f"{previous.period.end.isoformat()} (at most "
                f"{fmt_hours(ce.carry_over_max_hours or ZERO)})",
                have=carried / hmd,
                source=ce.source,
            )
        )
    return carried


def _result(
    credential: Credential,
    jurisdiction: Jurisdiction,
    cycles: LicenceCycles,
    period: Cycle | None,
    required: Decimal | None,
    counted: Decimal | None,
    carried: Decimal,
    findings: list[Finding],
    spec: _Spec | None,
    hour_minutes: int,
    as_of: dt.date,
) -> CEResult:
    window = period or cycles.current
    if required is None:
        compliant: bool | None = None
    else:
        compliant = not any(f.status == "short" for f in findings)
    return CEResult(
        credential=credential,
        jurisdiction=jurisdiction.code,
        period=period,
        licence=cycles.current,
        next_licence=cycles.next,
        required_hours=required,
        counted_hours=counted,
        carried_in=carried,
        compliant=compliant,
        days_left=(window.end - as_of).days if window is not None else None,
        findings=tuple(findings),
        allocation=Allocation(spec),
        hour_minutes=hour_minutes,
    )
