"""`rules pack` / `rules update` / `rules rollback` through the command line.

The issue's "done when": a signed pack that changes one figure updates the verdict
after `rules update`, and a tampered copy of it is refused with the rules unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.rulepacks.packtools import (
    PACK_DATE,
    copy_rules,
    newest_total_hours,
    replace_in_zip,
    set_newest_total_hours,
    write_key,
)


def nj_verdict(cli, hours: int) -> dict:
    status, out, err = cli(
        "eligibility", "--hours", str(hours), "--exam", "mblex=pass", "--states", "NJ", "--json"
    )
    assert status == 0, err
    (result,) = json.loads(out)
    return result


def newest_entry_source_url() -> str:
    """Where the newest New Jersey entry rule cites its figures (the changed figure's source)."""
    from lmt_tracker.rules.loader import load_all

    return load_all()["NJ"].versions[-1].entry.source.url


def hours_item(result: dict) -> dict | None:
    return next((m for m in result["missing"] if m["key"] == "total_hours"), None)


@pytest.fixture
def raised_pack(cli, key, tmp_path: Path) -> tuple[Path, int]:
    """A signed pack whose one change is New Jersey's entry hours, 100 above today's figure."""
    source = copy_rules(tmp_path / "rules")
    base = newest_total_hours(source)
    set_newest_total_hours(source, base + 100)
    pem = write_key(key, tmp_path)
    out = tmp_path / "raised.zip"
    status, _, err = cli(
        "rules", "pack", "--out", str(out), "--key", str(pem), "--source", str(source),
        "--date", PACK_DATE.isoformat(), "--pack-version", "2",
    )
    assert status == 0, err
    return out, base


def test_a_signed_pack_changes_the_verdict_and_a_tampered_copy_is_refused(
    cli, raised_pack, tmp_path: Path
) -> None:
    pack, base = raised_pack
    cited = newest_entry_source_url()
    before = nj_verdict(cli, base + 99)
    assert before["eligible"] is True and hours_item(before) is None

    # A tampered copy: New Jersey's file edited after signing, manifest and signature kept.
    text = (tmp_path / "rules" / "NJ.toml").read_bytes()
    forged = text.replace(f"total_hours = {base + 100}".encode(), b"total_hours = 1")
    tampered = replace_in_zip(pack, tmp_path / "tampered.zip", "state_requirements/NJ.toml", forged)
    status, out, err = cli("rules", "update", str(tampered))
    assert status != 0 and out == ""
    assert "NJ.toml" in err and "SHA-256" in err
    assert nj_verdict(cli, base + 99)["eligible"] is True  # nothing changed

    status, out, err = cli("rules", "update", str(pack))
    assert status == 0, err
    assert f"{base} → {base + 100}" in out  # the change is shown, old → new ...
    assert "source: " in out and cited in out  # ... with the new rule's source
    after = nj_verdict(cli, base + 99)
    assert after["eligible"] is False
    item = hours_item(after)
    assert item is not None and (item["needed"], item["have"]) == (base + 100, base + 99)
    assert item["source"].startswith("https://")


def test_update_lists_each_change_per_jurisdiction_and_field_as_json(cli, raised_pack) -> None:
    pack, base = raised_pack
    cited = newest_entry_source_url()
    status, out, err = cli("rules", "update", str(pack), "--dry-run", "--json")
    assert status == 0, err
    document = json.loads(out)
    assert document["trusted"] is True and document["installed"] is False
    (change,) = document["changes"]
    assert (change["code"], change["field"]) == ("NJ", "entry.total_hours")
    assert (change["old"], change["new"]) == (str(base), str(base + 100))
    assert change["source_url"] == cited and cited in change["source"]
    # a dry run installs nothing
    assert nj_verdict(cli, base + 99)["eligible"] is True


def test_roll_back_returns_to_the_rules_in_force_before(cli, raised_pack) -> None:
    pack, base = raised_pack
    assert cli("rules", "update", str(pack))[0] == 0
    assert nj_verdict(cli, base + 99)["eligible"] is False
    status, out, err = cli("rules", "rollback")
    assert status == 0, err
    assert "the app's own rules" in out
    assert nj_verdict(cli, base + 99)["eligible"] is True
    status, _, err = cli("rules", "rollback")
    assert status != 0 and "nothing to roll back" in err


def test_status_names_the_pack_in_force(cli, raised_pack) -> None:
    pack, _ = raised_pack
    document = json.loads(cli("rules", "status", "--json")[1])
    assert document["in_force"] == "bundled" and document["pack"] is None
    cli("rules", "update", str(pack))
    document = json.loads(cli("rules", "status", "--json")[1])
    assert document["in_force"] == "pack"
    assert document["pack"]["pack_version"] == 2 and document["pack"]["trusted"] is True


def test_the_same_pack_twice_and_an_older_pack_are_refused(cli, key, raised_pack, tmp_path) -> None:
    pack, base = raised_pack
    assert cli("rules", "update", str(pack))[0] == 0
    status, _, err = cli("rules", "update", str(pack))
    assert status != 0 and "already installed" in err
    older = tmp_path / "older.zip"
    pem = write_key(key, tmp_path, "k2.pem")
    assert cli("rules", "pack", "--out", str(older), "--key", str(pem),
               "--date", PACK_DATE.isoformat(), "--pack-version", "1")[0] == 0
    status, _, err = cli("rules", "update", str(older))
    assert status != 0 and "older than the installed rule pack 2" in err
    assert nj_verdict(cli, base + 99)["eligible"] is False  # pack 2 still in force


def test_a_pack_older_than_the_app_rules_is_refused(cli, key, tmp_path) -> None:
    pem = write_key(key, tmp_path)
    old = tmp_path / "old.zip"
    made = cli("rules", "pack", "--out", str(old), "--key", str(pem), "--date", "2020-01-01")
    assert made[0] == 0
    status, _, err = cli("rules", "update", str(old))
    assert status != 0
    assert "older than the rules shipped with this app" in err
    assert json.loads(cli("rules", "status", "--json")[1])["in_force"] == "bundled"


def test_pack_needs_a_key_and_says_where_to_give_it(cli, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("LMT_TRACKER_RULES_KEY", raising=False)
    status, _, err = cli("rules", "pack", "--out", str(tmp_path / "p.zip"))
    assert status != 0 and "--key" in err and "LMT_TRACKER_RULES_KEY" in err
    (tmp_path / "bad.pem").write_text("not a key")
    status, _, err = cli("rules", "pack", "--out", str(tmp_path / "p.zip"), "--key",
                         str(tmp_path / "bad.pem"))
    assert status != 0 and "bad.pem" in err
    assert not (tmp_path / "p.zip").exists()


def test_pack_reads_the_key_from_the_environment(cli, key, tmp_path, monkeypatch) -> None:
    pem = write_key(key, tmp_path)
    monkeypatch.setenv("LMT_TRACKER_RULES_KEY", str(pem))
    assert cli("rules", "pack", "--out", str(tmp_path / "a.zip"), "--date", "2027-01-15")[0] == 0
    monkeypatch.setenv("LMT_TRACKER_RULES_KEY", pem.read_text())
    assert cli("rules", "pack", "--out", str(tmp_path / "b.zip"), "--date", "2027-01-15")[0] == 0
    # deterministic: the same rules, key and date give the same bytes
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
