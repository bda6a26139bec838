"""The cohort audit: default columns, counts, shared results, progress and the JSON shape."""

from __future__ import annotations

import datetime as dt

import pytest

from lmt_tracker.domain.entry.cohort import (
    UnknownJurisdictions,
    audit_cohort,
    choose,
    regulating,
)
from lmt_tracker.io.school_csv import parse_class_csv
from lmt_tracker.rules.loader import load_all

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


def test_the_school_state_column_decides_ohio_s_online_cap(every) -> None:
    """Ohio Admin. Code 4731-1-15: a program outside Ohio counts only if at most half of it
    was given by distance education; the cap is not applied to a school in Ohio. 600 hours,
    400 of them online: an Ohio school's graduate meets the 600 (online counting for Ohio
    schools is flagged unverified, not refused); a Pennsylvania school's graduate has only
    300 + 200 = 500 countable hours; without the school's state the cap is applied and the
    state is asked for."""
    text = ("student_id,name,total_hours,online_hours,mblex,school_state\n"
            "OH1,In Ohio,600,400,pass,oh\n"
            "PA1,In Pennsylvania,600,400,pass,PA\n"
            "XX1,Unknown school,600,400,pass,\n")
    parsed = parse_class_csv(text, AS_OF)
    assert not parsed.errors
    assert [g.school_state for g in parsed.graduates] == ["OH", "PA", ""]
    audit = audit_cohort(parsed.graduates, choose(every, ["OH"], AS_OF), AS_OF)
    by_id = {r.graduate.student_id: r.results[0] for r in audit.rows}
    assert by_id["OH1"].eligible is True
    assert by_id["PA1"].eligible is False
    assert by_id["XX1"].eligible is False
