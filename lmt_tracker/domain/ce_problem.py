"""The CE allocation problem of one period, built from the courses and the rule.

Courses in the period (for this credential, repeats left out) are cut into segments
by the topics that matter to the rule; segments sharing a topic, delivery and (when
a daily maximum binds) day form the cells :func:`lmt_tracker.domain.allocation.solve`
allocates over. After solving, each cell's counted minutes are spread back over its
segments, courses showing an approval first. Quantities are exact minutes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.allocation import GENERAL, Cell, Minimum, Problem
from lmt_tracker.domain.ce_lines import _Segment, _Spec
from lmt_tracker.domain.ce_terms import _NATIONAL, DELIVERY_WORDS, ZERO, _approved_for
from lmt_tracker.domain.course_index import CourseIndex
from lmt_tracker.domain.cycles import CEPeriod
from lmt_tracker.domain.records import Course, Credential
from lmt_tracker.domain.rules import CERule, TopicMinimum


def _priority(course: Course, bodies: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Fill order inside a cell: courses showing an approval first, then national ones."""
    if not course.approvals:
        return (1, 1)
    return (0 if _approved_for(course, bodies) else 1, 0 if _approved_for(course, _NATIONAL) else 1)


def _norm(course: Course) -> tuple[str, str]:
    return (" ".join(course.title.lower().split()), " ".join(course.provider.lower().split()))


@dataclass(frozen=True, slots=True)
class _Built:
    """One period's allocation problem and what spreading and explaining its solution need."""

    problem: Problem
    window: list[Course]  # the courses allocated, in ``spec.courses`` order
    members: list[list[int]]  # per cell: its segments (indices into ``spec.segments``)
    cell_minutes: list[Decimal]
    code_bodies: frozenset[str]  # approval bodies of this jurisdiction
    topic_mins: list[TopicMinimum]
    hands_on_extra: Decimal | None  # a hands-on minimum not already a topic minimum
    in_person: Decimal  # minutes
    self_study_cap: Decimal | None  # minutes
    req_minutes: Decimal | None


def _window(
    ce: CERule,
    period: CEPeriod,
    credential: Credential,
    index: CourseIndex,
    as_of: dt.date,
    spec: _Spec,
) -> list[Course]:
    """The credential's courses in the period up to ``as_of``; repeats go to ``spec.excluded``."""
    cycle = period.period
    end = min(cycle.end, as_of)
    cid = credential.id
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
    return window


def _build_problem(
    ce: CERule,
    code: str,
    period: CEPeriod,
    credential: Credential,
    index: CourseIndex,
    as_of: dt.date,
    spec: _Spec,
    required: Decimal | None,
    factor: Decimal,
) -> _Built:
    """The problem for one period; fills ``spec`` with its courses, segments, cells, minimums."""
    hmd = Decimal(spec.hm)
    carried_minutes = spec.carried_minutes
    window = _window(ce, period, credential, index, as_of, spec)
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
    return _Built(
        problem=problem,
        window=window,
        members=members,
        cell_minutes=cell_minutes,
        code_bodies=code_bodies,
        topic_mins=topic_mins,
        hands_on_extra=hands_on_extra,
        in_person=in_person,
        self_study_cap=self_study_cap,
        req_minutes=req_minutes,
    )


def _spread(spec: _Spec, built: _Built, x: tuple[Decimal, ...]) -> None:
    """Spread each cell's counted minutes over its segments, best evidence first."""
    members = built.members
    cell_minutes = built.cell_minutes
    window = built.window
    code_bodies = built.code_bodies
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
