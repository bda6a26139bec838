"""The core's sentences as values: an English template with named fields, and the fields.

The domain is pure (no catalog, no locale), yet its findings must reach a Spanish screen in
Spanish. So a sentence is built as a :class:`Phrase`: the template as written in English
("Needs {short} more {unit} of {what}{by} ({have} of {needed})") and its fields — hours as
``Decimal``, dates as ``date``, counts as ``int``, names as plain ``str`` (a course title
or a rule's own wording stays as written), and nested phrases for words that are
themselves translated ("in-person CE").

A ``Phrase`` *is* a ``str``: its English rendering. ``Finding.message``, the command line's
``--json`` and the tests read the same English as before; the presentation layer renders
it again in the user's language (``lmt_tracker.language.say``): the template through the
gettext catalog, the numbers and dates the reader's way, the nested phrases translated too.

Templates are marked for extraction by being the first argument of :func:`ph` or of
:func:`N_` (``make i18n`` runs ``xgettext -kph -kN_`` over the modules that build them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Union

from lmt_tracker.domain.core.words import names_only, word

Value = Union[str, Decimal, int, dt.date]  # noqa: UP007 (a runtime alias)
_CENT = Decimal("0.01")
_FIELD = re.compile(r"\{[^{}]*\}")


def N_(template: str) -> str:  # the name xgettext and readers know
    """Mark ``template`` for the catalog without building anything (tables of words)."""
    return template


def english_number(value: Decimal | int) -> str:
    """``12`` for whole values, ``2.5`` or ``0.83`` otherwise (never scientific notation)."""
    if isinstance(value, int):
        return str(value)
    if value == value.to_integral_value():
        return str(int(value))
    text = format(value.quantize(_CENT, rounding=ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".")


def _english(value: Value) -> str:
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return english_number(value)


class Phrase(str):
    """A sentence of the core: its English text, with the template and fields it came from."""

    template: str
    fields: tuple[tuple[str, Value], ...]

    def __new__(cls, template: str, fields: dict[str, Value]) -> Phrase:
        # A nested phrase or a name formats as its text; only numbers and dates need words.
        text = template.format_map(
            {k: v if isinstance(v, str) else _english(v) for k, v in fields.items()}
        ) if fields else template
        self = super().__new__(cls, text)
        self.__dict__["template"] = template
        self.__dict__["fields"] = tuple(fields.items())
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Phrase is immutable")

    def __reduce__(self) -> tuple[object, ...]:
        return (Phrase, (self.template, dict(self.fields)))

    def render(
        self,
        translate: Callable[[str], str],
        number: Callable[[Decimal | int], str] = english_number,
        day: Callable[[dt.date], str] = dt.date.isoformat,
    ) -> str:
        """The sentence with ``translate`` applied to its template and every nested phrase,
        numbers through ``number`` and dates through ``day`` (names stay as written)."""

        def one(value: Value) -> str:
            if isinstance(value, Phrase):
                return value.render(translate, number, day)
            if isinstance(value, str):
                return str.__str__(value)
            if isinstance(value, dt.date):
                return day(value)
            return number(value)

        # Only words go through the catalog (gettext("") is its header; "{p0}, {p1}" is
        # punctuation, the same in every language).
        words = any(c.isalpha() for c in _FIELD.sub("", self.template))
        template = translate(self.template) if words else self.template
        if not self.fields:
            return template
        return template.format_map({k: one(v) for k, v in self.fields})


class Term(Phrase):
    """A rule's own name for something the vocabulary has a word for ("business", Florida's
    label of the subject ``business``): in English the rule's label as written; in another
    language the vocabulary's word translated, in lower case as inside a sentence
    ("negocios"), since the label itself is rule data that stays English."""

    def __new__(cls, label: str, word: str, inside: bool = True) -> Term:
        self = str.__new__(cls, label)
        self.__dict__["template"] = word
        self.__dict__["fields"] = ()
        self.__dict__["inside"] = inside  # False: a name standing first, kept capitalized
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (Term, (str.__str__(self), self.template, self.__dict__["inside"]))

    def render(
        self,
        translate: Callable[[str], str],
        number: Callable[[Decimal | int], str] = english_number,
        day: Callable[[dt.date], str] = dt.date.isoformat,
    ) -> str:
        word = translate(self.template)
        if word == self.template:  # English, or a word the catalog lacks: the rule's label
            return str.__str__(self)
        if self.__dict__["inside"] and word[1:2].islower():
            return word[:1].lower() + word[1:]
        return word


def vocabulary_term(label: str, key: str, *, inside: bool = False) -> str:
    """A rule's ``label`` for the vocabulary's ``key``: a :class:`Term` (the vocabulary's
    word in another language) when the label only names the key (``words.names_only``),
    else the label as written. ``inside``: the label stands inside a sentence."""
    return Term(label, word(key), inside) if names_only(label, key) else label


def ph(template: str, **fields: Value) -> Phrase:
    """A phrase: ``template`` (English, with ``{name}`` fields) and its fields."""
    return Phrase(template, fields)


def plural(n: int | Decimal, one: str, many: str, **fields: Value) -> Phrase:
    """``one`` or ``many`` (both marked with ``N_``, with ``{n}``) as ``n`` asks.

    English and Spanish both use the singular for exactly one, so the catalog stays a
    plain list of templates (no plural forms to keep in step).
    """
    return Phrase(one if n == 1 else many, {"n": n, **fields})


def unit(value: Decimal | int) -> Phrase:
    """"hour" or "hours", as ``value`` asks."""
    return ph(N_("hour")) if value == 1 else ph(N_("hours"))


def joined(items: Sequence[Value], sep: str = ", ") -> Phrase:
    """Texts (phrases or names) joined by ``sep`` (punctuation, the same in every language)."""
    fields: dict[str, Value] = {f"p{i}": p for i, p in enumerate(items)}
    return Phrase(sep.join("{" + f"p{i}" + "}" for i in range(len(items))), fields)


def either(items: Sequence[str]) -> Phrase:
    """"a or b or c" (each translated where it is a phrase)."""
    out = joined(items[:1])
    for item in items[1:]:
        out = ph(N_("{first} or {second}"), first=out, second=item)
    return out


def both(items: Sequence[str]) -> Phrase:
    """"a and b and c" (each translated where it is a phrase; "and" too)."""
    out = joined(items[:1])
    for item in items[1:]:
        out = ph(N_("{first} and {second}"), first=out, second=item)
    return out


MONTHS = (N_("January {year}"), N_("February {year}"), N_("March {year}"), N_("April {year}"),
          N_("May {year}"), N_("June {year}"), N_("July {year}"), N_("August {year}"),
          N_("September {year}"), N_("October {year}"), N_("November {year}"),
          N_("December {year}"))


def month_year(day: dt.date) -> Phrase:
    """"March 2026": the month's name and the year."""
    return Phrase(MONTHS[day.month - 1], {"year": str(day.year)})


MONTH_DAYS = (N_("January {day}"), N_("February {day}"), N_("March {day}"), N_("April {day}"),
              N_("May {day}"), N_("June {day}"), N_("July {day}"), N_("August {day}"),
              N_("September {day}"), N_("October {day}"), N_("November {day}"),
              N_("December {day}"))


def month_day(month: int, day: int) -> Phrase:
    """"August 31": a day of every year."""
    return Phrase(MONTH_DAYS[month - 1], {"day": day})


def english(text: str) -> str:
    """``text`` as a plain ``str`` (its English when a phrase)."""
    return str.__str__(text)
