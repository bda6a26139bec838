"""``CEResult.not_counted`` without the lines gives what filtering the lines gives.

``status --json`` lists the hours left out for every credential; building every
course's line (with its words) only to keep the few left out was most of that command's
time with 10,000 courses, so ``Allocation.not_counted`` reads them off the solved
allocation directly. This holds it to the long way, course by course, on the demo's
credentials with a thousand synthetic courses (caps bind, repeats, courses outside
the period), and on the demo as it is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lmt_tracker.domain.core.records import Record
from lmt_tracker.domain.status import evaluate_status
from lmt_tracker.io.demo import demo_bundle
from lmt_tracker.rules.loader import load_all

ON = dt.date(2026, 12, 4)


@pytest.mark.parametrize("extra", [0, 1000])
def test_hours_left_out_are_those_of_the_lines(extra: int) -> None:
    bundle = demo_bundle(ON, extra_courses=extra)
    record = Record(bundle.therapist, bundle.programs, bundle.exams, bundle.credentials,
                    bundle.courses)
    quick = evaluate_status(record, load_all(), ON)
    slow = evaluate_status(record, load_all(), ON)
    judged = 0
    for fast, full in zip(quick, slow, strict=True):
        if fast.renewal is None:
            continue
        judged += 1
        direct = fast.renewal.not_counted  # lines never built
        assert fast.renewal.allocation._lines is None
        by_lines = tuple((line.course, line.excluded, "; ".join(line.reasons)
                          or "not needed within the caps")
                         for line in full.renewal.lines if line.excluded > 0)
        assert direct == by_lines
        assert full.renewal.not_counted == by_lines  # and once the lines exist
    assert judged >= 3
    if extra:
        assert any(s.renewal and s.renewal.not_counted for s in quick)
