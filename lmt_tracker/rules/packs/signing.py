"""Ed25519 keys, signatures and the trust decision, with the ``cryptography`` library.

The manifest is signed, not the archive: it holds one SHA-256 per rule file, so a valid
signature over it vouches for every file, and the signature stays detached (its own
file) so the manifest can be read and shown before anything is trusted.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from lmt_tracker.domain.core.phrases import N_, ph

#: Where ``rules pack`` finds the private key when ``--key`` is not given.
KEY_ENV = "LMT_TRACKER_RULES_KEY"


class SigningError(ValueError):
    """A key that cannot be read or used; the message names the file or variable."""


def key_id(public: Ed25519PublicKey) -> str:
    """A short fingerprint for messages: the first 16 hex digits of the key's SHA-256."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_text(public: Ed25519PublicKey) -> str:
    """The raw public key in base64, the form ``trusted_key`` holds."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_text(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))


def trusted_public_key() -> Ed25519PublicKey:
    """The release key shipped with the app (looked up at call time, so tests can swap it)."""
    from lmt_tracker.rules.packs import trusted_key

    return public_key_from_text(trusted_key.RELEASE_PUBLIC_KEY)


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_private_key(path: str | None) -> Ed25519PrivateKey:
    """The maintainer's private key: a PEM file given by ``path``, else ``$LMT_TRACKER_RULES_KEY``.

    The variable holds either a path to the PEM file or the PEM text itself (handy in
    a CI secret). Nothing is ever read from the repository.
    """
    if path:
        where = path
        data = _read_key_file(Path(path), where)
    else:
        value = os.environ.get(KEY_ENV, "")
        if not value.strip():
            raise SigningError(ph(
                N_("no signing key: pass --key PRIVATE.pem or set {variable} "
                   "(docs/rules-updates.md explains how the release key is kept)"),
                variable=KEY_ENV))
        if value.lstrip().startswith("-----BEGIN"):
            where, data = f"${KEY_ENV}", value.encode("ascii", "replace")
        else:
            where = ph(N_("{path} (from {variable})"), path=value, variable=f"${KEY_ENV}")
            data = _read_key_file(Path(value), where)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise SigningError(ph(N_("{where}: not an unencrypted PEM private key ({why})"),
                              where=where, why=str(exc))) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(ph(N_("{where}: the key is not an Ed25519 key"), where=where))
    return key


def _read_key_file(path: Path, where: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningError(ph(N_("{where}: cannot read the key ({why})"), where=where,
                              why=str(exc.strerror or exc))) from None
    if len(data) > 64 * 1024:
        raise SigningError(ph(N_("{where}: too large to be a key file"), where=where))
    return data


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


@dataclass(frozen=True, slots=True)
class Trust:
    """Who signed: ``trusted`` is True only for a valid signature by the shipped key."""

    trusted: bool
    reason: str


def check(data: bytes, signature: bytes | None, public: Ed25519PublicKey | None = None) -> Trust:
    """Whether ``signature`` is the release key's signature of ``data``, and why not."""
    if signature is None:
        return Trust(False, ph(N_("the pack is not signed (no manifest.sig)")))
    public = public or trusted_public_key()
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return Trust(
            False,
            ph(N_("the signature does not match the LMT Tracker release key ({key}): the pack "
                  "was signed by another key or changed after signing"), key=key_id(public)),
        )
    return Trust(True, ph(N_("signed by the LMT Tracker release key ({key})"), key=key_id(public)))
