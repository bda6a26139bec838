"""SHA-256 and HMAC-SHA256 without loading OpenSSL, for the way to the dashboard.

``hashlib`` and ``hmac`` load OpenSSL's ``_hashlib`` (about 3-4 ms of CPU) on every start,
for a handful of short digests: the rules cache's key and signature, the backup folder's
name of a database, the single-instance socket's name (issue 17). Python ships its own
SHA-256 (``_sha256`` up to 3.11, ``_sha2`` from 3.12) giving the same digests, and HMAC
is RFC 2104 over it — ``tests/test_digests.py`` holds both equal to ``hashlib``/``hmac``.
Anything else (certificates, rule packs) keeps ``hashlib``.
"""

from __future__ import annotations

from typing import Protocol, cast

try:
    from _sha256 import sha256 as _sha256  # Python 3.11
except ImportError:  # pragma: no cover - the other Pythons
    try:
        from _sha2 import sha256 as _sha256  # Python 3.12 and later
    except ImportError:
        from hashlib import sha256 as _sha256
from _operator import _compare_digest

BLOCK = 64  # SHA-256's block size in bytes
DIGEST_SIZE = 32
_INNER = bytes(x ^ 0x36 for x in range(256))
_OUTER = bytes(x ^ 0x5C for x in range(256))


class Digest(Protocol):
    """What a SHA-256 object offers here (as ``hashlib``'s)."""

    def update(self, data: bytes, /) -> None: ...

    def digest(self) -> bytes: ...

    def hexdigest(self) -> str: ...


def sha256(data: bytes = b"") -> Digest:
    """A SHA-256 object, as ``hashlib.sha256(data)`` gives."""
    return cast(Digest, _sha256(data))


def hmac_sha256(key: bytes, message: bytes) -> bytes:
    """HMAC-SHA256 of ``message`` under ``key`` (RFC 2104), as
    ``hmac.new(key, message, hashlib.sha256).digest()``."""
    if len(key) > BLOCK:
        key = _sha256(key).digest()
    key = key.ljust(BLOCK, b"\0")
    inner = _sha256(key.translate(_INNER) + message).digest()
    return bytes(_sha256(key.translate(_OUTER) + inner).digest())


def same(a: bytes, b: bytes) -> bool:
    """``a == b`` in time that does not depend on where they differ (for signatures)."""
    return bool(_compare_digest(a, b))
