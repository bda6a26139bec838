"""Attach certificate files to a report: every page stamped with its SHA-256.

An auditor must be able to tie each attached page to the stored original, so every
certificate page carries a caption: which certificate, for which course, the file
name and the SHA-256 of the stored bytes.

Images are drawn by reportlab, scaled to fit the page (turned upright from the
camera's EXIF tag, downsampled to 200 dpi to keep the file small). PDF
certificates are merged page by page with pypdf: reportlab first lays out a
captioned, numbered page with an empty box for each certificate page, then pypdf
draws the original page into that box. So page numbering ("page x of y") and
captions come from one layout pass, and merged pages keep their own text.
A file that cannot be read still gets a page naming it and its checksum, saying why.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pypdf import PageObject, Transformation
from pypdf.errors import LimitReachedError, PyPdfError
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph

from lmt_tracker.domain.core.records import Certificate
from lmt_tracker.language import _
from lmt_tracker.reports import layout
from lmt_tracker.reports import styles as st
from lmt_tracker.reports.text import markup

PRINT_DPI = 200
#: The largest image drawn (50 megapixels; a 600-dpi scan of a legal page is 43). An image
#: declaring more is a decompression bomb or a mistake; it gets a note, never decoded.
MAX_IMAGE_PIXELS = 50_000_000
#: What a certificate page may not bring into the report: links, actions, attachments and
#: form fields live in these keys of a page; only its drawing (contents, resources) is kept.
ACTIVE_PAGE_KEYS = ("/Annots", "/AA")
CAPTION_GAP = 8
#: A caption names at most this many courses, each line at most CAPTION_CHARS long:
#: the certificate keeps most of its page whatever the titles (the list has them all).
CAPTION_COURSES = 5
CAPTION_CHARS = 220


@dataclass(frozen=True)
class Attachment:
    """One certificate to attach: its label (e.g. "C3"), caption lines and the stored file."""

    label: str
    lines: tuple[str, ...]
    certificate: Certificate


@dataclass(frozen=True)
class Placement:
    """Where pypdf must draw one page of a PDF certificate (page number is 1-based)."""

    page: int
    box: tuple[float, float, float, float]
    source: PageObject


@dataclass
class CertificatePlan:
    """The flowables to append to a story, and the PDF pages to merge after layout."""

    story: list[Flowable] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)


Painter = Callable[["CertificatePage", float, float, float, float], None]


class CertificatePage(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A whole page: caption at the top, the certificate (or a note) in the box below."""

    def __init__(self, caption: Sequence[Paragraph], paint: Painter,
                 marks: Sequence[tuple[str, int]] = ()) -> None:
        super().__init__()
        self.caption = list(caption)
        self.paint = paint
        self.marks = tuple(marks)  # (title, level) bookmarks at the top of the page

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        for p in self.caption:
            p.wrap(avail_width, avail_height)
        self.height = avail_height - 1
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        mark: Any = getattr(canv, "mark_section", None)
        for title, level in self.marks if mark is not None else ():
            mark(title, level, 0, y)
        for p in self.caption:
            y -= p.height
            p.drawOn(canv, 0, y)
        y -= CAPTION_GAP / 2
        canv.saveState()
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.6)
        canv.line(0, y, self.width, y)
        canv.restoreState()
        self.paint(self, 0, 0, self.width, y - CAPTION_GAP / 2)


def _short(text: str) -> str:
    return text if len(text) <= CAPTION_CHARS else text[: CAPTION_CHARS - 1] + "…"


def _caption(attachment: Attachment, part: str) -> list[Paragraph]:
    """Label, file name, the courses it documents, and the SHA-256 of the stored bytes."""
    s = st.styles()
    cert = attachment.certificate
    title = _short(_("Certificate {0} — {1}{part}").format(attachment.label, cert.file_name,
                                                           part=part))
    lines = [_short(line) for line in attachment.lines[:CAPTION_COURSES]]
    if len(attachment.lines) > CAPTION_COURSES:
        lines.append(_("… and {0} more courses (see the course list)")
                     .format(len(attachment.lines) - CAPTION_COURSES))
    out = [Paragraph(f"<b>{markup(title)}</b>", s.body)]
    out += [Paragraph(markup(line), s.cell) for line in lines]
    out.append(Paragraph(_("SHA-256: {0}").format(markup(cert.sha256)), s.cell))
    return out


def _orientation(width: float, height: float) -> str:
    return layout.CERT_LANDSCAPE if width > height else layout.CERT_PORTRAIT


def _new_page(template: str) -> list[Flowable]:
    return [NextPageTemplate(template), PageBreak()]


def _image_painter(image: object, size: tuple[int, int]) -> Painter:
    def paint(page: CertificatePage, x: float, y: float, w: float, h: float) -> None:
        scale = min(w / size[0], h / size[1])
        dw, dh = size[0] * scale, size[1] * scale
        left, bottom = x + (w - dw) / 2, y + h - dh
        page.canv.drawImage(image, left, bottom, dw, dh)
        page.canv.setStrokeColor(st.RULE)
        page.canv.rect(left, bottom, dw, dh)

    return paint


def _draw_note(canvas: object, message: str, x: float, y: float, w: float, h: float) -> None:
    """A red-framed explanation at the top of the box (instead of the certificate)."""
    note = Paragraph(markup(message), st.styles().body)
    _, nh = note.wrap(w - 24, h)
    canvas.setStrokeColor(st.BAD)  # type: ignore[attr-defined]
    canvas.rect(x, y + h - nh - 24, w, nh + 24)  # type: ignore[attr-defined]
    note.drawOn(canvas, x + 12, y + h - nh - 12)


def _note_painter(message: str) -> Painter:
    def paint(page: CertificatePage, x: float, y: float, w: float, h: float) -> None:
        _draw_note(page.canv, message, x, y, w, h)

    return paint


def _placeholder(plan: CertificatePlan, source: PageObject) -> Painter:
    """Record where the page goes (absolute page coordinates) and frame its outline."""

    def paint(page: CertificatePage, x: float, y: float, w: float, h: float) -> None:
        ax, ay = page.canv.absolutePosition(x, y)
        plan.placements.append(Placement(page.canv.getPageNumber(), (ax, ay, w, h), source))
        dw, dh = display_size(source)
        scale = min(w / dw, h / dh)
        page.canv.setStrokeColor(st.RULE)
        page.canv.rect(x + (w - dw * scale) / 2, y + h - dh * scale, dw * scale, dh * scale)

    return paint


def _prepare_image(data: bytes) -> tuple[object, tuple[int, int]]:
    """An upright RGB image no finer than PRINT_DPI on a full page, and its pixel size.

    The pixel count is read from the header and checked before anything is decoded, and
    a JPEG is decoded at a reduced scale (``draft``), so memory stays bounded whatever
    the file claims.
    """
    import warnings

    from PIL import Image, ImageOps

    with warnings.catch_warnings():
        # PIL warns (and goes on decoding) between its own limit and twice it; the check
        # below comes first, so such a warning is an error here, never a decode.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            opened_file = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise ValueError(_("the image declares more than {0} megapixels, far beyond a "
                               "scanned page (a decompression bomb, or a badly made file)")
                             .format(MAX_IMAGE_PIXELS // 1000000)) from None
        with opened_file as opened:
            width, height = opened.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ValueError(_("the image is {width:,} × {height:,} pixels ({0:,.0f} "
                                   "megapixels); images of up to {1} megapixels are shown")
                                 .format(width * height / 1000000.0, MAX_IMAGE_PIXELS // 1000000,
                                         width=width, height=height))
            limit = int(max(layout.PORTRAIT) / 72 * PRINT_DPI)
            opened.draft("RGB", (limit, limit))  # JPEG: decode at 1/2, 1/4 or 1/8 scale
            image = ImageOps.exif_transpose(opened)
            if image.mode in ("1", "P"):  # resized as they are, these would lose detail
                image = image.convert("L" if image.mode == "1" else "RGBA")
            if max(image.size) > limit:  # shrunk before any copy in another mode
                image.thumbnail((limit, limit))
            if image.mode not in ("RGB", "L"):
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size, "white")
                image.paste(rgba, mask=rgba.getchannel("A"))
            return ImageReader(image), image.size


def _pdf_pages(data: bytes) -> list[PageObject]:
    """The pages of a PDF certificate (read only: they are drawn, never modified)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError(_("the PDF is password-protected"))
    pages = list(reader.pages)
    if not pages:
        raise ValueError(_("the PDF has no pages"))
    for page in pages:  # only the drawing is merged: no link, action, attachment or field
        for key in ACTIVE_PAGE_KEYS:
            if key in page:
                del page[key]
    return pages


def _rotation(page: PageObject) -> int:
    return int(page.rotation) % 360


def display_size(page: PageObject) -> tuple[float, float]:
    """Width and height of a PDF page as a viewer shows it (its /Rotate applied)."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    return (height, width) if _rotation(page) in (90, 270) else (width, height)


def fit_transform(page: PageObject, box: tuple[float, float, float, float]) -> Transformation:
    """The matrix that draws ``page`` upright, scaled to fit ``box``, centred at its top."""
    crop = page.cropbox
    w, h = float(crop.width), float(crop.height)
    turn = _rotation(page)
    # Move the crop box to the origin, turn it clockwise as a viewer would, back into +x,+y.
    upright = {0: (0.0, 0.0), 90: (0.0, w), 180: (w, h), 270: (h, 0.0)}[turn]
    dw, dh = display_size(page)
    x, y, bw, bh = box
    scale = min(bw / dw, bh / dh)
    return (Transformation()
            .translate(-float(crop.left), -float(crop.bottom))
            .rotate(-turn)
            .translate(*upright)
            .scale(scale)
            .translate(x + (bw - dw * scale) / 2, y + bh - dh * scale))


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs every tolerated defect of a scanned PDF; a report need not echo them."""
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


def plan_certificates(attachments: Sequence[Attachment]) -> CertificatePlan:
    """Pages for every attachment, in order; PDF pages become placements to merge."""
    plan = CertificatePlan()
    with _quiet_pypdf():
        for attachment in attachments:
            _plan_one(plan, attachment)
    return plan


def _marks(plan: CertificatePlan, attachment: Attachment) -> list[tuple[str, int]]:
    """Bookmarks for an attachment's first page: "Certificates" above the first one."""
    cert = attachment.certificate
    own = (_short(_("Certificate {0} — {1}").format(attachment.label, cert.file_name)), 1)
    first = not any(isinstance(f, CertificatePage) for f in plan.story)
    return [(_("Certificates"), 0), own] if first else [own]


def _plan_one(plan: CertificatePlan, attachment: Attachment) -> None:
    """The pages of one attachment; an unreadable file gets one page saying why."""
    cert = attachment.certificate
    marks = _marks(plan, attachment)
    try:
        if not cert.data:
            raise ValueError(_("the file is not stored in this database"))
        if cert.media_type == "application/pdf":
            pages = _pdf_pages(cert.data)
            for i, source in enumerate(pages, 1):
                part = _(" (page {i} of {0})").format(len(pages), i=i) if len(pages) > 1 else ""
                plan.story += _new_page(_orientation(*display_size(source)))
                plan.story.append(CertificatePage(_caption(attachment, part),
                                                  _placeholder(plan, source),
                                                  marks if i == 1 else ()))
            return
        image, size = _prepare_image(cert.data)
    except Exception as exc:  # any unreadable file still gets its page, saying why
        plan.story += _new_page(layout.CERT_PORTRAIT)
        plan.story.append(CertificatePage(_caption(attachment, ""), _note_painter(
            _("This file could not be shown ({0}). The stored original is identified by the "
              "SHA-256 above; export it from LMT Tracker to inspect it.").format(_reason(exc))),
            marks))
        return
    plan.story += _new_page(_orientation(*size))
    plan.story.append(CertificatePage(_caption(attachment, ""), _image_painter(image, size),
                                      marks))


def _reason(exc: Exception) -> str:
    """Why a file could not be shown, in words (not a library's repr of a buffer)."""
    from PIL import UnidentifiedImageError

    if isinstance(exc, UnidentifiedImageError):
        return _("it is not an image this app can read")
    if isinstance(exc, ValueError) and str(exc):
        return str(exc)
    if isinstance(exc, LimitReachedError):
        return (_("it expands to far more than its size on disk, beyond what this app will read "
                  "(a compression bomb, or a badly made file)"))
    if isinstance(exc, RecursionError):
        return _("the PDF refers back to itself endlessly")
    if isinstance(exc, PyPdfError):
        return _("the PDF is damaged: {exc}").format(exc=exc)
    return _("the file is damaged or of an unsupported kind: {0}").format(type(exc).__name__)


def _note_page(message: str, box: tuple[float, float, float, float]) -> PageObject:
    """A transparent page holding ``message`` at the top of ``box`` (for merging)."""
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from lmt_tracker.reports.fonts import register_fonts

    x, y, w, h = box
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(x + w, y + h), initialFontName=register_fonts()[0])
    _draw_note(canvas, message, x, y, w, h)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]


def merge_placements(pdf: bytes, placements: Sequence[Placement]) -> bytes:
    """Draw each PDF certificate page into its box; metadata and numbering are kept."""
    if not placements:
        return pdf
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    if reader.metadata:
        writer.add_metadata(dict(reader.metadata))
    with _quiet_pypdf():
        for placement in placements:
            target = writer.pages[placement.page - 1]
            try:
                move = fit_transform(placement.source, placement.box)
                target.merge_transformed_page(placement.source, move)
            except Exception as exc:  # a page that reads but will not draw: say so on it
                note = _note_page(_("This page could not be drawn ({0}). The stored original is "
                                    "identified by the SHA-256 above.").format(_reason(exc)),
                                  placement.box)
                target.merge_page(note)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
