"""Settings › Rules: update from a signed pack after seeing the changes, roll back, and the
user's overrides (add with a clear message for a bad key, remove). Dialogs are patched."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lmt_tracker.rules.packs import build_pack
from tests.rulepacks.packtools import PACK_DATE, copy_rules, set_newest_total_hours, trust


@pytest.fixture(autouse=True)
def fresh_rules():
    from lmt_tracker.rules.loader.files import forget_cached

    forget_cached()
    yield
    forget_cached()


def nj_hours(ctx) -> Decimal:
    return ctx.jurisdictions["NJ"].current(dt.date.today()).entry.total_hours


def test_update_shows_the_changes_then_installs_and_rolls_back(harness_for, demo_store,
                                                              monkeypatch, tmp_path) -> None:
    key = Ed25519PrivateKey.generate()
    trust(monkeypatch, key)
    source = copy_rules(tmp_path / "rules")
    h = harness_for(demo_store)
    card = h.screen("settings").rules_card
    base = nj_hours(h.ctx)
    set_newest_total_hours(source, int(base) + 100)
    pack = tmp_path / "p.zip"
    build_pack(pack, key, source=source, date=PACK_DATE)
    shown: list[tuple[str, list[str]]] = []
    answer = {"install": False}

    def fake_show(parent, title, summary, lines):
        shown.append((summary, lines))
        return answer["install"]

    monkeypatch.setattr("lmt_tracker.gui.widgets.rules_card.show_changes", fake_show)
    monkeypatch.setattr("lmt_tracker.gui.commands.confirm", lambda *a: True)
    assert card.update_from(pack) is False  # the user cancelled after reading the changes
    assert "the app's own rules" in card.in_force.text()
    (summary, lines), = shown
    assert "1 change in 1 jurisdiction: NJ" in summary
    assert f"{int(base)} → {int(base) + 100}" in lines[0]
    answer["install"] = True
    assert card.update_from(pack) is True
    assert "rule pack" in card.in_force.text()
    assert nj_hours(h.ctx) == base + 100
    card.roll_back()
    assert "the app's own rules" in card.in_force.text()
    assert nj_hours(h.ctx) == base


def test_a_foreign_pack_needs_a_confirmation(harness_for, demo_store, monkeypatch,
                                            tmp_path) -> None:
    trust(monkeypatch, Ed25519PrivateKey.generate())
    pack = tmp_path / "foreign.zip"
    build_pack(pack, Ed25519PrivateKey.generate(), date=PACK_DATE)
    h = harness_for(demo_store)
    card = h.screen("settings").rules_card
    asked: list[str] = []
    monkeypatch.setattr("lmt_tracker.gui.commands.confirm",
                        lambda parent, title, text, yes: asked.append(title) or False)
    monkeypatch.setattr("lmt_tracker.gui.widgets.rules_card.show_changes",
                        lambda *a: pytest.fail("changes shown without confirmation"))
    assert card.update_from(pack) is False
    assert asked == ["This rule pack is not from LMT Tracker"]
    assert "the app's own rules" in card.in_force.text()


def test_a_broken_pack_is_explained_and_changes_nothing(harness_for, demo_store, monkeypatch,
                                                       tmp_path) -> None:
    (tmp_path / "bad.zip").write_text("not a zip")
    h = harness_for(demo_store)
    card = h.screen("settings").rules_card
    told: list[str] = []
    monkeypatch.setattr("lmt_tracker.gui.widgets.rules_card.tell",
                        lambda parent, title, text: told.append(text))
    assert card.update_from(tmp_path / "bad.zip") is False
    assert "bad.zip" in told[0] and "Nothing changed" in told[0]


def test_add_and_remove_an_override(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    card = h.screen("settings").rules_card
    base = nj_hours(h.ctx)
    problem = card.add_override("NJ", "entry.total_hourz", "600", "board letter")
    assert problem is not None and "entry.total_hourz" in problem
    assert card.add_override("NJ", "entry.total_hours", str(base + 100),
                             "board letter 2025-03-02") is None
    assert nj_hours(h.ctx) == base + 100
    assert "board letter 2025-03-02" in card.overrides.item(0).text()
    card.overrides.setCurrentRow(0)
    card.remove_selected()
    assert demo_store.rule_overrides() == []
    assert nj_hours(h.ctx) == base
