"""A school's class list (CSV) read into graduates, with every bad row explained.

Registrars export these files from spreadsheets, so the reader accepts what Excel
writes: UTF-8 with or without a byte-order mark, Excel-style quoting, commas or
semicolons (European Excel), decimal commas in semicolon files, US ``M/D/YYYY``
dates. It never guesses a value: a cell it cannot read refuses its row, with the
line, the column and the reason, and the other rows are still read. Only input that
cannot be a class list at all (not UTF-8 text, no recognisable header, a required
column missing) raises :class:`ClassFileError`. Nothing here touches the database:
the caller decides whether to store the good rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TypeVar

from lmt_tracker.domain import validation
from lmt_tracker.domain.records import Graduate
from lmt_tracker.domain.vocabulary import ENTRY_SUBJECTS

REQUIRED = ("student_id", "name", "total_hours")
DELIVERY_COLUMNS = ("online_hours", "clinical_hours")
DATE_COLUMNS = ("program_start", "graduation_date", "birth_date", "mblex_date")
SUBJECT_COLUMNS = tuple(sorted(ENTRY_SUBJECTS))
KNOWN_COLUMNS = frozenset(
    (*REQUIRED, *DELIVERY_COLUMNS, *DATE_COLUMNS, "mblex", *SUBJECT_COLUMNS)
)
MBLEX_RESULTS = {
    "pass": "pass", "passed": "pass", "fail": "fail", "failed": "fail",
    "scheduled": "scheduled", "none": "none", "": "none",
}
MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 100_000
DELIMITERS = (",", ";", "\t")
_V = TypeVar("_V")
_ZERO = Decimal(0)

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")
_ISO_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


class ClassFileError(ValueError):
    """The file cannot be read as a class list at all (exit status 2 on the command line)."""


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem at a place in the file. ``refused`` is False for notes about the
    header (unknown columns) that do not stop any row from being audited."""

    line: int
    column: str | None
    message: str
    refused: bool = True

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ParsedClass:
    """The good rows as graduates (in file order), and every problem found."""

    graduates: tuple[Graduate, ...]
    errors: tuple[RowError, ...]
    rows_read: int
    columns: tuple[str, ...]
    delimiter: str
    lines: tuple[int, ...] = ()  # the file line of each graduate

    @property
    def refused_lines(self) -> tuple[int, ...]:
        return tuple(sorted({e.line for e in self.errors if e.refused}))

    @property
    def refused(self) -> int:
        return len(self.refused_lines)


def read_class_csv(path: Path | str, today: dt.date | None = None) -> ParsedClass:
    """Read a class-list file; raises ClassFileError when it cannot be one."""
    path = Path(path)
    if not path.is_file():
        raise ClassFileError("no such file")
    if path.stat().st_size > MAX_BYTES:
        raise ClassFileError(f"{path.name} is larger than {MAX_BYTES // 2**20} MB; "
                             "split the class into several files")
    return parse_class_csv(path.read_bytes(), today)


def parse_class_csv(data: bytes | str, today: dt.date | None = None) -> ParsedClass:
    """Parse a class list held in memory (bytes as read from disk, or text)."""
    text = data if isinstance(data, str) else _decode(data)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ClassFileError("the file is empty; it needs a header row naming the columns "
                             "(student_id, name, total_hours, …)")
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return _Parser(reader, delimiter, today or dt.date.today()).run()
    except csv.Error as exc:
        raise ClassFileError(f"line {reader.line_num}: not readable as CSV ({exc}); "
                             "check for an unclosed quote") from None


def _decode(data: bytes) -> str:
    head = data[:4096]
    if head.startswith(b"PK\x03\x04"):
        raise ClassFileError("this is an Excel workbook (.xlsx), not a CSV file; in Excel "
                             "choose File › Save As › CSV UTF-8 (Comma delimited)")
    if b"\x00" in head:
        raise ClassFileError("this is not a text file (it holds binary data); "
                             "export the class list as CSV UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ClassFileError(f"line {line}: the file is not UTF-8 text; save it as "
                             "CSV UTF-8 (in Excel: Save As › CSV UTF-8)") from None


def _normal(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").split())


def _delimiter(text: str) -> str:
    """The separator under which the header names the most known columns."""
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
        except csv.Error:
            continue
        names = {_normal(h) for h in header}
        score = (len(names & KNOWN_COLUMNS), len(header))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _suggest(name: str) -> str:
    close = difflib.get_close_matches(name, sorted(KNOWN_COLUMNS), n=1, cutoff=0.75)
    return f"; did you mean {close[0]}?" if close else ""


@dataclass(frozen=True, slots=True)
class _Plan:
    """Where each known column is in a row, worked out once from the header."""

    student_id: int
    name: int
    total: int
    subjects: tuple[tuple[str, int], ...]
    online: tuple[str, int] | None
    clinical: tuple[str, int] | None
    dates: tuple[tuple[str, tuple[str, int] | None], ...]
    mblex: tuple[str, int] | None

    @classmethod
    def of(cls, header: list[str]) -> _Plan:
        index = {name: i for i, name in enumerate(header) if name in KNOWN_COLUMNS}

        def at(name: str) -> tuple[str, int] | None:
            return (name, index[name]) if name in index else None

        return cls(
            student_id=index["student_id"], name=index["name"], total=index["total_hours"],
            subjects=tuple((n, index[n]) for n in SUBJECT_COLUMNS if n in index),
            online=at("online_hours"), clinical=at("clinical_hours"),
            dates=tuple((n, at(n)) for n in DATE_COLUMNS), mblex=at("mblex"),
        )


class _CellError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Parser:
    """One pass over the rows; header checks first, then each row on its own."""

    def __init__(self, reader: Iterator[list[str]], delimiter: str, today: dt.date) -> None:
        self.reader = reader
        self.delimiter = delimiter
        self.today = today
        self.errors: list[RowError] = []
        self._known_hours: dict[str, Decimal] = {}

    # -- header --------------------------------------------------------------------------
    def _header(self) -> tuple[int, list[str]]:
        for raw in self.reader:
            if any(cell.strip() for cell in raw):
                return self.reader.line_num, [_normal(c) for c in raw]  # type: ignore[attr-defined]
        raise ClassFileError("the file has no header row")

    def _check_header(self, line: int, header: list[str]) -> None:
        seen: dict[str, int] = {}
        for i, name in enumerate(header):
            if not name:
                continue
            if name in seen:
                raise ClassFileError(f"line {line}: column {name!r} appears twice "
                                     f"(columns {seen[name] + 1} and {i + 1}); keep one")
            seen[name] = i
            if name not in KNOWN_COLUMNS:
                self.errors.append(RowError(
                    line, name, f"unknown column {name!r}, ignored{_suggest(name)} "
                    "(docs/school-audit.md lists the columns)", refused=False))
        missing = [c for c in REQUIRED if c not in seen]
        if missing:
            found = ", ".join(h for h in header if h) or "nothing"
            raise ClassFileError(
                f"line {line}: missing required column(s) {', '.join(missing)}; the header "
                f"row must name student_id, name and total_hours (found: {found})")

    # -- cells ---------------------------------------------------------------------------
    def _hours(self, text: str) -> Decimal:
        known = self._known_hours.get(text)  # a class repeats the same few figures
        if known is not None:
            return known
        value = self._parse_hours(text)
        self._known_hours[text] = value
        return value

    def _parse_hours(self, text: str) -> Decimal:
        raw = text
        if self.delimiter == ";" and _DECIMAL_COMMA.fullmatch(text):
            text = text.replace(",", ".")
        elif self.delimiter != ";" and _GROUPED.fullmatch(text):
            text = text.replace(",", "")
        if not _NUMBER.fullmatch(text):
            raise _CellError(f"{raw!r} is not a number of hours; use e.g. 600 or 12.5")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise _CellError(f"{raw!r} is not a number of hours") from None
        if value < 0:
            raise _CellError(f"{raw} is negative; hours must be zero or more")
        if value > validation.MAX_PROGRAM_HOURS:
            raise _CellError(f"{raw} hours is more than {validation.MAX_PROGRAM_HOURS}; "
                             "check the figure")
        return value

    @staticmethod
    def _date(text: str) -> dt.date:
        if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass  # the slow path below says why
        if m := _ISO_DATE.fullmatch(text):
            year, month, day = (int(g) for g in m.groups())
        elif m := _US_DATE.fullmatch(text):
            month, day, year = (int(g) for g in m.groups())
        else:
            raise _CellError(f"{text!r} is not a date; use YYYY-MM-DD, e.g. 2025-06-30")
        try:
            return dt.date(year, month, day)
        except ValueError as exc:
            raise _CellError(f"{text!r} is not a real date ({exc})") from None

    # -- rows ----------------------------------------------------------------------------
    def run(self) -> ParsedClass:
        header_line, header = self._header()
        self._check_header(header_line, header)
        plan = _Plan.of(header)
        width = len(header)
        unnamed = {i for i, name in enumerate(header) if not name}
        unnamed_used: set[int] = set()
        good: list[tuple[int, Graduate]] = []
        rows = 0
        start = self.reader.line_num + 1  # type: ignore[attr-defined]
        for raw in self.reader:
            line, start = start, self.reader.line_num + 1  # type: ignore[attr-defined]
            cells = [c.strip() for c in raw]
            if not any(cells):
                continue
            rows += 1
            if rows > MAX_ROWS:
                raise ClassFileError(f"more than {MAX_ROWS:,} rows; split the file")
            if len(cells) > width:
                if any(cells[width:]):
                    self.errors.append(RowError(
                        line, None, f"the row has {len(cells)} values but the header names "
                        f"{width} columns — an extra separator or a missing quote?"))
                    continue
            elif len(cells) < width:
                cells += [""] * (width - len(cells))
            unnamed_used.update(i for i in unnamed if cells[i])
            graduate = self._row(line, cells, plan)
            if graduate is not None:
                good.append((line, graduate))
        if rows == 0:
            raise ClassFileError("the file has a header row but no graduates")
        for i in sorted(unnamed_used):
            self.errors.append(RowError(header_line, f"#{i + 1}", f"column {i + 1} has no name "
                                        "in the header row; its values are ignored",
                                        refused=False))
        good = self._refuse_duplicates(good)
        self.errors.sort(key=lambda e: (e.line, e.refused))
        return ParsedClass(
            graduates=tuple(g for _, g in good),
            errors=tuple(self.errors),
            rows_read=rows,
            columns=tuple(header),
            delimiter=self.delimiter,
            lines=tuple(line for line, _ in good),
        )

    def _read(self, line: int, cells: list[str], column: tuple[str, int] | None,
              parse: Callable[[str], _V], errors: list[RowError]) -> _V | None:
        """One optional cell: None when empty; a refusal recorded when unreadable."""
        if column is None:
            return None
        text = cells[column[1]]
        if not text:
            return None
        try:
            return parse(text)
        except _CellError as exc:
            errors.append(RowError(line, column[0], exc.message))
            return None

    def _row(self, line: int, cells: list[str], plan: _Plan) -> Graduate | None:
        errors: list[RowError] = []
        student_id, name = cells[plan.student_id], cells[plan.name]
        if not student_id:
            errors.append(RowError(line, "student_id", "the student id is missing; every row "
                                   "needs one (it matches the row on re-import)"))
        if not name:
            errors.append(RowError(line, "name", "the name is missing"))
        total = self._read(line, cells, ("total_hours", plan.total), self._hours, errors)
        if total is None and not cells[plan.total]:
            errors.append(RowError(line, "total_hours", "total hours are missing"))
        subject_hours = []
        for column in plan.subjects:
            hours = self._read(line, cells, column, self._hours, errors)
            if hours:
                subject_hours.append((column[0], hours))
        online = self._read(line, cells, plan.online, self._hours, errors)
        clinical = self._read(line, cells, plan.clinical, self._hours, errors)
        dates = {key: self._read(line, cells, column, self._date, errors)
                 for key, column in plan.dates}
        text = cells[plan.mblex[1]] if plan.mblex else ""
        mblex = MBLEX_RESULTS.get(text.lower())
        if mblex is None:
            errors.append(RowError(line, "mblex", f"{text!r} is not an MBLEx result; "
                                   "use pass, fail, scheduled or none"))
        if errors:
            self.errors.extend(errors)
            return None
        assert total is not None and mblex is not None
        errors = _consistency(line, total, subject_hours, online, clinical, dates)
        graduate = Graduate(
            student_id=student_id, name=name, total_hours=total,
            subject_hours=tuple(subject_hours),
            online_hours=online or _ZERO, clinical_hours=clinical or _ZERO,
            program_start=dates["program_start"], graduation_date=dates["graduation_date"],
            birth_date=dates["birth_date"], mblex=mblex, mblex_date=dates["mblex_date"],
        )
        if not errors:
            # The store's own rules, so a row read here is never refused by save_class.
            errors = [RowError(line, p.field, f"{p.value} {p.message}" if p.value not in
                               ("", None) else p.message)
                      for p in validation.graduate_problems(graduate, self.today)]
        if errors:
            self.errors.extend(errors)
            return None
        return graduate

    def _refuse_duplicates(self, good: list[tuple[int, Graduate]]) -> list[tuple[int, Graduate]]:
        """Refuse every row of a repeated student id: which one is right is the school's call."""
        lines: dict[str, list[int]] = {}
        for line, g in good:
            lines.setdefault(g.student_id, []).append(line)
        repeated = {sid: ls for sid, ls in lines.items() if len(ls) > 1}
        if not repeated:
            return good
        for sid, ls in repeated.items():
            for line in ls:
                others = ", ".join(str(x) for x in ls if x != line)
                self.errors.append(RowError(line, "student_id", f"duplicate student id {sid!r} "
                                            f"(also on line {others}); keep one row per student"))
        return [(line, g) for line, g in good if g.student_id not in repeated]


def _consistency(line: int, total: Decimal, subjects: list[tuple[str, Decimal]],
                 online: Decimal | None, clinical: Decimal | None,
                 dates: dict[str, dt.date | None]) -> list[RowError]:
    """Checks across cells: parts above the whole, dates in an impossible order."""
    out = [RowError(line, key, f"{hours} subject hours are more than total_hours {total}")
           for key, hours in subjects if hours > total]
    added = sum((h for _, h in subjects), Decimal(0))
    if not out and added > total:
        out.append(RowError(line, "total_hours", f"the subject columns add up to {added}, more "
                            f"than total_hours {total}; each hour belongs to one subject"))
    for key, value in (("online_hours", online), ("clinical_hours", clinical)):
        if value is not None and value > total:
            out.append(RowError(line, key, f"{value} is more than total_hours {total}"))
    if not out and (online or 0) + (clinical or 0) > total:
        out.append(RowError(line, "clinical_hours", f"online_hours {online} and clinical_hours "
                            f"{clinical} add up to more than total_hours {total}"))
    start, end, birth = dates["program_start"], dates["graduation_date"], dates["birth_date"]
    if start and end and end < start:
        out.append(RowError(line, "graduation_date", f"{end} is before program_start {start}"))
    if birth and start and birth >= start:
        out.append(RowError(line, "birth_date", f"{birth} is not before program_start {start}"))
    return out
