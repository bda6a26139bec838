"""The user's own overrides: recorded with a note, applied to judging, shown as "your
override", flagged when a later pack changes the same figure, exported and imported."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.domain.core.overrides import (
    OverrideError,
    apply_overrides,
    check_override,
    review,
)
from lmt_tracker.domain.core.records import RuleOverride
from lmt_tracker.rules.loader import load_all
from tests.rulepacks.packtools import PACK_DATE, copy_rules, set_newest_total_hours, write_key

TODAY = dt.date.today()
NOTE = "board letter 2025-03-02"


def nj_base() -> int:
    return int(load_all()["NJ"].current(TODAY).entry.total_hours)


def eligibility(cli, db: str, hours: int) -> dict:
    status, out, err = cli("--db", db, "eligibility", "--hours", str(hours), "--exam",
                           "mblex=pass", "--states", "NJ", "--json")
    assert status == 0, err
    return json.loads(out)[0]


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "me.sqlite3")


def test_an_override_changes_the_verdict_and_is_shown_as_yours(cli, db) -> None:
    base = nj_base()
    assert eligibility(cli, db, base + 50)["eligible"] is True
    status, out, err = cli("--db", db, "rules", "override", "set", "NJ", "entry.total_hours",
                           str(base + 100), "--note", NOTE)
    assert status == 0, err
    assert "your override" in out and NOTE in out
    result = eligibility(cli, db, base + 50)
    assert result["eligible"] is False
    short = next(m for m in result["missing"] if m["key"] == "total_hours")
    assert (short["needed"], short["have"]) == (base + 100, base + 50)
    (mine,) = result["overrides"]
    assert mine["shown_as"] == "your override"
    assert (mine["field"], mine["value"], mine["note"]) == ("entry.total_hours", str(base + 100),
                                                            NOTE)
    assert mine["rules_value"] == str(base) and mine["rules_changed"] is False


def test_status_json_shows_an_override_of_a_ce_figure(cli, db) -> None:
    assert cli("--db", db, "demo")[0] == 0
    before = json.loads(cli("--db", db, "status", "--json")[1])
    ny = next(r for r in before if r["jurisdiction"] == "NY")
    assert "overrides" not in ny
    wanted = ny["required_hours"] + 6
    status, _, err = cli("--db", db, "rules", "override", "set", "ny", "ce.hours", str(wanted),
                         "--note", "board email")
    assert status == 0, err
    after = json.loads(cli("--db", db, "status", "--json")[1])
    ny = next(r for r in after if r["jurisdiction"] == "NY")
    assert ny["required_hours"] == wanted
    assert ny["overrides"][0]["shown_as"] == "your override"
    assert ny["overrides"][0]["note"] == "board email"
    fl = next(r for r in after if r["jurisdiction"] == "FL")
    assert "overrides" not in fl


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("NJ", "entry.total_hourz", "600"), "'entry.total_hourz'"),
        (("XX", "entry.total_hours", "600"), "'XX'"),
        (("NJ", "ce.topics.medical_errors", "2"), "'ce.topics.medical_errors'"),
        (("NJ", "entry.total_hours", "six hundred"), "entry.total_hours = 'six hundred'"),
        (("NJ", "entry.total_hours", "-5"), "entry.total_hours = '-5'"),
        (("NJ", "ce.hour_minutes", "90"), "ce.hour_minutes = '90'"),
    ],
)
def test_a_bad_override_names_the_key_and_records_nothing(cli, db, args, named) -> None:
    status, _, err = cli("--db", db, "rules", "override", "set", *args, "--note", NOTE)
    assert status != 0
    assert named in err and "nothing was recorded" in err
    assert json.loads(cli("--db", db, "rules", "override", "list", "--json")[1])["overrides"] == []


def test_an_override_needs_a_note(cli, db) -> None:
    status, _, err = cli("--db", db, "rules", "override", "set", "NJ", "entry.total_hours", "600",
                         "--note", "  ")
    assert status != 0 and "a note is required" in err


def test_remove_an_override(cli, db) -> None:
    base = nj_base()
    cli("--db", db, "rules", "override", "set", "NJ", "entry.total_hours", str(base + 100),
        "--note", NOTE)
    status, out, _ = cli("--db", db, "rules", "override", "remove", "nj", "entry.total_hours")
    assert status == 0 and "Removed" in out
    assert eligibility(cli, db, base + 50)["eligible"] is True
    status, _, err = cli("--db", db, "rules", "override", "remove", "NJ", "entry.total_hours")
    assert status != 0 and "no override of NJ entry.total_hours" in err


def test_a_pack_that_changes_an_overridden_figure_flags_it(cli, db, key, tmp_path) -> None:
    base = nj_base()
    cli("--db", db, "rules", "override", "set", "NJ", "entry.total_hours", str(base + 100),
        "--note", NOTE)
    source = copy_rules(tmp_path / "rules")
    set_newest_total_hours(source, base + 150)
    pack = tmp_path / "p.zip"
    assert cli("rules", "pack", "--out", str(pack), "--key", str(write_key(key, tmp_path)),
               "--source", str(source), "--date", PACK_DATE.isoformat())[0] == 0
    status, out, err = cli("--db", db, "rules", "update", str(pack))
    assert status == 0, err
    assert "this pack changes a figure you overrode" in out and NOTE in out
    result = eligibility(cli, db, base + 90)
    # the override still judges (the user decides), but it is flagged for review
    short = next(m for m in result["missing"] if m["key"] == "total_hours")
    assert short["needed"] == base + 100
    (mine,) = result["overrides"]
    assert mine["rules_changed"] is True and mine["rules_value"] == str(base + 150)
    flag = next(m for m in result["missing"] if m["key"] == "override")
    assert "check whether your override still applies" in flag["message"]
    listed = json.loads(cli("--db", db, "rules", "override", "list", "--json")[1])
    assert any("changed this figure" in line for line in listed["flags"])


def test_overrides_survive_export_and_import(cli, db, tmp_path) -> None:
    cli("--db", db, "rules", "override", "set", "NJ", "entry.total_hours", "650", "--note", NOTE)
    exported = tmp_path / "out.json"
    assert cli("--db", db, "export", "--out", str(exported))[0] == 0
    document = json.loads(exported.read_text())
    (item,) = document["rule_overrides"]
    assert (item["jurisdiction"], item["field"], item["value"]) == ("NJ", "entry.total_hours",
                                                                    "650")
    other = str(tmp_path / "other.sqlite3")
    status, _, err = cli("--db", other, "import", str(exported))
    assert status == 0, err
    listed = json.loads(cli("--db", other, "rules", "override", "list", "--json")[1])
    assert listed["overrides"] == [{k: item[k] for k in item}]


def test_an_imported_override_of_an_unknown_field_is_refused(cli, db, tmp_path) -> None:
    cli("--db", db, "rules", "override", "set", "NJ", "entry.total_hours", "650", "--note", NOTE)
    exported = tmp_path / "out.json"
    cli("--db", db, "export", "--out", str(exported))
    document = json.loads(exported.read_text())
    document["rule_overrides"][0]["field"] = "entry.nonsense"
    exported.write_text(json.dumps(document))
    status, _, err = cli("--db", str(tmp_path / "x.sqlite3"), "import", str(exported))
    assert status != 0
    assert "rule_overrides[0].field" in err and "entry.nonsense" in err


# -- the pure part ---------------------------------------------------------------------
def test_apply_overrides_sets_every_version_and_marks_only_that_jurisdiction() -> None:
    rules = load_all()
    o = check_override(rules, "NJ", "entry.total_hours", "640", NOTE, TODAY)
    judged = apply_overrides(rules, [o], TODAY)
    assert judged["NY"] is rules["NY"]
    nj = judged["NJ"]
    assert all(v.entry.total_hours == Decimal(640) for v in nj.versions if v.entry)
    assert [a.override for a in nj.overrides] == [o]
    assert rules["NJ"].overrides == ()  # the loaded rules are untouched


def test_a_topic_override_changes_that_topic_only() -> None:
    rules = load_all()
    o = check_override(rules, "NJ", "ce.topics.ethics", "3", NOTE, TODAY)
    nj = apply_overrides(rules, [o], TODAY)["NJ"].current(TODAY)
    topics = {t.key: t.min_hours for t in nj.ce.topics}
    original = {t.key: t.min_hours for t in rules["NJ"].current(TODAY).ce.topics}
    assert topics["ethics"] == Decimal(3)
    assert {k: v for k, v in topics.items() if k != "ethics"} == {
        k: v for k, v in original.items() if k != "ethics"
    }


def test_review_flags_an_override_whose_jurisdiction_or_figure_is_gone() -> None:
    rules = load_all()
    gone = RuleOverride("ZZ", "entry.total_hours", "600", NOTE, TODAY, "500")
    moved = dataclasses.replace(
        check_override(rules, "NJ", "entry.total_hours", "600", NOTE, TODAY), rules_value="1"
    )
    problems = review(rules, [gone, moved], TODAY)
    assert "ZZ entry.total_hours" in problems[0] and "not applied" in problems[0]
    assert "changed this figure (1 →" in problems[1]


def test_check_override_refuses_a_section_the_rule_does_not_have() -> None:
    rules = load_all()
    none_state = next(
        j for j in rules.values() if j.kind == "state" and j.current(TODAY).regulation == "none"
    )
    with pytest.raises(OverrideError, match="no such section"):
        check_override(rules, none_state.code, "entry.total_hours", "500", NOTE, TODAY)


def test_the_renewal_pdf_and_the_dashboard_card_say_your_override(demo_store, tmp_path) -> None:
    from pypdf import PdfReader

    from lmt_tracker.domain.status import evaluate_status
    from lmt_tracker.gui.overview import card_for
    from lmt_tracker.reports.api import write_renewal_pdf
    from lmt_tracker.rules.in_force import judged_rules

    ny = next(c for c in demo_store.credentials() if c.jurisdiction == "NY")
    rules = load_all()
    demo_store.save_rule_override(check_override(rules, "NY", "ce.hours", "40", "board email",
                                                 TODAY))
    out = write_renewal_pdf(demo_store, ny.id, tmp_path / "ny.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Your override" in " ".join(text.split()) and "board email" in text
    judged = judged_rules(demo_store.rule_overrides(), TODAY)
    status = next(s for s in evaluate_status(demo_store.load_record(), judged, TODAY)
                  if s.credential.id == ny.id)
    assert status.required_hours == 40
    assert "Your override" in card_for(status, TODAY).counted_text


def test_eligibility_from_figures_still_answers_when_the_database_cannot_be_read(
    cli, tmp_path
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all, just text" * 50)
    status, out, err = cli("--db", str(junk), "eligibility", "--hours", "900", "--exam",
                           "mblex=pass", "--states", "NJ", "--json")
    assert status == 0
    assert json.loads(out)[0]["code"] == "NJ"
    assert "overrides could not be read" in err and "judged without them" in err
    status, _, err = cli("--db", str(junk), "status", "--json")
    assert status != 0 and "junk.sqlite3" in err
