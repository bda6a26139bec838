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
        (["--hours", "500", "--states", "ZZ"], "unknown code ZZ"),
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


# -- issue 16: the figures the new entry shapes need, on the command line


def _missing(out: str) -> dict[str, dict[str, object]]:
    (result,) = json.loads(out)
    return {m["key"]: m for m in result["missing"]} | {"_eligible": result["eligible"]}


def test_program_state_lifts_ohio_half_online_cap(cli) -> None:
    """O.A.C. 4731-1-15: at most half online, for schools outside Ohio only."""
    args = ["eligibility", "--hours", "600", "--online-hours", "400", "--exam", "mblex=pass"]
    args += ["--age", "30", "--states", "OH", "--as-of", "2026-12-04", "--json"]
    status, out, err = cli(*args, "--program-state", "oh")
    assert status == 0, err
    assert "total_hours" not in _missing(out)
    status, out, err = cli(*args, "--program-state", "MI")
    assert status == 0, err
    total = _missing(out)["total_hours"]
    assert (total["kind"], total["needed"], total["have"]) == ("hours", 600, 500)
    status, out, err = cli(*args)
    assert _missing(out)["program_state"]["kind"] == "delivery"


def test_completed_date_decides_new_jersey_recency(cli) -> None:
    """N.J.A.C. 13:37A-2.1: finished at most five years before applying."""
    args = ["eligibility", "--hours", "600", "--exam", "mblex=pass", "--states", "NJ"]
    args += ["--as-of", "2026-12-04", "--json"]
    status, out, err = cli(*args, "--completed", "2021-06-30")
    assert status == 0, err
    found = _missing(out)
    assert found["_eligible"] is False
    assert found["completed_within_years"]["kind"] == "other"
    status, out, err = cli(*args, "--completed", "2022-01-15")
    assert "completed_within_years" not in _missing(out)


def test_licensed_elsewhere_opens_the_new_york_endorsement_route(cli) -> None:
    args = ["eligibility", "--hours", "1000", "--exam", "ncbtmb_exam=2018-03-01", "--age", "30"]
    args += ["--states", "NY", "--as-of", "2026-12-04", "--json"]
    status, out, err = cli(*args)
    assert status == 0, err
    assert _missing(out)["_eligible"] is False
    status, out, err = cli(*args, "--licensed-elsewhere", "NJ:3")
    assert status == 0, err
    found = _missing(out)
    assert found["_eligible"] is True
    assert found["route:endorsement:good_standing"]["kind"] == "other"


def test_subject_online_hours_judge_georgia_in_class_subjects(cli) -> None:
    args = ["eligibility", "--hours", "500", "--online-hours", "25", "--age", "30"]
    args += ["--subject", "anatomy_physiology=125", "--states", "GA", "--json"]
    status, out, err = cli(*args, "--subject-online", "anatomy_physiology=25")
    assert status == 0, err
    key = "anatomy+physiology+anatomy_physiology+kinesiology+myology"
    assert _missing(out)[key]["have"] == 100  # 125 less the 25 taught online
    status, out, err = cli(*args)
    assert _missing(out)[key]["have"] is None  # which subjects were online: to confirm


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--licensed-elsewhere", "Washington"], "write STATE:YEARS"),
        (["--program-state", "Ohio"], "two-letter code"),
        (["--completed", "last year"], "not a date"),
        (["--exam", "mblex=passed"], "only passed exams count"),
        (["--subject-online", "pathology=5"], "--subject pathology=N"),
    ],
)
def test_new_options_refuse_bad_values_clearly(cli, extra: list[str], words: str) -> None:
    status, _out, err = cli("eligibility", "--hours", "500", "--states", "GA", *extra)
    assert status != 0
    assert words in err
