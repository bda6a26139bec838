"""Helpers for rule-pack tests: a throwaway signing key, rule folders and hand-made packs.

Every test signs with a key generated here; the release key's private half is never
anywhere near the tests (or the repository).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import shutil
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lmt_tracker.paths import rules_dir
from lmt_tracker.rules.packs.signing import private_key_pem, public_key_text

#: Later than any bundled ``checked`` date, so test packs are never older than the app's rules.
PACK_DATE = dt.date(2027, 1, 15)


def write_key(key: Ed25519PrivateKey, folder: Path, name: str = "key.pem") -> Path:
    path = folder / name
    path.write_bytes(private_key_pem(key))
    return path


def trust(monkeypatch, key: Ed25519PrivateKey) -> None:
    """Make ``key`` the release key the app trusts, for this test only."""
    monkeypatch.setattr(
        "lmt_tracker.rules.packs.trusted_key.RELEASE_PUBLIC_KEY", public_key_text(key.public_key())
    )


def copy_rules(target: Path) -> Path:
    shutil.copytree(rules_dir(), target, ignore=shutil.ignore_patterns("*.md"))
    return target


def newest_total_hours(folder: Path, code: str = "NJ") -> int:
    """The last ``total_hours = N`` of a rule file: the newest version's entry figure."""
    found = re.findall(r"^total_hours = (\d+)$", (folder / f"{code}.toml").read_text(), re.M)
    return int(found[-1])


def set_newest_total_hours(folder: Path, hours: int, code: str = "NJ") -> None:
    """Change only the newest version's entry total (one figure)."""
    path = folder / f"{code}.toml"
    text = path.read_text()
    matches = list(re.finditer(r"^total_hours = \d+$", text, re.M))
    last = matches[-1]
    path.write_text(text[: last.start()] + f"total_hours = {hours}" + text[last.end() :])


def hand_made_pack(
    out: Path,
    files: dict[str, bytes],
    key: Ed25519PrivateKey | None,
    *,
    version: int = 2,
    date: dt.date = PACK_DATE,
    listed: dict[str, bytes] | None = None,
) -> Path:
    """A pack written without the app's builder: ``listed`` goes in the manifest (default
    ``files``), ``files`` into the archive, so a test can make any inconsistency."""
    listed = files if listed is None else listed
    manifest = {
        "format": "lmt-tracker-rule-pack",
        "format_version": 1,
        "pack_version": version,
        "date": date.isoformat(),
        "schema": 1,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(listed.items())},
    }
    raw = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", raw)
        if key is not None:
            archive.writestr("manifest.sig", base64.b64encode(key.sign(raw)) + b"\n")
        for name, data in files.items():
            archive.writestr(f"state_requirements/{name}", data)
    return out


def rule_file_bytes(folder: Path) -> dict[str, bytes]:
    out = {p.name: p.read_bytes() for p in sorted(folder.glob("*.toml"))}
    national = sorted((folder / "national").glob("*.toml"))
    out.update({f"national/{p.name}": p.read_bytes() for p in national})
    return out


def replace_in_zip(source: Path, out: Path, name: str, data: bytes) -> Path:
    """A copy of a pack with one member's bytes replaced (manifest and signature kept)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, data if info.filename == name else src.read(info))
    return out


def drop_from_zip(source: Path, out: Path, name: str) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info))
    return out
