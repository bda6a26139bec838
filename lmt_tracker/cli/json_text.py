"""Indented JSON text, byte for byte ``json.dumps(..., indent=2, ensure_ascii=False)``, faster.

Why: with ``indent`` Python's json module cannot use its C encoder, and ``status --json``
on 10,000 courses prints about 6,000 ``not_counted`` items (850 kB): encoding them took
as long as judging them. Lists of *flat* objects — every item a non-empty dict with
string keys and plain values (str, int, float, bool, None) — are written by the C
encoder instead, with the separators that give the same lines, and put in place of a
marker in the text the pure encoder writes for the rest. A string never holds a raw line
break once encoded, so in the C encoder's text ``},`` + line break + indent + ``{``
is found only between two items. Anything else (a nested value, an empty object, another type)
keeps the pure encoder. ``tests/cli/test_json_text.py`` compares both on odd documents.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from itertools import chain
from typing import Any

INDENT = 2
_PLAIN = frozenset({str, int, float, bool, type(None)})


def indented(document: Any, default: Callable[[Any], Any] | None = None) -> str:
    """``json.dumps(document, indent=2, ensure_ascii=False, default=default)``."""
    token = os.urandom(8).hex()  # no text of the document can hold this marker
    flat: list[list[dict[str, Any]] | tuple[dict[str, Any], ...]] = []
    swapped = _swap(document, flat, token)
    text = json.dumps(swapped, indent=INDENT, ensure_ascii=False, default=default)
    if not flat:
        return text
    parts: list[str] = []
    at = 0
    for n, items in enumerate(flat):
        marker = json.dumps(f"\x00{token}:{n}\x00")
        where = text.index(marker, at)
        line = text[text.rfind("\n", 0, where) + 1 : where]
        depth = len(line) - len(line.lstrip(" "))
        parts.append(text[at:where])
        parts.append(_flat_list(items, depth))
        at = where + len(marker)
    parts.append(text[at:])
    return "".join(parts)


def _is_flat(value: object) -> bool:
    """A non-empty list of non-empty dicts with str keys and plain values (C-speed checks)."""
    if type(value) not in (list, tuple) or not value:
        return False
    items: list[Any] = value  # type: ignore[assignment]
    return (
        set(map(type, items)) == {dict}
        and all(items)
        and set(map(type, chain.from_iterable(items))) == {str}
        and all(kind in _PLAIN or issubclass(kind, str)  # a phrase of the core is text
                for kind in set(map(type, chain.from_iterable(map(dict.values, items)))))
    )


def _swap(value: Any, flat: list[Any], token: str) -> Any:
    """``value`` with each flat list replaced by a marker (in the order dumps writes them)."""
    if _is_flat(value):
        flat.append(value)
        return f"\x00{token}:{len(flat) - 1}\x00"
    if type(value) is dict:
        return {k: _swap(v, flat, token) for k, v in value.items()}
    if type(value) in (list, tuple):
        return [_swap(v, flat, token) for v in value]
    return value


def _flat_list(items: list[dict[str, Any]] | tuple[dict[str, Any], ...], depth: int) -> str:
    """The list's text as the indented encoder writes it, its ``[`` at ``depth``."""
    item_pad = " " * (depth + INDENT)
    key_pad = " " * (depth + 2 * INDENT)
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",\n" + key_pad, ": "))
    compact = encoder.encode(list(items))  # C encoder: no indent
    # Between two items the C encoder wrote "}" + its separator + "{"; the indented
    # encoder writes each brace on its own line.
    inner = compact[2:-2].replace(
        "},\n" + key_pad + "{", "\n" + item_pad + "},\n" + item_pad + "{\n" + key_pad
    )
    return ("[\n" + item_pad + "{\n" + key_pad + inner + "\n" + item_pad + "}\n"
            + " " * depth + "]")
