"""Reading CE certificates into course suggestions the user confirms.

``read_file`` checks a file like any attached certificate (size, type by content,
completeness), takes its text (PDF text, or Tesseract OCR for pictures and scans) and
parses it into a ``Reading``: each field with the words it came from. Parsing is pure
(``parse.parse_text`` works on a string); ``course.course_from_reading`` makes the
course draft. Nothing here saves anything.
"""

from __future__ import annotations

from pathlib import Path

from lmt_tracker.certificates.extract import CertificateReadError, certificate_text
from lmt_tracker.certificates.parse import parse_text
from lmt_tracker.certificates.reading import Reading
from lmt_tracker.domain.core.records import Certificate

__all__ = ["CertificateReadError", "Reading", "parse_text", "read_certificate", "read_file"]


def read_certificate(cert: Certificate) -> Reading:
    """What an already-checked certificate says (CertificateReadError if it cannot be read)."""
    text, source, notes = certificate_text(cert)
    return parse_text(text, source, notes)


def read_file(path: Path) -> tuple[Certificate, Reading]:
    """The checked certificate in ``path`` and what it says.

    Raises ``lmt_tracker.io.certificates.CertificateFileError`` for a file that cannot
    be attached at all, ``CertificateReadError`` for one that cannot be read.
    """
    from lmt_tracker.io.certificates import read_certificate as load

    cert = load(path)
    return cert, read_certificate(cert)
