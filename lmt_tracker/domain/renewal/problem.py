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
from collections import Counter
from decimal import Decimal
from itertools import chain, compress, repeat
from operator import itemgetter

from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.records import Course, Credential
from lmt_tracker.domain.core.rules import CERule, TopicMinimum
from lmt_tracker.domain.renewal.allocation import GENERAL, UNAPPROVED, Cell, Minimum, Problem
from lmt_tracker.domain.renewal.ce_period import CEPeriod
from lmt_tracker.domain.renewal.course_index import CourseIndex
from lmt_tracker.domain.renewal.hours import CountedHours
from lmt_tracker.domain.renewal.lines import Segment, Spec
from lmt_tracker.domain.renewal.requirement import Requirement
from lmt_tracker.domain.renewal.terms import NATIONAL, ZERO, approved_for
from lmt_tracker.domain.renewal.window import period_courses, take

_MINUTES = itemgetter(3)  # a segment's rule minutes
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


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
    seg_cell: list[int]  # per segment (``spec.segments``): its cell
    cell_minutes: list[Decimal]
    code_bodies: frozenset[str]  # approval bodies of this jurisdiction
    topic_mins: list[TopicMinimum]
    hands_on_extra: Decimal | None  # a hands-on minimum not already a topic minimum
    in_person: Decimal  # minutes
    self_study_cap: Decimal | None  # minutes
    req_minutes: Decimal | None


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
    positions = period_courses(ce, period, credential, index, as_of, spec)
    window = take(index.courses, positions)
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
    # The window's columns, sliced from the record's (``CourseIndex``): what each course
    # earns (counted once per shape of course), its shape and delivery.
    shapes = take(index.shape_of, positions)
    deliveries = take(index.deliveries, positions)
    spec.courses.extend(window)
    spec.minutes_of.extend(take(index.minutes(spec.hm, spec.counting), positions))
    counts = spec.counts  # index.counts(...) of this rule: filled for every shape above
    tags: list[str | None] | None = None
    if ce.unapproved_max_hours is not None:
        unknown_approved = spec.unknown_approved
        tags = [_approval_tag(c, approving, unknown_approved) for c in window]
    daily = ce.daily_max_hours * hmd if ce.daily_max_hours is not None else None
    # Without a requirement on top of the total or a topic only one body's courses fill,
    # how a course's minutes split into topic segments depends on its shape alone: split
    # once per shape (``_parts``), and the segments and cells are made a column at a time.
    parts_of: dict[int, list[tuple[str, Decimal]]] = {}
    if not reserve and not approvers:
        parts_of = {shape: _parts(counts[shape], relevant) for shape in dict.fromkeys(shapes)}
        spec.segments.extend(_plain_segments(shapes, deliveries, tags, parts_of))
    else:
        add_segment = spec.segments.append
        for k, c in enumerate(window):
            total, course_topics = counts[shapes[k]]
            tag = tags[k] if tags is not None else None
            delivery = deliveries[k]
            left = total
            for topic, minutes in course_topics:
                if left <= ZERO:
                    break
                if reserve and reserve.get(topic, ZERO) > ZERO:
                    # Hours that meet a requirement on top of the total leave the total.
                    take_now = min(minutes, reserve[topic], left)
                    reserve[topic] -= take_now
                    spec.reserve(k, topic, take_now)
                    left -= take_now
                    minutes -= take_now
                if topic in approvers and not _approver_allows(c, topic, approvers[topic], spec):
                    continue  # counts toward the total only, as general hours
                if topic in relevant and topic != GENERAL:
                    amount = min(minutes, left)
                    if amount > ZERO:
                        add_segment((k, topic, delivery, amount, tag))
                        left -= amount
            if left > ZERO:
                add_segment((k, GENERAL, delivery, left, tag))
    binding_days: set[int] = set()
    if daily is not None:
        per_day: dict[int, Decimal] = {}
        for k, _, _, minutes, _ in spec.segments:
            d = window[k].completed.toordinal()
            per_day[d] = per_day.get(d, ZERO) + minutes
        binding_days = {d for d, m in per_day.items() if m > daily}
    if binding_days or reserve or approvers or tags is not None:
        cells = _cells_by_segment(spec.segments, window, binding_days)
    else:
        kinds, kind_pairs = index.kinds
        cells = _cells_by_kind(take(kinds, positions), kind_pairs, parts_of)
    cell_keys, cell_minutes, seg_cell = cells
    spec.cells = [Cell(k[0], k[1], k[2], m, k[3])
                  for k, m in zip(cell_keys, cell_minutes, strict=True)]
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
        seg_cell=seg_cell,
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


def _plain_segments(
    shapes: list[int],
    deliveries: list[str],
    tags: list[str | None] | None,
    parts_of: dict[int, list[tuple[str, Decimal]]],
) -> list[Segment]:
    """Each course's segments from its shape's parts, in course order: ``(k, topic,
    delivery, minutes, tag)`` for each part of course ``k`` (a column at a time)."""
    per_course = list(map(parts_of.__getitem__, shapes))
    flat = list(chain.from_iterable(per_course))
    ks: object
    if all(len(parts) == 1 for parts in parts_of.values()):  # one segment per course
        ks, ds, ts = range(len(shapes)), iter(deliveries), iter(tags or ())
    else:
        n = list(map(len, per_course))
        ks = chain.from_iterable(map(repeat, range(len(shapes)), n))
        ds = chain.from_iterable(map(repeat, deliveries, n))
        ts = chain.from_iterable(map(repeat, tags or (), n))
    return list(zip(ks, map(_FIRST, flat), ds,
                    map(_SECOND, flat), ts if tags is not None else repeat(None), strict=False))


#: The problem's cells in the order their first segment comes, their minutes, and the
#: cell of each segment.
Cells = tuple[list[tuple[str, str, int | None, str | None]], list[Decimal], list[int]]


def _cells_by_kind(
    kinds: list[int],
    kind_pairs: list[tuple[int, str]],
    parts_of: dict[int, list[tuple[str, Decimal]]],
) -> Cells:
    """The cells of segments made by ``_plain_segments`` with no tag and no day of its own
    for any cell: counted by kind of course (``CourseIndex.kinds``: shape and delivery),
    each kind once. Taken in the order each kind first comes, the cells come in the order
    of their first segment."""
    index: dict[tuple[str, str], int] = {}
    keys: list[tuple[str, str, int | None, str | None]] = []
    minutes: list[Decimal] = []
    cells_of: dict[int, list[int]] = {}
    for kind, n in Counter(kinds).items():
        shape, delivery = kind_pairs[kind]
        mine = cells_of[kind] = []
        for topic, amount in parts_of[shape]:
            ci = index.get((topic, delivery))
            if ci is None:
                ci = index[topic, delivery] = len(keys)
                keys.append((topic, delivery, None, None))
                minutes.append(ZERO)
            minutes[ci] += amount * n
            mine.append(ci)
    return keys, minutes, list(chain.from_iterable(map(cells_of.__getitem__, kinds)))


def _cells_by_segment(segments: list[Segment], window: list[Course],
                      binding_days: set[int]) -> Cells:
    """The cells segment by segment: a day whose maximum binds is a cell of its own."""
    index: dict[tuple[str, str, int | None, str | None], int] = {}
    keys: list[tuple[str, str, int | None, str | None]] = []
    minutes: list[Decimal] = []
    seg_cell: list[int] = []
    for course_k, topic, delivery, amount, tag in segments:
        cday: int | None = None
        if binding_days:
            ordinal = window[course_k].completed.toordinal()
            cday = ordinal if ordinal in binding_days else None
        key = (topic, delivery, cday, tag)
        ci = index.get(key)
        if ci is None:
            ci = index[key] = len(keys)
            keys.append(key)
            minutes.append(ZERO)
        seg_cell.append(ci)
        minutes[ci] += amount
    return keys, minutes, seg_cell


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
    """Spread each cell's counted minutes over its segments, best evidence first.

    A cell counted in full counts each of its segments in full; only a cell counted in
    part orders its segments (courses showing an approval first, then oldest)."""
    cell_minutes = built.cell_minutes
    window = built.window
    code_bodies = built.code_bodies
    segments = spec.segments
    seg_counted = list(map(_MINUTES, segments))
    short = {ci: [] for ci, (got, total) in enumerate(zip(x, cell_minutes, strict=True))
             if got < total}  # type: dict[int, list[int]]
    if short:
        seg_cell = built.seg_cell
        for si in compress(range(len(seg_cell)), map(short.__contains__, seg_cell)):
            short[seg_cell[si]].append(si)
        for ci, segs in short.items():
            left = x[ci]
            ordered = sorted(
                segs,
                key=lambda si: (_priority(window[segments[si][0]], code_bodies), si),
            )
            for si in ordered:
                took = min(segments[si][3], left)
                seg_counted[si] = took
                left -= took
    spec.seg_counted = seg_counted
