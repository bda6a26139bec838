"""Findings beside the counted hours: approvals the rules do not know, requirements on top of
the total, who may approve a course, and grace periods.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.domain.core.findings import (
    Finding,
    fmt_hours,
    hours_finding,
)
from lmt_tracker.domain.core.rules import CERule
from lmt_tracker.domain.renewal.lines import Spec
from lmt_tracker.domain.renewal.terms import (
    ZERO,
    round_cents,
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
    names = ", ".join(c.title for c, _ in unknown[:3]) + (
        f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
    )
    return [
        Finding(
            kind="other",
            key="approval_unknown",
            label="Approval not recorded",
            status="to_confirm",
            message=f"At most {fmt_hours(ce.unapproved_max_hours)} hours may come from courses "
            f"not approved by {bodies}. Your records do not say whether {len(unknown)} "
            f"{'course' if len(unknown) == 1 else 'courses'} ({fmt_hours(hours)} hours) "
            f"were: {names}. They are counted as not approved until you record the approval",
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
            what=f"{topic_words(extra.key)} training (on top of the CE total)",
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
            label="Approval not recorded",
            status="to_confirm",
            message=f"Only {topic_words(topic)} courses approved by {body} fill that minimum; "
            f"record whether {body} approved: {', '.join(titles)}. Until then they count "
            "toward the total only",
        )
        for (topic, body), titles in seen.items()
    ]


def grace_findings(ce: CERule, spec: Spec, hmd: Decimal, due: dt.date) -> list[Finding]:
    """Hours completed in the grace period after the deadline, which count on a condition."""
    late = [(c, m) for c, m in zip(spec.courses, spec.minutes_of, strict=True) if c.completed > due]
    if not ce.grace_days or not late:
        return []
    hours = sum((m for _, m in late), ZERO) / hmd
    return [
        Finding(
            kind="other",
            key="grace_period",
            label="Completed after the deadline",
            status="to_confirm",
            message=f"{fmt_hours(hours)} hours were completed after {due.isoformat()}; the board "
            f"counts hours completed up to {ce.grace_days} days late toward this period only "
            "with its late continuing-education fee — pay it or these hours do not count",
            have=hours,
            due=due + dt.timedelta(days=ce.grace_days),
            source=ce.source,
        )
    ]
