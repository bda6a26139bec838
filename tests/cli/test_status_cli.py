"""`lmt-tracker status`: every stored credential judged, in the contract's shape."""

from __future__ import annotations

import json

import pytest

STATUS_KEYS = {
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
    "reason",
}


def demo_db(cli, tmp_path) -> str:
    db = str(tmp_path / "demo.sqlite3")
    assert cli("--db", db, "demo")[0] == 0
    return db


def test_every_demo_credential_is_reported_in_the_contract_shape(cli, tmp_path) -> None:
    db = demo_db(cli, tmp_path)
    status, out, err = cli("--db", db, "status", "--json")
    assert status == 0, err
    results = json.loads(out)
    assert [r["jurisdiction"] for r in results] == [
        "FL",
        "NY",
        "NCBTMB",
        "American Heart Association",
        "AMTA",
    ]
    for r in results:
        assert set(r) == STATUS_KEYS
        for item in r["missing"]:
            assert item["kind"] in {"hours", "topic", "delivery", "other"}
    florida = results[0]
    assert florida["required_hours"] == 24
    assert florida["cycle_end"].endswith("-08-31")
    assert int(florida["cycle_end"][:4]) % 2 == 1  # Florida renews 31 August of odd years


def test_as_of_moves_the_days_left(cli, tmp_path) -> None:
    db = demo_db(cli, tmp_path)
    florida = json.loads(cli("--db", db, "status", "--json")[1])[0]
    end = florida["cycle_end"]
    import datetime as dt

    day_before = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat()
    later = json.loads(cli("--db", db, "status", "--as-of", day_before, "--json")[1])[0]
    assert later["days_left"] == 1


def test_after_the_printed_expiry_it_asks_whether_you_renewed(cli, tmp_path) -> None:
    db = demo_db(cli, tmp_path)
    florida = json.loads(cli("--db", db, "status", "--json")[1])[0]
    import datetime as dt

    two_days_late = (dt.date.fromisoformat(florida["cycle_end"]) + dt.timedelta(days=2)).isoformat()
    late = json.loads(cli("--db", db, "status", "--as-of", two_days_late, "--json")[1])[0]
    assert late["days_left"] == -2
    assert any("if you renewed, enter the new expiry date" in m["message"] for m in late["missing"])


def test_a_licence_with_no_courses_is_short_by_the_whole_requirement(cli, tmp_path) -> None:
    import datetime as dt

    from lmt_tracker.domain.core.records import Credential
    from lmt_tracker.store import open_database

    db = str(tmp_path / "one.sqlite3")
    store = open_database(db)
    store.save_credential(
        Credential("state_license", "FL", "MA1", "LMT", dt.date(2019, 5, 1), dt.date(2027, 8, 31))
    )
    store.close()
    (florida,) = json.loads(cli("--db", db, "status", "--as-of", "2026-11-27", "--json")[1])
    assert florida["compliant"] is False
    assert florida["counted_hours"] == 0
    assert (florida["cycle_start"], florida["cycle_end"]) == ("2025-09-01", "2027-08-31")
    hours = [m for m in florida["missing"] if m["kind"] == "hours"]
    assert hours and hours[0]["needed"] == 24 and hours[0]["have"] == 0
    topics = {m["key"] for m in florida["missing"] if m["kind"] == "topic"}
    assert {"medical_errors", "laws_rules", "ethics"} <= topics


def test_a_credential_that_cannot_be_judged_says_why(cli, tmp_path) -> None:
    """compliant null never stands alone: the reason names what is missing to judge it."""
    from lmt_tracker.domain.core.records import Credential
    from lmt_tracker.store import open_database

    db = str(tmp_path / "tx.sqlite3")
    store = open_database(db)
    store.save_credential(Credential("state_license", "TX", "", "LMT", None, None))
    store.save_credential(Credential("state_license", "Texas", "", "LMT", None, None))
    store.close()
    texas, typed = json.loads(cli("--db", db, "status", "--as-of", "2026-11-27", "--json")[1])
    assert texas["compliant"] is None and typed["compliant"] is None
    # Texas renews on dates counted from the issue date: without it nothing can be judged.
    assert "Cannot be judged yet" in texas["reason"] and "issue date" in texas["reason"]
    assert "“Texas” is not a jurisdiction" in typed["reason"]
    assert "choose its state" in typed["reason"]
    status, out, _ = cli("--db", db, "status", "--as-of", "2026-11-27")
    assert status == 0 and "no CE requirement" not in out
    assert out.count("not judged — Cannot be judged yet") == 2


def test_a_judged_credential_has_no_reason(cli, tmp_path) -> None:
    db = demo_db(cli, tmp_path)
    florida = json.loads(cli("--db", db, "status", "--json")[1])[0]
    assert florida["compliant"] is not None and florida["reason"] is None


def test_the_text_names_the_kind_in_words_and_never_reads_more_of_less(cli, tmp_path) -> None:
    """The demo's Florida license counts 41 hours of the 24 required (FL.toml: 24 per
    biennium), New York 8 of 36: the line says "41 CE hours counted, 24 required", never
    "41 of 24"; the credential's kind is a word, not the key state_license."""
    db = demo_db(cli, tmp_path)
    out = cli("--db", db, "status", "--as-of", "2026-12-04")[1]
    lines = [line for line in out.splitlines() if line.startswith("#")]
    assert lines[0].startswith("#1 FL State license MA98765: compliant")
    assert lines[0].endswith("; 41 CE hours counted, 24 required)")
    assert "; 8 of 36 CE hours)" in lines[1]
    assert "state_license" not in out and "cpr_card" not in out and "CPR card" in out


def test_an_empty_database_says_what_to_do(cli, tmp_path) -> None:
    db = str(tmp_path / "empty.sqlite3")
    cli("--db", db, "export", "--out", str(tmp_path / "x.json"))  # creates nothing: no file
    status, out, _ = cli("--db", db, "status")
    assert status == 2  # the database does not exist yet
    from lmt_tracker.store import open_database

    open_database(db).close()
    status, out, _ = cli("--db", db, "status")
    assert status == 0 and "No credentials recorded yet" in out
    assert json.loads(cli("--db", db, "status", "--json")[1]) == []


def test_a_bad_date_is_refused(cli, tmp_path) -> None:
    db = demo_db(cli, tmp_path)
    status, out, err = cli("--db", db, "status", "--as-of", "31/12/2026", "--json")
    assert status == 2 and out == "" and "YYYY-MM-DD" in err


def test_the_demos_board_certification_counts_its_recent_courses(cli, tmp_path) -> None:
    """A sample therapist takes new electives each cycle; NCBTMB counts a course once ever,
    so a demo whose recent courses retook earlier ones showed 0 of 24 hours."""
    db = demo_db(cli, tmp_path)
    status, out, err = cli("--db", db, "status", "--json")
    assert status == 0, err
    ncbtmb = next(r for r in json.loads(out) if r["jurisdiction"] == "NCBTMB")
    assert not [n for n in ncbtmb["not_counted"] if n["reason"].startswith("repeat")]
    assert ncbtmb["counted_hours"] > 0


def test_status_pauses_the_cyclic_collector_and_gives_it_back(cli, tmp_path,
                                                               monkeypatch) -> None:
    """``status`` judges with the collector paused (its passes over 10,000 courses were a
    tenth of the command) and leaves it as it found it — also when judging fails."""
    import gc

    from lmt_tracker.domain import status as domain_status

    db = demo_db(cli, tmp_path)
    seen: list[bool] = []
    judge = domain_status.evaluate_status

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return judge(*args, **kwargs)

    monkeypatch.setattr(domain_status, "evaluate_status", watched)
    assert gc.isenabled()
    assert cli("--db", db, "status", "--json")[0] == 0
    assert seen == [False] and gc.isenabled()

    def broken(*args, **kwargs):
        raise RuntimeError("judging failed")

    monkeypatch.setattr(domain_status, "evaluate_status", broken)
    with pytest.raises(RuntimeError):
        cli("--db", db, "status")
    assert gc.isenabled()
