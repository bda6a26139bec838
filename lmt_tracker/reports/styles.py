"""The look shared by every report: type sizes, colours, and a wrapping grid table.

Only these helpers build Paragraphs, and they escape their text, so no report can
pass raw user text to the markup parser by accident. Tables get fixed column widths
(cells wrap instead of overflowing), a repeated header row and rows that may split
across pages (a pathological 5,000-character title still fits).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as _Table

from lmt_tracker.reports.fonts import register_fonts
from lmt_tracker.reports.text import markup

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6775")
RULE = colors.HexColor("#c9d1da")
HEAD_FILL = colors.HexColor("#e4ebf2")
ZEBRA = colors.HexColor("#f6f8fa")
GOOD = colors.HexColor("#1e7a3c")
BAD = colors.HexColor("#b3261e")
WARN = colors.HexColor("#9a6700")

#: Verdict/status word → colour.
STATUS_COLOURS = {"met": GOOD, "short": BAD, "to_confirm": WARN, "unverified": WARN, "info": MUTED}


class Table(_Table):  # type: ignore[misc]  # reportlab is untyped
    """reportlab's table, set in DejaVu Sans: its default cell font is Helvetica, which
    it selects before drawing each table's first cell and never embeds."""

    def __init__(self, data: object, *args: object, **kwargs: object) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts()[0])]))


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    label: ParagraphStyle
    footer: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles (built once, after the fonts are registered)."""
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, textColor=INK)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=17, leading=21,
                             spaceAfter=4),
        h2=ParagraphStyle("h2", parent=body, fontName=bold, fontSize=11.5, leading=15,
                          spaceBefore=12, spaceAfter=5, keepWithNext=1),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=bold),
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell, fontName=bold,
                                       alignment=TA_RIGHT),
        label=ParagraphStyle("label", parent=cell, fontName=bold, textColor=MUTED),
        footer=ParagraphStyle("footer", parent=body, fontSize=7.5, leading=9, textColor=MUTED),
    )


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph showing ``text`` exactly (escaped); the default style is body text."""
    return Paragraph(markup(text), style or styles().body)


def rich(parts: Sequence[tuple[object, str | None]],
         style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of escaped pieces, each optionally bold or coloured.

    ``parts`` is ``(text, look)`` where look is None, ``"b"`` or a hex colour such as
    ``"#b3261e"``; only these fixed looks ever become markup.
    """
    out = []
    for text, look in parts:
        piece = markup(text)
        if look == "b":
            piece = f"<b>{piece}</b>"
        elif look:
            piece = f'<font color="{look}"><b>{piece}</b></font>'
        out.append(piece)
    return Paragraph("".join(out), style or styles().body)


class Heading(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A section heading that is also a bookmark of the PDF (``level`` 0 is top).

    reportlab rebuilds a split paragraph through its class: the first piece keeps the
    bookmark, the rest carry none.
    """

    def __init__(self, text: str | None, style: ParagraphStyle, *args: object,
                 bookmark: str = "", level: int = 0, **kwargs: object) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.bookmark = bookmark
        self.level = level

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        for n, part in enumerate(parts):
            if isinstance(part, Heading):
                part.bookmark, part.level = (self.bookmark if n == 0 else ""), self.level
        return parts

    def draw(self) -> None:
        super().draw()
        mark = getattr(self.canv, "mark_section", None)
        if self.bookmark and mark is not None:  # a plain canvas (a bare test) has no outline
            mark(self.bookmark, self.level, 0, self.height)


def heading(text: str, style: ParagraphStyle | None = None, level: int = 0) -> Paragraph:
    """A section heading (a bookmark too); ``style`` defaults to the h2 look."""
    return Heading(markup(text), style or styles().h2, bookmark=" ".join(str(text).split()),
                   level=level)


class Bookmark(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A bookmark where it stands, drawing nothing (for a section without a heading)."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title = " ".join(title.split())
        self.level = level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        mark = getattr(self.canv, "mark_section", None)
        if mark is not None:
            mark(self.title, self.level, 0, 0)


def gap(points: float = 6) -> Spacer:
    return Spacer(1, points)


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    cell_colours: dict[tuple[int, int], colors.Color] | None = None,
    bold_rows: Sequence[int] = (),
) -> Table:
    """A table of escaped, wrapping cells with a repeated header.

    ``right``: column indexes aligned right (figures). ``cell_colours`` maps a
    (column, row) of the body to a text colour, set in bold (statuses);
    ``bold_rows`` are body rows set in bold (totals; negative counts from the end).
    """
    st = styles()
    right_set = set(right)
    tints = cell_colours or {}
    bold = {r if r >= 0 else len(rows) + r for r in bold_rows}
    data: list[list[object]] = [[para(h, st.cell_head_right if c in right_set else st.cell_head)
                                 for c, h in enumerate(header)]]
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            style = st.cell_right if c in right_set else st.cell
            if isinstance(value, Flowable):  # already built (escaped) by the caller
                cells.append(value)
                continue
            colour = tints.get((c, r)) or (INK if r in bold else None)
            cells.append(para(value, _tinted(style, colour) if colour is not None else style))
        data.append(cells)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if len(rows) > 3:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    return Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT",
                 style=TableStyle(commands))


def column_widths(columns: Sequence[float | None], total: float) -> list[float]:
    """Column widths in points: fixed figures as given, ``None`` columns share the rest.

    Fixed widths are measured for the longest value a column holds (a date, "Self-study"),
    so figures never wrap; the text columns take what is left.
    """
    fixed = sum(c for c in columns if c is not None)
    flexible = sum(1 for c in columns if c is None) or 1
    share = max(total - fixed, 0) / flexible
    return [share if c is None else c for c in columns]


@cache
def _tinted(style: ParagraphStyle, colour: colors.Color) -> ParagraphStyle:
    _, bold = register_fonts()
    return ParagraphStyle(f"{style.name}-{colour.hexval()}", parent=style, textColor=colour,
                          fontName=bold)


def fields_table(pairs: Sequence[tuple[str, object]], widths: tuple[float, float]) -> Table:
    """Label/value pairs in two columns (report headers)."""
    st = styles()
    data = [[para(label, st.label), para(value, st.cell)] for label, value in pairs]
    return Table(data, colWidths=list(widths), hAlign="LEFT", splitInRow=1, style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
