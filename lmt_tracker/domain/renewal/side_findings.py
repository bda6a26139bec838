"""Findings beside the counted hours: approvals the rules do not know, requirements on top of
the total, who may approve a course, and grace periods.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.domain.core.findings import (
    Finding,
    hours_finding,
)
from lmt_tracker.domain.core.phrases import N_, ph, plural
from lmt_tracker.domain.core.rules import CERule
from lmt_tracker.domain.renewal.lines import Spec
from lmt_tracker.domain.renewal.terms import (
    ZERO,
    round_cents,
    some_titles,
    topic_words,
)


def unknown_approvals(ce: CERule, spec: Spec, hmd: Decimal) -> list[Finding]:
    """Courses whose approval the cap on unapproved providers turns on, but the record
    does not say: they were counted as not approved; the user confirms either way."""
    if ce.unapproved_max_hours is None or not ce.approving_bodies:
        return []
    unknown = [
        (c, m)
        for c, m in zip(spec.courses, spec.minutes_of, strict=True)
        if all(c.approval_by(b) is None for b in ce.approving_bodies)
    ]
    if not unknown:
        return []
    bodies = ", ".join(ce.approving_bodies)
    hours = sum((m for _, m in unknown), ZERO) / hmd
    names = some_titles([c.title for c, _ in unknown])
    return [
        Finding(
            kind="other",
            key="approval_unknown",
            label=ph(N_("Approval not recorded")),
            status="to_confirm",
            message=ph(N_("At most {most} hours may come from courses not approved by {bodies}. "
                          "Your records do not say whether {courses} ({hours} hours) were: "
                          "{names}. They are counted as not approved until you record the "
                          "approval"), most=ce.unapproved_max_hours, bodies=bodies,
                       courses=plural(len(unknown), N_("{n} course"), N_("{n} courses")),
                       hours=hours, names=names),
            have=hours,
            source=ce.source,
        )
    ]


def extra_findings(spec: Spec, hmd: Decimal, due: dt.date) -> list[Finding]:
    """Requirements on top of the total: their own hours, never the total's."""
    return [
        hours_finding(
            kind="topic",
            key=extra.key,
            label=extra.label,
            needed=round_cents(need / hmd),
            have=got / hmd,
            source=extra.source,
            what=ph(N_("{topic} training (on top of the CE total)"), topic=topic_words(extra.key)),
            due=due,
        )
        for extra, need, got in spec.extras
    ]


def approver_findings(spec: Spec) -> list[Finding]:
    """Topic hours that only a named body's approval lets count, where the record is silent."""
    seen: dict[tuple[str, str], list[str]] = {}
    for course, topic, body in spec.approver_unknown:
        titles = seen.setdefault((topic, body), [])
        if course.title not in titles:
            titles.append(course.title)
    return [
        Finding(
            kind="other",
            key="approval_unknown",
            label=ph(N_("Approval not recorded")),
            status="to_confirm",
            message=ph(N_("Only {topic} courses approved by {body} fill that minimum; record "
                          "whether {body} approved: {titles}. Until then they count toward the "
                          "total only"), topic=topic_words(topic), body=body,
                       titles=", ".join(titles)),
        )
        for (topic, body), titles in seen.items()
    ]


def grace_findings(ce: CERule, spec: Spec, hmd: Decimal, due: dt.date) -> list[Finding]:
    """Hours completed in the grace period after the deadline, which count on a condition."""
    if not ce.grace_days:
        return []
    late = [(c, m) for c, m in zip(spec.courses, spec.minutes_of, strict=True) if c.completed > due]
    if not late:
        return []
    hours = sum((m for _, m in late), ZERO) / hmd
    return [
        Finding(
            kind="other",
            key="grace_period",
            label=ph(N_("Completed after the deadline")),
            status="to_confirm",
            message=ph(N_("{hours} hours were completed after {due}; the board counts hours "
                          "completed up to {days} days late toward this period only with its "
                          "late continuing-education fee — pay it or these hours do not count"),
                       hours=hours, due=due, days=ce.grace_days),
            have=hours,
            due=due + dt.timedelta(days=ce.grace_days),
            source=ce.source,
        )
    ]
