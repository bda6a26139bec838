"""The ``[[version]]`` array: each dated rule version, its sources and sections, in order.

A version cites sources by id and holds up to three sections (entry, renewal, CE),
read by their own modules. Versions must ascend by ``effective`` without overlap; one
without ``ends`` ends the day before the next begins.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.rules import RuleVersion, Source
from lmt_tracker.rules.loader.ce import read_ce
from lmt_tracker.rules.loader.entry import read_entry
from lmt_tracker.rules.loader.reader import Reader, type_name
from lmt_tracker.rules.loader.renewal import read_renewal
from lmt_tracker.rules.loader.schema import VERSION_KEYS
from lmt_tracker.rules.loader.sources import Sources


def _read_version(reader: Reader, sources: Sources) -> RuleVersion | None:
    reader.check_keys(VERSION_KEYS)
    effective = reader.date("effective", required=True)
    ends = reader.date("ends")
    if effective is not None and ends is not None and ends < effective:
        reader.error("ends", f"is before effective = {effective.isoformat()}")
    regulation = reader.choice("regulation", vocab.REGULATIONS, "regulation", required=True)
    title = reader.text("title", required=True)
    cited = _read_version_sources(reader, sources)
    fallback = cited[0] if cited else None
    if regulation == "none":
        for key in ("entry", "renewal", "ce"):
            if reader.has(key):
                reader.missing(key, 'regulation = "none" has no credential: remove this table')
    sections = {key: reader.table_at(key) for key in ("entry", "renewal", "ce")}
    entry = read_entry(sections["entry"], sources, fallback) if sections["entry"] else None
    renewal = read_renewal(sections["renewal"], sources, fallback) if sections["renewal"] else None
    ce = read_ce(sections["ce"], sources, fallback) if sections["ce"] else None
    if ce is not None and ce.period_years is None and "period_years" not in ce.unknown:
        ce = dataclasses.replace(ce, period_years=renewal.period_years if renewal else None)
    abbreviation = reader.text("abbreviation")
    notes = reader.text("notes")
    if effective is None or regulation is None or title is None or not cited:
        return None
    return RuleVersion(
        effective=effective,
        ends=ends,
        regulation=regulation,
        title=title,
        sources=cited,
        abbreviation=abbreviation,
        notes=notes,
        entry=entry,
        renewal=renewal,
        ce=ce,
    )


def _read_version_sources(reader: Reader, sources: Sources) -> tuple[Source, ...]:
    value = reader.table.get("sources")
    if value is None:
        reader.missing("sources", 'missing: list the ids of the sources, e.g. ["statute"]')
        return ()
    if not isinstance(value, list) or not value:
        reader.error("sources", "must be a non-empty array of source ids")
        return ()
    cited: list[Source] = []
    for i, ident in enumerate(value):
        path = f"{reader.at('sources')}[{i}]"
        if not isinstance(ident, str):
            reader.report.add(path, f"must be a source id string, not {type_name(ident)}", ident)
        elif ident not in sources.defined:
            known = ", ".join(sorted(sources.defined)) or "none"
            reader.report.add(path, f"no such source; the [sources] table defines: {known}", ident)
        elif ident in sources.by_id:
            cited.append(sources.by_id[ident])
    return tuple(cited)


def read_versions(reader: Reader, sources: Sources) -> tuple[RuleVersion, ...]:
    """All versions, each ending the day before the next begins unless it says otherwise."""
    items = reader.items("version")
    if not items and not reader.has("version"):
        reader.missing("version", "missing: at least one [[version]] is required")
    read = [_read_version(item, sources) for item in items]
    _check_version_order(items)
    if any(v is None for v in read):
        return ()
    versions = [v for v in read if v is not None]
    out: list[RuleVersion] = []
    for i, version in enumerate(versions):
        if version.ends is None and i + 1 < len(versions):
            version = dataclasses.replace(
                version, ends=versions[i + 1].effective - dt.timedelta(days=1)
            )
        out.append(version)
    return tuple(out)


def _check_version_order(items: Sequence[Reader]) -> None:
    """Versions ascend by ``effective`` and an explicit ``ends`` stops before the next one."""
    previous: tuple[int, dt.date] | None = None
    for i, item in enumerate(items):
        effective = item.table.get("effective")
        if type(effective) is not dt.date:
            continue
        if previous is not None:
            j, before = previous
            if effective <= before:
                item.error(
                    "effective",
                    f"versions must be in order of effective date, each later than the one "
                    f"before; version[{j}] starts {before.isoformat()}",
                )
            ends = items[j].table.get("ends")
            if type(ends) is dt.date and ends >= effective:
                items[j].error(
                    "ends", f"overlaps version[{i}], which starts {effective.isoformat()}"
                )
        previous = (i, effective)
