"""Strict loader: jurisdiction TOML files (``state_requirements/``) into typed rule records.

The rule files are hand-written research; a typo there would silently change what
the app tells a therapist. So nothing is guessed: an unknown key, a wrong type, a
value outside the vocabulary, an impossible figure or a figure without a source is a
problem that names the file, the key path and the value. Every problem of a file is
collected before raising, so one run shows a researcher everything to fix.

``python -m lmt_tracker.rules.loader [FILES...]`` validates files (default: all).

This package only re-exports; each module has one job:

- ``schema``: the keys each table accepts and the values some keys take;
- ``reader``: strict typed getters over one table, and the wording of problems;
- ``sources``: ``[sources]``, citations, ``unknown``/``unverified`` notes;
- ``entry``, ``renewal``, ``ce``: one section table each;
- ``versions``: the ``[[version]]`` array, in order;
- ``document``: a whole parsed file into a ``Jurisdiction``;
- ``files``: reading files from disk, loading many, caching the bundled set;
- ``command`` (and ``__main__``): the command line.
"""

from __future__ import annotations

from lmt_tracker.rules.loader.command import main
from lmt_tracker.rules.loader.files import load_all, load_file, validate
from lmt_tracker.rules.loader.listing import rule_files
from lmt_tracker.rules.loader.reader import RulesError, show
from lmt_tracker.rules.loader.schema import MAX_HOURS, NATIONAL_DIR, SCHEMA_VERSION

__all__ = [
    "MAX_HOURS",
    "NATIONAL_DIR",
    "SCHEMA_VERSION",
    "RulesError",
    "load_all",
    "load_file",
    "main",
    "rule_files",
    "show",
    "validate",
]
