"""PDF checks for report tests: validate with qpdf, read text and word boxes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

QPDF = shutil.which("qpdf")
PDFTOTEXT = shutil.which("pdftotext")


def qpdf_check(path: Path) -> None:
    """``qpdf --check`` must pass (skipped, with the reason, where qpdf is not installed)."""
    if QPDF is None:
        pytest.skip("qpdf is not installed (apt-get install qpdf) — PDF structure not checked")
    done = subprocess.run([QPDF, "--check", str(path)], capture_output=True, text=True,
                          check=False, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def pdf_pages_text(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(path).pages]


def squash(text: str) -> str:
    """Text without whitespace: wrapped lines compare equal to the original string."""
    return re.sub(r"\s+", "", text)


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def word_boxes(path: Path) -> list[tuple[float, float, list[tuple[float, float, float, float]]]]:
    """Per page: (width, height, word boxes) from ``pdftotext -bbox`` (skip if missing)."""
    if PDFTOTEXT is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    html = subprocess.run([PDFTOTEXT, "-bbox", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    pages = []
    for chunk in html.split("<page ")[1:]:
        size = _PAGE.search("<page " + chunk)
        assert size is not None
        boxes = [tuple(float(v) for v in m.groups()) for m in _WORD.finditer(chunk)]
        pages.append((float(size.group(1)), float(size.group(2)), boxes))  # type: ignore[arg-type]
    return pages
