"""Renewal compliance: one credential's CE period, its requirement, and the best allocation.

Quantities are exact *rule minutes* internally: what each course earns toward this
rule's hour (``hours``: one course hour is at most one rule hour), times the rule's
hour length; findings report hours of the rule's length (``CERule.hour_minutes``).
See :mod:`lmt_tracker.domain.renewal.allocation` for why the allocation is optimal for the
therapist.

This module is the public entry: it picks the license cycle, CE period and rule
version, carries hours over, and assembles the :class:`CEResult`. The parts live in

- ``requirement``: the hours one period requires (first cycle, years in practice);
- ``problem``: courses and rule into the allocation problem, and the solution
  spread back over the courses;
- ``findings``: a solved allocation as findings;
- ``lines``: the per-course explanation lines (:class:`AllocationLine`);
- ``course_index``: courses sorted by date (:class:`CourseIndex`);
- ``terms``: words and constants they share.

The result's record is in ``result``; callers import each name from the module that
defines it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.records import Course, Credential, Therapist
from lmt_tracker.domain.core.rules import CERule, Jurisdiction, RuleVersion
from lmt_tracker.domain.renewal.allocation import solve
from lmt_tracker.domain.renewal.ce_period import CEPeriod, ce_period
from lmt_tracker.domain.renewal.course_index import CourseIndex
from lmt_tracker.domain.renewal.cycles import Cycle, LicenceCycles, licence_cycles
from lmt_tracker.domain.renewal.findings import cap_reasons, ce_findings
from lmt_tracker.domain.renewal.lines import Spec
from lmt_tracker.domain.renewal.periods import (
    calendar_before_renewal,
    calendar_period,
    notice_period,
)
from lmt_tracker.domain.renewal.problem import build_problem, spread
from lmt_tracker.domain.renewal.requirement import requirement
from lmt_tracker.domain.renewal.result import CEResult, TopicResult, ce_result
from lmt_tracker.domain.renewal.terms import (
    ZERO,
    round_cents,
)

__all__ = ["CEResult", "TopicResult", "evaluate_renewal"]


@frozen_record
class _Outcome:
    required_minutes: Decimal | None
    counted_minutes: Decimal
    spec: Spec
    findings: tuple[Finding, ...]
    topics: tuple[TopicResult, ...]


def _allocate(
    ce: CERule,
    code: str,
    period: CEPeriod,
    credential: Credential,
    index: CourseIndex,
    as_of: dt.date,
    carried_minutes: Decimal = ZERO,
    *,
    unknown_approved: bool = False,
) -> _Outcome:
    """Judge one CE period: build the problem, solve it, explain the solution."""
    hm = ce.hour_minutes or 60
    hmd = Decimal(hm)
    req = requirement(ce, period, credential)
    spec = Spec(hm, ce.minutes_count, index.shapes, index.counts(hm, ce.minutes_count))
    spec.carried_minutes = carried_minutes
    spec.unknown_approved = unknown_approved
    built = build_problem(ce, code, period, credential, index, as_of, spec, req)
    x = solve(built.problem)
    spec.x = x
    spread(spec, built, x)
    cap_reasons(spec, built, ce, hmd)
    counted = sum(x, ZERO)
    findings = ce_findings(ce, period.period.end, req.notes, req.hours, counted, spec, built, hmd)
    topics = []
    for m, tm in zip(spec.mins, [*built.topic_mins, None], strict=False):
        if m.topic is None:
            continue
        got = sum((v for c, v in zip(spec.cells, x, strict=True) if m.has(c)), ZERO)
        topics.append(
            TopicResult(
                m.topic,
                round_cents(m.minutes / hmd),
                got / hmd,
                tm.deliveries if tm is not None else (),
            )
        )
    for extra, need, got in spec.extras:
        topics.append(TopicResult(extra.key, round_cents(need / hmd), got / hmd))
    return _Outcome(built.req_minutes, counted, spec, findings, tuple(topics))


def _version_for(j: Jurisdiction, on: dt.date, fallback: RuleVersion) -> RuleVersion:
    return j.version_on(on) or fallback


def _period_version(
    j: Jurisdiction, period: Cycle, fallback: RuleVersion
) -> tuple[RuleVersion, str]:
    """The version that judges ``period``, and why (a change may fall inside it).

    By default the rule in force when the period began. A version whose CE section says
    ``selected_by = "renewal_date"`` judges every period whose renewal falls on or after its
    effective date (boards that tie a new mandate to "renewals after" a date).
    """
    at_start = _version_for(j, period.start, fallback)
    at_end = _version_for(j, period.end, fallback)
    if at_end is not at_start and at_end.ce is not None and at_end.ce.selected_by == "renewal_date":
        return at_end, ph(
            N_("the rule in force from {effective} applies to renewals from that date, and "
               "this period ends {end}"), effective=at_end.effective, end=period.end)
    return at_start, ph(
        N_("the rule in force when this period began ({start}), in force from {effective}"),
        start=period.start, effective=at_start.effective)


def _ce_window(
    cycles: LicenceCycles,
    ce: CERule,
    credential: Credential,
    as_of: dt.date,
    findings: list[Finding],
    *,
    previous: int = 0,
) -> CEPeriod | None:
    """The CE period to judge: the notice's, the calendar's, or the license's."""
    if previous == 0:
        noticed = notice_period(credential)
        if noticed is not None:
            return noticed
    if ce.period_basis == "calendar":
        return calendar_period(ce, credential.issue_date, as_of, previous=previous)
    if ce.period_basis == "calendar_before_renewal":
        return calendar_before_renewal(cycles, ce, credential.issue_date, previous=previous)
    if ce.period_basis == "assigned" and previous == 0:
        findings.append(
            Finding(
                kind="other",
                key="ce_period",
                label=ph(N_("CE period")),
                status="to_confirm",
                message=ph(N_("Your board assigns each licensee's CE period: enter the dates "
                              "printed on your renewal notice (credential details). Until then "
                              "the period is assumed to follow the license")),
                source=ce.source,
            )
        )
    return ce_period(cycles, ce, credential.issue_date, previous=previous, as_of=as_of)


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
    if ce_now is None or not ce_now.required:
        if cycles.current is None:
            return ce_result(
                credential, jurisdiction, cycles, None, None, None, ZERO, base, None, 60, as_of
            )
        base.append(
            Finding(
                kind="other",
                key="ce",
                label=ph(N_("Continuing education")),
                status="info",
                message=ph(N_("{name} requires no continuing education for renewal"),
                           name=jurisdiction.name),
                source=ce_now.source if ce_now is not None else None,
            )
        )
        return ce_result(
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
    period = _ce_window(cycles, ce_now, credential, as_of, base)
    if period is None:
        return ce_result(
            credential, jurisdiction, cycles, None, None, None, ZERO, base, None, 60, as_of
        )
    if cycles.current is None:
        # The license's own renewal date is unknown, but the CE period is not: judge CE,
        # and keep the finding that asks for the expiry date.
        base = [f if f.key != "expiry_date" else _licence_date_unknown(f) for f in base]
    base.extend(period.findings)
    version, why = _period_version(jurisdiction, period.period, now)
    ce = version.ce if version.ce is not None and version.ce.required else ce_now
    for v in jurisdiction.versions:
        # Only a change to the CE rule matters here (an entry-only change does not).
        if period.period.start < v.effective <= period.period.end and v is not version \
                and v.ce != version.ce:
            base.append(
                Finding(
                    kind="other",
                    key="rule_change",
                    label=ph(N_("Rule change")),
                    status="info",
                    message=ph(N_("A rule change takes effect {effective}, inside this period: "
                                  "it is judged by {why} — check with your board"),
                               effective=v.effective, why=why),
                    source=v.sources[0] if v.sources else None,
                )
            )
    if cycles.current is not None and (
        period.cycles > 1 or period.period.end != cycles.current.end
    ):
        base.append(
            Finding(
                kind="other",
                key="licence_renewal",
                label=ph(N_("License renewal")),
                status="info",
                message=ph(N_("The license itself renews on {renews}; CE is counted over {start} "
                              "to {end}"), renews=cycles.current.end, start=period.period.start,
                           end=period.period.end),
                due=cycles.current.end,
                source=now.renewal.source if now.renewal is not None else None,
            )
        )
    carried = ZERO
    if ce.carry_over_max_hours is not None and ce.carry_over_max_hours > 0:
        carried = _carry_in(cycles, ce, jurisdiction, credential, index, period, base, now)
    outcome = _allocate(ce, jurisdiction.code, period, credential, index, as_of, carried)
    hmd = Decimal(ce.hour_minutes or 60)
    undecided = _turns_on_unknown_approvals(
        outcome, ce, jurisdiction.code, period, credential, index, as_of, carried
    )
    return ce_result(
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
        outcome.topics,
        undecided,
        # CE counted over the calendar year before the renewal is still due by the renewal.
        cycles.current.end
        if ce.period_basis == "calendar_before_renewal" and cycles.current is not None
        else None,
    )


def _turns_on_unknown_approvals(
    outcome: _Outcome,
    ce: CERule,
    code: str,
    period: CEPeriod,
    credential: Credential,
    index: CourseIndex,
    as_of: dt.date,
    carried: Decimal,
) -> bool:
    """Whether the verdict depends on approvals the record does not give.

    Under a cap on unapproved providers, or for a topic only a named body's courses fill,
    courses of unrecorded approval are counted as not approved. If counting them as
    approved would turn "short" into "met", the honest verdict is "cannot judge yet"
    (``compliant: null``) with the finding that asks.
    """
    if not any(f.key == "approval_unknown" for f in outcome.findings):
        return False
    if not any(f.status == "short" for f in outcome.findings):
        return False
    other = _allocate(ce, code, period, credential, index, as_of, carried, unknown_approved=True)
    return not any(f.status == "short" for f in other.findings)


def _licence_date_unknown(f: Finding) -> Finding:
    return Finding(
        kind=f.kind,
        key=f.key,
        label=f.label,
        status=f.status,
        message=ph(N_("{message} (CE is judged over its own period meanwhile)"),
                   message=f.message),
        source=f.source,
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
    previous = _ce_window(cycles, ce, credential, period.period.start, [], previous=1)
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
                label=ph(N_("Carried over")),
                status="info",
                message=ph(N_("{hours} hours carried over from the period ending {end} (at most "
                              "{most})"), hours=carried / hmd, end=previous.period.end,
                           most=ce.carry_over_max_hours or ZERO),
                have=carried / hmd,
                source=ce.source,
            )
        )
    return carried

