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

from lmt_tracker.rulepacks.archive import PackError, VerifiedPack, build_pack, read_pack
from lmt_tracker.rulepacks.installed import (
    InstalledState,
    install,
    installed_state,
    roll_back,
    rules_in_force_dir,
)

__all__ = [
    "InstalledState",
    "PackError",
    "VerifiedPack",
    "build_pack",
    "install",
    "installed_state",
    "read_pack",
    "roll_back",
    "rules_in_force_dir",
]
