"""The MBLEx lifecycle: authorization window, retake wait, attempt limits, state approval.

FSMTB facts: an authorization to test (ATT) is valid for 90 days; a candidate may
retake no sooner than 30 days after an attempt; states may cap attempts and some
must approve the candidate before the MBLEx.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.records import ExamAttempt
from lmt_tracker.domain.core.rules import Jurisdiction

AUTHORIZATION_DAYS: Final = 90
AUTHORIZATION_WARN_DAYS: Final = 30
RETAKE_WAIT_DAYS: Final = 30
MBLEX: Final = "mblex"
#: Statuses that used up an attempt.
SAT: Final = frozenset({"passed", "failed"})
OPEN: Final = frozenset({"applied", "authorized", "scheduled"})


def authorization_expiry(attempt: ExamAttempt) -> dt.date | None:
    """Last day the authorization to test is valid (None without an authorization date)."""
    if attempt.authorized_date is None:
        return None
    return attempt.authorized_date + dt.timedelta(days=AUTHORIZATION_DAYS)


def attempt_date(attempt: ExamAttempt) -> dt.date | None:
    return attempt.test_date or attempt.result_date or attempt.scheduled_date


def earliest_retake(attempts: Sequence[ExamAttempt], exam: str = MBLEX) -> dt.date | None:
    """The first day a retake is allowed after the latest failed attempt (None if none)."""
    last: dt.date | None = None
    for a in attempts:
        if a.exam == exam and a.status == "failed":
            when = a.test_date or a.result_date
            if when is not None and (last is None or when > last):
                last = when
    return None if last is None else last + dt.timedelta(days=RETAKE_WAIT_DAYS)


def attempts_sat(attempts: Sequence[ExamAttempt], exam: str = MBLEX) -> int:
    return sum(1 for a in attempts if a.exam == exam and a.status in SAT)


def mblex_findings(
    attempts: Sequence[ExamAttempt],
    as_of: dt.date,
    jurisdiction: Jurisdiction | None = None,
) -> tuple[Finding, ...]:
    """Where the candidate stands with the MBLEx on ``as_of``, optionally for one state."""
    mine = sorted(
        (a for a in attempts if a.exam == MBLEX),
        key=lambda a: attempt_date(a) or a.applied_date or dt.date.min,
    )
    out: list[Finding] = []
    passed = [a for a in mine if a.status == "passed"]
    if passed:
        when = attempt_date(passed[-1])
        on = f" on {when.isoformat()}" if when else ""
        out.append(
            Finding(
                kind="exam",
                key=MBLEX,
                label="MBLEx",
                status="met",
                message=f"MBLEx passed{on}",
            )
        )
    retake = earliest_retake(mine)
    for a in mine:
        if a.status not in OPEN:
            continue
        expiry = authorization_expiry(a)
        if expiry is None:
            if a.status == "applied":
                out.append(
                    Finding(
                        kind="exam",
                        key="authorization",
                        label="Authorization to test",
                        status="info",
                        message="Applied for the MBLEx: the authorization to test comes after "
                        "your school verifies your education",
                    )
                )
            continue
        days = (expiry - as_of).days
        tested = a.test_date is not None and a.test_date <= as_of
        if tested:
            continue
        if days < 0:
            out.append(
                Finding(
                    kind="exam",
                    key="authorization",
                    label="Authorization to test",
                    status="short",
                    message=f"Your authorization to test expired on {expiry.isoformat()}: "
                    "apply to FSMTB again",
                    due=expiry,
                )
            )
        elif days <= AUTHORIZATION_WARN_DAYS:
            out.append(
                Finding(
                    kind="exam",
                    key="authorization",
                    label="Authorization to test",
                    status="info",
                    message=f"Your authorization to test lapses on {expiry.isoformat()} "
                    f"({days} days): sit the MBLEx before then",
                    due=expiry,
                )
            )
        else:
            out.append(
                Finding(
                    kind="exam",
                    key="authorization",
                    label="Authorization to test",
                    status="met",
                    message=f"Authorization to test valid until {expiry.isoformat()}",
                    due=expiry,
                )
            )
        if a.scheduled_date is not None:
            if a.scheduled_date > expiry:
                out.append(
                    Finding(
                        kind="exam",
                        key="schedule",
                        label="Scheduled test date",
                        status="short",
                        message=f"Scheduled for {a.scheduled_date.isoformat()}, after the "
                        f"authorization lapses on {expiry.isoformat()}: reschedule",
                        due=expiry,
                    )
                )
            if retake is not None and a.scheduled_date < retake:
                out.append(
                    Finding(
                        kind="exam",
                        key="retake",
                        label="Retake wait",
                        status="short",
                        message=f"Scheduled for {a.scheduled_date.isoformat()}, before the "
                        f"earliest retake date {retake.isoformat()} (30 days after the last "
                        "attempt): reschedule",
                        due=retake,
                    )
                )
    if not passed and retake is not None:
        if as_of < retake:
            message = f"Earliest retake: {retake.isoformat()} (30 days after your last attempt)"
        else:
            message = f"You may retake the MBLEx now (allowed since {retake.isoformat()})"
        out.append(
            Finding(
                kind="exam",
                key="retake",
                label="Retake wait",
                status="info",
                message=message,
                due=retake if as_of < retake else None,
            )
        )
    if jurisdiction is not None:
        out.extend(_policy_findings(mine, as_of, jurisdiction, passed=bool(passed)))
    return tuple(out)


def _policy_findings(
    mine: Sequence[ExamAttempt], as_of: dt.date, j: Jurisdiction, *, passed: bool
) -> list[Finding]:
    version = j.version_on(as_of) or j.current(as_of)
    entry = version.entry
    if entry is None or entry.exam_policy is None:
        return []
    policy = entry.exam_policy
    out: list[Finding] = []
    if policy.state_authorization:
        ok = any(a.jurisdiction == j.code for a in mine)
        out.append(
            Finding(
                kind="exam",
                key="state_authorization",
                label=f"{j.name} authorization before the MBLEx",
                status="met" if ok else "to_confirm",
                message=(
                    f"{j.name} authorized your MBLEx — met"
                    if ok
                    else f"{j.name} must approve you before you sit the MBLEx: apply to the "
                    "board first, then to FSMTB — confirm it did"
                ),
                source=policy.source,
            )
        )
    if policy.max_attempts is not None:
        sat = attempts_sat(mine)
        limit = policy.max_attempts
        if sat > limit or (sat == limit and not passed):
            status = "to_confirm"
            message = (
                f"{sat} MBLEx attempts: {j.name} allows {limit} before extra requirements "
                "(often more training) — confirm with the board before another attempt"
            )
        elif not passed and sat == limit - 1 and sat > 0:
            status = "info"
            message = f"{sat} MBLEx attempts: the next is the last of {limit} {j.name} allows"
        else:
            status = "met"
            message = f"{sat} of {limit} MBLEx attempts {j.name} allows"
        out.append(
            Finding(
                kind="exam",
                key="max_attempts",
                label="MBLEx attempts",
                status=status,
                message=message,
                needed=Decimal(limit),
                have=Decimal(sat),
                source=policy.source,
            )
        )
    return out
