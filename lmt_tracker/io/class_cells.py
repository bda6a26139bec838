"""How a class list writes its numbers and dates: the cell conventions, read and inferred.

Registrars' spreadsheets write ``1,234.5`` or ``1.234,5``, ``06/30/2025`` or
``30/06/2025``, and sometimes a date as Excel's day count. This module reads one cell
(:func:`read_hours`, :func:`date_reader`) and gathers the evidence a whole column gives
about its convention (:func:`decimal_convention`, :func:`slash_date_evidence`), so the
row reader (``school_csv``) never guesses silently. A cell that cannot be read raises
:class:`CellError` with the reason and the fix; the caller adds the line and column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation

from lmt_tracker.domain.core import validation
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.io.class_table import ClassFileError, RawTable

__all__ = ["AmbiguousDates", "CellError", "date_orders", "date_reader", "decimal_convention",
           "read_hours", "slash_date_evidence"]

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 1.000: a thousand, or one?
_DOTTED_WITH_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")  # 1.234,5: European
_DECIMAL_POINT = re.compile(r"[+-]?\d*\.\d+")
_ISO_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # 31.12.2024: day first
_SERIAL = re.compile(r"\d{5}(?:\.0+)?")

Evidence = tuple[int, str] | None  # (line, cell text) that shows a date order


class CellError(Exception):
    """One cell that cannot be read; ``message`` says why and how to write it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AmbiguousDates(ClassFileError):
    """Slash dates whose day and month both fit, with nothing in the file to settle them.
    ``columns`` names the fields; the caller asks the user (or refuses, naming the fix)."""

    def __init__(self, message: str, columns: tuple[str, ...]) -> None:
        super().__init__(message)
        self.columns = columns


def decimal_convention(lines: Iterable[int], rows: Iterable[Sequence[str]],
                       columns: Sequence[int]) -> str | None:
    """Semicolon files: a decimal comma anywhere makes ``1.000`` a thousand; a decimal
    point (not three digits after it) makes it one; otherwise it stays unreadable."""
    comma = point = None
    for line, cells in zip(lines, rows, strict=True):
        for i in columns:
            text = cells[i] if i < len(cells) else ""
            if not text or text.isdigit():
                continue
            if comma is None and (_DECIMAL_COMMA.fullmatch(text) or _DOTTED_WITH_COMMA
                                  .fullmatch(text) or text.count(".") > 1):
                comma = (line, i, text)
            elif (point is None and _DECIMAL_POINT.fullmatch(text)
                  and not _DOTTED_THOUSANDS.fullmatch(text)):
                point = (line, i, text)
        if comma:
            break
    settled = comma or point
    if settled is None:
        return None
    return "comma" if comma else "point"


def slash_date_evidence(lines: Iterable[int], rows: Iterable[Sequence[str]],
                        index: int) -> tuple[Evidence, Evidence, Evidence]:
    """The first slash date of column ``index`` that must be day first, the first that must
    be month first, and the first that could be either (each ``(line, text)`` or None)."""
    day_first: Evidence = None
    month_first: Evidence = None
    undecided: Evidence = None
    for line, cells in zip(lines, rows, strict=True):
        text = cells[index] if index < len(cells) else ""
        m = _SLASH_DATE.fullmatch(text) if "/" in text else None
        if m is None:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b and day_first is None:
            day_first = (line, text)
        elif b > 12 >= a and month_first is None:
            month_first = (line, text)
        elif a <= 12 and b <= 12 and a != b and undecided is None:
            undecided = (line, text)
    return day_first, month_first, undecided


def date_orders(table: RawTable, dates: Iterable[tuple[str, tuple[str, int] | None]],
                given: str | None, label_of: Callable[[int], str],
                note: Callable[[int, str | None, str], None]) -> dict[str, str]:
    """Per date column: day or month first, from the values that settle it, the map
    file (``given``), or (comma files only) the US convention. Unsettled columns are
    refused with :class:`AmbiguousDates`; mixed ones with :class:`ClassFileError`."""
    orders: dict[str, str] = {}
    ambiguous_text = ("", 0, "")
    ambiguous: list[str] = []
    for name, column in dates:
        if column is None:
            continue
        i = column[1]
        day_first, month_first, undecided = slash_date_evidence(table.lines, table.rows, i)
        label = label_of(i)
        if given is not None:
            orders[name] = given
        elif day_first and month_first:
            raise ClassFileError(ph(N_(
                "column {column} mixes day/month dates ({day_first} on line {day_line}) and "
                "month/day dates ({month_first} on line {month_line}); write every date as "
                "YYYY-MM-DD"), column=label, day_first=day_first[1], day_line=day_first[0],
                month_first=month_first[1], month_line=month_first[0]))
        elif day_first or month_first:
            order = "day_first" if day_first else "month_first"
            orders[name] = order
            if undecided and (order == "day_first" or table.delimiter != ","):
                line, text = (day_first or month_first)  # type: ignore[misc]
                note(table.header_line, name, ph(
                    N_("dates in column {column} read as day/month/year: {text} on line "
                       "{line} settles it") if day_first else
                    N_("dates in column {column} read as month/day/year: {text} on line "
                       "{line} settles it"), column=label, text=text, line=line))
        elif undecided:
            if table.delimiter == ",":
                orders[name] = "month_first"  # US Excel's comma CSV
            else:
                ambiguous.append(name)
                line, text = undecided
                ambiguous_text = (label, line, text)
    if ambiguous:
        label, line, text = ambiguous_text
        raise AmbiguousDates(ph(N_(
            "column {column}: every slash date, e.g. {text} on line {line}, reads as both "
            "day/month and month/day, and the file does not say which (dates in {names}); "
            "choose the order in the import preview, or on the command line write date_order "
            "= \"day_first\" (or \"month_first\") under [options] in a map file and pass it "
            "with --map"), column=label, text=text, line=line, names=", ".join(ambiguous)),
            tuple(ambiguous))
    return orders


def read_hours(text: str, delimiter: str, decimal: str | None) -> Decimal:
    """A number of hours as the file writes it; ``decimal`` is the file's settled
    convention (``"comma"``, ``"point"`` or None when nothing settles it)."""
    raw = text
    if delimiter == ";":
        if _DOTTED_THOUSANDS.fullmatch(text) or _DOTTED_WITH_COMMA.fullmatch(text):
            if decimal == "comma":
                text = text.replace(".", "")
            elif decimal is None:
                raise CellError(ph(N_(
                    "{value} could be {grouped} (a dot grouping thousands, as European "
                    "spreadsheets write) or {raw} hours, and nothing else in the file says "
                    "which; write it without the dot, or set decimal = \"comma\" (or "
                    "\"point\") under [options] in a map file (--map)"), value=repr(raw),
                    grouped=raw.replace(".", ""), raw=raw))
        if decimal != "point" and _DECIMAL_COMMA.fullmatch(text):
            text = text.replace(",", ".")
    elif _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    if not _NUMBER.fullmatch(text):
        raise CellError(ph(N_("{value} is not a number of hours; use e.g. 600 or 12.5"),
                           value=repr(raw)))
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise CellError(ph(N_("{value} is not a number of hours"), value=repr(raw))) from None
    if value < 0:
        raise CellError(ph(N_("{value} is negative; hours must be zero or more"), value=raw))
    if value > validation.MAX_PROGRAM_HOURS:
        raise CellError(ph(N_("{value} hours is more than {most}; check the figure"), value=raw,
                           most=str(validation.MAX_PROGRAM_HOURS)))
    return value


def date_reader(day_first: bool) -> Callable[[str], dt.date]:
    """A reader of one date column: ISO, slash dates in the column's order, dotted dates."""

    def read(text: str) -> dt.date:
        if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass  # the slow path below says why
        if m := _ISO_DATE.fullmatch(text):
            year, month, day = (int(g) for g in m.groups())
        elif m := _SLASH_DATE.fullmatch(text):
            a, b, year = (int(g) for g in m.groups())
            day, month = (a, b) if day_first else (b, a)
        elif m := _DOTTED_DATE.fullmatch(text):
            day, month, year = (int(g) for g in m.groups())
        elif _SERIAL.fullmatch(text):
            raise CellError(ph(N_("{value} is a date stored as a number (a spreadsheet's day "
                                  "count); format the column as a date, e.g. 2025-06-30"),
                               value=repr(text)))
        else:
            raise CellError(ph(N_("{value} is not a date; use YYYY-MM-DD, e.g. 2025-06-30"),
                               value=repr(text)))
        try:
            return dt.date(year, month, day)
        except ValueError as exc:
            raise CellError(ph(N_("{value} is not a real date ({why})"), value=repr(text),
                               why=str(exc))) from None

    return read
