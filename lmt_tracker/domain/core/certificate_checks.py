"""Checking an attached certificate file: its kind by content, its size and its name.
"""

from __future__ import annotations

import hashlib

from lmt_tracker.domain.core.field_checks import Problem
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.records import (
    Certificate,
)
from lmt_tracker.domain.core.validation import MAX_CERTIFICATE_BYTES

_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


def sniff_media_type(data: bytes) -> str | None:
    """The media type from the file's first bytes (PDF, PNG or JPEG), else None."""
    for magic, media in _MAGIC:
        if data.startswith(magic):
            return media
    return None


def certificate_problems(cert: Certificate) -> list[Problem]:
    problems: list[Problem] = []
    if not cert.data:
        return [Problem("certificate", cert.file_name,
                        ph(N_("is empty; choose the certificate file")))]
    if len(cert.data) > MAX_CERTIFICATE_BYTES:
        size = len(cert.data) // (1024 * 1024)
        return [
            Problem(
                "certificate",
                cert.file_name,
                ph(N_("is {size} MB; certificates may be at most 20 MB — scan at a lower "
                      "resolution"), size=size),
            )
        ]
    media = sniff_media_type(cert.data)
    if media is None:
        problems.append(
            Problem(
                "certificate",
                cert.file_name,
                ph(N_("is not a PDF, PNG or JPEG file; save or scan it as one of those")),
            )
        )
    elif media != cert.media_type:
        problems.append(
            Problem(
                "certificate", cert.file_name,
                ph(N_("contains {found} but is labeled {said}"), found=media,
                   said=cert.media_type)
            )
        )
    if hashlib.sha256(cert.data).hexdigest() != cert.sha256:
        problems.append(
            Problem("certificate", cert.file_name,
                    ph(N_("checksum does not match its content")))
        )
    return problems


def make_certificate(file_name: str, data: bytes) -> Certificate:
    """A certificate record from a file's bytes, its type sniffed from the content."""
    media = sniff_media_type(data) or "application/octet-stream"
    return Certificate(hashlib.sha256(data).hexdigest(), file_name, media, data)
