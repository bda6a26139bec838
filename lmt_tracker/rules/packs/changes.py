"""What a new rule set changes, per jurisdiction and per field: old → new, with the new source.

Both sets are flattened into ``(version, section, field) → (text, source)`` and
compared. A version is named by its effective date, so a pack that adds a dated
version (a new law taking effect) shows as new figures under that date, and a figure
that changes in an existing version shows as old → new. Source records (titles, check
dates) are not compared field by field: a re-checked source changes no verdict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.domain.core.findings import fmt_hours, rule_key_label
from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.rules import Jurisdiction, RuleVersion, Source

_SKIPPED = frozenset({"source", "sources", "unknown", "unverified", "effective"})
_TOP = ("name", "kind", "board", "board_url", "notes")


@dataclass(frozen=True, slots=True)
class Change:
    """One field of one jurisdiction whose value differs."""

    code: str
    name: str
    version: str  # "rule from 2024-07-10", or "" for the jurisdiction itself
    field: str  # e.g. "entry.total_hours", "ce.topics.ethics.min_hours"
    old: str | None  # None: not in the old rules
    new: str | None  # None: not in the new rules
    source: Source | None  # the new rule's source (the old one's when removed)

    @property
    def label(self) -> str:
        """The field in words: "Total training hours (entry)" (a phrase: the words are
        translated, the section keys stay as the rule files write them)."""
        section, _, rest = self.field.partition(".")
        key = rest.rsplit(".", 1)[-1] if rest else section
        words = rule_key_label(key)
        detail = rest.rsplit(".", 1)[0] if rest.count(".") else ""
        where = f"{section}, {detail}" if detail else section
        return Phrase("{words} ({where})", {"words": words, "where": where}) if rest else words

    def line(self) -> Phrase:
        """"NJ Total training hours (entry) [rule from 2024-07-10]: 500 → 600 — source: …"."""
        old: str = self.old if self.old is not None else ph(N_("(none)"))
        new: str = self.new if self.new is not None else ph(N_("(removed)"))
        when = Phrase(" [{version}]", {"version": self.version}) if self.version else ""
        cite = ph(N_(" — source: {cite}"), cite=self.source.cite()) \
            if self.source is not None and self.new else ""
        return Phrase("{code} {label}{when}: {old} → {new}{cite}",
                      {"code": self.code, "label": self.label, "when": when, "old": old,
                       "new": new, "cite": cite})

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "version": self.version,
            "field": self.field,
            "label": self.label,
            "old": self.old,
            "new": self.new,
            "source": self.source.cite() if self.source is not None else None,
            "source_url": self.source.url if self.source is not None else None,
        }


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return fmt_hours(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _item_key(item: object, index: int) -> str:
    """A stable name for an item of a list of rule records (subject, topic, exam...)."""
    for attr in ("key", "group", "any_of"):
        value = getattr(item, attr, None)
        if isinstance(value, str):
            return value
        if isinstance(value, tuple) and value:
            return "+".join(str(v) for v in value)
    after = getattr(item, "after_years", None)
    if after is not None:
        return f"after_{after}_years"
    return str(index)


_Flat = dict[str, tuple[str, "Source | None"]]


def _flatten(prefix: str, record: object, source: Source | None, out: _Flat) -> None:
    own = getattr(record, "source", None)
    source = own if isinstance(own, Source) else source
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        if f.name in _SKIPPED:
            continue
        value = getattr(record, f.name)
        key = f"{prefix}.{f.name}" if prefix else f.name
        if dataclasses.is_dataclass(value):
            _flatten(key, value, source, out)
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            for i, item in enumerate(value):
                _flatten(f"{key}.{_item_key(item, i)}", item, source, out)
        elif isinstance(value, Mapping):
            continue
        elif value is not None and value != ():
            out[key] = (_text(value), source)


def _version_fields(version: RuleVersion) -> dict[str, tuple[str, Source | None]]:
    out: dict[str, tuple[str, Source | None]] = {}
    first = version.sources[0] if version.sources else None
    _flatten("", version, first, out)
    return out


def flatten(j: Jurisdiction) -> dict[tuple[str, str], tuple[str, Source | None]]:
    """Every figure of a jurisdiction: ``(version label, field) → (text, source)``."""
    out: dict[tuple[str, str], tuple[str, Source | None]] = {}
    for key in _TOP:
        value = getattr(j, key)
        if value is not None:
            out[("", key)] = (_text(value), None)
    for v in j.versions:
        label = ph(N_("rule from {date}"), date=v.effective)
        for fld, value in _version_fields(v).items():
            out[(label, fld)] = value
    return out


def rule_changes(old: Mapping[str, Jurisdiction], new: Mapping[str, Jurisdiction]) -> list[Change]:
    """Every changed figure, by jurisdiction code, then version, then field."""
    changes: list[Change] = []
    for code in sorted(set(old) | set(new)):
        before = flatten(old[code]) if code in old else {}
        after = flatten(new[code]) if code in new else {}
        name = (new.get(code) or old[code]).name
        for key in sorted(set(before) | set(after)):
            a, b = before.get(key), after.get(key)
            if a is not None and b is not None and a[0] == b[0]:
                continue
            source = b[1] if b is not None else (a[1] if a is not None else None)
            changes.append(
                Change(
                    code=code,
                    name=name,
                    version=key[0],
                    field=key[1],
                    old=a[0] if a is not None else None,
                    new=b[0] if b is not None else None,
                    source=source,
                )
            )
    return changes
