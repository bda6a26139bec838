"""Which rule set is in force: an installed pack while it is not older than the app's own
rules; the app's own rules when a newer app ships newer rules or the pack is damaged."""

from __future__ import annotations

import datetime as dt

import lmt_tracker
from lmt_tracker.paths import rules_dir
from lmt_tracker.rules.loader import load_all
from lmt_tracker.rules.loader.files import forget_cached
from lmt_tracker.rules.packs import build_pack, install, installed_state, read_pack
from lmt_tracker.rules.packs.state import bundled_date, rules_root
from tests.rulepacks.packtools import PACK_DATE, copy_rules, set_newest_total_hours

TODAY = dt.date.today()


def nj(rules) -> int:
    return int(rules["NJ"].current(TODAY).entry.total_hours)


def installed_raised(key, tmp_path) -> int:
    source = copy_rules(tmp_path / "rules")
    base = nj(load_all())
    set_newest_total_hours(source, base + 100)
    build_pack(tmp_path / "p.zip", key, source=source, date=PACK_DATE)
    install(read_pack(tmp_path / "p.zip"))
    return base


def test_the_bundled_date_is_the_newest_check_in_the_rule_files() -> None:
    newest = max(s.checked for j in load_all(rules_dir()).values() for s in j.sources.values())
    assert bundled_date() == newest


def test_an_installed_pack_is_in_force(key, tmp_path) -> None:
    base = installed_raised(key, tmp_path)
    state = installed_state()
    assert state.pack_in_force is not None and state.in_force.parent == rules_root() / "packs"
    assert nj(load_all()) == base + 100


def test_a_newer_app_release_wins_over_an_older_pack(key, tmp_path, monkeypatch) -> None:
    base = installed_raised(key, tmp_path)
    later = PACK_DATE + dt.timedelta(days=30)
    monkeypatch.setattr("lmt_tracker.rules.packs.state.bundled_date", lambda: later)
    forget_cached()
    state = installed_state()
    assert state.pack_in_force is None
    assert "older than the app's own rules" in (state.note or "")
    assert state.in_force == rules_dir()
    assert nj(load_all()) == base


def test_a_damaged_installed_pack_falls_back_to_the_app_rules(key, tmp_path) -> None:
    base = installed_raised(key, tmp_path)
    folder = installed_state().in_force
    (folder / "NJ.toml").write_text("this is [not toml")
    forget_cached()
    assert nj(load_all()) == base  # the app still starts, on its own rules
    state = installed_state()
    assert state.pack_in_force is None
    assert "NJ.toml was changed after it was installed" in (state.note or "")
    assert "the app's own rules" in state.describe()
    (folder / "manifest.json").unlink()
    state = installed_state()
    assert state.pack_in_force is None and "missing" in (state.note or "")


def test_rules_a_newer_loader_refuses_fall_back_to_the_app_rules(key, tmp_path,
                                                                 monkeypatch) -> None:
    base = installed_raised(key, tmp_path)
    from lmt_tracker.rules.loader import RulesError, files

    real = files._load_directory

    def stricter(directory):
        if directory != rules_dir():
            raise RulesError(["NJ.toml: a key this version requires is missing"])
        return real(directory)

    monkeypatch.setattr(files, "_load_directory", stricter)
    # A newer loader comes with a newer app: the rules it cached before do not apply.
    monkeypatch.setattr(lmt_tracker, "__version__", "99.0.0")
    forget_cached()
    assert nj(load_all()) == base


def test_an_unreadable_state_file_means_the_app_rules(key, tmp_path) -> None:
    installed_raised(key, tmp_path)
    (rules_root() / "state.json").write_text("{broken")
    state = installed_state()
    assert state.active is None and state.in_force == rules_dir()
    assert "unreadable" in (state.note or "")
