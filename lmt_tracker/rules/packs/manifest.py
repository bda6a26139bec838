"""The manifest of a rule pack: what it is, when it was made, and a SHA-256 per file.

It is JSON, written with sorted keys so the signed bytes are reproducible, and read
strictly: every problem names ``manifest.json`` and the key. File names are limited to
the rule-file layout (``XX.toml``, ``national/NAME.toml``) so nothing in a pack can
name a path outside the folder it is unpacked into.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lmt_tracker.domain.core.phrases import N_, Phrase, ph, plural

FORMAT = "lmt-tracker-rule-pack"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
#: Rule files sit under this folder inside the archive.
FILES_DIR = "state_requirements"

_FILE_NAME = re.compile(r"^(national/)?[A-Z][A-Z0-9]{1,15}\.toml$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_KEYS = {"format", "format_version", "pack_version", "date", "schema", "files"}


class ManifestError(ValueError):
    """The manifest is unreadable or wrong; the message (a phrase: ``domain.core.phrases``)
    names the key."""


@dataclass(frozen=True, slots=True)
class Manifest:
    pack_version: int
    date: dt.date
    schema: int
    files: Mapping[str, str]  # rule file name (e.g. "NJ.toml") -> SHA-256 hex

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "pack_version": self.pack_version,
            "date": self.date.isoformat(),
            "schema": self.schema,
            "files": dict(sorted(self.files.items())),
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @property
    def label(self) -> Phrase:
        """How messages name a pack: "rule pack 20261204 of 2026-12-04"."""
        return pack_label(self.pack_version, self.date)


def pack_label(version: int, date: dt.date) -> Phrase:
    """"rule pack 20261204 of 2026-12-04" (the version as written: no thousands separator)."""
    return ph(N_("rule pack {version} of {date}"), version=str(version), date=date)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def valid_file_name(name: str) -> bool:
    return bool(_FILE_NAME.match(name))


def parse(raw: bytes) -> Manifest:
    """The manifest in ``raw``; ``ManifestError`` naming the first wrong key."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(ph(N_("{manifest}: not valid JSON ({why})"), manifest=MANIFEST_NAME,
                               why=str(exc))) from None
    if not isinstance(document, dict):
        raise ManifestError(ph(N_("{manifest}: must be a JSON object"), manifest=MANIFEST_NAME))
    unknown = sorted(set(document) - _KEYS)
    if unknown:
        raise ManifestError(plural(len(unknown), N_("{manifest}: unknown key {keys}"),
                                   N_("{manifest}: unknown keys {keys}"),
                                   manifest=MANIFEST_NAME, keys=", ".join(unknown)))
    if document.get("format") != FORMAT:
        raise ManifestError(ph(N_('{manifest}: format must be "{format}" — not a rule pack'),
                               manifest=MANIFEST_NAME, format=FORMAT))
    if document.get("format_version") != FORMAT_VERSION:
        raise ManifestError(ph(
            N_("{manifest}: format_version = {value}; this version of the app reads {version} "
               "— update the app first"), manifest=MANIFEST_NAME,
            value=repr(document.get("format_version")), version=FORMAT_VERSION))
    version = _whole(document, "pack_version")
    schema = _whole(document, "schema")
    date_text = document.get("date")
    try:
        date = dt.date.fromisoformat(date_text) if isinstance(date_text, str) else None
    except ValueError:
        date = None
    if date is None:
        raise ManifestError(ph(N_("{manifest}: date = {value} must be YYYY-MM-DD"),
                               manifest=MANIFEST_NAME, value=repr(date_text)))
    files = document.get("files")
    if not isinstance(files, dict) or not files:
        raise ManifestError(ph(N_("{manifest}: files must be a non-empty object"),
                               manifest=MANIFEST_NAME))
    for name, digest in files.items():
        if not valid_file_name(name):
            raise ManifestError(ph(
                N_("{manifest}: files: {name} is not a rule file name (XX.toml or "
                   "national/NAME.toml)"), manifest=MANIFEST_NAME, name=repr(name)))
        if not isinstance(digest, str) or not _SHA256.match(digest):
            raise ManifestError(ph(N_("{manifest}: files.{name}: not a SHA-256 hex digest"),
                                   manifest=MANIFEST_NAME, name=name))
    return Manifest(pack_version=version, date=date, schema=schema, files=dict(files))


def _whole(document: Mapping[str, Any], key: str) -> int:
    value = document.get(key)
    if type(value) is not int or value < 1:
        raise ManifestError(ph(N_("{manifest}: {key} = {value} must be a whole number ≥ 1"),
                               manifest=MANIFEST_NAME, key=key, value=repr(value)))
    return value
