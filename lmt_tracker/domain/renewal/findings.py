"""A solved CE allocation as findings: hours, topic and delivery minimums, caps, providers.

Also words the reason each cap binds (``spec.caps``), which both the cap findings and
the per-course lines in ``lines`` quote. Findings report hours of the rule's length.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from lmt_tracker.domain.core.findings import (
    UNVERIFIED_NOTE,
    Finding,
    fmt_hours,
    hours_finding,
    json_number,
    rule_key_label,
)
from lmt_tracker.domain.core.rules import CERule
from lmt_tracker.domain.core.words import count
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
    DELIVERY_WORDS,
    NATIONAL_BODY,
    ZERO,
    approved_for,
    round_cents,
    topic_words,
)


def cap_reasons(spec: Spec, built: Built, ce: CERule, hmd: Decimal) -> None:
    """Why each cap of the problem leaves hours out, in words, onto ``spec.caps``."""
    self_study_cap = built.self_study_cap
    problem = built.problem
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
        elif name.startswith("tag:"):
            bodies = ", ".join(ce.approving_bodies) or "an approving body"
            why = (
                f"over the cap of {fmt_hours(limit / hmd)} hours from courses not approved "
                f"by {bodies}"
            )
        elif name.startswith("day:"):
            day = dt.date.fromordinal(int(name[4:]))
            why = f"over the daily maximum of {fmt_hours(limit / hmd)} hours on {day.isoformat()}"
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
                label="CE hours",
                needed=required,
                have=have,
                source=ce.source,
                what="CE",
                due=due,
                unverified="hours" in ce.unverified,
            )
        )
    elif ce.required and not any(n.status == "to_confirm" for n in notes):
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
            where = (
                ", " + " or ".join(DELIVERY_WORDS.get(d, d) for d in tm.deliveries)
                if tm.deliveries
                else ""
            )
            out.append(
                hours_finding(
                    kind="topic",
                    key=tm.key,
                    label=tm.label,
                    needed=round_cents(m.minutes / hmd),
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
                    needed=round_cents(m.minutes / hmd),
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
                    needed=round_cents(in_person / hmd),
                    have=ip_have / hmd,
                    source=ce.source,
                    what="in-person CE",
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
                message=f"{rule_key_label(ukey)}: {UNVERIFIED_NOTE}"
                + (f" ({note})" if note else ""),
                source=ce.source,
            )
        )
    repeats = [m for _, m, _, kind in spec.excluded if kind == "repeat"]
    if repeats:
        hours = sum(repeats, ZERO) / hmd
        once = (
            "a course counts once, ever"
            if ce.repeat_once_ever
            else f"a course counts once per {ce.repeat_within_years} years"
            if ce.repeat_within_years
            else "a course counts once per period"
        )
        out.append(
            Finding(
                kind="other",
                key="repeat",
                label="Repeated courses",
                status="info",
                message=f"{fmt_hours(hours)} hours of repeated courses do not count ({once})",
                source=ce.source,
            )
        )
    if ce.minutes_count is None and any(c.in_minutes for c in spec.courses):
        out.append(
            Finding(
                kind="other",
                key="minutes_count",
                label="Courses given in minutes",
                status="unverified",
                message="How this board turns minutes into hours is not recorded: courses "
                "given in minutes count only whole hours of at least "
                f"{spec.hm} minutes of one clock hour — {UNVERIFIED_NOTE}",
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
    spec: Spec,
    hmd: Decimal,
    req_minutes: Decimal | None,
) -> list[Finding]:
    out: list[Finding] = []
    if not ce.approved_providers and (
        ce.national_provider_min_share is None or req_minutes is None
    ):
        return out
    per_course = [ZERO] * len(spec.courses)
    for seg, got in zip(spec.segments, spec.seg_counted, strict=True):
        per_course[seg.course] += got
    national = frozenset({NATIONAL_BODY})
    if ce.approved_providers:
        shown = code_bodies | national
        unshown = [
            (c, m)
            for c, m in zip(spec.courses, per_course, strict=True)
            if m > ZERO and not approved_for(c, shown)
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
                    message=f"Confirm that {count(len(unshown), 'course')} "
                    f"({fmt_hours(hours)} hours) meet the board's provider rule — "
                    f"{ce.approved_providers}: {names}",
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
                if approved_for(c, national)
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

