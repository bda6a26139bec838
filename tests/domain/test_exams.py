"""The MBLEx lifecycle: authorization window, retake wait, attempt limits, state approval."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rulefiles import rule, version

from lmt_tracker.domain.core.records import ExamAttempt
from lmt_tracker.domain.exams import authorization_expiry, earliest_retake, mblex_findings

D = dt.date


def by_key(findings) -> dict[str, str]:
    return {f.key: f.status for f in findings}


def test_authorization_is_valid_ninety_days_with_a_warning_in_the_last_thirty() -> None:
    att = ExamAttempt("mblex", "authorized", authorized_date=D(2026, 1, 1))
    assert authorization_expiry(att) == D(2026, 4, 1)
    assert by_key(mblex_findings([att], D(2026, 2, 1))) == {"authorization": "met"}
    warn = mblex_findings([att], D(2026, 3, 10))
    assert by_key(warn) == {"authorization": "info"}
    assert "lapses on 2026-04-01 (22 days)" in warn[0].message
    assert by_key(mblex_findings([att], D(2026, 4, 2))) == {"authorization": "short"}


def test_retake_no_sooner_than_thirty_days_after_a_failed_attempt() -> None:
    failed = ExamAttempt("mblex", "failed", test_date=D(2026, 3, 1))
    assert earliest_retake([failed]) == D(2026, 3, 31)
    early = ExamAttempt(
        "mblex", "scheduled", authorized_date=D(2026, 3, 5), scheduled_date=D(2026, 3, 20)
    )
    findings = mblex_findings([failed, early], D(2026, 3, 10))
    statuses = [(f.key, f.status) for f in findings]
    assert ("retake", "short") in statuses  # scheduled inside the wait
    assert ("retake", "info") in statuses


def test_attempts_counted_against_the_state_limit_and_state_authorization(
    tmp_path: Path,
) -> None:
    j = rule(
        tmp_path,
        version()
        + """
[version.entry]
source = "law"
total_hours = 500
online_counts = false

[[version.entry.exams]]
any_of = ["mblex"]
label = "MBLEx"

[version.entry.exam_policy]
max_attempts = 3
state_authorization = true
source = "law"
""",
    )
    tries = [ExamAttempt("mblex", "failed", test_date=D(2025, m, 1)) for m in (1, 3, 5)]
    got = by_key(mblex_findings(tries, D(2025, 8, 1), j))
    assert got["max_attempts"] == "to_confirm"
    assert got["state_authorization"] == "to_confirm"
    two = by_key(mblex_findings(tries[:2], D(2025, 8, 1), j))
    assert two["max_attempts"] == "info"  # the next is the last allowed
    approved = [ExamAttempt("mblex", "passed", test_date=D(2025, 1, 1), jurisdiction="XA")]
    got = by_key(mblex_findings(approved, D(2025, 8, 1), j))
    assert got == {"mblex": "met", "state_authorization": "met", "max_attempts": "met"}
