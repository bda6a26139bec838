"""Reading a certificate file to attach it: size-checked before it is read, type sniffed.

A user can drop anything on the attach field: a 4 GB video, a folder, a named pipe,
a half-downloaded PDF, a zip file renamed ``.pdf``. ``read_certificate`` looks at the
size before reading (so a huge file is refused at once, not after filling memory),
reads at most the limit, and checks the content: a PDF, PNG or JPEG by its first
bytes, and complete — a PDF must end with its ``%%EOF`` marker, a PNG with its
``IEND`` chunk, a JPEG with its end-of-image marker. It never decompresses or
renders anything, so a "zip bomb" PDF costs no more than its size on disk.
Every refusal is a ``CertificateFileError`` whose ``problems`` a dialog can show
beside the certificate field.
"""

from __future__ import annotations

import os
from pathlib import Path

from lmt_tracker.domain.core.certificate_checks import certificate_problems, make_certificate
from lmt_tracker.domain.core.field_checks import Problem
from lmt_tracker.domain.core.phrases import N_, Phrase, joined, ph
from lmt_tracker.domain.core.records import Certificate
from lmt_tracker.domain.core.validation import MAX_CERTIFICATE_BYTES
from lmt_tracker.portable import open_regular_file

# How far from the end a format's closing marker may sit (writers add padding).
_TAIL = 4096


class CertificateFileError(ValueError):
    """The file cannot be attached; ``problems`` says why, field by field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(joined([Phrase("{file}: {message}", {"file": str(p.value),
                                                             "message": p.message})
                                 for p in problems], "; "))


def _refuse(name: str, message: Phrase) -> CertificateFileError:
    return CertificateFileError([Problem("certificate", name, message)])


def read_certificate(path: Path) -> Certificate:
    """The certificate in ``path``, or ``CertificateFileError`` saying what is wrong."""
    name = path.name
    limit_mb = MAX_CERTIFICATE_BYTES // 2**20
    try:
        with open_regular_file(path) as handle:
            if handle is None:
                if path.is_dir():
                    raise _refuse(name, ph(N_("is a folder; choose the certificate file "
                                              "inside it")))
                raise _refuse(name, ph(N_("is not a file (a device or a pipe); choose the "
                                          "certificate file itself")))
            info = os.fstat(handle.fileno())
            if info.st_size > MAX_CERTIFICATE_BYTES:
                raise _refuse(name, ph(N_("is {size} MB; certificates may be at most {most} MB "
                                          "— scan at a lower resolution or save a smaller PDF"),
                                       size=f"{info.st_size / 2**20:,.0f}", most=limit_mb))
            data = handle.read(MAX_CERTIFICATE_BYTES + 1)
    except OSError as exc:
        raise _refuse(name, ph(N_("cannot be read: {why}"), why=str(exc.strerror))) from exc
    return certificate_from_bytes(name, data)


def certificate_from_bytes(name: str, data: bytes) -> Certificate:
    """The certificate for bytes already in memory (a dropped file, a paste), checked."""
    cert = make_certificate(name, data)
    problems = certificate_problems(cert)
    if not problems:
        incomplete = _incomplete(cert.media_type, data)
        if incomplete:
            problems = [Problem("certificate", name, incomplete)]
    if problems:
        raise CertificateFileError(problems)
    return cert


def _incomplete(media_type: str, data: bytes) -> Phrase | None:
    tail = data[-_TAIL:]
    if media_type == "application/pdf" and b"%%EOF" not in tail:
        return ph(N_("is an incomplete PDF (its end is missing — an interrupted download or "
                     "copy?); download or scan it again"))
    if media_type == "image/png" and b"IEND" not in tail:
        return ph(N_("is an incomplete PNG image (its end is missing); save or scan it again"))
    if media_type == "image/jpeg" and b"\xff\xd9" not in tail:
        return ph(N_("is an incomplete JPEG image (its end is missing); save or scan it "
                     "again"))
    return None
