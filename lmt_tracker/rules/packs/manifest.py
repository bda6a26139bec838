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

from lmt_tracker.domain.core.words import plural

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
    """The manifest is unreadable or wrong; the message names the key."""


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
    def label(self) -> str:
        """How messages name a pack: "rule pack 20261204 of 2026-12-04"."""
        return f"rule pack {self.pack_version} of {self.date.isoformat()}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def valid_file_name(name: str) -> bool:
    return bool(_FILE_NAME.match(name))


def parse(raw: bytes) -> Manifest:
    """The manifest in ``raw``; ``ManifestError`` naming the first wrong key."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{MANIFEST_NAME}: not valid JSON ({exc})") from None
    if not isinstance(document, dict):
        raise ManifestError(f"{MANIFEST_NAME}: must be a JSON object")
    unknown = sorted(set(document) - _KEYS)
    if unknown:
        keys = plural(len(unknown), "key")
        raise ManifestError(f"{MANIFEST_NAME}: unknown {keys} {', '.join(unknown)}")
    if document.get("format") != FORMAT:
        raise ManifestError(f'{MANIFEST_NAME}: format must be "{FORMAT}" — not a rule pack')
    if document.get("format_version") != FORMAT_VERSION:
        raise ManifestError(
            f"{MANIFEST_NAME}: format_version = {document.get('format_version')!r}; this "
            f"version of the app reads {FORMAT_VERSION} — update the app first"
        )
    version = _whole(document, "pack_version")
    schema = _whole(document, "schema")
    date_text = document.get("date")
    try:
        date = dt.date.fromisoformat(date_text) if isinstance(date_text, str) else None
    except ValueError:
        date = None
    if date is None:
        raise ManifestError(f"{MANIFEST_NAME}: date = {date_text!r} must be YYYY-MM-DD")
    files = document.get("files")
    if not isinstance(files, dict) or not files:
        raise ManifestError(f"{MANIFEST_NAME}: files must be a non-empty object")
    for name, digest in files.items():
        if not valid_file_name(name):
            raise ManifestError(
                f"{MANIFEST_NAME}: files: {name!r} is not a rule file name "
                "(XX.toml or national/NAME.toml)"
            )
        if not isinstance(digest, str) or not _SHA256.match(digest):
            raise ManifestError(f"{MANIFEST_NAME}: files.{name}: not a SHA-256 hex digest")
    return Manifest(pack_version=version, date=date, schema=schema, files=dict(files))


def _whole(document: Mapping[str, Any], key: str) -> int:
    value = document.get(key)
    if type(value) is not int or value < 1:
        raise ManifestError(f"{MANIFEST_NAME}: {key} = {value!r} must be a whole number ≥ 1")
    return value
