"""A class list's header row checked before any row is read.

Repeated column names and missing required columns make the file unreadable
(:class:`ClassFileError`); unknown columns, columns read by a synonym or by the closest
name are said in notes, so the registrar sees how each column was taken.
"""

from __future__ import annotations

from collections.abc import Callable

from lmt_tracker.domain.core.phrases import N_, joined, ph
from lmt_tracker.io.class_mapping import ColumnMapping, closest
from lmt_tracker.io.class_table import ClassFileError, RawTable

__all__ = ["check_header", "normal_name"]

Note = Callable[[int, "str | None", str], None]  # (line, column, message)


def normal_name(name: str) -> str:
    """A header as a field name: lower case, words joined by underscores."""
    return "_".join(name.strip().lower().replace("-", " ").split())


def check_header(table: RawTable, m: ColumnMapping, note: Note) -> None:
    """Refuse a header that cannot name the required columns; ``note`` what was guessed."""
    line, header = table.header_line, table.header
    seen: dict[str, int] = {}
    for i, raw in enumerate(header):
        name = normal_name(raw)
        if not name:
            continue
        if name in seen:
            raise ClassFileError(ph(N_("line {line}: column {name} appears twice (columns {first} "
                                    "and {second}); keep one"), line=line, name=repr(name),
                                 first=seen[name] + 1, second=i + 1))
        seen.setdefault(name, i)
    by_name = []
    for raw, field, how in zip(header, m.fields, m.how, strict=True):
        if not raw:
            continue
        if field is None and how != "given":
            near = closest(raw, frozenset(filter(None, m.fields)))
            hint: str = ph(N_("; did you mean {name}?"), name=near) if near else ""
            note(line, normal_name(raw), ph(N_(
                "unknown column {name}, ignored{hint} (Help › User guide, “A school's graduation "
                "audit”, lists the columns; map it with --map or in the import preview)"),
                name=repr(normal_name(raw)), hint=hint))
        elif how == "synonym":
            by_name.append(ph(N_("{header} as {field}"), header=repr(raw), field=str(field)))
        elif how == "closest":
            note(line, field, ph(N_("column {name} read as {field} (the closest name); check it "
                                    "in the mapping"), name=repr(raw), field=str(field)))
    if by_name:
        note(line, None, ph(N_("columns read by their usual names: {names}"),
                            names=joined(by_name)))
    missing = m.missing()
    if missing:
        found: str = ", ".join(h for h in header if h) or ph(N_("nothing"))
        raise ClassFileError(ph(
            N_("line {line}: missing required column {columns}; the header row must name "
               "student_id, name and total_hours, or a map file (--map) must say which columns "
               "hold them (found: {found})") if len(missing) == 1 else
            N_("line {line}: missing required columns {columns}; the header row must name "
               "student_id, name and total_hours, or a map file (--map) must say which columns "
               "hold them (found: {found})"), line=line, columns=", ".join(missing), found=found))

