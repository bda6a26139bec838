"""``lmt-tracker rules list|show``: the command-line contract of PRODUCT.md, run in-process."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lmt_tracker.cli import main
from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.rules.as_json import SUMMARY_KEYS
from lmt_tracker.rules.loader import RulesError

# Written out here, not imported, so a change to the contract breaks this test.
CONTRACT_KEYS = {
    "code",
    "name",
    "regulation",
    "title",
    "entry_hours",
    "exams",
    "ce_hours",
    "ce_period_years",
    "renewal_years",
    "checked",
    "sources",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_list_json_has_exactly_the_contract_keys(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "rules", "list", "--json")
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert isinstance(rows, list) and rows
    assert set(SUMMARY_KEYS) == CONTRACT_KEYS
    for row in rows:
        assert set(row) == CONTRACT_KEYS, row["code"]


def test_list_json_values_have_the_contract_types(capsys: pytest.CaptureFixture[str]) -> None:
    rows = json.loads(run(capsys, "rules", "list", "--json")[1])
    codes = [row["code"] for row in rows]
    assert codes == sorted(codes)
    assert {"FL", "NCBTMB", "AMTA"} <= set(codes)  # national credentials are listed too
    for row in rows:
        assert row["regulation"] in vocab.REGULATIONS
        assert isinstance(row["name"], str) and isinstance(row["title"], str)
        for key in ("entry_hours", "ce_hours"):
            assert row[key] is None or (
                isinstance(row[key], int | float) and not isinstance(row[key], bool)
            )
        for key in ("ce_period_years", "renewal_years"):
            assert row[key] is None or type(row[key]) is int
        assert set(row["exams"]) <= vocab.EXAMS
        assert dt.date.fromisoformat(row["checked"]) <= dt.date.today()
        assert row["sources"] and all(
            url.startswith(("http://", "https://")) for url in row["sources"]
        )


def test_list_json_reports_the_rule_in_force(capsys: pytest.CaptureFixture[str]) -> None:
    rows = {r["code"]: r for r in json.loads(run(capsys, "rules", "list", "--json")[1])}
    florida = rows["FL"]
    assert florida["regulation"] == "license"
    assert florida["entry_hours"] == 500
    assert "mblex" in florida["exams"]
    assert florida["ce_hours"] == 24 and florida["ce_period_years"] == 2


def test_list_plain_is_an_aligned_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "rules", "list")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["CODE", "NAME", "REGULATION"]
    assert set(lines[1]) <= {"-", " "}
    florida = next(line for line in lines if line.startswith("FL "))
    assert florida.index("license") == lines[0].index("REGULATION")


def test_show_json_has_versions_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "rules", "show", "FL", "--json")
    assert (status, err) == (0, "")
    rule = json.loads(out)
    assert (rule["code"], rule["name"]) == ("FL", "Florida")
    assert rule["versions"], "no versions"
    source_ids = {s["id"] for s in rule["sources"]}
    for source in rule["sources"]:
        assert source["url"].startswith(("http://", "https://"))
        dt.date.fromisoformat(source["checked"])
    for version in rule["versions"]:
        dt.date.fromisoformat(version["effective"])
        assert version["sources"] and set(version["sources"]) <= source_ids
        for section in ("entry", "renewal", "ce"):
            assert section in version
        if version["entry"]:
            assert version["entry"]["source"] in source_ids
    assert sum(v["in_force"] for v in rule["versions"]) == 1


def test_show_accepts_lower_case_and_prints_readable_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "rules", "show", "fl")
    assert status == 0
    assert out.startswith("FL  Florida")
    assert "Sources:" in out and "checked 20" in out
    assert "[in force]" in out
    assert max(len(line) for line in out.splitlines() if " " in line.strip()) <= 100


def test_show_as_of_marks_an_older_version(capsys: pytest.CaptureFixture[str]) -> None:
    rule = json.loads(run(capsys, "rules", "show", "FL", "--json", "--as-of", "2018-06-01")[1])
    in_force = [v for v in rule["versions"] if v["in_force"]]
    assert len(in_force) == 1 and in_force[0]["effective"] <= "2018-06-01"
    assert rule["as_of"] == "2018-06-01"


def test_show_national_credential(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "rules", "show", "NCBTMB", "--json")
    assert status == 0
    assert json.loads(out)["kind"] == "national"


def test_unknown_code_is_exit_2_with_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "rules", "show", "ZZ")
    assert status == 2
    assert out == ""
    assert "ZZ" in err and "lmt-tracker rules list" in err
    assert "Traceback" not in err


def test_bad_as_of_date_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "rules", "list", "--as-of", "31/12/2025")
    assert status == 2
    assert "--as-of" in err and "YYYY-MM-DD" in err


def test_broken_rule_files_are_reported_not_raised(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(directory: object = None) -> dict[str, object]:
        raise RulesError(["FL.toml: version[0].ce.hours = -1: hours must be zero or more"])

    monkeypatch.setattr("lmt_tracker.rules.loader.load_all", broken)
    status, out, err = run(capsys, "rules", "list", "--json")
    assert status == 1
    assert out == ""
    assert "FL.toml: version[0].ce.hours = -1: hours must be zero or more" in err


def test_list_plain_says_when_the_rules_were_last_checked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = json.loads(run(capsys, "rules", "list", "--json")[1])
    newest = max(row["checked"] for row in rows)
    out = run(capsys, "rules", "list")[1]
    assert any(line.startswith(f"Rules last checked {newest}") for line in out.splitlines())
