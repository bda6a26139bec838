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

The parts live beside it: the header checks in ``class_header``, how numbers and dates
are written (and which convention a column shows) in ``class_cells``, one row's plan and
its checks across cells in ``class_rows``; this module reads the rows in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from lmt_tracker.domain.core import validation
from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.records import Graduate
from lmt_tracker.io.class_cells import (
    CellError,
    date_orders,
    date_reader,
    decimal_convention,
    read_hours,
)
from lmt_tracker.io.class_header import check_header, normal_name
from lmt_tracker.io.class_map_file import MapFile
from lmt_tracker.io.class_mapping import (
    ONLINE_SUFFIX,
    ColumnMapping,
    MappingError,
    propose,
)
from lmt_tracker.io.class_rows import (
    EXAM_RESULTS,
    ZERO,
    RowError,
    RowPlan,
    consistency,
    online_split,
)
from lmt_tracker.io.class_table import MAX_ROWS, ClassFileError, RawTable, text_table

__all__ = [
    "ParsedClass",
    "parse_class_csv",
    "parse_table",
    "read_class_csv",
    "read_class_file",
    "read_table",
]

MAX_BYTES = 64 * 1024 * 1024
PREVIEW_ROWS = 8
_V = TypeVar("_V")


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
        raise ClassFileError(ph(N_("no such file")))
    if path.stat().st_size > MAX_BYTES:
        raise ClassFileError(ph(N_("{name} is larger than {mb} MB; split the class into several "
                                "files"), name=path.name, mb=MAX_BYTES // 2**20))
    with path.open("rb") as f:
        magic = f.read(4)
    if path.suffix.lower() in (".xlsx", ".xlsm") or magic == b"PK\x03\x04":
        from lmt_tracker.io.class_xlsx import read_sheet

        return read_sheet(path, sheet)
    if path.suffix.lower() == ".xls":
        raise ClassFileError(ph(N_("this is an old Excel 97-2003 workbook (.xls); in Excel "
                                "choose File › Save As › Excel Workbook (.xlsx) or CSV UTF-8")))
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
        raise ClassFileError(exc.args[0]) from None  # the phrase, for the user's language


def parse_table(table: RawTable, today: dt.date | None = None, mapping: Mapping_ = None,
                *, closeness: bool = False) -> ParsedClass:
    """Read the graduates of a raw table through a column mapping."""
    chosen = mapping_for(table, mapping, closeness=closeness)
    parser = _Parser(table, chosen, today or dt.date.today())
    if isinstance(mapping, MapFile):
        known = {h.strip().lower() for h in table.header}
        for header in mapping.columns:
            if header.strip().lower() not in known:
                parser.note(table.header_line, None, ph(N_(
                    "the map file names column {header}, which this file does not have"),
                    header=repr(header)))
    return parser.run()


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
        if field and normal_name(header) != field:
            return f"{field} ({header!r})"
        return field or header or f"#{index + 1}"

    # -- conventions ---------------------------------------------------------------------
    def _decimal_convention(self, plan: RowPlan) -> None:
        """The file's decimal convention: the map file's, else (semicolon files only) what
        the hours cells show (``class_cells.decimal_convention``)."""
        self.decimal = self.mapping.decimal
        if self.delimiter == ";" and self.decimal is None:
            self.decimal = decimal_convention(self.table.lines, self.table.rows,
                                              plan.hours_columns())

    # -- cells ---------------------------------------------------------------------------
    # -- cells ---------------------------------------------------------------------------
    def _hours(self, text: str) -> Decimal:
        known = self._known_hours.get(text)  # a class repeats the same few figures
        if known is not None:
            return known
        value = read_hours(text, self.delimiter, self.decimal)
        self._known_hours[text] = value
        return value

    # -- rows ----------------------------------------------------------------------------
    def run(self) -> ParsedClass:
        table = self.table
        check_header(table, self.mapping, self.note)
        plan = RowPlan.of(self.mapping)
        width = len(table.header)
        for cells in table.rows:  # short rows are padded once, before the conventions
            if len(cells) < width:
                cells += [""] * (width - len(cells))
        self._decimal_convention(plan)
        self.date_orders = date_orders(table, plan.dates, self.mapping.date_order,
                                       self._label, self.note)
        readers = {name: date_reader(self.date_orders.get(name) == "day_first")
                   for name, _ in plan.dates}
        refusals = table.refusals
        unnamed = {i for i, name in enumerate(table.header) if not name}
        unnamed_used: set[int] = set()
        good: list[tuple[int, Graduate]] = []
        rows = len(table.rows)
        if rows == 0:
            raise ClassFileError(ph(N_("the file has a header row but no graduates")))
        if rows > MAX_ROWS:
            raise ClassFileError(ph(N_("more than {n} rows; split the file"), n=f"{MAX_ROWS:,}"))
        for line, cells in zip(table.lines, table.rows, strict=True):
            if refusals and line in refusals:
                self.errors.append(RowError(line, None, refusals[line]))
                continue
            if len(cells) > width and any(cells[width:]):
                self.errors.append(RowError(line, None, ph(
                    N_("the row has {n} values but the header names {width} columns — an extra "
                       "separator or a missing quote?"), n=len(cells), width=width)))
                continue
            if unnamed:
                unnamed_used.update(i for i in unnamed if cells[i])
            graduate = self._row(line, cells, plan, readers)
            if graduate is not None:
                good.append((line, graduate))
        for i in sorted(unnamed_used):
            self.note(table.header_line, f"#{i + 1}", ph(N_("column {n} has no name in the header "
                                                            "row; its values are ignored"),
                                                         n=i + 1))
        good = self._refuse_duplicates(good)
        self.errors.sort(key=lambda e: (e.line, e.refused))
        columns = tuple(f or normal_name(h) for f, h in zip(self.mapping.fields, table.header,
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
        except CellError as exc:
            errors.append(RowError(line, column[0], Phrase("{at}{message}", {
                "at": self._at(line, column[1]), "message": exc.message})))
            return None

    def _at(self, line: int, index: int) -> str:
        where = self.table.where(line, index)
        return ph(N_("cell {where}: "), where=where) if where else ""

    def _row(self, line: int, cells: list[str], plan: RowPlan,
             readers: dict[str, Callable[[str], dt.date]]) -> Graduate | None:
        errors: list[RowError] = []
        student_id, name = cells[plan.student_id], cells[plan.name]
        if not student_id:
            errors.append(RowError(line, "student_id", ph(N_(
                "the student id is missing; every row needs one (it matches the row on "
                "re-import)"))))
        if not name:
            errors.append(RowError(line, "name", ph(N_("the name is missing"))))
        total = self._read(line, cells, ("total_hours", plan.total), self._hours, errors)
        if total is None and not cells[plan.total]:
            errors.append(RowError(line, "total_hours", ph(N_("total hours are missing"))))
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
            errors.append(RowError(line, "mblex", ph(N_("{value} is not an MBLEx result; use pass, "
                                                        "fail, scheduled or none"),
                                                     value=repr(text))))
        exams = []
        for field, index, state, exam in plan.exams:
            text = cells[index]
            result = EXAM_RESULTS.get(text.lower())
            if result is None:
                errors.append(RowError(line, field, ph(N_("{at}{value} is not an exam result; use "
                                                          "pass, fail, scheduled or none"),
                                                       at=self._at(line, index),
                                                       value=repr(text))))
            elif result != "none":
                exams.append((state, exam, result))
        if errors:
            self.errors.extend(errors)
            return None
        assert total is not None and mblex is not None
        school_state = cells[plan.school_state[1]].strip().upper() if plan.school_state else ""
        errors = consistency(line, total, subject_hours, online, clinical, dates)
        errors += online_split(line, subject_hours, subject_online, online, plan.online)
        graduate = Graduate(
            student_id=student_id, name=name, total_hours=total,
            subject_hours=tuple(subject_hours),
            online_hours=online or ZERO, clinical_hours=clinical or ZERO,
            program_start=dates["program_start"], graduation_date=dates["graduation_date"],
            birth_date=dates["birth_date"], mblex=mblex, mblex_date=dates["mblex_date"],
            state_exams=tuple(sorted(exams)), school_state=school_state,
            subject_online=tuple(sorted(subject_online)) or None,
        )
        if not errors:
            # The store's own rules, so a row read here is never refused by save_class.
            errors = [RowError(line, p.field, Phrase("{value} {message}", {
                "value": p.value if isinstance(p.value, Decimal) else str(p.value),
                "message": p.message}) if p.value not in ("", None) else p.message)
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
                self.errors.append(RowError(line, "student_id", ph(N_(
                    "duplicate student id {sid} (also on line {others}); keep one row per "
                    "student"), sid=repr(sid), others=others)))
        return [(line, g) for line, g in good if g.student_id not in repeated]

