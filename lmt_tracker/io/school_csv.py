"""A school's class list (CSV or Excel workbook) read into graduates, every bad row explained.

Registrars export these files from spreadsheets and student information systems, so
the reader accepts what they write: UTF-8, Windows-1252 or UTF-16 text
(``class_table``), ``.xlsx`` workbooks (``class_xlsx``), Excel-style quoting, commas,
semicolons or tabs, the school's own column names (``class_mapping``: exact names,
common synonyms, a map file or the user's choice), decimal commas, US and European
dates. It never guesses silently: where the file cannot settle how to read a value
(slash dates whose day and month both fit, ``1.000`` in a file that shows no decimal
convention) the column is refused with the reason and the fix, and the conventions it
did infer are stated in notes. A cell it cannot read refuses its row, with the line,
the column and the reason, and the other rows are still read. Only input that cannot
be a class list at all raises :class:`ClassFileError`. Nothing here touches the
database: the caller decides whether to store the good rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TypeVar

from lmt_tracker.domain.core import validation
from lmt_tracker.domain.core.records import Graduate
from lmt_tracker.domain.core.words import plural
from lmt_tracker.io.class_mapping import (
    DATE_COLUMNS,
    ONLINE_SUBJECT_COLUMNS,
    ONLINE_SUFFIX,
    SUBJECT_COLUMNS,
    ColumnMapping,
    MapFile,
    MappingError,
    closest,
    propose,
    state_exam,
)
from lmt_tracker.io.class_table import MAX_ROWS, ClassFileError, RawTable, text_table

__all__ = [
    "AmbiguousDates",
    "ParsedClass",
    "RowError",
    "parse_class_csv",
    "parse_table",
    "read_class_csv",
    "read_class_file",
    "read_table",
]

EXAM_RESULTS = {
    "pass": "pass", "passed": "pass", "p": "pass", "fail": "fail", "failed": "fail",
    "f": "fail", "scheduled": "scheduled", "none": "none", "": "none", "n/a": "none",
    "not taken": "none",
}
MBLEX_RESULTS = EXAM_RESULTS
MAX_BYTES = 64 * 1024 * 1024
PREVIEW_ROWS = 8
_V = TypeVar("_V")
_ZERO = Decimal(0)

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


class AmbiguousDates(ClassFileError):
    """Slash dates whose day and month both fit, with nothing in the file to settle them.
    ``columns`` names the fields; the caller asks the user (or refuses, naming the fix)."""

    def __init__(self, message: str, columns: tuple[str, ...]) -> None:
        super().__init__(message)
        self.columns = columns


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem at a place in the file. ``refused`` is False for notes about the
    file (unknown columns, the encoding used) that do not stop any row from being audited."""

    line: int
    column: str | None
    message: str
    refused: bool = True

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        if not self.line:
            return self.message
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
    mapping: ColumnMapping | None = None
    preview: tuple[tuple[str, ...], ...] = ()  # the first rows as in the file
    kind: str = "csv"
    encoding: str = "utf-8"
    date_orders: tuple[tuple[str, str], ...] = ()  # (field, day_first|month_first) used

    @property
    def refused_lines(self) -> tuple[int, ...]:
        return tuple(sorted({e.line for e in self.errors if e.refused}))

    @property
    def refused(self) -> int:
        return len(self.refused_lines)


Mapping_ = ColumnMapping | MapFile | None


def read_table(path: Path | str, sheet: str | None = None) -> RawTable:
    """The raw cells of a class file: a workbook by its name or its first bytes, else text."""
    path = Path(path)
    if not path.is_file():
        raise ClassFileError("no such file")
    if path.stat().st_size > MAX_BYTES:
        raise ClassFileError(f"{path.name} is larger than {MAX_BYTES // 2**20} MB; "
                             "split the class into several files")
    with path.open("rb") as f:
        magic = f.read(4)
    if path.suffix.lower() in (".xlsx", ".xlsm") or magic == b"PK\x03\x04":
        from lmt_tracker.io.class_xlsx import read_sheet

        return read_sheet(path, sheet)
    if path.suffix.lower() == ".xls":
        raise ClassFileError("this is an old Excel 97-2003 workbook (.xls); in Excel choose "
                             "File › Save As › Excel Workbook (.xlsx) or CSV UTF-8")
    return text_table(path.read_bytes(), _score)


def read_class_file(path: Path | str, today: dt.date | None = None,
                    mapping: Mapping_ = None, *, closeness: bool = False) -> ParsedClass:
    """Read a class list (CSV, text or ``.xlsx``); raises ClassFileError when it cannot be one."""
    sheet = mapping.sheet if mapping is not None else None
    return parse_table(read_table(path, sheet), today, mapping, closeness=closeness)


read_class_csv = read_class_file


def parse_class_csv(data: bytes | str, today: dt.date | None = None,
                    mapping: Mapping_ = None, *, closeness: bool = False) -> ParsedClass:
    """Parse a class list held in memory (bytes as read from disk, or text)."""
    return parse_table(text_table(data, _score), today, mapping, closeness=closeness)


def _score(header: list[str]) -> int:
    return sum(1 for f in propose(header).fields if f is not None)


def mapping_for(table: RawTable, mapping: Mapping_ = None, *,
                closeness: bool = False) -> ColumnMapping:
    """The mapping to read ``table`` with: the one given, or proposed from its header."""
    header = table.header
    try:
        if isinstance(mapping, ColumnMapping):
            if list(mapping.headers) == header:
                return mapping
            return propose(header, mapping.given(), closeness=closeness,
                           date_order=mapping.date_order, decimal=mapping.decimal,
                           sheet=mapping.sheet)
        if isinstance(mapping, MapFile):
            return propose(header, mapping.columns, closeness=closeness,
                           date_order=mapping.date_order, decimal=mapping.decimal,
                           sheet=mapping.sheet)
        return propose(header, closeness=closeness)
    except MappingError as exc:
        raise ClassFileError(str(exc)) from None


def parse_table(table: RawTable, today: dt.date | None = None, mapping: Mapping_ = None,
                *, closeness: bool = False) -> ParsedClass:
    """Read the graduates of a raw table through a column mapping."""
    chosen = mapping_for(table, mapping, closeness=closeness)
    parser = _Parser(table, chosen, today or dt.date.today())
    if isinstance(mapping, MapFile):
        known = {h.strip().lower() for h in table.header}
        for header in mapping.columns:
            if header.strip().lower() not in known:
                parser.note(table.header_line, None, f"the map file names column {header!r}, "
                            "which this file does not have")
    return parser.run()


@dataclass(frozen=True, slots=True)
class _Plan:
    """Where each field is in a row, worked out once from the mapping."""

    student_id: int
    name: int
    total: int
    subjects: tuple[tuple[str, int], ...]
    online: tuple[str, int] | None
    clinical: tuple[str, int] | None
    dates: tuple[tuple[str, tuple[str, int] | None], ...]
    mblex: tuple[str, int] | None
    exams: tuple[tuple[str, int, str, str], ...]  # (field, index, state, exam)
    school_state: tuple[str, int] | None = None
    subject_online: tuple[tuple[str, int], ...] = ()  # ("<subject>_online", index)

    @classmethod
    def of(cls, mapping: ColumnMapping) -> _Plan:
        index = {f: i for i, f in enumerate(mapping.fields) if f is not None}

        def at(name: str) -> tuple[str, int] | None:
            return (name, index[name]) if name in index else None

        exams = []
        for f, i in sorted(index.items()):
            found = state_exam(f)
            if found is not None:
                exams.append((f, i, *found))
        return cls(
            student_id=index["student_id"], name=index["name"], total=index["total_hours"],
            subjects=tuple((n, index[n]) for n in SUBJECT_COLUMNS if n in index),
            online=at("online_hours"), clinical=at("clinical_hours"),
            dates=tuple((n, at(n)) for n in DATE_COLUMNS), mblex=at("mblex"),
            exams=tuple(exams), school_state=at("school_state"),
            subject_online=tuple((n, index[n]) for n in ONLINE_SUBJECT_COLUMNS if n in index),
        )

    def hours_columns(self) -> list[int]:
        out = [self.total, *(i for _, i in self.subjects)]
        out += [c[1] for c in (self.online, self.clinical) if c is not None]
        out += [i for _, i in self.subject_online]
        return out


class _CellError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _normal(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").split())


class _Parser:
    """Header checks and the file's conventions first, then each row on its own."""

    def __init__(self, table: RawTable, mapping: ColumnMapping, today: dt.date) -> None:
        self.table = table
        self.mapping = mapping
        self.delimiter = table.delimiter
        self.today = today
        self.errors: list[RowError] = []
        self._known_hours: dict[str, Decimal] = {}
        self.decimal: str | None = None
        self.date_orders: dict[str, str] = {}
        for text in table.notes:
            self.note(0, None, text)

    def note(self, line: int, column: str | None, message: str) -> None:
        self.errors.append(RowError(line, column, message, refused=False))

    def _label(self, index: int) -> str:
        """A column as the user knows it: its field, and its own header when different."""
        field = self.mapping.fields[index]
        header = self.table.header[index] if index < len(self.table.header) else ""
        if field and _normal(header) != field:
            return f"{field} ({header!r})"
        return field or header or f"#{index + 1}"

    # -- header --------------------------------------------------------------------------
    def _check_header(self) -> None:
        line, header, m = self.table.header_line, self.table.header, self.mapping
        seen: dict[str, int] = {}
        for i, raw in enumerate(header):
            name = _normal(raw)
            if not name:
                continue
            if name in seen:
                raise ClassFileError(f"line {line}: column {name!r} appears twice "
                                     f"(columns {seen[name] + 1} and {i + 1}); keep one")
            seen.setdefault(name, i)
        by_name = []
        for raw, field, how in zip(header, m.fields, m.how, strict=True):
            if not raw:
                continue
            if field is None and how != "given":
                near = closest(raw, frozenset(filter(None, m.fields)))
                hint = f"; did you mean {near}?" if near else ""
                self.note(line, _normal(raw), f"unknown column {_normal(raw)!r}, ignored{hint} "
                          "(Help › User guide, “A school's graduation audit”, lists "
                          "the columns; map it with --map or in the import preview)")
            elif how == "synonym":
                by_name.append(f"{raw!r} as {field}")
            elif how == "closest":
                self.note(line, field, f"column {raw!r} read as {field} (the closest name); "
                          "check it in the mapping")
        if by_name:
            self.note(line, None, "columns read by their usual names: " + ", ".join(by_name))
        missing = m.missing()
        if missing:
            found = ", ".join(h for h in header if h) or "nothing"
            raise ClassFileError(
                f"line {line}: missing required {plural(len(missing), 'column')} "
                f"{', '.join(missing)}; the header row must name student_id, name and "
                "total_hours, or a map file (--map) must "
                f"say which columns hold them (found: {found})")

    # -- conventions ---------------------------------------------------------------------
    def _decimal_convention(self, plan: _Plan) -> None:
        """Semicolon files: a decimal comma anywhere makes ``1.000`` a thousand; a decimal
        point (not three digits after it) makes it one; otherwise it stays unreadable."""
        self.decimal = self.mapping.decimal
        if self.delimiter != ";" or self.decimal is not None:
            return
        comma = point = None
        columns = plan.hours_columns()
        for line, cells in zip(self.table.lines, self.table.rows, strict=True):
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
        if settled is not None:
            self.decimal = "comma" if comma else "point"

    def _date_conventions(self, plan: _Plan) -> None:
        """Per date column: day or month first, from the values that settle it, the map
        file, or (comma files only) the US convention. Unsettled columns are refused."""
        given = self.mapping.date_order
        ambiguous: list[str] = []
        for name, column in plan.dates:
            if column is None:
                continue
            i = column[1]
            day_first = month_first = undecided = None
            for line, cells in zip(self.table.lines, self.table.rows, strict=True):
                text = cells[i] if i < len(cells) else ""
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
            label = self._label(i)
            if given is not None:
                self.date_orders[name] = given
            elif day_first and month_first:
                raise ClassFileError(
                    f"column {label} mixes day/month dates ({day_first[1]} on line "
                    f"{day_first[0]}) and month/day dates ({month_first[1]} on line "
                    f"{month_first[0]}); write every date as YYYY-MM-DD")
            elif day_first or month_first:
                order = "day_first" if day_first else "month_first"
                self.date_orders[name] = order
                if undecided and (order == "day_first" or self.delimiter != ","):
                    line, text = (day_first or month_first)  # type: ignore[misc]
                    self.note(self.table.header_line, name, f"dates in column {label} read as "
                              f"{'day/month' if day_first else 'month/day'}/year: {text} on "
                              f"line {line} settles it")
            elif undecided:
                if self.delimiter == ",":
                    self.date_orders[name] = "month_first"  # US Excel's comma CSV
                else:
                    ambiguous.append(name)
                    line, text = undecided
                    self._ambiguous_text = (label, line, text)
        if ambiguous:
            label, line, text = self._ambiguous_text
            names = ", ".join(ambiguous)
            raise AmbiguousDates(
                f"column {label}: every slash date, e.g. {text} on line {line}, reads as both "
                f"day/month and month/day, and the file does not say which (dates in "
                f"{names}); choose the order in the import preview, or on the command line "
                "write date_order = \"day_first\" (or \"month_first\") under [options] in a "
                "map file and pass it with --map", tuple(ambiguous))

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
        if self.delimiter == ";":
            if _DOTTED_THOUSANDS.fullmatch(text) or _DOTTED_WITH_COMMA.fullmatch(text):
                if self.decimal == "comma":
                    text = text.replace(".", "")
                elif self.decimal is None:
                    raise _CellError(
                        f"{raw!r} could be {raw.replace('.', '')} (a dot grouping thousands, "
                        f"as European spreadsheets write) or {raw} hours, and nothing else in "
                        "the file says which; write it without the dot, or set decimal = "
                        "\"comma\" (or \"point\") under [options] in a map file (--map)")
            if self.decimal != "point" and _DECIMAL_COMMA.fullmatch(text):
                text = text.replace(",", ".")
        elif _GROUPED.fullmatch(text):
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

    def _date_reader(self, name: str) -> Callable[[str], dt.date]:
        day_first = self.date_orders.get(name) == "day_first"

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
                raise _CellError(f"{text!r} is a date stored as a number (a spreadsheet's day "
                                 "count); format the column as a date, e.g. 2025-06-30")
            else:
                raise _CellError(f"{text!r} is not a date; use YYYY-MM-DD, e.g. 2025-06-30")
            try:
                return dt.date(year, month, day)
            except ValueError as exc:
                raise _CellError(f"{text!r} is not a real date ({exc})") from None

        return read

    # -- rows ----------------------------------------------------------------------------
    def run(self) -> ParsedClass:
        table = self.table
        self._check_header()
        plan = _Plan.of(self.mapping)
        width = len(table.header)
        for cells in table.rows:  # short rows are padded once, before the conventions
            if len(cells) < width:
                cells += [""] * (width - len(cells))
        self._decimal_convention(plan)
        self._date_conventions(plan)
        readers = {name: self._date_reader(name) for name, _ in plan.dates}
        refusals = table.refusals
        unnamed = {i for i, name in enumerate(table.header) if not name}
        unnamed_used: set[int] = set()
        good: list[tuple[int, Graduate]] = []
        rows = len(table.rows)
        if rows == 0:
            raise ClassFileError("the file has a header row but no graduates")
        if rows > MAX_ROWS:
            raise ClassFileError(f"more than {MAX_ROWS:,} rows; split the file")
        for line, cells in zip(table.lines, table.rows, strict=True):
            if refusals and line in refusals:
                self.errors.append(RowError(line, None, refusals[line]))
                continue
            if len(cells) > width and any(cells[width:]):
                self.errors.append(RowError(
                    line, None, f"the row has {len(cells)} values but the header names "
                    f"{width} columns — an extra separator or a missing quote?"))
                continue
            if unnamed:
                unnamed_used.update(i for i in unnamed if cells[i])
            graduate = self._row(line, cells, plan, readers)
            if graduate is not None:
                good.append((line, graduate))
        for i in sorted(unnamed_used):
            self.note(table.header_line, f"#{i + 1}", f"column {i + 1} has no name in the "
                      "header row; its values are ignored")
        good = self._refuse_duplicates(good)
        self.errors.sort(key=lambda e: (e.line, e.refused))
        columns = tuple(f or _normal(h) for f, h in zip(self.mapping.fields, table.header,
                                                        strict=True))
        return ParsedClass(
            graduates=tuple(g for _, g in good),
            errors=tuple(self.errors),
            rows_read=rows,
            columns=columns,
            delimiter=self.delimiter,
            lines=tuple(line for line, _ in good),
            mapping=self.mapping,
            preview=tuple(tuple(r) for r in table.rows[:PREVIEW_ROWS]),
            kind=table.kind,
            encoding=table.encoding,
            date_orders=tuple(sorted(self.date_orders.items())),
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
            errors.append(RowError(line, column[0], self._at(line, column[1]) + exc.message))
            return None

    def _at(self, line: int, index: int) -> str:
        where = self.table.where(line, index)
        return f"cell {where}: " if where else ""

    def _row(self, line: int, cells: list[str], plan: _Plan,
             readers: dict[str, Callable[[str], dt.date]]) -> Graduate | None:
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
        subject_online = []
        for column in plan.subject_online:
            hours = self._read(line, cells, column, self._hours, errors)
            if hours:
                subject_online.append((column[0].removesuffix(ONLINE_SUFFIX), hours))
        online = self._read(line, cells, plan.online, self._hours, errors)
        clinical = self._read(line, cells, plan.clinical, self._hours, errors)
        dates = {key: self._read(line, cells, column, readers[key], errors)
                 for key, column in plan.dates}
        text = cells[plan.mblex[1]] if plan.mblex else ""
        mblex = EXAM_RESULTS.get(text.lower())
        if mblex is None:
            errors.append(RowError(line, "mblex", f"{text!r} is not an MBLEx result; "
                                   "use pass, fail, scheduled or none"))
        exams = []
        for field, index, state, exam in plan.exams:
            text = cells[index]
            result = EXAM_RESULTS.get(text.lower())
            if result is None:
                errors.append(RowError(line, field, f"{self._at(line, index)}{text!r} is not an "
                                       "exam result; use pass, fail, scheduled or none"))
            elif result != "none":
                exams.append((state, exam, result))
        if errors:
            self.errors.extend(errors)
            return None
        assert total is not None and mblex is not None
        school_state = cells[plan.school_state[1]].strip().upper() if plan.school_state else ""
        errors = _consistency(line, total, subject_hours, online, clinical, dates)
        errors += _online_split(line, subject_hours, subject_online, online, plan.online)
        graduate = Graduate(
            student_id=student_id, name=name, total_hours=total,
            subject_hours=tuple(subject_hours),
            online_hours=online or _ZERO, clinical_hours=clinical or _ZERO,
            program_start=dates["program_start"], graduation_date=dates["graduation_date"],
            birth_date=dates["birth_date"], mblex=mblex, mblex_date=dates["mblex_date"],
            state_exams=tuple(sorted(exams)), school_state=school_state,
            subject_online=tuple(sorted(subject_online)) or None,
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


def _online_split(line: int, subjects: list[tuple[str, Decimal]],
                  split: list[tuple[str, Decimal]], online: Decimal | None,
                  online_column: tuple[str, int] | None) -> list[RowError]:
    """A subject's online hours are part of that subject's hours, and all of them part of
    the program's online hours: each breach names the column, the value and the fix."""
    have = dict(subjects)
    out = []
    for subject, hours in split:
        if hours > have.get(subject, _ZERO):
            out.append(RowError(line, f"{subject}{ONLINE_SUFFIX}", f"{hours} online hours are "
                                f"more than the {subject} column's {have.get(subject, _ZERO)}; "
                                f"the online hours are part of the subject's hours, so "
                                f"{subject} must be at least {hours}"))
    added = sum((h for _, h in split), _ZERO)
    if not out and added > (online or _ZERO):
        fix = ("add an online_hours column with the program's online total" if online_column
               is None else f"online_hours must be at least {added} (it includes them)")
        out.append(RowError(line, "online_hours", f"{online or _ZERO} is less than the "
                            f"per-subject online columns' {added}; {fix}"))
    return out


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
