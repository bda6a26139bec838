"""The start-up's own SHA-256 and HMAC give what hashlib and hmac give (RFC 2104/4231)."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from lmt_tracker import digests


@pytest.mark.parametrize("data", [b"", b"abc", b"x" * 1000, "ü\0é".encode()])
def test_sha256_is_hashlibs(data: bytes) -> None:
    assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    d = digests.sha256()
    d.update(data)
    assert d.digest() == hashlib.sha256(data).digest()


@pytest.mark.parametrize("key", [b"", b"k", b"\x0b" * 20, b"K" * 64, b"L" * 65, b"M" * 200])
@pytest.mark.parametrize("message", [b"", b"Hi There", b"m" * 300])
def test_hmac_sha256_is_hmacs(key: bytes, message: bytes) -> None:
    assert digests.hmac_sha256(key, message) == hmac.new(key, message, hashlib.sha256).digest()


def test_rfc_4231_case_1() -> None:
    """RFC 4231, test case 1: key 0x0b × 20, "Hi There" (the published value, by hand)."""
    assert digests.hmac_sha256(b"\x0b" * 20, b"Hi There").hex() == (
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")


def test_same_compares_bytes() -> None:
    assert digests.same(b"abc", b"abc")
    assert not digests.same(b"abc", b"abd")
    assert not digests.same(b"abc", b"ab")
