"""Rule-pack tests: a throwaway trusted key, and no parsed rules leaking between tests."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.rulepacks.packtools import trust


@pytest.fixture(autouse=True)
def fresh_rules():
    """Each test reads the rules in force of its own private HOME (packs installed there)."""
    from lmt_tracker.rules.loader.files import forget_cached

    forget_cached()
    yield
    forget_cached()


@pytest.fixture
def key(monkeypatch) -> Ed25519PrivateKey:
    """A throwaway key, trusted as the release key for this test."""
    generated = Ed25519PrivateKey.generate()
    trust(monkeypatch, generated)
    return generated
