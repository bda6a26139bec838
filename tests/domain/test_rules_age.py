"""The age of the rules: the last-checked line and the warning after 12 months (issue 15)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rulefiles import rule, version

from lmt_tracker.domain.core.rules_age import RulesAge, rules_age

D = dt.date


def test_newest_and_oldest_come_from_each_jurisdictions_latest_check(tmp_path: Path) -> None:
    # XA's sources are checked 2026-01-15 (rulefiles.HEADER); XB adds one checked later.
    xa = rule(tmp_path, version(regulation="none"), code="XA")
    later = '\n[sources.page]\ntitle = "Board page"\nurl = "https://example.org/p"\n' \
            'checked = 2026-03-02\nkind = "board_page"\n'
    xb = rule(tmp_path, later + version(regulation="none"), code="XB")
    age = rules_age([xa, xb])
    assert age == RulesAge(newest=D(2026, 3, 2), oldest=D(2026, 1, 15))
    assert age.line() == (
        "Rules last checked 2026-03-02 (each jurisdiction between 2026-01-15 and 2026-03-02)"
    )
    assert age.short() == "rules checked 2026-01-15 to 2026-03-02"
    assert rules_age([]) is None


def test_one_date_is_said_once() -> None:
    age = RulesAge(D(2026, 12, 4), D(2026, 12, 4))
    assert age.line() == "Rules last checked 2026-12-04"
    assert age.short() == "rules checked 2026-12-04"


def test_out_of_date_only_after_twelve_months() -> None:
    age = RulesAge(newest=D(2025, 12, 4), oldest=D(2025, 11, 1))
    assert not age.stale(D(2026, 12, 4))  # exactly twelve months: still current
    assert age.warning(D(2026, 12, 4)) is None
    assert age.stale(D(2026, 12, 5))
    warning = age.warning(D(2026, 12, 5))
    assert warning is not None
    assert "last checked on 2025-12-04, more than 12 months ago" in warning
    assert "lmt-tracker rules update FILE" in warning  # says how to update
