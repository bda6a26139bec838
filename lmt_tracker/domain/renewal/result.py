"""The result of judging one credential's CE: hours required and counted, topic by topic, with
the findings and the per-course lines that explain them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.records import Course, Credential
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.renewal.cycles import (
    Cycle,
    LicenceCycles,
)
from lmt_tracker.domain.renewal.lines import Allocation, AllocationLine, Spec


@frozen_record
class TopicResult:
    """One topic minimum of the period: needed and counted, in the rule's hours."""

    key: str
    needed: Decimal
    counted: Decimal
    deliveries: tuple[str, ...] = ()


@frozen_record
class CEResult:
    """One credential judged for renewal on ``as_of``."""

    credential: Credential
    jurisdiction: str
    period: Cycle | None  # the CE period hours are counted in
    licence: Cycle | None  # the current license cycle
    next_licence: Cycle | None
    required_hours: Decimal | None
    counted_hours: Decimal | None
    carried_in: Decimal
    compliant: bool | None
    days_left: int | None
    findings: tuple[Finding, ...]
    allocation: Allocation
    hour_minutes: int = 60
    topics: tuple[TopicResult, ...] = ()

    @property
    def missing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_open)

    @property
    def lines(self) -> tuple[AllocationLine, ...]:
        return self.allocation.lines

    @property
    def not_counted(self) -> tuple[tuple[Course, Decimal, str], ...]:
        """Each course with hours left out of this period: (course, rule hours, why)."""
        return self.allocation.not_counted()


def ce_result(
    credential: Credential,
    jurisdiction: Jurisdiction,
    cycles: LicenceCycles,
    period: Cycle | None,
    required: Decimal | None,
    counted: Decimal | None,
    carried: Decimal,
    findings: list[Finding],
    spec: Spec | None,
    hour_minutes: int,
    as_of: dt.date,
    topics: tuple[TopicResult, ...] = (),
    undecided: bool = False,
    due: dt.date | None = None,
) -> CEResult:
    window = period or cycles.current
    if required is None or undecided:
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
        days_left=(
            (due - as_of).days if due is not None
            else (window.end - as_of).days if window is not None else None
        ),
        findings=tuple(findings),
        allocation=Allocation(spec),
        hour_minutes=hour_minutes,
        topics=topics,
    )
