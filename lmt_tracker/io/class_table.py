"""A class list's raw cells: text files decoded and split, before any column means anything.

What spreadsheets write on the machines registrars use: UTF-8 (with or without a
byte-order mark), Excel's default "CSV (Comma delimited)" on Windows (cp1252), and
"Unicode Text" (UTF-16 with a byte-order mark, tab separated). The encoding used is
said in a note, never guessed silently; bytes that are none of these are refused.
Workbooks (``.xlsx``) are read by ``class_xlsx`` into the same :class:`RawTable`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from lmt_tracker.domain.core.phrases import N_, ph

DELIMITERS = (",", ";", "\t")
MAX_ROWS = 100_000
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16 (Excel “Unicode Text”)",
    "cp1252": "Windows-1252 (Excel “CSV (Comma delimited)” on Windows)",
}


class ClassFileError(ValueError):
    """The file cannot be read as a class list at all (exit status 2 on the command line)."""


@dataclass
class RawTable:
    """The header row and the non-blank rows, every cell stripped text.

    ``lines`` are where each row starts in the file (a text editor's line, or the
    sheet's row number); ``where(line, index)`` names a cell for messages ("" for text
    files, whose messages name the line and the column instead).
    """

    header_line: int
    header: list[str]
    rows: list[list[str]]
    lines: list[int]
    delimiter: str  # ",", ";", "\t", or "" for a workbook
    kind: str = "csv"  # "csv" or "xlsx"
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    refusals: dict[int, str] = field(default_factory=dict)  # line → why the row is refused
    sheets: tuple[str, ...] = ()  # a workbook's sheets; the one read is ``sheet``
    sheet: str = ""
    where: Callable[[int, int], str] = lambda line, index: ""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ClassFileError(ph(N_("byte {n}: the file starts as UTF-16 text but is not valid "
                                    "UTF-16; export the class list again"), n=exc.start)) from None
    if head.startswith(b"PK\x03\x04"):
        raise ClassFileError(ph(N_("this is an Excel workbook; give it a .xlsx name to read it as "
                                "one, or in Excel choose File › Save As › CSV UTF-8")))
    if b"\x00" in head:
        raise ClassFileError(ph(N_("this is not a text file (it holds binary data); export the "
                                "class list as CSV UTF-8, or as Unicode Text with its byte-order "
                                "mark")))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        line = data.count(b"\n", 0, utf8_error.start) + 1
        raise ClassFileError(ph(N_("line {line}: the file is neither UTF-8 nor Windows-1252 text; "
                                "save it as CSV UTF-8 (in Excel: Save As › CSV UTF-8)"),
                             line=line)) from None


def text_table(data: bytes | str, score: Callable[[list[str]], int]) -> RawTable:
    """Decode, choose the separator under which the header ``score``s best, and split."""
    if isinstance(data, str):
        text, encoding = data, "utf-8"
    else:
        text, encoding = decode(data)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ClassFileError(ph(N_("the file is empty; it needs a header row naming the columns "
                                "(student_id, name, total_hours, …)")))
    delimiter = _delimiter(text, score)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    notes: list[str] = []
    if encoding not in ("utf-8", "utf-8-sig"):
        notes.append(ph(N_("read as {encoding} text"), encoding=ENCODING_NAMES[encoding]))
    try:
        header_line, header = 0, None
        for raw in reader:
            if any(cell.strip() for cell in raw):
                header_line, header = reader.line_num, [c.strip() for c in raw]
                break
        if header is None:
            raise ClassFileError(ph(N_("the file has no header row")))
        rows: list[list[str]] = []
        lines: list[int] = []
        start = reader.line_num + 1
        for raw in reader:
            line, start = start, reader.line_num + 1
            cells = [c.strip() for c in raw]
            if not any(cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise ClassFileError(ph(N_("more than {n} rows; split the file"),
                                        n=f"{MAX_ROWS:,}"))
            rows.append(cells)
            lines.append(line)
    except csv.Error as exc:
        raise ClassFileError(ph(N_("line {line}: not readable as CSV ({why}); check for an "
                                "unclosed quote"), line=reader.line_num, why=str(exc))) from None
    return RawTable(header_line, header, rows, lines, delimiter, "csv", encoding, notes)


def _delimiter(text: str, score: Callable[[list[str]], int]) -> str:
    """The separator under which the header names the most known columns."""
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
        except csv.Error:
            continue
        found = (score(header), len(header))
        if found > best_score:
            best, best_score = delimiter, found
    return best
