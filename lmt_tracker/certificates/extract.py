"""The text of a certificate file: PDF text first, Tesseract OCR for pictures and scans.

Bounded work for hostile files: only the first pages are read; pypdf's own limits
cap how far a compressed stream may expand; a picture's size is read from its header
and refused (or, for JPEG, decoded at a reduced scale) before any pixels are decoded;
OCR runs with a time limit. A password-protected or damaged PDF is refused with a
message saying what to do. What could not be read (no Tesseract, OCR timed out) is a
note, not an error: the certificate itself can still be attached.
"""

from __future__ import annotations

import io
import warnings
from typing import Any

from lmt_tracker.certificates import ocr
from lmt_tracker.domain.core.records import Certificate

MAX_PAGES = 3
MAX_TEXT = 50_000
MAX_PIXELS = 40_000_000  # a letter page at 600 dpi is about 34 megapixels
OCR_LONG_SIDE = (1800, 3400)  # pictures are scaled into this range before OCR
MIN_TEXT_LETTERS = 20


class CertificateReadError(ValueError):
    """The file cannot be read at all; the message names the file and the fix."""


def certificate_text(cert: Certificate) -> tuple[str, str, tuple[str, ...]]:
    """(text, source, notes): source is ``pdf_text``, ``ocr`` or ``none``."""
    if cert.media_type == "application/pdf":
        return _pdf_text(cert)
    if cert.media_type in ("image/png", "image/jpeg"):
        return _ocr_or_note(cert.file_name, lambda: _open_image(cert.file_name, cert.data))
    raise CertificateReadError(f"{cert.file_name} is not a PDF, PNG or JPEG file; save or scan "
                               "the certificate as one of those")


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _pdf_text(cert: Certificate) -> tuple[str, str, tuple[str, ...]]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    name = cert.file_name
    try:
        reader = PdfReader(io.BytesIO(cert.data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise CertificateReadError(
                    f"{name} is encrypted in a way this app cannot open; print it to a new PDF "
                    "and attach that") from exc
            if not opened:
                raise CertificateReadError(
                    f"{name} is protected by a password; open it, print or save it as a new "
                    "PDF without a password, and attach that")
        pages = list(reader.pages[:MAX_PAGES])
        parts: list[str] = []
        for page in pages:
            parts.append(page.extract_text() or "")
            if sum(map(len, parts)) > MAX_TEXT:
                break
        text = "\n".join(parts)[:MAX_TEXT]
    except CertificateReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, MemoryError, OSError) as exc:
        raise CertificateReadError(f"{name} is a damaged PDF that cannot be read ({exc}); "
                                   "download or scan it again") from exc
    if _letters(text) >= MIN_TEXT_LETTERS:
        return text, "pdf_text", ()
    # A scan: the page is a picture. OCR the largest picture on the first pages.
    return _ocr_or_note(name, lambda: _largest_pdf_image(name, pages))


def _ocr_or_note(name: str, load: Any) -> tuple[str, str, tuple[str, ...]]:
    if not ocr.available():
        return "", "none", (ocr.NOT_INSTALLED,)
    image = load()
    if image is None:
        return "", "none", ("the PDF has neither text nor a scanned picture to read",)
    try:
        return ocr.image_text(_prepare(image))[:MAX_TEXT], "ocr", ()
    except TimeoutError as exc:
        return "", "none", (f"{exc}; type the course details yourself",)
    except ocr.OcrUnavailable as exc:
        return "", "none", (str(exc),)


def _check_pixels(name: str, width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise CertificateReadError(
            f"{name} is a {width:,}×{height:,} picture ({width * height / 1e6:,.0f} "
            f"megapixels), too large to read; scan it at 300 dpi or save a smaller copy")


def _open_image(name: str, data: bytes) -> Any:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Opening reads only the header; the size is checked below, before decoding.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS and image.format == "JPEG":
                # JPEG decodes at 1/2, 1/4 or 1/8 scale for free: no full-size pixels.
                image.draft("L", (width // 4, height // 4))
                width, height = image.size
            _check_pixels(name, width, height)
            image.load()
    except CertificateReadError:
        raise
    except Image.DecompressionBombError as exc:
        raise CertificateReadError(f"{name} is a picture too large to read; scan it at 300 dpi "
                                   "or save a smaller copy") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CertificateReadError(f"{name} is a damaged picture that cannot be read; save or "
                                   "scan it again") from exc
    return image


def _largest_pdf_image(name: str, pages: list[Any]) -> Any:
    """The biggest picture on the first pages (a scan is one picture per page), or None."""
    best: tuple[int, Any, Any] | None = None
    for page in pages:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else {}
        xobjects = resources.get("/XObject")
        if xobjects is None:
            continue
        for key, ref in xobjects.get_object().items():
            obj = ref.get_object()
            if obj.get("/Subtype") != "/Image":
                continue
            width, height = int(obj.get("/Width", 0)), int(obj.get("/Height", 0))
            _check_pixels(name, width, height)
            if best is None or width * height > best[0]:
                best = (width * height, page, key)
    if best is None:
        return None
    _, page, key = best
    try:
        return page.images[key].image
    except Exception as exc:  # pypdf raises many kinds for odd image encodings
        raise CertificateReadError(f"{name}: the scanned picture inside the PDF cannot be "
                                   f"decoded ({exc}); scan it again as PDF or PNG") from exc


def _prepare(image: Any) -> Any:
    """Greyscale, scaled so text is large enough for Tesseract yet quick to read."""
    from PIL import Image, ImageOps

    image = ImageOps.exif_transpose(image) or image
    if image.mode in ("RGBA", "LA", "P"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    image = image.convert("L")
    low, high = OCR_LONG_SIDE
    long_side = max(image.size)
    if long_side < low or long_side > high:
        scale = (low if long_side < low else high) / long_side
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    return image
