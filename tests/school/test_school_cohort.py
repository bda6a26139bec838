"""The cohort audit: default columns, counts, shared results, progress and the JSON shape."""

from __future__ import annotations

import datetime as dt

import pytest

from lmt_tracker.domain.cohort import (
    UnknownJurisdictions,
    audit_cohort,
    choose,
    regulating,
)
from lmt_tracker.io.school_csv import parse_class_csv
from lmt_tracker.rules_loader import load_all

AS_OF = dt.date(2026, 6, 1)
ROWS = ("student_id,name,total_hours,mblex,mblex_date,birth_date\n"
        + "".join(f"S{i},Grad {i},{500 + 250 * (i % 3)},pass,2025-07-01,1995-01-01\n"
                  for i in range(30)))


@pytest.fixture(scope="module")
def every():
    return load_all()


def test_default_columns_are_the_regulating_states(every) -> None:
    codes = [j.code for j in regulating(every, AS_OF)]
    assert codes == sorted(codes) and len(codes) > 40
    for code in codes:
        j = every[code]
        assert j.kind != "national"
        assert j.current(AS_OF).regulation not in ("none", "voluntary")
    assert "NCBTMB" not in codes and "AMTA" not in codes
    skipped = set(every) - set(codes)
    assert skipped and all(every[c].kind == "national"
                           or every[c].current(AS_OF).regulation in ("none", "voluntary")
                           for c in skipped)


def test_chosen_codes_keep_their_order_and_unknown_codes_fail(every) -> None:
    assert [j.code for j in choose(every, ["TX", "FL", "TX"], AS_OF)] == ["TX", "FL"]
    with pytest.raises(UnknownJurisdictions, match="ZZ"):
        choose(every, ["TX", "ZZ"], AS_OF)


def test_counts_match_the_cells_and_alike_graduates_share_results(every) -> None:
    graduates = parse_class_csv(ROWS, AS_OF).graduates
    seen: list[tuple[int, int]] = []
    audit = audit_cohort(graduates, choose(every, None, AS_OF), AS_OF,
                         progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (30, 30)
    assert [r.graduate.student_id for r in audit.rows] == [f"S{i}" for i in range(30)]
    for j in range(len(audit.columns)):
        assert audit.eligible_counts[j] == sum(1 for r in audit.rows if r.results[j].eligible)
        assert audit.short_counts[j] == sum(1 for r in audit.rows
                                            if r.results[j].eligible is False)
    assert audit.rows[0].results is audit.rows[3].results  # same hours, same class


def test_progress_may_cancel(every) -> None:
    graduates = parse_class_csv(ROWS, AS_OF).graduates

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        audit_cohort(graduates, choose(every, ["TX"], AS_OF), AS_OF, stop)


def test_an_empty_cohort(every) -> None:
    audit = audit_cohort((), choose(every, ["TX"], AS_OF), AS_OF)
    assert audit.rows == () and audit.eligible_counts == (0,)
