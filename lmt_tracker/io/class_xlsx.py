"""A class list in an Excel workbook (``.xlsx``), read into the same raw table as a CSV.

openpyxl's read-only mode streams the sheet, so memory stays bounded by the rows kept
(at most ``MAX_ROWS``), never by the sheet's size. The first visible sheet is read
unless another is chosen. What a CSV cannot hold is named by its cell: a formula
without a saved result, merged cells, a date stored as a number (in the date reader),
a sheet that does not exist. Formulas with saved results are read as their values,
as Excel shows them.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

from lmt_tracker.domain.core.phrases import N_, Phrase, joined, ph
from lmt_tracker.io.class_table import MAX_ROWS, ClassFileError, RawTable

#: Stop reading after this many empty rows in a row: a sheet formatted down to row
#: 1,048,576 would otherwise be walked to its end.
EMPTY_RUN = 10_000
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_FORMULA = re.compile(rb"<f[\s>/]")


def column_letter(index: int) -> str:
    """0 → A, 26 → AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        text = repr(value)
        if "e" in text or len(text.split(".")[1]) > 6:
            text = f"{value:.6f}".rstrip("0").rstrip(".")
        return text
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def read_sheet(path: Path, sheet: str | None = None) -> RawTable:
    try:
        from openpyxl import load_workbook
    except ImportError:  # pragma: no cover - a dependency
        raise ClassFileError(ph(N_("reading .xlsx needs the openpyxl package; save the sheet "
                                   "as CSV UTF-8 instead"))) from None
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except MemoryError:
        raise
    except Exception as exc:  # any damage inside the zip is the file's fault
        raise ClassFileError(_unreadable(exc)) from None
    try:
        return _read(wb, path, sheet)
    except (ClassFileError, MemoryError):
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, EOFError,
            SyntaxError, AttributeError, IndexError) as exc:  # a damaged sheet part
        raise ClassFileError(_unreadable(exc)) from None
    finally:
        wb.close()


def _unreadable(exc: BaseException) -> Phrase:
    return ph(N_("not a readable Excel workbook ({kind}: {detail}); open it in Excel and save "
                 "it again as .xlsx, or save the sheet as CSV UTF-8"),
              kind=exc.__class__.__name__, detail=str(exc)[:120])


def _names(names: list[str]) -> Phrase:
    return joined([repr(n) for n in names])


def _choose(wb: Any, sheet: str | None, notes: list[str]) -> Any:
    names = list(wb.sheetnames)
    if sheet is not None:
        if sheet not in names:
            raise ClassFileError(ph(N_("the workbook has no sheet {sheet}; its sheets: {names}"),
                                    sheet=repr(sheet), names=_names(names)))
        ws = wb[sheet]
        if ws.sheet_state != "visible":
            notes.append(ph(N_("sheet {sheet} is hidden in the workbook; read as asked"),
                            sheet=repr(sheet)))
        return ws
    hidden: list[str] = []
    for name in names:
        ws = wb[name]
        if ws.sheet_state == "visible":
            if hidden:
                notes.append(ph(N_("hidden sheet {hidden} skipped; read sheet {sheet}")
                                if len(hidden) == 1 else
                                N_("hidden sheets {hidden} skipped; read sheet {sheet}"),
                                hidden=_names(hidden), sheet=repr(name)))
            elif len(names) > 1:
                notes.append(ph(N_("read the first sheet, {sheet}, of {n}"), sheet=repr(name),
                                n=len(names)))
            return ws
        hidden.append(name)
    raise ClassFileError(ph(N_("every sheet of the workbook is hidden; unhide the class list")))


def _scan(ws: Any) -> tuple[list[tuple[int, int, int, int]], bool]:
    """Merged ranges (first col, first row, last col, last row; 0-based columns) and
    whether any formula is present, from the sheet's XML, streamed."""
    merged: list[tuple[int, int, int, int]] = []
    formulas = False
    tail = b""
    try:
        source = ws._get_source()  # the sheet's XML in the archive
    except Exception:
        return merged, False
    with source:
        while chunk := source.read(1 << 20):
            block = tail + chunk
            formulas = formulas or _FORMULA.search(block) is not None
            for m in _MERGE.finditer(block):
                c1, r1, c2, r2 = m.group(1), m.group(2), m.group(3) or m.group(1), \
                    m.group(4) or m.group(2)
                merged.append((_col(c1), int(r1), _col(c2), int(r2)))
            tail = block[-200:]
    return sorted(set(merged)), formulas


def _col(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _read(wb: Any, path: Path, sheet: str | None) -> RawTable:
    notes: list[str] = []
    ws = _choose(wb, sheet, notes)
    merged, has_formulas = _scan(ws)
    header_line = 0
    header: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    holes: list[tuple[int, int]] = []  # (row, col) of a cell with no value, to check
    empty_run = 0
    beyond = False
    width = 0
    for number, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
        if not header:
            cells = [_text(v) for v in values]
            if any(cells):
                while cells and not cells[-1]:
                    cells.pop()
                header_line, header, width = number, cells, len(cells)
            continue
        cells = [_text(v) for v in values[:width]]
        if not any(cells):
            if any(_text(v) for v in values[width:]):
                beyond = True
            empty_run += 1
            if empty_run >= EMPTY_RUN:
                notes.append(ph(N_("stopped reading at row {row}: {n} empty rows in a row; "
                                   "delete the empty rows if the class continues below"),
                                row=number, n=f"{EMPTY_RUN:,}"))
                break
            continue
        empty_run = 0
        if len(rows) >= MAX_ROWS:
            raise ClassFileError(ph(N_("more than {n} rows; split the class into several "
                                       "sheets or files"), n=f"{MAX_ROWS:,}"))
        if not beyond and any(_text(v) for v in values[width:]):
            beyond = True
        if has_formulas:
            holes.extend((number, i) for i, c in enumerate(cells) if not c)
        cells += [""] * (width - len(cells))
        rows.append(cells)
        lines.append(number)
    if not header:
        raise ClassFileError(ph(N_("sheet {sheet} is empty; it needs a header row naming the "
                                   "columns (student_id, name, total_hours, …)"),
                                sheet=repr(ws.title)))
    if beyond:
        notes.append(ph(N_("values right of column {column} have no header and are ignored"),
                        column=column_letter(width - 1)))
    _check_merged(merged, header_line, width)
    refusals = _check_formulas(path, ws.title, holes) if holes else {}

    def where(line: int, index: int) -> str:
        return f"{column_letter(index)}{line}"

    table = RawTable(header_line, header, rows, lines, "", kind="xlsx", encoding="xlsx",
                     notes=notes, refusals=refusals, where=where)
    _refuse_merged_rows(table, merged)
    table.sheets = tuple(wb.sheetnames)
    table.sheet = ws.title
    return table


def _check_merged(merged: list[tuple[int, int, int, int]], header_line: int, width: int) -> None:
    for c1, r1, c2, r2 in merged:
        if r1 <= header_line <= r2 and c1 < width:
            raise ClassFileError(ph(N_("cells {cells} are merged in the header row; unmerge "
                                       "them so each column has its own name"),
                                    cells=f"{column_letter(c1)}{r1}:{column_letter(c2)}{r2}"))


def _refuse_merged_rows(table: RawTable, merged: list[tuple[int, int, int, int]]) -> None:
    """A merged range over data cells holds its value in its first cell only: which
    graduate the others belong to is not ours to guess, so those rows are refused."""
    rows = set(table.lines)
    for c1, r1, c2, r2 in merged:
        if r2 <= table.header_line:
            continue
        ref = f"{column_letter(c1)}{r1}:{column_letter(c2)}{r2}"
        for line in range(max(r1, table.header_line + 1), r2 + 1):
            if line in rows and line not in table.refusals:
                table.refusals[line] = ph(N_("cells {cells} are merged; unmerge them and give "
                                             "each cell its own value"), cells=ref)


def _check_formulas(path: Path, title: str, holes: list[tuple[int, int]]) -> dict[int, str]:
    """Formulas whose result Excel never saved (a file written by a program): their rows
    are refused, naming the cell."""
    from openpyxl import load_workbook

    wanted: dict[int, list[int]] = {}
    for row, col in holes:
        wanted.setdefault(row, []).append(col)
    found: dict[int, str] = {}
    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        ws = wb[title]
        last = max(wanted)
        for number, values in enumerate(ws.iter_rows(min_row=1, max_row=last,
                                                     values_only=True), start=1):
            for col in wanted.get(number, ()):
                value = values[col] if col < len(values) else None
                if isinstance(value, str) and value.startswith("=") and number not in found:
                    found[number] = ph(N_(
                        "cell {cell} holds a formula ({formula}) with no saved result; open the "
                        "workbook in Excel and save it, or paste the values instead of "
                        "formulas"), cell=f"{column_letter(col)}{number}", formula=value[:40])
    finally:
        wb.close()
    return found
