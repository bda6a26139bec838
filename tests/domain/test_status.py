"""Every credential of a record on one date: the ``status`` JSON contract."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from rulefiles import THERAPIST, course, licence, rule, version

from lmt_tracker.domain.core.records import Credential, Record
from lmt_tracker.domain.status import evaluate_status
from lmt_tracker.domain.whatif import what_if

D = dt.date
AS_OF = D(2026, 6, 1)
KEYS = [
    "id",
    "kind",
    "jurisdiction",
    "number",
    "cycle_start",
    "cycle_end",
    "required_hours",
    "counted_hours",
    "compliant",
    "days_left",
    "missing",
    "topics",
    "not_counted",
]
CE = """
[version.renewal]
source = "law"
period_years = 2
pattern = "from_issue"

[version.ce]
source = "law"
hours = 24
period_years = 2
hour_minutes = 50

[[version.ce.topics]]
key = "ethics"
min_hours = 3
label = "Ethics"

[[version.ce.topic_caps]]
key = "self_care"
max_hours = 4
"""


def rules(tmp_path: Path) -> list:
    state = rule(
        tmp_path,
        version()
        + CE.replace('"from_issue"', '"fixed_date"\nmonth = 8\nday = 31\nyear_parity = "odd"'),
    )
    national = rule(
        tmp_path,
        version(regulation="certification") + CE,
        code="NCBTMB",
        name="NCBTMB",
        kind="national",
    )
    return [state, national]


def record() -> Record:
    return Record(
        THERAPIST,
        credentials=(
            licence("XA", id=1),
            Credential(
                "national_certification", "NCBTMB", "N-1", "BCTMB", D(2021, 7, 1), None, id=2
            ),
            Credential("cpr_card", "AHA", "c", "CPR", D(2024, 5, 1), D(2026, 5, 1), id=3),
            licence("XA", id=4, status="retired"),
            licence("QQ", id=5, expiry=D(2027, 1, 31)),
        ),
        courses=(
            course(D(2026, 1, 10), 10, "in_person", ("ethics", 2)),
            course(D(2026, 2, 10), 8, "self_study", ("self_care", 8)),
        ),
    )


def test_status_json_has_exactly_the_contract_keys(tmp_path: Path) -> None:
    out = [s.to_json() for s in evaluate_status(record(), rules(tmp_path), AS_OF)]
    assert [list(item) for item in out] == [KEYS] * 5
    json.dumps(out)  # plain JSON types only
    state, national, cpr, retired, unknown = out
    # A 60-minute hour counts as one 50-minute rule hour, never 1.2: 10 in person (2 of them
    # ethics) + self-care 8 capped at 4 = 14 of 24; ethics 2 of 3.
    assert state["cycle_start"] == "2025-09-01" and state["cycle_end"] == "2027-08-31"
    assert state["required_hours"] == 24 and state["counted_hours"] == 14
    assert state["topics"] == [{"key": "ethics", "needed": 3, "counted": 2}]
    assert state["not_counted"] == [
        {"course_id": None, "hours": 4, "reason": "over the cap of 4 hours of self care"}
    ]
    assert state["compliant"] is False
    assert {m["key"] for m in state["missing"]} == {"total", "ethics"}
    assert national["jurisdiction"] == "NCBTMB" and national["cycle_end"] == "2027-07-01"
    assert cpr["compliant"] is False and cpr["days_left"] == -31
    assert cpr["missing"][0]["kind"] == "other"
    assert retired["compliant"] is None and retired["missing"] == []
    assert retired["days_left"] is None
    assert unknown["missing"][0]["message"].startswith("No rule file for QQ")


def test_what_if_plans_remaining_hours_by_topic(tmp_path: Path) -> None:
    result = what_if(record(), rules(tmp_path), AS_OF)
    plan = result.plans[0]
    assert plan.due == D(2027, 8, 31)
    # 24 - 14 counted (see the status test above); ethics 3 - 2
    assert plan.remaining_hours == 10
    assert {i.key: i.hours for i in plan.items} == {"total": 10, "ethics": 1}
    assert {r.code for r in result.eligibility} == {"XA", "NCBTMB"}
    json.dumps(result.to_json())
