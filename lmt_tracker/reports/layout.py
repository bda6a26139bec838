"""Page geometry, the "page x of y" footer, PDF metadata: one document shell for all reports.

"Page x of y" needs the total before the first page is finished, so the canvas keeps
every page's drawing state and writes the footers when the document is saved. The
same canvas serves report pages and certificate pages (portrait or landscape), so a
merged certificate is numbered like any other page.

Made for every reader, screen readers and viewers included: the canvas starts in the
embedded DejaVu Sans (reportlab would start every page in Helvetica, a font it never
embeds), viewers show the document title instead of the file name, and each section
heading becomes a bookmark. Bookmarks are written at save time, page by page: the
pages are only handed to the PDF then, so a bookmark made while laying out would point
at the wrong page.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from lmt_tracker import __version__, language
from lmt_tracker.language import _
from lmt_tracker.reports import styles as st
from lmt_tracker.reports.fonts import register_fonts
from lmt_tracker.reports.text import fit, markup, one_line

PORTRAIT = letter
LANDSCAPE = landscape(letter)
MARGIN = 0.6 * float(inch)
FOOTER_BAND = 0.45 * float(inch)  # below the frame: footer text lives here

BODY = "body"
CERT_PORTRAIT = "certificate-portrait"
CERT_LANDSCAPE = "certificate-landscape"


def frame_width(pagesize: tuple[float, float] = PORTRAIT) -> float:
    """Usable width of a page's frame (what tables are sized to)."""
    return float(pagesize[0]) - 2 * MARGIN


@dataclass(frozen=True)
class DocumentInfo:
    """What the PDF says about itself (document properties) and prints in each footer."""

    title: str
    author: str
    subject: str
    footer: str
    keywords: tuple[str, ...] = ()


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that writes "Page x of y" and the footer line once the page count is known."""

    def __init__(self, *args: object, footer: str = "", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._footer_text = footer
        self._pending: list[dict[str, object]] = []
        self._marks: list[tuple[str, int, float, float]] = []

    def mark_section(self, title: str, level: int, x: float = 0, y: float = 0) -> None:
        """A bookmark named ``title`` at (x, y) of the current drawing position."""
        ax, ay = self.absolutePosition(x, y)
        self._marks.append((title, level, ax, ay))

    def showPage(self) -> None:
        self._pending.append(dict(self.__dict__))
        self._marks = []  # the page kept above holds its own list
        self._startPage()

    def save(self) -> None:
        total = len(self._pending)
        outline = False
        for state in self._pending:
            self.__dict__.update(state)
            for n, (title, level, x, y) in enumerate(self._marks):
                key = f"page-{self._pageNumber}-mark-{n}"  # restored per page, so unique
                self.bookmarkHorizontalAbsolute(key, y, left=x)
                self.addOutlineEntry(title, key, level=level)
                outline = True
            self._draw_footer(total)
            Canvas.showPage(self)
        if outline:
            self.showOutline()  # viewers open with the bookmarks panel
        Canvas.save(self)

    def _draw_footer(self, total: int) -> None:
        regular, _bold = register_fonts()
        width = self._pagesize[0]
        y = MARGIN - FOOTER_BAND + 0.12 * inch
        right = _("Page {0} of {total}").format(self._pageNumber, total=total)
        self.saveState()
        self.setStrokeColor(st.RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 11, width - MARGIN, y + 11)
        self.setFillColor(st.MUTED)
        self.setFont(regular, 7.5)
        self.drawRightString(width - MARGIN, y, right)
        room = width - 2 * MARGIN - self.stringWidth(right, regular, 7.5) - 18
        footer = _one_line_paragraph(self._footer_text, room)
        footer.drawOn(self, MARGIN, y - footer.height + 7.5)
        self.restoreState()


def _one_line_paragraph(text: str, width: float) -> Paragraph:
    """``text`` on one line of small print, shortened with "…" until it fits.

    A Paragraph (not ``drawString``) so a CJK or right-to-left name in the footer is
    set like everywhere else.
    """
    style = st.styles().footer
    shown = fit(text, width, style.fontName, style.fontSize)
    while True:
        para = Paragraph(markup(shown), style)
        para.wrap(width, 100)
        if len(para.blPara.lines) <= 1 or len(shown) <= 2:
            return para
        shown = shown[: max(len(shown) * 9 // 10, 1)].rstrip("…").rstrip() + "…"


def _template(ident: str, pagesize: tuple[float, float]) -> PageTemplate:
    frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=ident)
    return PageTemplate(id=ident, frames=[frame], pagesize=pagesize)


def build_pdf(story: Sequence[Flowable], info: DocumentInfo) -> bytes:
    """Lay out ``story`` on Letter pages and return the PDF bytes."""
    regular, _ = register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PORTRAIT,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=one_line(info.title),
        author=one_line(info.author),
        subject=one_line(info.subject),
        keywords=[one_line(k) for k in info.keywords],
        creator=f"LMT Tracker {__version__}",
        producer=f"LMT Tracker {__version__} (reportlab)",
        lang="es" if language.code() == "es" else "en-US",
        initialFontName=regular,  # never Helvetica: it is not embedded
        displayDocTitle=1,  # the title bar shows the title, not the file name
    )
    doc.addPageTemplates([_template(BODY, PORTRAIT), _template(CERT_PORTRAIT, PORTRAIT),
                          _template(CERT_LANDSCAPE, LANDSCAPE)])
    maker = functools.partial(NumberedCanvas, footer=one_line(info.footer))
    doc.build(list(story), canvasmaker=maker)
    return buffer.getvalue()
