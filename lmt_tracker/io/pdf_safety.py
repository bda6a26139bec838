"""Is a PDF safe to hand to a renderer? Checked with pypdf's bounded reader first.

A certificate PDF is stored as the user gave it, but the app's preview (QtPdf, which
is PDFium) renders it, and PDFium has no limit of its own: a page whose content
stream inflates to 2 GB took 24 s and 3 GB of memory to preview, and a page tree that
lists itself hung the preview for good (measured 2026-12-04, tests/reliability/
test_hostile_certificates.py). pypdf decodes every stream with a cap (75 MB) and
refuses a cyclic page tree, so this module walks each page's drawing — its content
streams and the forms and images it draws, recursively — and says why a file must
not be rendered, before any renderer sees it.

No Qt here: the report and the preview can share it.
"""

from __future__ import annotations

import io
from typing import Any

#: Bytes the streams of one certificate may inflate to, all together.
MAX_INFLATED = 200 * 2**20
#: Pixels an image inside the PDF may declare (the same cap as for image certificates).
MAX_IMAGE_PIXELS = 50_000_000
#: Pages looked at: a certificate is one to a few pages; more are not previewed.
MAX_PAGES = 200


class _Hazard(Exception):
    pass


def pdf_hazard(data: bytes) -> str | None:
    """Why ``data`` must not be rendered (in a therapist's words), or None if it may be."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return "the PDF is password-protected"
        pages = list(reader.pages)
        if len(pages) > MAX_PAGES:
            return f"the PDF has {len(pages):,} pages; certificates of up to {MAX_PAGES} are shown"
        budget = [MAX_INFLATED]
        for page in pages:
            _walk(page, budget, set(), set())
    except _Hazard as exc:
        return str(exc)
    except LimitReachedError:
        return ("it expands to far more than its size on disk, beyond what this app will read "
                "(a compression bomb, or a badly made file)")
    except RecursionError:
        return "the PDF refers back to itself endlessly"
    except PyPdfError as exc:
        return f"the PDF is damaged: {exc}"
    except (ValueError, TypeError, KeyError, AttributeError, OSError) as exc:
        return f"the PDF is damaged ({type(exc).__name__})"
    return None


def _walk(node: Any, budget: list[int], path: set[int], done: set[int]) -> None:
    """Decode the streams ``node`` draws; raise ``_Hazard`` on too much data.

    ``path`` holds the objects being walked now (a form's resources often list the
    form itself: a loop to step out of, not a fault); ``done`` those already checked
    (shared fonts, images), so each stream is decoded once.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    key: int | None = None
    if isinstance(node, IndirectObject):
        key = node.idnum
        if key in done or key in path:  # shared (fonts, images) or a resource loop
            return
        node = node.get_object()
    if isinstance(node, StreamObject):
        _check_stream(node, budget)
    if isinstance(node, DictionaryObject):
        if key is not None:
            path = path | {key}
        for name, value in node.items():
            if name in ("/Parent", "/Annots", "/P", "/B", "/Dest", "/StructParents"):
                continue  # not drawn: the page tree, annotations, structure
            _walk(value, budget, path, done)
    elif isinstance(node, ArrayObject):
        for value in node:
            _walk(value, budget, path, done)
    if key is not None:
        done.add(key)


def _check_stream(stream: Any, budget: list[int]) -> None:
    if stream.get("/Subtype") == "/Image":
        width, height = int(stream.get("/Width", 0)), int(stream.get("/Height", 0))
        if width * height > MAX_IMAGE_PIXELS:
            raise _Hazard(f"a picture in the PDF is {width:,} × {height:,} pixels "
                          f"({width * height / 1e6:,.0f} megapixels), far beyond a scanned page")
    filters = stream.get("/Filter")
    names = {str(f) for f in filters} if isinstance(filters, list) else {str(filters)}
    if names & {"/DCTDecode", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode"}:
        return  # kept compressed by pypdf; the picture's size was checked above
    budget[0] -= len(stream.get_data())  # decoded by pypdf, with its own per-stream cap
    if budget[0] < 0:
        raise _Hazard(f"its drawing expands to more than {MAX_INFLATED // 2**20} MB "
                      "(a compression bomb, or a badly made file)")
