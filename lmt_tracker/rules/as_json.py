"""Rule records as JSON-ready values, shared by the command line, the GUI and reports.

Pure: records in, plain dicts/lists/str/int/float out (``json.dumps`` needs no hooks).
Field names are the TOML schema's names, so a JSON reader can look them up in
``state_requirements/README.md``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from lmt_tracker.domain.core.rules import CERule, EntryRule, Jurisdiction, RuleVersion, Source

# The keys of one ``rules list --json`` object: the command-line contract (PRODUCT.md).
SUMMARY_KEYS = (
    "code",
    "name",
    "regulation",
    "title",
    "entry_hours",
    "exams",
    "ce_hours",
    "ce_period_years",
    "renewal_years",
    "checked",
    "sources",
)


def number(value: Decimal) -> int | float:
    """Whole hours as an int (500, not 500.0); fractions as a float (12.5)."""
    return int(value) if value == value.to_integral_value() else float(value)


def plain(value: Any) -> Any:
    """Any rule record or field as JSON-ready data; a cited ``Source`` becomes its id."""
    if isinstance(value, Source):
        return value.id
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "url": source.url,
        "section": source.section,
        "kind": source.kind,
        "checked": source.checked.isoformat(),
    }


def exam_keys(entry: EntryRule | None) -> list[str]:
    """Every exam key an entry rule names, any-of alternatives flattened, first mention first."""
    keys: list[str] = []
    for requirement in entry.exams if entry else ():
        keys.extend(k for k in requirement.any_of if k not in keys)
    return keys


def ce_hours(ce: CERule | None) -> int | float | None:
    """CE hours per period: 0 when the rule says none is required, None when not known."""
    if ce is None:
        return None
    if not ce.required:
        return 0
    return None if ce.hours is None else number(ce.hours)


def source_urls(jurisdiction: Jurisdiction) -> list[str]:
    urls: list[str] = []
    for source in jurisdiction.sources.values():
        if source.url not in urls:
            urls.append(source.url)
    return urls


def summary(jurisdiction: Jurisdiction, on: dt.date) -> dict[str, Any]:
    """One ``rules list --json`` object: the version in force on ``on``, in brief."""
    version = jurisdiction.current(on)
    entry, ce, renewal = version.entry, version.ce, version.renewal
    total = entry.total_hours if entry else None
    return {
        "code": jurisdiction.code,
        "name": jurisdiction.name,
        "regulation": version.regulation,
        "title": version.title,
        "entry_hours": None if total is None else number(total),
        "exams": exam_keys(entry),
        "ce_hours": ce_hours(ce),
        "ce_period_years": ce.period_years if ce and ce.required else None,
        "renewal_years": renewal.period_years if renewal else None,
        "checked": jurisdiction.checked.isoformat(),
        "sources": source_urls(jurisdiction),
    }


def version_json(version: RuleVersion, on: dt.date) -> dict[str, Any]:
    document: dict[str, Any] = plain(version)
    document["in_force"] = version.in_force(on)
    return document


def jurisdiction_json(jurisdiction: Jurisdiction, on: dt.date) -> dict[str, Any]:
    """The whole rule: every version and section, unknown/unverified notes, all sources."""
    return {
        "code": jurisdiction.code,
        "name": jurisdiction.name,
        "kind": jurisdiction.kind,
        "board": jurisdiction.board,
        "board_url": jurisdiction.board_url,
        "notes": jurisdiction.notes,
        "checked": jurisdiction.checked.isoformat(),
        "as_of": on.isoformat(),
        "sources": [source_json(s) for s in jurisdiction.sources.values()],
        "versions": [version_json(v, on) for v in jurisdiction.versions],
    }
