"""A class at a glance: eligible graduates per state, and the most common shortfalls.

What a program director takes to a curriculum meeting: not who is short, but which
requirement the class is short of, in how many states. Counted per distinct result
tuple times its members (graduates the rules judge alike share one), so summarising
10,000 graduates costs about as much as summarising the few hundred kinds of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lmt_tracker.domain.entry.cohort import CohortAudit, shortfalls


@dataclass(frozen=True, slots=True)
class StateCount:
    code: str
    name: str
    eligible: int
    short: int
    graduates: int

    @property
    def share(self) -> float:
        return self.eligible / self.graduates if self.graduates else 0.0


@dataclass(frozen=True, slots=True)
class Shortfall:
    """One requirement (``kind``/``key``, e.g. subject/pathology) the class falls short of:
    how many graduates are short of it somewhere, and in which states."""

    kind: str
    key: str
    label: str
    graduates: int
    states: tuple[str, ...]


@dataclass(frozen=True)
class CohortSummary:
    as_of_text: str
    graduates: int
    states: tuple[StateCount, ...]
    shortfalls: tuple[Shortfall, ...]  # most graduates first

    def to_json(self) -> dict[str, object]:
        return {
            "as_of": self.as_of_text,
            "graduates": self.graduates,
            "states": [{"code": s.code, "eligible": s.eligible, "short": s.short}
                       for s in self.states],
            "shortfalls": [{"kind": f.kind, "key": f.key, "label": f.label,
                            "graduates": f.graduates, "states": list(f.states)}
                           for f in self.shortfalls],
        }


def summarize(audit: CohortAudit) -> CohortSummary:
    members: dict[int, int] = {}
    first: dict[int, tuple[object, ...]] = {}
    for row in audit.rows:
        key = id(row.results)
        members[key] = members.get(key, 0) + 1
        first.setdefault(key, row.results)
    counts: dict[tuple[str, str], int] = {}
    labels: dict[tuple[str, str], str] = {}
    where: dict[tuple[str, str], set[str]] = {}
    for key, results in first.items():
        seen: set[tuple[str, str]] = set()
        for result in results:
            for f in shortfalls(result):  # type: ignore[arg-type]
                k = (f.kind, f.label if f.kind == "hours" else f.key)
                labels.setdefault(k, f.label)
                where.setdefault(k, set()).add(result.code)  # type: ignore[attr-defined]
                seen.add(k)
        for k in seen:
            counts[k] = counts.get(k, 0) + members[key]
    total = len(audit.rows)
    states = tuple(StateCount(c.code, c.name, e, s, total) for c, e, s in
                   zip(audit.columns, audit.eligible_counts, audit.short_counts, strict=True))
    order = sorted(counts, key=lambda k: (-counts[k], labels[k]))
    falls = tuple(Shortfall(k[0], k[1], labels[k], counts[k], tuple(sorted(where[k])))
                  for k in order)
    return CohortSummary(audit.as_of.isoformat(), total, states, falls)
