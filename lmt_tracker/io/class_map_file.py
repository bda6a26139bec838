"""A map file (``lmt-tracker audit --map MAP.toml``): which column of a class list is which
field, and how to read its dates and decimals.

The app writes one when the user confirms a mapping (:func:`to_toml`); the command line
reads it back (:func:`read_map`). Every problem names the table and key and says the fix,
as a phrase (``domain.core.phrases``), so it reads in the user's language; the TOML keys
and field names it quotes are what the file holds, and stay as written.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lmt_tracker.domain.core.phrases import N_, either, ph
from lmt_tracker.io.class_mapping import (
    DATE_ORDERS,
    DECIMALS,
    ColumnMapping,
    MappingError,
    is_field,
    unknown_field_message,
)


@dataclass(frozen=True)
class MapFile:
    """What a map file says: header → field ('' = ignore), and the conventions."""

    columns: dict[str, str]
    date_order: str | None = None
    decimal: str | None = None
    sheet: str | None = None


def read_map(path: Path | str) -> MapFile:
    """Read a ``--map`` TOML file; every problem names the key and the fix."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise MappingError(ph(N_("{file}: no such file"), file=path.name)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingError(ph(N_("{file}: cannot be read ({why})"), file=path.name,
                              why=str(exc))) from None
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(ph(N_("{file}: not valid TOML ({why})"), file=path.name,
                              why=str(exc))) from None
    return parse_map(data, path.name)


def parse_map(data: Mapping[str, object], where: str | None = None) -> MapFile:
    """The map file's tables checked; ``where`` names it in messages (its file name)."""
    place: str = where if where is not None else ph(N_("the map file"))
    for name in data:
        if name not in ("columns", "options"):
            raise MappingError(ph(N_("{where}: unknown table [{name}]; a map file has [columns] "
                                     "and [options]"), where=place, name=name))
    columns = data.get("columns", {})
    if not isinstance(columns, dict) or not columns:
        raise MappingError(ph(N_("{where}: [columns] is missing or empty; list each header as "
                                 "\"Header in the file\" = \"field\""), where=place))
    out: dict[str, str] = {}
    seen: dict[str, str] = {}
    for header, value in columns.items():
        if not isinstance(value, str):
            raise MappingError(ph(N_("{where}: [columns] {header} = {value}: give the field name "
                                     "as text, or \"\" to ignore the column"), where=place,
                                  header=repr(header), value=repr(value)))
        value = value.strip()
        if value and not is_field(value):
            raise MappingError(ph(N_("{where}: [columns] {problem}"), where=place,
                                  problem=unknown_field_message(header, value)))
        if value and value in seen:
            raise MappingError(ph(N_("{where}: [columns] {first} and {second} are both mapped "
                                     "to {field}; one field takes one column"), where=place,
                                  first=repr(seen[value]), second=repr(header), field=value))
        if value:
            seen[value] = header
        out[header] = value
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise MappingError(ph(N_("{where}: [options] must be a table"), where=place))
    allowed = {"date_order": DATE_ORDERS, "decimal": DECIMALS, "sheet": None}
    for name, value in options.items():
        if name not in allowed:
            raise MappingError(ph(N_("{where}: [options] unknown key {name}; known: date_order, "
                                     "decimal, sheet"), where=place, name=repr(name)))
        choices = allowed[name]
        if not isinstance(value, str) or (choices and value not in choices):
            wanted = either([f'"{c}"' for c in choices]) if choices else ph(N_("a sheet name"))
            raise MappingError(ph(N_("{where}: [options] {name} = {value}: use {wanted}"),
                                  where=place, name=name, value=repr(value), wanted=wanted))
    return MapFile(out, options.get("date_order"), options.get("decimal"),
                   options.get("sheet"))


def _toml_text(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def to_toml(mapping: ColumnMapping) -> str:
    """The mapping as a map file (``lmt-tracker audit --map``)."""
    lines = ["# Column mapping for lmt-tracker audit --map (the user guide: Help › User guide).",
             '# "Header in the file" = "field"; "" ignores the column.', "", "[columns]"]
    for header, field in mapping.given().items():
        lines.append(f"{_toml_text(header)} = {_toml_text(field)}")
    options = [(k, v) for k, v in (("date_order", mapping.date_order),
                                   ("decimal", mapping.decimal), ("sheet", mapping.sheet)) if v]
    if options:
        lines += ["", "[options]"] + [f"{k} = {_toml_text(v)}" for k, v in options]
    return "\n".join(lines) + "\n"
