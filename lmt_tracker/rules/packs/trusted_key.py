"""The public half of the LMT Tracker rules release key: packs signed by it are trusted.

Only the public key is here. The private key never enters the repository; the
maintainer keeps it (docs/rules-updates.md says how a pack is made and signed, and how
this constant is replaced when the key is rotated). Raw Ed25519 public key, base64.
"""

from __future__ import annotations

RELEASE_PUBLIC_KEY = "whDV+mUJuX3zxvLZImr2zLDK///FmJ5dDpRi22N6Ulc="
