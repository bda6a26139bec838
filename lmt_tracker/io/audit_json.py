"""The cohort audit as one compact JSON document (``lmt-tracker audit --json``).

Why compact: the first format repeated every finding's sentence and source URL in every
graduate's result, so 10,000 graduates × 48 jurisdictions came to a gigabyte, almost
all of it the same few hundred sentences. Here each graduate × jurisdiction carries
only its verdict and, per open item, ``{key, needed, have}`` (plus ``status`` when the
item is to confirm rather than short); the words — label, sentence, source — are
written once, in ``legend[code][key]``. The fields kept from the first format
(``student_id``, ``name``, ``eligible_in``, ``code``, ``eligible``, ``missing``,
``key``, ``needed``, ``have``, ``errors``, ``summary``) mean what they meant.

Graduates the rules cannot tell apart share one result object
(``domain.cohort``), so each distinct result is serialised once and its text reused.
The format is described in docs/school-audit.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from lmt_tracker.domain.core.findings import Finding, json_number
from lmt_tracker.domain.entry.cohort import CohortAudit
from lmt_tracker.domain.entry.compiled import EligibilityResult

FORMAT = "lmt-tracker-audit/2"
_SEP = (",", ":")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=_SEP)


class _Legend:
    """Words of every open item, once per jurisdiction and key.

    A key names one requirement of a jurisdiction; where a jurisdiction has two
    different requirements under one key (Michigan's two "other" conditions), the
    second is written ``other#2``. ``message`` is kept only while every graduate's
    item has the same sentence: hours short differ by the graduate's figures, which
    ``needed`` and ``have`` give.
    """

    def __init__(self) -> None:
        self.entries: dict[str, dict[str, dict[str, object]]] = {}
        self._ids: dict[tuple[str, str, str, str | None, str], str] = {}

    def key_of(self, code: str, f: Finding) -> str:
        source = f.source.url if f.source is not None else None
        ident = (code, f.key, f.label, source, f.kind)
        found = self._ids.get(ident)
        if found is None:
            entries = self.entries.setdefault(code, {})
            found, n = f.key, 1
            while found in entries:
                n += 1
                found = f"{f.key}#{n}"
            self._ids[ident] = found
            entries[found] = {"kind": f.kind, "label": f.label, "message": f.message,
                              "source": source}
        else:
            entry = self.entries[code][found]
            if entry["message"] is not None and entry["message"] != f.message:
                entry["message"] = None
        return found


def _number(value: int | float | None) -> str:
    return "null" if value is None else repr(value)  # what json writes for int and float


class _Items:
    """Each open finding's ``{key, needed, have}`` text, made once per finding and result.

    Findings and results are shared between graduates the rules cannot tell apart, so
    texts are memoised by identity (the audit keeps every object alive meanwhile).
    """

    def __init__(self, legend: _Legend) -> None:
        self.legend = legend
        self._item: dict[tuple[str, int], str] = {}
        self._open: dict[int, tuple[str, ...]] = {}
        self._to_confirm: dict[int, frozenset[str]] = {}

    def item(self, code: str, f: Finding) -> str:
        text = self._item.get((code, id(f)))
        if text is None:
            text = ('{"key":' + _dumps(self.legend.key_of(code, f))
                    + ',"needed":' + _number(json_number(f.needed))
                    + ',"have":' + _number(json_number(f.have))
                    + ("}" if f.status == "short" else ',"status":' + _dumps(f.status) + "}"))
            self._item[(code, id(f))] = text
        return text

    def open_items(self, result: EligibilityResult) -> tuple[str, ...]:
        """The result's open items (short, to confirm, unverified), in the engine's order."""
        texts = self._open.get(id(result))
        if texts is None:
            texts = self._open[id(result)] = tuple(
                self.item(result.code, f) for f in result.findings if f.is_open)
            self._to_confirm[id(result)] = frozenset(
                self.item(result.code, f) for f in result.findings
                if f.is_open and f.status != "short")
        return texts

    def to_confirm(self, result: EligibilityResult) -> frozenset[str]:
        self.open_items(result)
        return self._to_confirm[id(result)]


def _for_everyone(audit: CohortAudit, items: _Items) -> list[list[str]]:
    """Per column, the items to confirm that every graduate's result has, identically.

    Conditions a class file cannot show (fingerprints, a background check, good moral
    character) are open for every graduate alike; they are written once, in the
    jurisdiction's ``missing``, rather than in each of thousands of results.
    Shortfalls always stay with the graduate's result.
    """
    common: list[frozenset[str] | None] = [None] * len(audit.columns)
    seen: set[int] = set()
    for row in audit.rows:
        if id(row.results) in seen:
            continue
        seen.add(id(row.results))
        for i, result in enumerate(row.results):
            texts = items.to_confirm(result)
            known = common[i]
            common[i] = texts if known is None else known & texts
    # In the order the engine gives them (the first graduate's), not alphabetical.
    first = audit.rows[0].results if audit.rows else ()
    return [[t for t in items.open_items(r) if t in (common[i] or ())]
            for i, r in enumerate(first)] or [[] for _ in audit.columns]


def _result_text(result: EligibilityResult, regulation: str, items: _Items,
                 everyone: frozenset[str]) -> str:
    mine = [t for t in items.open_items(result) if t not in everyone]
    text = '{"code":' + _dumps(result.code) + ',"eligible":' + _dumps(result.eligible)
    if result.regulation != regulation:  # judged by another version than today's
        text += ',"regulation":' + _dumps(result.regulation)
    return text + (',"missing":[' + ",".join(mine) + "]}" if mine else "}")


def audit_document(audit: CohortAudit, errors: Iterable[dict[str, object]],
                   summary: dict[str, object] | None = None) -> Iterator[str]:
    """The document's text in pieces (one graduate or one judgement per line)."""
    legend = _Legend()
    items = _Items(legend)
    everyone = _for_everyone(audit, items)
    common = [frozenset(texts) for texts in everyone]
    columns = ",".join(
        _dumps({"code": c.code, "name": c.name, "regulation": c.regulation})[:-1]
        + ',"missing":[' + ",".join(texts) + "]}"
        for c, texts in zip(audit.columns, everyone, strict=True))
    yield ('{"format":' + _dumps(FORMAT) + ',"as_of":' + _dumps(audit.as_of.isoformat())
           + ',"jurisdictions":[' + columns + '],"graduates":[')
    judgement_of: dict[int, int] = {}
    judged: list[tuple[EligibilityResult, ...]] = []
    for n, row in enumerate(audit.rows):
        index = judgement_of.get(id(row.results))
        if index is None:
            index = judgement_of[id(row.results)] = len(judged)
            judged.append(row.results)
        text = _dumps({"student_id": row.graduate.student_id, "name": row.graduate.name,
                       "eligible_in": row.eligible_count, "judgement": index})
        yield ("\n" if n == 0 else ",\n") + text
    yield '\n],"judgements":['
    memo: dict[int, str] = {}
    regulations = [c.regulation for c in audit.columns]
    for n, results in enumerate(judged):
        texts = []
        for i, result in enumerate(results):
            known = memo.get(id(result))
            if known is None:
                known = memo[id(result)] = _result_text(result, regulations[i], items, common[i])
            texts.append(known)
        yield ("\n[" if n == 0 else ",\n[") + ",".join(texts) + "]"
    tail = "\n],\"legend\":" + _dumps(legend.entries) + ',"errors":' + _dumps(list(errors))
    if summary is not None:
        tail += ',"summary":' + _dumps(summary)
    yield tail + "}\n"


def write_audit_json(out: TextIO, audit: CohortAudit, errors: Iterable[dict[str, object]],
                     summary: dict[str, object] | None = None) -> None:
    for piece in audit_document(audit, errors, summary):
        out.write(piece)


def write_summary_json(out: TextIO, summary: dict[str, object],
                       errors: Iterable[dict[str, object]]) -> None:
    """``--json --summary``: the counts per jurisdiction (and common shortfalls) only."""
    out.write(_dumps({"format": FORMAT, "summary": summary, "errors": list(errors)}) + "\n")
