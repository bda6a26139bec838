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
from lmt_tracker.rules.loader.files import load_all, load_file, rule_files, validate
from lmt_tracker.rules.loader.reader import RulesError, show

# The key sets are re-exported too: tests/test_rules_data.py reads every ``*_KEYS`` set
# of the package to compare what the loader accepts with the layout the README shows.
from lmt_tracker.rules.loader.schema import _CE_KEYS as _CE_KEYS
from lmt_tracker.rules.loader.schema import _CONDITION_KEYS as _CONDITION_KEYS
from lmt_tracker.rules.loader.schema import _ENTRY_KEYS as _ENTRY_KEYS
from lmt_tracker.rules.loader.schema import _EXAM_KEYS as _EXAM_KEYS
from lmt_tracker.rules.loader.schema import _EXAM_POLICY_KEYS as _EXAM_POLICY_KEYS
from lmt_tracker.rules.loader.schema import _EXTRA_KEYS as _EXTRA_KEYS
from lmt_tracker.rules.loader.schema import _NOTE_KEYS as _NOTE_KEYS
from lmt_tracker.rules.loader.schema import _RENEWAL_KEYS as _RENEWAL_KEYS
from lmt_tracker.rules.loader.schema import _ROUTE_KEYS as _ROUTE_KEYS
from lmt_tracker.rules.loader.schema import _SOURCE_KEYS as _SOURCE_KEYS
from lmt_tracker.rules.loader.schema import _STAGGER_KEYS as _STAGGER_KEYS
from lmt_tracker.rules.loader.schema import _SUBJECT_CAP_KEYS as _SUBJECT_CAP_KEYS
from lmt_tracker.rules.loader.schema import _SUBJECT_KEYS as _SUBJECT_KEYS
from lmt_tracker.rules.loader.schema import _TOP_KEYS as _TOP_KEYS
from lmt_tracker.rules.loader.schema import _TOPIC_CAP_KEYS as _TOPIC_CAP_KEYS
from lmt_tracker.rules.loader.schema import _TOPIC_KEYS as _TOPIC_KEYS
from lmt_tracker.rules.loader.schema import _VERSION_KEYS as _VERSION_KEYS
from lmt_tracker.rules.loader.schema import _YEARS_KEYS as _YEARS_KEYS
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
