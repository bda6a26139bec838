"""Bad packs: each refused with a message naming the file, and the rules in force unchanged."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lmt_tracker.paths import rules_dir
from lmt_tracker.rules.packs import PackError, read_pack
from lmt_tracker.rules.packs.state import rules_root
from tests.rulepacks.packtools import (
    copy_rules,
    drop_from_zip,
    hand_made_pack,
    rule_file_bytes,
)


@pytest.fixture
def files() -> dict[str, bytes]:
    return rule_file_bytes(rules_dir())


def refused(cli, pack: Path, *extra: str) -> str:
    """Run `rules update`; assert it failed and changed nothing; return stderr."""
    status, out, err = cli("rules", "update", str(pack), *extra)
    assert status != 0, out
    assert not (rules_root() / "state.json").exists()
    assert json.loads(cli("rules", "status", "--json")[1])["in_force"] == "bundled"
    return err


def test_a_pack_signed_by_another_key_is_refused(cli, key, files, tmp_path) -> None:
    stranger = Ed25519PrivateKey.generate()
    pack = hand_made_pack(tmp_path / "foreign.zip", files, stranger)
    err = refused(cli, pack)
    assert "foreign.zip" in err and "signature does not match" in err
    assert "--allow-untrusted" in err


def test_an_edited_manifest_breaks_the_signature(cli, key, files, tmp_path) -> None:
    pack = hand_made_pack(tmp_path / "p.zip", files, key)
    import zipfile

    with zipfile.ZipFile(pack) as src:
        raw = src.read("manifest.json").replace(b'"pack_version": 2', b'"pack_version": 9')
        sig = src.read("manifest.sig")
        members = {i.filename: src.read(i) for i in src.infolist()}
    members["manifest.json"], members["manifest.sig"] = raw, sig
    edited = tmp_path / "edited.zip"
    with zipfile.ZipFile(edited, "w") as dst:
        for name, data in members.items():
            dst.writestr(name, data)
    assert "signature does not match" in refused(cli, edited)


def test_an_unsigned_pack_needs_the_flag_and_a_confirmation(cli, key, files, tmp_path,
                                                            monkeypatch) -> None:
    pack = hand_made_pack(tmp_path / "unsigned.zip", files, None)
    assert "not signed" in refused(cli, pack)
    # the flag alone is not enough when nobody can confirm (no terminal, no --yes)
    monkeypatch.setattr("sys.stdin", io.StringIO("install\n"))
    assert "--yes" in refused(cli, pack, "--allow-untrusted")
    status, _, err = cli("rules", "update", str(pack), "--allow-untrusted", "--yes")
    assert status == 0, err
    document = json.loads(cli("rules", "status", "--json")[1])
    assert document["in_force"] == "pack" and document["pack"]["trusted"] is False
    assert "NOT signed" in document["describe"]


def test_a_file_missing_from_the_pack_is_named(cli, key, files, tmp_path) -> None:
    pack = hand_made_pack(tmp_path / "p.zip", files, key)
    broken = drop_from_zip(pack, tmp_path / "missing.zip", "state_requirements/TX.toml")
    err = refused(cli, broken)
    assert "TX.toml is listed in the manifest but missing" in err


def test_a_file_not_in_the_manifest_is_named(cli, key, files, tmp_path) -> None:
    extra = dict(files, **{"ZZ.toml": b"schema = 1\n"})
    pack = hand_made_pack(tmp_path / "extra.zip", extra, key, listed=files)
    assert "state_requirements/ZZ.toml is not listed in the manifest" in refused(cli, pack)


def test_a_toml_error_is_named_with_its_file(cli, key, files, tmp_path) -> None:
    bad = dict(files, **{"NJ.toml": files["NJ.toml"] + b"\n[[version\n"})
    pack = hand_made_pack(tmp_path / "toml.zip", bad, key)
    err = refused(cli, pack)
    assert "NJ.toml" in err and "not valid TOML" in err


def test_a_rule_the_strict_loader_refuses_is_named(cli, key, files, tmp_path) -> None:
    bad = dict(files, **{"NJ.toml": files["NJ.toml"].replace(b"total_hours = ", b"total_hourz = ")})
    err = refused(cli, hand_made_pack(tmp_path / "key.zip", bad, key))
    assert "NJ.toml" in err and "total_hourz" in err


def test_a_partial_pack_is_refused(cli, key, files, tmp_path) -> None:
    partial = {k: v for k, v in files.items() if k != "WY.toml"}
    err = refused(cli, hand_made_pack(tmp_path / "partial.zip", partial, key))
    assert "partial pack" in err and "WY.toml" in err


def test_a_corrupt_archive_is_refused(cli, key, files, tmp_path) -> None:
    pack = hand_made_pack(tmp_path / "p.zip", files, key)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    assert "cut.zip" in refused(cli, cut)
    (tmp_path / "text.zip").write_text("hello")
    assert "not a rule pack" in refused(cli, tmp_path / "text.zip")
    assert "no such file" in refused(cli, tmp_path / "absent.zip")


def test_a_file_name_outside_the_rule_layout_is_refused(key, files, tmp_path) -> None:
    evil = dict(files, **{"../evil.toml": b"x"})
    with pytest.raises(PackError, match=r"'\.\./evil\.toml' is not a rule file name"):
        read_pack(hand_made_pack(tmp_path / "evil.zip", evil, key))


def test_a_verified_pack_loads_every_jurisdiction(key, tmp_path) -> None:
    source = copy_rules(tmp_path / "rules")
    from lmt_tracker.rules.packs import build_pack

    out = tmp_path / "ok.zip"
    manifest = build_pack(out, key, source=source)
    pack = read_pack(out)
    assert pack.trust.trusted
    assert set(pack.files) == set(manifest.files)
    assert {"NJ", "NCBTMB"} <= set(pack.rules)
