"""Tesseract OCR through pytesseract: found once, bounded in time, optional.

Tesseract is a separate program (``tesseract-ocr`` on Debian and Ubuntu, the UB
Mannheim installer on Windows, ``brew install tesseract`` on macOS). Without it the
app still attaches and stores certificates; only pictures cannot be read, and the
reader says so in a note. ``LMT_TRACKER_TESSERACT`` may name the program's path when
it is not on ``PATH`` (the Windows installer's usual folder is tried as well).
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path
from typing import Any

NOT_INSTALLED = ("Tesseract OCR is not installed, so pictures and scanned PDFs cannot be read: "
                 "the certificate is kept, type the course details yourself (Help › User guide "
                 "says how to install Tesseract)")
TIMEOUT_SECONDS = 30
_WINDOWS_DEFAULTS = (r"C:\Program Files\Tesseract-OCR\tesseract.exe",
                     r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe")


class OcrUnavailable(RuntimeError):
    """Tesseract (or pytesseract) is missing; the message says what to install."""


def _program() -> str | None:
    chosen = os.environ.get("LMT_TRACKER_TESSERACT")
    if chosen:
        return chosen if Path(chosen).is_file() else None
    found = shutil.which("tesseract")
    if found:
        return found
    if os.name == "nt":
        return next((p for p in _WINDOWS_DEFAULTS if Path(p).is_file()), None)
    return None


@functools.lru_cache(maxsize=1)
def _engine() -> Any:
    """pytesseract pointed at the program, or OcrUnavailable (looked up once per process)."""
    try:
        import pytesseract
    except ImportError as exc:
        raise OcrUnavailable(NOT_INSTALLED) from exc
    program = _program()
    if program is None:
        raise OcrUnavailable(NOT_INSTALLED)
    pytesseract.pytesseract.tesseract_cmd = program
    # One thread: Tesseract's OpenMP threads spin against each other on a busy laptop;
    # a single thread read the test certificates twice as fast with half the CPU time.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        pytesseract.get_tesseract_version()
    except Exception as exc:  # the program exists but does not run
        raise OcrUnavailable(NOT_INSTALLED) from exc
    return pytesseract


def available() -> bool:
    try:
        _engine()
    except OcrUnavailable:
        return False
    return True


def forget() -> None:
    """Look for Tesseract again next time (after the user installed it, and in tests)."""
    _engine.cache_clear()


def image_text(image: Any, timeout: float = TIMEOUT_SECONDS) -> str:
    """The text Tesseract reads in a PIL image; OcrUnavailable or TimeoutError when it cannot."""
    engine = _engine()
    try:
        return str(engine.image_to_string(image, lang="eng", config="--psm 3",
                                          timeout=timeout))
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise TimeoutError(f"reading the picture took more than {timeout:.0f} s") from exc
        raise
