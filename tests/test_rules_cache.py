"""The parsed rules kept between runs: used only when intact, signed here and current.

Expected figures come from the rule files themselves (Florida's CE hours as the file
states them, parsed directly with ``load_all(directory)``, which never uses the cache).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import io
import os
import pickle
from decimal import Decimal
from pathlib import Path

import pytest

import lmt_tracker
from lmt_tracker.paths import rules_dir
from lmt_tracker.rules.loader import cache, files, load_all


@pytest.fixture(autouse=True)
def fresh_process():
    """Each test starts like a new process: nothing parsed in memory."""
    files.forget_cached()
    yield
    files.forget_cached()


def _files_parsed(monkeypatch) -> list[int]:
    """Count how many times the rule files are parsed from then on."""
    calls: list[int] = []
    real = files._load_many

    def counting(paths):
        calls.append(len(paths))
        return real(paths)

    monkeypatch.setattr(files, "_load_many", counting)
    return calls


def _cache_file() -> Path:
    (found,) = cache.cache_folder().glob("*.rules")
    return found


def _fl_ce_hours(rules) -> object:
    return rules["FL"].versions[-1].ce.hours


def _restart() -> None:
    files.forget_cached()


def test_the_second_start_reads_the_cache_instead_of_the_files(monkeypatch) -> None:
    parsed = _files_parsed(monkeypatch)
    first = load_all()
    assert len(parsed) == 1 and _cache_file().stat().st_size > 0
    _restart()
    second = load_all()
    assert len(parsed) == 1  # no parse on the second start
    assert second == first == load_all(rules_dir())


def _forge(rules: dict, key: bytes) -> bytes:
    """A well-formed cache file holding ``rules``, signed with ``key``."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    proxy = type(rules["FL"].versions[-1].ce.unknown)
    pickler.dispatch_table = {proxy: lambda m: (cache._proxy, (dict(m),))}
    pickler.dump(rules)
    payload = buffer.getvalue()
    cache_id = _cache_file().stem
    mac = hmac.new(key, cache.MAGIC + cache_id.encode() + payload, hashlib.sha256).digest()
    return cache.MAGIC + mac + payload


def _tampered_rules() -> dict:
    """Florida asking for 999 CE hours instead of the figure in its rule file."""
    rules = load_all(rules_dir())
    fl = rules["FL"]
    last = fl.versions[-1]
    ce = dataclasses.replace(last.ce, hours=Decimal(999))
    versions = (*fl.versions[:-1], dataclasses.replace(last, ce=ce))
    rules["FL"] = dataclasses.replace(fl, versions=versions)
    return rules


def test_a_tampered_cache_is_not_used(monkeypatch) -> None:
    truth = _fl_ce_hours(load_all(rules_dir()))
    load_all()  # writes the cache
    path = _cache_file()
    foreign_key = os.urandom(cache.KEY_BYTES)  # signed elsewhere, or not signed at all
    path.write_bytes(_forge(_tampered_rules(), foreign_key))
    parsed = _files_parsed(monkeypatch)
    _restart()
    assert _fl_ce_hours(load_all()) == truth != 999
    assert len(parsed) == 1  # the files were read again
    _restart()
    assert _fl_ce_hours(load_all()) == truth  # and the rebuilt cache holds the truth


def test_a_signed_cache_still_builds_nothing_but_rule_records(monkeypatch) -> None:
    """Defence in depth: a signed payload naming any other callable is refused."""
    load_all()
    path = _cache_file()
    key = (cache.cache_folder() / cache.KEY_NAME).read_bytes()

    class Evil:
        def __reduce__(self):
            return (os.getcwd, ())

    payload = pickle.dumps({"FL": Evil()})
    mac = hmac.new(key, cache.MAGIC + path.stem.encode() + payload, hashlib.sha256).digest()
    path.write_bytes(cache.MAGIC + mac + payload)
    assert cache.read(cache.cache_folder(), path.stem) is None
    _restart()
    assert load_all() == load_all(rules_dir())


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"",  # empty
        lambda data: data[:-40] + bytes(40),  # zeroed tail
        lambda data: b"not a cache at all\n" * 10,  # foreign file
    ],
)
def test_a_damaged_cache_is_rebuilt(damage, monkeypatch) -> None:
    load_all()
    path = _cache_file()
    path.write_bytes(damage(path.read_bytes()))
    parsed = _files_parsed(monkeypatch)
    _restart()
    assert load_all() == load_all(rules_dir())
    assert len(parsed) == 2  # the files, then the direct parse of this test
    assert cache.read(cache.cache_folder(), path.stem) is not None  # written again


def test_a_lost_install_key_means_the_cache_is_rebuilt(monkeypatch) -> None:
    load_all()
    (cache.cache_folder() / cache.KEY_NAME).unlink()
    parsed = _files_parsed(monkeypatch)
    _restart()
    assert load_all() == load_all(rules_dir())
    assert len(parsed) == 2


def test_another_app_version_does_not_read_this_cache(monkeypatch) -> None:
    load_all()
    old = _cache_file().stem
    monkeypatch.setattr(lmt_tracker, "__version__", "99.0.0")
    parsed = _files_parsed(monkeypatch)
    _restart()
    load_all()
    assert len(parsed) == 1
    assert _cache_file().stem != old  # one entry, the current one


def test_a_changed_rule_file_changes_the_key(tmp_path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "ZZ.toml").write_bytes(b"a")
    before = cache.cache_key(files.rule_files(folder), folder)
    (folder / "ZZ.toml").write_bytes(b"b")
    assert cache.cache_key(files.rule_files(folder), folder) != before
    (folder / "ZZ.toml").rename(folder / "ZY.toml")  # same bytes, another name
    assert cache.cache_key(files.rule_files(folder), folder) != before


def test_an_unwritable_cache_folder_only_costs_time(monkeypatch, tmp_path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setattr(cache, "cache_folder", lambda: blocked / "rules")
    assert load_all() == load_all(rules_dir())


def test_a_rule_error_is_not_cached(tmp_path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "ZZ.toml").write_text("not = [valid")
    with pytest.raises(files.RulesError):
        files._load_cached(folder)
    assert list(cache.cache_folder().glob("*.rules")) == []


def test_every_reader_source_in_the_key_exists() -> None:
    """A renamed loader module must not drop out of the key silently."""
    package = Path(lmt_tracker.__file__).parent
    assert all((package / name).is_file() for name in cache._READER_SOURCES)


def test_a_start_that_finds_the_cache_does_not_import_the_parser(tmp_path) -> None:
    import subprocess
    import sys

    # Nor the TOML reader, the "did you mean" matcher, json or the rule-pack manifest
    # (issue 17: about 5 ms of the dashboard's start on a warm cache).
    script = (
        "import sys\nfrom lmt_tracker.rules.loader import load_all\nload_all()\n"
        "print(any(m in sys.modules for m in ('lmt_tracker.rules.loader.document', 'tomllib',"
        " 'difflib', 'json', 'lmt_tracker.rules.packs.manifest')))"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs == [["True"], ["False"]]  # parsed on the first start, cached on the second
