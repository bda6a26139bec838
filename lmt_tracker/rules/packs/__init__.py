"""Signed rule packs: moving the rules of an offline app forward without a new release.

A pack is a zip of the ``state_requirements/`` rule files with a manifest (pack
version, date, one SHA-256 per file) and a detached Ed25519 signature of that
manifest. The app trusts one public key, shipped in ``trusted_key``; the private key
stays with the maintainer (docs/rules-updates.md). Each module has one job:

- ``signing``: keys, signing and verifying (the ``cryptography`` library);
- ``manifest``: the manifest document, written and read strictly;
- ``archive``: building a pack, and reading one back into a verified, fully loaded set;
- ``installed``: the packs in the user data folder, which one is in force, install and
  roll back, each switch one atomic file replace;
- ``changes``: what a pack changes, per jurisdiction and field (old → new, new source).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Lazy re-exports: the loader asks ``installed`` which rules are in force on every start,
# and must not import zipfile, tempfile or cryptography for it.
_WHERE = {
    "PackError": "errors",
    "VerifiedPack": "archive",
    "build_pack": "archive",
    "read_pack": "archive",
    "InstalledState": "installed",
    "install": "installed",
    "installed_state": "installed",
    "roll_back": "installed",
    "rules_in_force_dir": "installed",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
