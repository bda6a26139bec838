"""`lmt-tracker eligibility`: the JSON contract, the plain text, and clear refusals."""

from __future__ import annotations

import json

import pytest

MISSING_KEYS = {"kind", "key", "needed", "have", "message", "source"}


def test_json_has_one_result_per_requested_state_in_the_contract_shape(cli) -> None:
    status, out, err = cli(
        "eligibility",
        "--hours",
        "500",
        "--exam",
        "mblex=pass",
        "--age",
        "30",
        "--states",
        "FL,WY,TX",
        "--json",
    )
    assert status == 0, err
    results = json.loads(out)
    assert [r["code"] for r in results] == ["FL", "WY", "TX"]
    for r in results:
        assert set(r) == {"code", "regulation", "eligible", "missing"}
        for item in r["missing"]:
            assert set(item) == MISSING_KEYS
            assert item["kind"] in {"hours", "subject", "delivery", "exam", "other"}
    wyoming = results[1]
    assert wyoming["regulation"] == "none" and wyoming["eligible"] is None


def test_a_short_total_is_reported_with_needed_have_and_source(cli) -> None:
    status, out, err = cli(
        "eligibility", "--hours", "400", "--exam", "mblex=pass", "--states", "FL", "--json"
    )
    assert status == 0, err
    (florida,) = json.loads(out)
    assert florida["eligible"] is False
    hours = [m for m in florida["missing"] if m["kind"] == "hours"]
    assert hours and hours[0]["needed"] == 500 and hours[0]["have"] == 400
    assert hours[0]["source"].startswith("http")


def test_without_hours_it_judges_the_stored_record(cli, db_target) -> None:
    db = db_target
    cli("--db", db, "demo")
    status, out, err = cli("--db", db, "eligibility", "--states", "FL,NY", "--json")
    assert status == 0, err
    florida, new_york = json.loads(out)
    # The demo program is 750 hours; New York asks for 1,000.
    ny_hours = [m for m in new_york["missing"] if m["kind"] == "hours"]
    assert ny_hours and ny_hours[0]["have"] == 750
    assert not [m for m in florida["missing"] if m["kind"] == "hours"]


def test_plain_text_names_each_state_and_its_verdict(cli) -> None:
    status, out, _ = cli("eligibility", "--hours", "1000", "--states", "WY,FL")
    assert status == 0
    assert "WY" in out and "not regulated" in out and "FL" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--hours", "-5"], "--hours: '-5' must be zero or more"),
        (["--hours", "lots"], "is not a number of hours"),
        (["--hours", "500", "--states", "ZZ"], "unknown code(s) ZZ"),
        (["--hours", "500", "--subject", "astrology=5"], "not a subject key"),
        (["--hours", "500", "--subject", "anatomy"], "write KEY=VALUE"),
        (["--hours", "50", "--subject", "anatomy=60"], "more than --hours"),
        (["--hours", "500", "--exam", "mblex=fail"], "only passed exams count"),
        (["--hours", "500", "--as-of", "2026-02-30"], "is not a date"),
        (["--hours", "500", "--age", "-3"], "give an age in years"),
    ],
)
def test_bad_arguments_get_a_message_and_exit_2(cli, args, words) -> None:
    status, out, err = cli("eligibility", *args, "--json")
    assert status == 2
    assert out == ""
    assert words in err


def test_new_jersey_599_hours_is_short_of_600_with_the_source(cli) -> None:
    """P.L. 2024, c.46 raised New Jersey's class study to 600 hours (issue 15)."""
    status, out, err = cli(
        "eligibility", "--hours", "599", "--exam", "mblex=pass", "--states", "NJ", "--json"
    )
    assert status == 0, err
    (nj,) = json.loads(out)
    assert nj["eligible"] is False
    (hours,) = [m for m in nj["missing"] if m["key"] == "total_hours"]
    assert hours["needed"] == 600 and hours["have"] == 599
    assert hours["source"] == "https://njconsumeraffairs.gov/mbt/Pages/applications.aspx"
