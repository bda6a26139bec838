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
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.records import ExamAttempt
from lmt_tracker.domain.core.rules import Jurisdiction

AUTHORIZATION_DAYS: Final = 90
AUTHORIZATION_WARN_DAYS: Final = 30
RETAKE_WAIT_DAYS: Final = 30
MBLEX: Final = "mblex"
#: Statuses that used up an attempt.
SAT: Final = frozenset({"passed", "failed"})
OPEN: Final = frozenset({"applied", "authorized", "scheduled"})
AUTHORIZATION: Final = ph(N_("Authorization to test"))
RETAKE_WAIT: Final = ph(N_("Retake wait"))


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
        on: str = ph(N_(" on {date}"), date=when) if when else ""
        out.append(
            Finding(
                kind="exam",
                key=MBLEX,
                label="MBLEx",
                status="met",
                message=ph(N_("MBLEx passed{on}"), on=on),
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
                        label=AUTHORIZATION,
                        status="info",
                        message=ph(N_("Applied for the MBLEx: the authorization to test comes "
                                      "after your school verifies your education")),
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
                    label=AUTHORIZATION,
                    status="short",
                    message=ph(N_("Your authorization to test expired on {date}: apply to FSMTB "
                                  "again"), date=expiry),
                    due=expiry,
                )
            )
        elif days <= AUTHORIZATION_WARN_DAYS:
            out.append(
                Finding(
                    kind="exam",
                    key="authorization",
                    label=AUTHORIZATION,
                    status="info",
                    message=ph(N_("Your authorization to test lapses on {date} ({days} days): "
                                  "sit the MBLEx before then"), date=expiry, days=days),
                    due=expiry,
                )
            )
        else:
            out.append(
                Finding(
                    kind="exam",
                    key="authorization",
                    label=AUTHORIZATION,
                    status="met",
                    message=ph(N_("Authorization to test valid until {date}"), date=expiry),
                    due=expiry,
                )
            )
        if a.scheduled_date is not None:
            if a.scheduled_date > expiry:
                out.append(
                    Finding(
                        kind="exam",
                        key="schedule",
                        label=ph(N_("Scheduled test date")),
                        status="short",
                        message=ph(N_("Scheduled for {date}, after the authorization lapses on "
                                      "{expiry}: reschedule"), date=a.scheduled_date,
                                   expiry=expiry),
                        due=expiry,
                    )
                )
            if retake is not None and a.scheduled_date < retake:
                out.append(
                    Finding(
                        kind="exam",
                        key="retake",
                        label=RETAKE_WAIT,
                        status="short",
                        message=ph(N_("Scheduled for {date}, before the earliest retake date "
                                      "{retake} (30 days after the last attempt): reschedule"),
                                   date=a.scheduled_date, retake=retake),
                        due=retake,
                    )
                )
    if not passed and retake is not None:
        if as_of < retake:
            message = ph(N_("Earliest retake: {date} (30 days after your last attempt)"),
                         date=retake)
        else:
            message = ph(N_("You may retake the MBLEx now (allowed since {date})"), date=retake)
        out.append(
            Finding(
                kind="exam",
                key="retake",
                label=RETAKE_WAIT,
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
                label=ph(N_("{name} authorization before the MBLEx"), name=j.name),
                status="met" if ok else "to_confirm",
                message=(
                    ph(N_("{name} authorized your MBLEx — met"), name=j.name)
                    if ok
                    else ph(N_("{name} must approve you before you sit the MBLEx: apply to the "
                               "board first, then to FSMTB — confirm it did"), name=j.name)
                ),
                source=policy.source,
            )
        )
    if policy.max_attempts is not None:
        sat = attempts_sat(mine)
        limit = policy.max_attempts
        if sat > limit or (sat == limit and not passed):
            status = "to_confirm"
            message = ph(N_("{sat} MBLEx attempts: {name} allows {limit} before extra "
                            "requirements (often more training) — confirm with the board before "
                            "another attempt"), sat=sat, name=j.name, limit=limit)
        elif not passed and sat == limit - 1 and sat > 0:
            status = "info"
            message = ph(N_("{sat} MBLEx attempts: the next is the last of {limit} {name} "
                            "allows"), sat=sat, limit=limit, name=j.name)
        else:
            status = "met"
            message = ph(N_("{sat} of {limit} MBLEx attempts {name} allows"), sat=sat,
                         limit=limit, name=j.name)
        out.append(
            Finding(
                kind="exam",
                key="max_attempts",
                label=ph(N_("MBLEx attempts")),
                status=status,
                message=message,
                needed=Decimal(limit),
                have=Decimal(sat),
                source=policy.source,
            )
        )
    return out
