"""Provenance: the ``[sources]`` table, ``source = "id"`` citations, and unknown/unverified notes.

Every figure in a rule file must trace to a source, and a figure that could not be
found is named in ``unknown`` with a note rather than guessed. This module reads the
sources, resolves citations for a table and its items, and checks the ``unknown`` and
``unverified`` notes a section carries; the section readers call it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.rules import Source
from lmt_tracker.rules.loader.reader import Reader, expected, show
from lmt_tracker.rules.loader.schema import NOTE_KEYS, SOURCE_ID, SOURCE_KEYS

# Stands in for a section source that could not be resolved; only ever in refused files.
_UNRESOLVED = Source(id="", title="", url="", checked=dt.date.min, kind="")


@dataclasses.dataclass(frozen=True)
class Sources:
    """The file's sources by id; ``defined`` also holds ids whose table had a problem."""

    by_id: Mapping[str, Source]
    defined: frozenset[str]

    def ref(self, reader: Reader, key: str = "source") -> Source | None:
        """The source a ``source = "id"`` key names; a problem when there is no such id."""
        ident = reader.text(key)
        if ident is None:
            return None
        if ident not in self.defined:
            known = ", ".join(sorted(self.defined)) or "none"
            reader.error(key, f"no such source; the [sources] table defines: {known}")
            return None
        return self.by_id.get(ident)


@dataclasses.dataclass(frozen=True)
class Notes:
    """A section's ``unknown`` notes and ``unverified`` keys."""

    unknown: Mapping[str, str]
    unverified: frozenset[str]


def read_notes(reader: Reader, allowed: frozenset[str]) -> Notes:
    """Check ``unknown`` and ``unverified`` against the section's keys and what is given.

    An unknown key is by definition not given; an unverified key is given but shaky.
    Naming a key the other way round is a contradiction the reader of the file must fix.
    """
    figures = allowed - NOTE_KEYS
    unknown: dict[str, str] = {}
    table = reader.table_at("unknown")
    if table is not None:
        for key, note in table.table.items():
            if key not in figures:
                table.error(key, f"names no key of this table; {expected(figures, key)}")
            elif not isinstance(note, str) or not note.strip():
                table.error(key, "must be a note (a non-empty string) saying what was found")
            elif reader.has(key) and not _restates_unknown(reader, key):
                table.error(
                    key, f"names a key that is also given ({key} = {show(reader.table[key])})"
                )
            else:
                unknown[key] = note
    unverified: set[str] = set()
    listed = reader.keys("unverified", figures, "key of this table", may_be_empty=True)
    for i, key in enumerate(listed or ()):
        if not reader.has(key):
            reader.report.add(
                f"{reader.at('unverified')}[{i}]",
                "names a key that is not given; an unconfirmed value goes in `unknown`",
                key,
            )
        else:
            unverified.add(key)
    return Notes(MappingProxyType(unknown), frozenset(unverified))


def _restates_unknown(reader: Reader, key: str) -> bool:
    """``pattern = "unknown"`` with a note on it says the same thing twice; not a contradiction."""
    return key == "pattern" and reader.table.get(key) == "unknown"


def required_or_unknown(reader: Reader, key: str, notes: Notes, why: str) -> None:
    """A key that must be given, or named in ``unknown`` with a note saying why it is not."""
    if not reader.has(key) and key not in notes.unknown:
        reader.missing(key, f"missing: {why}; give it or name it in `unknown` with a note")


@dataclasses.dataclass(frozen=True)
class Cite:
    """The sources a table's items may cite: their own ``source``, else the table's."""

    sources: Sources
    parent: Source | None
    parent_named: bool  # the table has a ``source`` key (even a broken one)

    def item(self, item: Reader) -> Source | None:
        """An item's own source, else its table's; a problem when neither is given."""
        if item.has("source"):
            return self.sources.ref(item)
        if not self.parent_named:
            item.missing("source", "missing: give `source` here or in the enclosing table")
        return self.parent


def table_source(
    reader: Reader, sources: Sources, not_figures: frozenset[str], fallback: Source | None
) -> tuple[Cite, Source]:
    """(what the table's items may cite, the source to store on the table's record).

    A table stating a figure must name its source. A table whose only content is
    item arrays carrying their own sources, or ``unknown`` notes, may omit it; its
    record then cites the version's first source. When neither exists a problem has
    been recorded, and the record gets ``_UNRESOLVED`` (the file is refused anyway).
    """
    own = sources.ref(reader)
    cite = Cite(sources, own, reader.has("source"))
    if reader.has("source"):
        return cite, own or _UNRESOLVED
    figures = [k for k in reader.table if k not in NOTE_KEYS | not_figures]
    if figures:
        stated = ", ".join(f"{k} = {show(reader.table[k], 30)}" for k in figures[:3])
        reader.missing("source", f"missing: the table states {stated}, which needs a source")
    return cite, fallback or _UNRESOLVED


def read_sources(reader: Reader) -> Sources:
    table = reader.table_at("sources")
    if table is None:
        if not reader.has("sources"):
            reader.missing("sources", "missing: at least one [sources.ID] table is required")
        return Sources(MappingProxyType({}), frozenset())
    found: dict[str, Source] = {}
    for ident in table.table:
        if not SOURCE_ID.match(ident):
            table.error(ident, "a source id may use only letters, digits, _ and -")
            continue
        source = _read_source(table, ident)
        if source is not None:
            found[ident] = source
    if not table.table:
        reader.error("sources", "at least one [sources.ID] table is required")
    return Sources(MappingProxyType(found), frozenset(table.table))


def _read_source(parent: Reader, ident: str) -> Source | None:
    reader = parent.table_at(ident)
    if reader is None:
        return None
    reader.check_keys(SOURCE_KEYS)
    title = reader.text("title", required=True)
    url = reader.url("url", required=True)
    checked = reader.date("checked", required=True)
    kind = reader.choice("kind", vocab.SOURCE_KINDS, "source kind", required=True)
    section = reader.text("section")
    if title is None or url is None or checked is None or kind is None:
        return None
    return Source(id=ident, title=title, url=url, checked=checked, kind=kind, section=section)
