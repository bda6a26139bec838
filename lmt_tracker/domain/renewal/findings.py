"""A solved CE allocation as findings: hours, topic and delivery minimums, caps, providers.

Also words the reason each cap binds (``spec.caps``), which both the cap findings and
the per-course lines in ``lines`` quote. Findings report hours of the rule's length.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from itertools import compress
from operator import attrgetter, itemgetter

from lmt_tracker.domain.core.findings import (
    UNVERIFIED_NOTE,
    Finding,
    hours_finding,
    rule_key_label,
)
from lmt_tracker.domain.core.phrases import N_, either, ph, vocabulary_term
from lmt_tracker.domain.core.records import MINUTE_UNIT
from lmt_tracker.domain.core.rules import CERule
from lmt_tracker.domain.renewal.allocation import Problem
from lmt_tracker.domain.renewal.lines import Spec
from lmt_tracker.domain.renewal.problem import Built
from lmt_tracker.domain.renewal.side_findings import (
    approver_findings,
    extra_findings,
    grace_findings,
    unknown_approvals,
)
from lmt_tracker.domain.renewal.terms import (
    NATIONAL_BODY,
    ZERO,
    approved_for,
    cap_topic_words,
    courses,
    delivery_words,
    round_cents,
    some_titles,
    topic_words,
)

_COURSE = itemgetter(0)  # a segment's course (its index in ``spec.courses``)
_APPROVALS = attrgetter("approvals")
_TITLE = attrgetter("title")
_HOUR_MINUTES = attrgetter("hour_minutes")


def cap_reasons(spec: Spec, built: Built, ce: CERule, hmd: Decimal) -> None:
    """Why each cap of the problem leaves hours out, in words, onto ``spec.caps``."""
    self_study_cap = built.self_study_cap
    problem = built.problem
    words = {
        "online": ph(N_("over the online cap of {hours} hours"),
                     hours=ce.online_max_hours or ZERO),
        "self_study": ph(N_("over the self-study cap of {hours} hours"),
                         hours=self_study_cap / hmd)
        if self_study_cap is not None else ph(N_("over the self-study cap")),
    }
    for name, limit, idx in problem.caps():
        why: str
        if name.startswith("topic:"):
            topic = name[6:]
            why = (
                ph(N_("{topic} hours do not count"), topic=cap_topic_words(topic))
                if limit == 0
                else ph(N_("over the cap of {hours} hours of {topic}"), hours=limit / hmd,
                        topic=cap_topic_words(topic))
            )
        elif name.startswith("tag:"):
            bodies: str = ", ".join(ce.approving_bodies) or ph(N_("an approving body"))
            why = ph(N_("over the cap of {hours} hours from courses not approved by {bodies}"),
                     hours=limit / hmd, bodies=bodies)
        elif name.startswith("day:"):
            day = dt.date.fromordinal(int(name[4:]))
            why = ph(N_("over the daily maximum of {hours} hours on {date}"), hours=limit / hmd,
                     date=day)
        else:
            why = words[name]
        spec.caps.append((name, limit, idx, why))


def ce_findings(
    ce: CERule,
    due: dt.date,
    notes: Sequence[Finding],
    required: Decimal | None,
    counted: Decimal,
    spec: Spec,
    built: Built,
    hmd: Decimal,
) -> tuple[Finding, ...]:
    """The period's findings: the notes on the requirement, then what the allocation shows."""
    carried_minutes = spec.carried_minutes
    mins = spec.mins
    x = spec.x
    topic_mins = built.topic_mins
    hands_on_extra = built.hands_on_extra
    in_person = built.in_person
    problem = built.problem
    code_bodies = built.code_bodies
    req_minutes = built.req_minutes
    out: list[Finding] = list(notes)
    if required is not None and ce.required:
        have = (counted + carried_minutes) / hmd
        out.append(
            hours_finding(
                kind="hours",
                key="total",
                label=ph(N_("CE hours")),
                needed=required,
                have=have,
                source=ce.source,
                what=ph(N_("CE")),
                due=due,
                unverified="hours" in ce.unverified,
            )
        )
    elif ce.required and not any(n.status == "to_confirm" for n in notes):
        out.append(
            Finding(
                kind="hours",
                key="total",
                label=ph(N_("CE hours")),
                status="unverified",
                message=ph(N_("The CE hours required are not recorded: {note}{why}"),
                           note=UNVERIFIED_NOTE,
                           why=f" ({ce.unknown['hours']})" if "hours" in ce.unknown else ""),
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
            where: str = (
                ph(N_(", {deliveries}"), deliveries=either(
                    [delivery_words(d) for d in tm.deliveries]))
                if tm.deliveries
                else ""
            )
            out.append(
                hours_finding(
                    kind="topic",
                    key=tm.key,
                    label=vocabulary_term(tm.label, tm.key),
                    needed=round_cents(m.minutes / hmd),
                    have=sums[m.name] / hmd,
                    source=tm.source,
                    what=ph(N_("{topic} CE{where}"), topic=topic_words(tm.key), where=where),
                    due=due,
                )
            )
        if hands_on_extra is not None:
            m = mins[-1]
            out.append(
                hours_finding(
                    kind="topic",
                    key="hands_on",
                    label=ph(N_("Hands-on")),
                    needed=round_cents(m.minutes / hmd),
                    have=sums[m.name] / hmd,
                    source=ce.source,
                    what=ph(N_("hands-on CE")),
                    due=due,
                )
            )
        if in_person > 0:
            out.append(
                hours_finding(
                    kind="delivery",
                    key="in_person",
                    label=ph(N_("In-person CE")),
                    needed=round_cents(in_person / hmd),
                    have=ip_have / hmd,
                    source=ce.source,
                    what=ph(N_("in-person CE")),
                    due=due,
                )
            )
        out.extend(_cap_findings(problem, x, spec, hmd, ce))
        out.extend(_provider_findings(ce, code_bodies, spec, hmd, req_minutes))
        out.extend(unknown_approvals(ce, spec, hmd))
        out.extend(extra_findings(spec, hmd, due))
        out.extend(grace_findings(ce, spec, hmd, due))
        out.extend(approver_findings(spec))
    for ukey, note in sorted(ce.unknown.items()):
        if ukey == "hours" and required is None:
            continue
        out.append(
            Finding(
                kind="other",
                key=ukey,
                label=rule_key_label(ukey),
                status="unverified",
                message=ph(N_("{label}: {note}{why}"), label=rule_key_label(ukey),
                           note=UNVERIFIED_NOTE, why=f" ({note})" if note else ""),
                source=ce.source,
            )
        )
    repeats = [m for _, m, _, kind in spec.excluded if kind == "repeat"]
    if repeats:
        hours = sum(repeats, ZERO) / hmd
        once = (
            ph(N_("a course counts once, ever"))
            if ce.repeat_once_ever
            else ph(N_("a course counts once per {years} years"), years=ce.repeat_within_years)
            if ce.repeat_within_years
            else ph(N_("a course counts once per period"))
        )
        out.append(
            Finding(
                kind="other",
                key="repeat",
                label=ph(N_("Repeated courses")),
                status="info",
                message=ph(N_("{hours} hours of repeated courses do not count ({once})"),
                           hours=hours, once=once),
                source=ce.source,
            )
        )
    # ``Course.in_minutes`` of any course, a column at a time.
    if ce.minutes_count is None and MINUTE_UNIT in map(_HOUR_MINUTES, spec.courses):
        out.append(
            Finding(
                kind="other",
                key="minutes_count",
                label=ph(N_("Courses given in minutes")),
                status="unverified",
                message=ph(N_("How this board turns minutes into hours is not recorded: courses "
                              "given in minutes count only whole hours of at least {minutes} "
                              "minutes of one clock hour — {note}"),
                           minutes=spec.hm, note=UNVERIFIED_NOTE),
                source=ce.source,
            )
        )
    return tuple(out)


def _cap_findings(
    problem: Problem, x: Sequence[Decimal], spec: Spec, hmd: Decimal, ce: CERule
) -> list[Finding]:
    out = []
    for name, limit, idx, why in spec.caps:
        taken = sum((problem.cells[i].minutes for i in idx), ZERO)
        used = sum((x[i] for i in idx), ZERO)
        if taken <= limit:
            continue
        kind = "topic" if name.startswith("topic:") else "delivery"
        if name.startswith("tag:"):
            kind = "other"
        out.append(
            Finding(
                kind=kind,
                key=name.replace(":", "_"),
                label=why,
                status="info",
                message=ph(N_("{left} of {taken} hours do not count: {why}"),
                           left=(taken - used) / hmd, taken=taken / hmd, why=why),
                needed=limit / hmd,
                have=taken / hmd,
                source=ce.source,
            )
        )
    return out


def _counted_per_course(spec: Spec) -> list[Decimal]:
    """Rule minutes counted of each course of the allocation (over its segments)."""
    segments = spec.segments
    if len(segments) == len(spec.courses) and list(map(_COURSE, segments)) == list(
            range(len(segments))):
        return list(spec.seg_counted)  # one segment per course, in course order
    per_course = [ZERO] * len(spec.courses)
    for seg, got in zip(segments, spec.seg_counted, strict=True):
        per_course[seg[0]] += got
    return per_course


def _provider_findings(
    ce: CERule,
    code_bodies: frozenset[str],
    spec: Spec,
    hmd: Decimal,
    req_minutes: Decimal | None,
) -> list[Finding]:
    out: list[Finding] = []
    if not ce.approved_providers and (
        ce.national_provider_min_share is None or req_minutes is None
    ):
        return out
    per_course = _counted_per_course(spec)
    national = frozenset({NATIONAL_BODY})
    if ce.approved_providers:
        shown = code_bodies | national
        # Counted courses not showing an approval (positions, a column at a time: only
        # a course with an approval recorded can show one).
        taken = spec.courses
        every = range(len(taken))
        shows = {i for i in compress(every, map(_APPROVALS, taken))
                 if approved_for(taken[i], shown)}
        unshown = [i for i in compress(every, map(ZERO.__lt__, per_course)) if i not in shows]
        if unshown:
            hours = sum(map(per_course.__getitem__, unshown), ZERO) / hmd
            names = some_titles(list(map(_TITLE, map(taken.__getitem__, unshown))))
            out.append(
                Finding(
                    kind="other",
                    key="approved_providers",
                    label=ph(N_("Approved providers")),
                    status="to_confirm",
                    message=ph(N_("Confirm that {courses} ({hours} hours) meet the board's "
                                  "provider rule — {rule}: {names}"),
                               courses=courses(len(unshown)), hours=hours,
                               rule=ce.approved_providers, names=names),
                    have=hours,
                    source=ce.source,
                )
            )
    if ce.national_provider_min_share is not None and req_minutes is not None:
        need = ce.national_provider_min_share * req_minutes
        # Only a course with an approval recorded can show a national one.
        recorded = compress(zip(spec.courses, per_course, strict=True),
                            map(_APPROVALS, spec.courses))
        have = sum((m for c, m in recorded if approved_for(c, national)), ZERO)
        pct = ce.national_provider_min_share * 100
        met = have >= need
        out.append(
            Finding(
                kind="other",
                key="national_providers",
                label=ph(N_("Nationally approved providers")),
                status="met" if met else "to_confirm",
                message=(
                    ph(N_("{hours} hours from NCBTMB-approved providers — at least {pct}% "
                          "required, met"), hours=have / hmd, pct=pct)
                    if met
                    else ph(N_("At least {pct}% of the hours ({need}) must come from nationally "
                               "approved providers; your records show {have}: add the approval "
                               "numbers or confirm"), pct=pct, need=need / hmd, have=have / hmd)
                ),
                needed=need / hmd,
                have=have / hmd,
                source=ce.source,
            )
        )
    return out

