"""``audit --json``: the compact document (docs/school-audit.md, "The JSON document").

Expected figures come from the rules' text, not from the program's output: Florida
asks 500 hours (Fla. Admin. Code 64B7-32.003) and an approved exam (the MBLEx among
them); Florida's fingerprint screening is a condition no class file can show.
"""

from __future__ import annotations

import json
from pathlib import Path

HEADER = ("student_id,name,total_hours,online_hours,clinical_hours,program_start,"
          "graduation_date,birth_date,mblex,mblex_date\n")
ROWS = ("A1,Ann Lee,450,0,0,2024-01-08,2025-01-10,1990-01-01,pass,2025-02-01\n"
        "B2,Bo Chen,450,0,0,2024-01-08,2025-01-10,1990-01-01,pass,2025-02-01\n"
        "C3,Cy Day,600,0,0,2024-01-08,2025-01-10,1990-01-01,fail,2025-02-01\n")


def _audit(cli, tmp_path: Path, *options: str) -> dict:
    path = tmp_path / "class.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    status, out, err = cli("audit", str(path), "--states", "FL,MI", "--as-of", "2026-12-04",
                           "--json", *options)
    assert status == 0, err
    return json.loads(out)


def _results(doc: dict, student: str) -> dict[str, dict]:
    [graduate] = [g for g in doc["graduates"] if g["student_id"] == student]
    return {r["code"]: r for r in doc["judgements"][graduate["judgement"]]}


def test_each_graduate_and_state_has_its_verdict_and_shortfalls(cli, tmp_path: Path) -> None:
    doc = _audit(cli, tmp_path)
    assert doc["format"] == "lmt-tracker-audit/2" and doc["as_of"] == "2026-12-04"
    assert [j["code"] for j in doc["jurisdictions"]] == ["FL", "MI"]
    ann, cy = _results(doc, "A1")["FL"], _results(doc, "C3")["FL"]
    assert ann["eligible"] is False
    assert {"key": "total_hours", "needed": 500, "have": 450} in ann["missing"]
    assert cy["eligible"] is False
    exam = [m for m in cy["missing"] if "mblex" in m["key"]]
    assert exam and exam[0]["needed"] is None and "status" not in exam[0]  # short
    assert not any(m["key"] == "total_hours" for m in cy["missing"])  # 600 of 500
    # Graduates the rules cannot tell apart share one judgement, each still listed.
    ids = {g["student_id"]: g["judgement"] for g in doc["graduates"]}
    assert ids["A1"] == ids["B2"] != ids["C3"]
    assert all(0 <= i < len(doc["judgements"]) for i in ids.values())


def test_sentences_and_sources_are_written_once_in_the_legend(cli, tmp_path: Path) -> None:
    doc = _audit(cli, tmp_path)
    text = json.dumps(doc)
    hours = doc["legend"]["FL"]["total_hours"]
    assert hours["kind"] == "hours" and hours["label"] == "Total training hours"
    assert hours["source"].startswith("http")
    in_legend = sum(e["source"] == hours["source"]
                    for entries in doc["legend"].values() for e in entries.values())
    assert text.count(hours["source"]) == in_legend  # nowhere but the legend
    # The words are not repeated per result: no result item carries a message or source.
    for results in doc["judgements"]:
        for r in results:
            for item in r.get("missing", []):
                assert set(item) <= {"key", "needed", "have", "status"}
                assert item["key"] in doc["legend"][r["code"]]
    # Ann and Bo are short by the same figures, so the sentence is the same for all who
    # are short of it, and kept; it states the 50 hours missing.
    assert "50" in hours["message"]


def test_conditions_open_for_everyone_are_listed_once_per_state(cli, tmp_path: Path) -> None:
    doc = _audit(cli, tmp_path)
    florida = doc["jurisdictions"][0]
    fingerprints = [m for m in florida["missing"] if m["key"] == "fingerprints"]
    assert fingerprints == [{"key": "fingerprints", "needed": None, "have": None,
                             "status": "to_confirm"}]
    assert "fingerprint" in doc["legend"]["FL"]["fingerprints"]["label"].lower()
    for student in ("A1", "C3"):
        assert not any(m["key"] == "fingerprints"
                       for m in _results(doc, student)["FL"].get("missing", []))


def test_one_key_for_two_requirements_is_told_apart(cli, tmp_path: Path) -> None:
    """Michigan lists two conditions under the key ``other``: two legend entries."""
    legend = _audit(cli, tmp_path)["legend"]["MI"]
    assert {"other", "other#2"} <= set(legend)
    assert legend["other"]["label"] != legend["other#2"]["label"]


def test_summary_gives_the_counts_per_state_only(cli, tmp_path: Path) -> None:
    doc = _audit(cli, tmp_path, "--summary")
    assert set(doc) == {"format", "summary", "errors"}
    states = {s["code"]: s for s in doc["summary"]["states"]}
    # Florida: Ann and Bo are 50 hours short, Cy failed the MBLEx: nobody eligible.
    assert (states["FL"]["eligible"], states["FL"]["short"]) == (0, 3)
    assert doc["summary"]["graduates"] == 3
