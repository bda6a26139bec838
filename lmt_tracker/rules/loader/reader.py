"""Strict primitives: typed getters over one TOML table, and how problems are worded.

A :class:`Reader` wraps one table; each getter checks a type, a range or a vocabulary
and, on a mistake, records a problem naming the file, key path and value instead of
raising, so one run reports every problem of a file. :func:`show` and the
"did you mean" hint keep messages short and helpful. Everything else in the package
reads rule files through these getters.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.rules.loader.schema import MAX_HOURS, URL

_T = TypeVar("_T")

#: What the readers' callers name their choices (``choice``/``keys``'s ``what``), marked
#: for the catalog: a pack whose rule files do not load is refused in the user's language.
WHATS = (N_("first-cycle rule"), N_("CE period basis"), N_("parity"), N_("version selection"),
         N_("way of counting minutes"), N_("CE topic"), N_("CE delivery"),
         N_("first-cycle condition"), N_("jurisdiction kind"), N_("scope"), N_("selection"),
         N_("entry subject"), N_("requirement part"), N_("exam"), N_("condition"),
         N_("renewal pattern"), N_("year parity"), N_("first renewal"),
         N_("key of this table"), N_("source kind"), N_("regulation"))


class RulesError(ValueError):
    """One or more rule files are invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems: list[str] = list(problems)
        super().__init__("\n".join(self.problems))


def show(value: object, limit: int = 60) -> str:
    """A value as it would be written in TOML, shortened so messages stay one line."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        import json  # here: a start that finds the rules cached writes no message

        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, Mapping):
        text = "{" + ", ".join(f"{k} = {show(v, limit)}" for k, v in value.items()) + "}"
    elif isinstance(value, list | tuple):
        text = "[" + ", ".join(show(v, limit) for v in value) + "]"
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def type_name(value: object) -> Phrase:
    """The TOML name of a value's type, for 'must be X, not Y' messages."""
    names: tuple[tuple[type | tuple[type, ...], str], ...] = (
        (bool, N_("a boolean")),
        (int, N_("an integer")),
        (float, N_("a float")),
        (str, N_("a string")),
        (dt.datetime, N_("a date-time")),
        (dt.date, N_("a date")),
        (dt.time, N_("a time")),
        (list, N_("an array")),
    )
    for kind, name in names:
        if isinstance(value, kind):
            return ph(name)
    return ph(N_("a table"))


def expected(choices: Iterable[str], value: str) -> Phrase:
    """'expected one of …' with a 'did you mean' when a choice is close to the typo."""
    import difflib  # here: a start that finds the rules cached writes no message

    ordered = sorted(choices)
    close = difflib.get_close_matches(value, ordered, n=1)
    if close:
        return ph(N_("did you mean {close}? expected one of: {choices}"), close=repr(close[0]),
                  choices=", ".join(ordered))
    return ph(N_("expected one of: {choices}"), choices=", ".join(ordered))


class Report:
    """The problems found in one file, each prefixed with the file's label (phrases where
    the message is one: ``domain.core.phrases``; the file, key and value as written)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[str] = []

    def add(self, path: str, message: str, value: object = dataclasses.MISSING) -> None:
        if value is dataclasses.MISSING:
            self.problems.append(Phrase("{label}: {path}: {message}", {
                "label": self.label, "path": path, "message": message}))
        else:
            self.problems.append(Phrase("{label}: {path} = {value}: {message}", {
                "label": self.label, "path": path, "value": show(value), "message": message}))


class Reader:
    """One TOML table being read: typed getters that record a problem and return None.

    Getters never raise, so a file with twenty mistakes yields twenty messages.
    """

    def __init__(self, report: Report, table: Mapping[str, Any], path: str) -> None:
        self.report = report
        self.table = table
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        return key in self.table

    def error(self, key: str, message: str) -> None:
        self.report.add(self.at(key), message, self.table[key])

    def missing(self, key: str, message: str | None = None) -> None:
        self.report.add(self.at(key), message or ph(N_("missing: this key is required")))

    def check_keys(self, allowed: frozenset[str]) -> None:
        for key in self.table:
            if key not in allowed:
                self.error(key, ph(N_("unknown key; {expected}"),
                                   expected=expected(allowed, key)))

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.table:
            if required:
                self.missing(key)
            return None
        return self.table[key]

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(key, _must_be(N_("a string"), value))
            return None
        if not value.strip():
            self.error(key, ph(N_("must not be empty")))
            return None
        return value

    def url(self, key: str, *, required: bool = False) -> str | None:
        value = self.text(key, required=required)
        if value is not None and not URL.match(value):
            self.error(key, ph(N_("must be a web address starting with http:// or https://")))
            return None
        return value

    def flag(self, key: str) -> bool | None:
        value = self._get(key, False)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.error(key, _must_be(N_("true or false"), value))
            return None
        return value

    def whole(self, key: str, low: int, high: int, *, required: bool = False) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(key, _must_be(N_("a whole number"), value))
            return None
        if not low <= value <= high:
            self.error(key, ph(N_("must be from {low} to {high}"), low=low, high=high))
            return None
        return value

    def _number(self, key: str, required: bool) -> Decimal | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(key, _must_be(N_("a number"), value))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.error(key, ph(N_("must be a finite number")))
            return None
        return Decimal(str(value))  # via str: 0.1 stays 0.1, not its binary expansion

    def hours(self, key: str, *, required: bool = False) -> Decimal | None:
        value = self._number(key, required)
        if value is None:
            return None
        if value < 0:
            self.error(key, ph(N_("hours must be zero or more")))
            return None
        if value > MAX_HOURS:
            self.error(key, ph(N_("hours above {most} are not plausible; check the figure"),
                               most=MAX_HOURS))
            return None
        return value

    def share(self, key: str) -> Decimal | None:
        value = self._number(key, False)
        if value is not None and not 0 <= value <= 1:
            self.error(key, ph(N_("a share must be from 0 to 1 (e.g. 0.5 for half)")))
            return None
        return value

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        value = self._get(key, required)
        if value is None:
            return None
        if type(value) is not dt.date:
            self.error(key, ph(N_("must be a TOML date, not {kind} (write it unquoted, e.g. "
                                  "2024-07-01)") if isinstance(value, str) else
                               N_("must be a TOML date, not {kind}"), kind=type_name(value)))
            return None
        if not 1900 <= value.year <= 2100:
            self.error(key, ph(N_("the year must be from 1900 to 2100")))
            return None
        return value

    def choice(
        self, key: str, choices: frozenset[str], what: str, *, required: bool = False
    ) -> str | None:
        value = self.text(key, required=required)
        if value is not None and value not in choices:
            self.error(key, _unknown(what, choices, value))
            return None
        return value

    def keys(
        self,
        key: str,
        choices: frozenset[str],
        what: str,
        *,
        required: bool = False,
        may_be_empty: bool = False,
    ) -> tuple[str, ...] | None:
        """An array of distinct vocabulary keys (non-empty unless ``may_be_empty``)."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, list):
            self.error(key, ph(N_("must be an array of {what} keys, not {kind}"), what=ph(what),
                               kind=type_name(value)))
            return None
        if not value and not may_be_empty:
            self.error(key, ph(N_("must name at least one {what}"), what=ph(what)))
            return None
        good = True
        for i, item in enumerate(value):
            path = f"{self.at(key)}[{i}]"
            if not isinstance(item, str):
                self.report.add(path, _must_be(N_("a string"), item), item)
                good = False
            elif item not in choices:
                self.report.add(path, _unknown(what, choices, item), item)
                good = False
            elif value.index(item) != i:
                self.report.add(path, ph(N_("listed twice")), item)
                good = False
        return tuple(value) if good else None

    def table_at(self, key: str) -> Reader | None:
        value = self._get(key, False)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.error(key, _must_be(N_("a table"), value))
            return None
        return Reader(self.report, value, self.at(key))

    def items(self, key: str) -> list[Reader]:
        """An array of tables (``[[a.b]]``); a problem and no items when it is something else."""
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(key, ph(N_("must be an array of tables ([[{path}]])"),
                               path=self.at(key)))
            return []
        return [Reader(self.report, item, f"{self.at(key)}[{i}]") for i, item in enumerate(value)]


def _must_be(kind: str, value: object) -> Phrase:
    """"must be a string, not an integer"."""
    return ph(N_("must be {kind}, not {found}"), kind=ph(kind), found=type_name(value))


def _unknown(what: str, choices: frozenset[str], value: str) -> Phrase:
    """"not a known CE topic; did you mean 'ethics'? expected one of: …"."""
    return ph(N_("not a known {what}; {expected}"), what=ph(what),
              expected=expected(choices, value))


def kept(items: Iterable[_T | None]) -> tuple[_T, ...]:
    """The items that were read without a problem (the problems are already recorded)."""
    return tuple(item for item in items if item is not None)
