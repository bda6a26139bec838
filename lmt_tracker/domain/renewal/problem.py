"""The CE allocation problem of one period, built from the courses and the rule.

Courses in the period (for this credential, repeats left out) are cut into segments
by the topics that matter to the rule; segments sharing a topic, delivery and (when
a daily maximum binds) day form the cells :func:`lmt_tracker.domain.renewal.allocation.solve`
allocates over. After solving, each cell's counted minutes are spread back over its
segments, courses showing an approval first. Quantities are exact rule minutes
(``hours``); a course taken twice counts once (``course_index.same_course``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.records import Course, Credential
from lmt_tracker.domain.core.rules import CERule, TopicMinimum
from lmt_tracker.domain.renewal.allocation import GENERAL, UNAPPROVED, Cell, Minimum, Problem
from lmt_tracker.domain.renewal.ce_period import CEPeriod
from lmt_tracker.domain.renewal.course_index import CourseIndex, SameCourses
from lmt_tracker.domain.renewal.hours import CountedHours
from lmt_tracker.domain.renewal.lines import Segment, Spec
from lmt_tracker.domain.renewal.requirement import Requirement
from lmt_tracker.domain.renewal.terms import DELIVERY_WORDS, NATIONAL, ZERO, approved_for


def _priority(course: Course, bodies: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Fill order inside a cell: courses showing an approval first, then national ones."""
    if not course.approvals:
        return (1, 1)
    return (0 if approved_for(course, bodies) else 1, 0 if approved_for(course, NATIONAL) else 1)


@frozen_record
class Built:
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


#: How far before a CE period a course is still listed as "not counted, before the period":
#: the months in which a therapist most often expects a course to count.
BEFORE_WINDOW_MONTHS = 6


def _window(
    ce: CERule,
    period: CEPeriod,
    credential: Credential,
    index: CourseIndex,
    as_of: dt.date,
    spec: Spec,
) -> list[Course]:
    """The credential's courses in the period up to ``as_of``; the rest go to ``spec.excluded``.

    Left out, each with its reason: a course repeated inside the period (a board credits a
    course once per period), one repeated within ``repeat_within_years`` of an earlier
    one, and the credential's courses completed shortly before the period began or after
    its end.
    """
    cycle = period.period
    grace = relativedelta(days=ce.grace_days or 0)
    end = min(cycle.end + grace, as_of)
    cid = credential.id

    def mine(c: Course) -> bool:
        return c.applies_to is None or cid in c.applies_to

    window: list[Course] = []
    if end >= cycle.start:
        window = [c for c in index.between(cycle.start, end)
                  if c.applies_to is None or cid in c.applies_to]  # mine(c), inline
    before = cycle.start - relativedelta(months=BEFORE_WINDOW_MONTHS)
    before_start = [c for c in index.between(before, cycle.start - relativedelta(days=1))
                    if mine(c)]
    _exclude_outside(spec, before_start, N_("completed {completed}, before this CE period "
                                            "began on {start}"), start=cycle.start)
    if as_of > cycle.end + grace:
        after_end = [c for c in index.between(cycle.end + grace + relativedelta(days=1), as_of)
                     if mine(c)]
        _exclude_outside(spec, after_end, N_("completed {completed}, after this CE period "
                                             "ended on {end}"), end=cycle.end)
    kept: list[Course] = []
    seen = SameCourses(keys=index.keys)
    alone = index.alone  # courses nothing else is the same course as: never a repeat
    for c in window:
        if id(c) in alone:
            kept.append(c)
            continue
        found = seen.matches(c)
        first = found[0] if found else None
        if first is not None:
            spec.exclude(
                c,
                ph(N_("repeat: the same course was already counted in this period "
                      "(completed {completed})"), completed=first.completed),
                "repeat",
            )
        else:
            kept.append(c)
            seen.add(c)
    window = kept
    if (ce.repeat_within_years or ce.repeat_once_ever) and window:
        years = ce.repeat_within_years or 100
        look = cycle.start - relativedelta(years=years)
        kept = []
        for c in window:
            if id(c) in alone:
                kept.append(c)
                continue
            # The same course counted in an earlier period within the years (the record's
            # index of every course, filtered to this credential and the look-back window).
            prev = next(
                (
                    e
                    for e in index.same.matches(c)
                    if look <= e.completed < cycle.start
                    and mine(e)
                    and c.completed < e.completed + relativedelta(years=years)
                ),
                None,
            )
            if prev is not None:
                spec.exclude(
                    c,
                    ph(N_("repeat: the same course was counted before (completed {completed})"),
                       completed=prev.completed)
                    if ce.repeat_once_ever
                    else ph(N_("repeat: the same course was counted within {years} years "
                               "(completed {completed})"), years=years, completed=prev.completed),
                    "repeat",
                )
            else:
                kept.append(c)
        window = kept
    return window



def _exclude_outside(spec: Spec, courses: list[Course], template: str, **edge: dt.date) -> None:
    """Leave ``courses`` out as completed outside the period, saying ``template``.

    One reason per completion date, shared by the courses of that day: a phrase costs
    more than a course's other bookkeeping, and records of thousands repeat their dates.
    """
    reasons: dict[dt.date, Phrase] = {}
    for c in courses:
        why = reasons.get(c.completed)
        if why is None:
            why = reasons[c.completed] = ph(template, completed=c.completed, **edge)
        spec.exclude(c, why, "outside")


def build_problem(
    ce: CERule,
    code: str,
    period: CEPeriod,
    credential: Credential,
    index: CourseIndex,
    as_of: dt.date,
    spec: Spec,
    req: Requirement,
) -> Built:
    """The problem for one period; fills ``spec`` with its courses, segments, cells, minimums."""
    hmd = Decimal(spec.hm)
    factor = req.factor
    carried_minutes = spec.carried_minutes
    window = _window(ce, period, credential, index, as_of, spec)
    # -- which topics matter ------------------------------------------------------------
    topic_mins = list(req.topics)
    relevant = {t.key for t in topic_mins} | {t.key for t in ce.topic_caps}
    relevant |= {k for t in topic_mins for k in t.also}
    hands_on_extra: Decimal | None = None
    if req.hands_on_min is not None and req.hands_on_min > 0:
        relevant.add("hands_on")
        if not any(t.key == "hands_on" and t.min_hours >= req.hands_on_min for t in topic_mins):
            hands_on_extra = req.hands_on_min
    # -- segments and cells ------------------------------------------------------------
    code_bodies = frozenset({code.upper(), credential.jurisdiction.upper()})
    approving = frozenset(b.upper() for b in ce.approving_bodies)
    reserve = {extra.key: needed * hmd for extra, needed in req.extras}
    spec.extras = [(extra, needed * hmd, ZERO) for extra, needed in req.extras]
    approvers = {t.key: t.approved_by for t in topic_mins if t.approved_by}
    # Once per course of every credential's window: names bound locally, Decimals
    # compared with ZERO (not the int 0, which each comparison would convert).
    count = spec.count
    shapes = spec.shapes
    counts = spec.counts
    add_course = spec.courses.append
    add_minutes = spec.minutes_of.append
    add_segment = spec.segments.append
    tagged = ce.unapproved_max_hours is not None
    unknown_approved = spec.unknown_approved
    # Without a requirement on top of the total or a topic only one body's courses fill,
    # how a course's minutes split into topic segments depends on its shape alone: split
    # once per shape (``_parts``), not once per course.
    plain = not reserve and not approvers
    parts_of: dict[int, list[tuple[str, Decimal]]] = {}
    for k, c in enumerate(window):
        shape = shapes.get(id(c))
        counted = counts.get(shape) if shape is not None else None
        if counted is None:
            counted = count(c)
        total, course_topics = counted
        add_course(c)
        add_minutes(total)
        tag = _approval_tag(c, approving, unknown_approved) if tagged else None
        delivery = c.delivery if c.delivery in DELIVERY_WORDS else "self_study"
        if plain and shape is not None:
            parts = parts_of.get(shape)
            if parts is None:
                parts = parts_of[shape] = _parts(counted, relevant)
            for topic, amount in parts:
                add_segment(Segment(k, topic, delivery, amount, tag))
            continue
        left = total
        for topic, minutes in course_topics:
            if left <= ZERO:
                break
            if reserve and reserve.get(topic, ZERO) > ZERO:
                # Hours that meet a requirement on top of the total leave the total.
                take = min(minutes, reserve[topic], left)
                reserve[topic] -= take
                spec.reserve(k, topic, take)
                left -= take
                minutes -= take
            if topic in approvers and not _approver_allows(c, topic, approvers[topic], spec):
                continue  # counts toward the total only, as general hours
            if topic in relevant and topic != GENERAL:
                amount = min(minutes, left)
                if amount > ZERO:
                    add_segment(Segment(k, topic, delivery, amount, tag))
                    left -= amount
        if left > ZERO:
            add_segment(Segment(k, GENERAL, delivery, left, tag))
    daily = ce.daily_max_hours * hmd if ce.daily_max_hours is not None else None
    binding_days: set[int] = set()
    if daily is not None:
        per_day: dict[int, Decimal] = {}
        for seg in spec.segments:
            d = window[seg.course].completed.toordinal()
            per_day[d] = per_day.get(d, ZERO) + seg.minutes
        binding_days = {d for d, m in per_day.items() if m > daily}
    cell_index: dict[tuple[str, str, int | None, str | None], int] = {}
    members: list[list[int]] = []
    cell_minutes: list[Decimal] = []
    for si, (course_k, topic, delivery, minutes, tag) in enumerate(spec.segments):
        cday: int | None = None
        if binding_days:
            ordinal = window[course_k].completed.toordinal()
            cday = ordinal if ordinal in binding_days else None
        ckey = (topic, delivery, cday, tag)
        ci = cell_index.get(ckey)
        if ci is None:
            ci = len(members)
            cell_index[ckey] = ci
            members.append([])
            cell_minutes.append(ZERO)
        members[ci].append(si)
        cell_minutes[ci] += minutes
    spec.cells = [Cell(k[0], k[1], k[2], cell_minutes[i], k[3]) for k, i in cell_index.items()]
    # -- the problem ---------------------------------------------------------------------
    required = req.hours
    req_minutes = required * hmd if required is not None else None
    mins: list[Minimum] = []
    for tm in topic_mins:
        mins.append(
            Minimum(
                f"topic:{tm.key}" + (f":{'+'.join(tm.deliveries)}" if tm.deliveries else ""),
                tm.min_hours * hmd * factor,
                tm.key,
                frozenset(tm.deliveries) or None,
                frozenset(tm.also),
            )
        )
    if hands_on_extra is not None:
        mins.append(Minimum("topic:hands_on", hands_on_extra * hmd * factor, "hands_on", None))
    spec.mins = tuple(mins)
    in_person = req.in_person_min * hmd * factor if req.in_person_min else ZERO
    spec.in_person_min = in_person > 0
    self_study_cap: Decimal | None = None
    if ce.self_study_max_hours is not None:
        self_study_cap = ce.self_study_max_hours * hmd
    if ce.self_study_max_share is not None and req_minutes is not None:
        share_cap = ce.self_study_max_share * req_minutes
        self_study_cap = share_cap if self_study_cap is None else min(self_study_cap, share_cap)
    online_cap = ce.online_max_hours * hmd if ce.online_max_hours is not None else None
    topic_caps = tuple((t.key, t.max_hours * hmd) for t in ce.topic_caps)
    tag_caps: tuple[tuple[str, Decimal], ...] = ()
    if ce.unapproved_max_hours is not None:
        tag_caps = ((UNAPPROVED, ce.unapproved_max_hours * hmd),)
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
        tag_caps=tag_caps,
    )
    return Built(
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


def _parts(counted: CountedHours, relevant: set[str]) -> list[tuple[str, Decimal]]:
    """(topic, rule minutes) of each segment of a course that earns ``counted``: the topics
    that matter first, in the course's order, the rest general (``build_problem``'s loop
    with nothing reserved and no topic limited to one body's courses)."""
    left, topics = counted
    out: list[tuple[str, Decimal]] = []
    for topic, minutes in topics:
        if left <= ZERO:
            break
        if topic in relevant and topic != GENERAL:
            amount = min(minutes, left)
            if amount > ZERO:
                out.append((topic, amount))
                left -= amount
    if left > ZERO:
        out.append((GENERAL, left))
    return out


def _approver_allows(course: Course, topic: str, body: str, spec: Spec) -> bool:
    """Whether ``course``'s hours may fill ``topic``, whose minimum only ``body``'s approved
    courses fill; an unrecorded approval is noted for the user to confirm."""
    verdict = course.approval_by(body)
    if verdict is None:
        spec.approver_unknown.append((course, topic, body))
        return spec.unknown_approved
    return verdict


def _approval_tag(course: Course, bodies: frozenset[str], unknown_approved: bool) -> str | None:
    """``unapproved`` unless one of ``bodies`` approved the course.

    A course whose approval is not recorded counts as not approved (the cap then never
    over-credits, and the findings ask the user to confirm) — unless ``unknown_approved``,
    the second reading the engine tries to learn whether the answer changes the verdict.
    """
    verdicts = [course.approval_by(b) for b in bodies]
    if any(verdicts):
        return None
    if unknown_approved and all(v is None for v in verdicts):
        return None
    return UNAPPROVED


def spread(spec: Spec, built: Built, x: tuple[Decimal, ...]) -> None:
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
