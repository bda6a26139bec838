"""Which files of a folder are rule files.

Its own module, so that deciding which rule set is in force (``rules.packs.state``)
needs no loader.
"""

from __future__ import annotations

from pathlib import Path

from lmt_tracker.rules.loader.schema import NATIONAL_DIR


def rule_files(directory: Path) -> list[Path]:
    """The rule files of a directory: ``*.toml`` and ``national/*.toml``."""
    return sorted(directory.glob("*.toml")) + sorted((directory / NATIONAL_DIR).glob("*.toml"))
