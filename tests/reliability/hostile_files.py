"""Hostile certificate files, built in memory in a fraction of a second (deterministic).

Each is small on disk and well-formed enough to pass the attach checks (a PDF ends with
``%%EOF``, a PNG with ``IEND``), so it reaches the code that reads it: the renewal
report's merge of certificate pages.
"""

from __future__ import annotations

import io
import struct
import zlib


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def repeated_deflate(chunk: bytes, times: int) -> bytes:
    """A zlib stream inflating to ``chunk * times``, built by compressing ``chunk`` twice.

    After a full flush the compressor starts afresh, so every further copy of the chunk
    compresses to the same bytes: a 2 GB bomb costs two compressions of 16 MB.
    """
    c = zlib.compressobj(9)
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    return first + again * (times - 1) + c.flush()


_PAGE = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources "
         b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>")


def plain_pdf(extra_catalog: bytes = b"", extra_page: bytes = b"",
              more: tuple[bytes, ...] = ()) -> bytes:
    """One page saying "Certificate of completion"."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R " + extra_catalog + b" >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 _PAGE + b" " + extra_page + b" >>",
                 _stream(b"BT /F1 24 Tf 72 700 Td (Certificate of completion) Tj ET"),
                 *more])


def compression_bomb_pdf(gigabytes: int = 2) -> bytes:
    """A page whose content stream inflates to ``gigabytes`` GB of spaces (about 2 MB on disk)."""
    data = repeated_deflate(b" " * (16 << 20), gigabytes * 64)
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                 _stream(data, b"/Filter /FlateDecode")])


def cyclic_pdf() -> bytes:
    """A page tree whose node lists its own parent as a kid, and a form drawing itself."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
                 b"/Resources 6 0 R >>",
                 _stream(b"q /Fm0 Do Q"),
                 b"<< /XObject << /Fm0 7 0 R >> >>",
                 _stream(b"/Fm0 Do", b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                                     b"/Resources 6 0 R")])


def self_drawing_form_pdf() -> bytes:
    """A page drawing a form that draws itself (no loop in the page tree)."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                 b"/Resources 5 0 R >>",
                 _stream(b"q /Fm0 Do Q"),
                 b"<< /XObject << /Fm0 6 0 R >> >>",
                 _stream(b"q 0.5 0 0 0.5 0 0 cm /Fm0 Do Q", b"/Type /XObject /Subtype /Form "
                         b"/BBox [0 0 612 792] /Resources 5 0 R")])


def active_pdf() -> bytes:
    """JavaScript on opening and on the page, a Launch link, an embedded file, an attachment."""
    catalog = (b"/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> /Names << /JavaScript "
               b"<< /Names [(a) << /S /JavaScript /JS (this.print\\(\\)) >>] >> "
               b"/EmbeddedFiles << /Names [(evil.exe) 6 0 R] >> >>")
    page = (b"/AA << /O << /S /JavaScript /JS (app.launchURL\\('http://x'\\)) >> >> "
            b"/Annots [5 0 R 8 0 R]")
    return plain_pdf(catalog, page, (
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 612 792] /A << /S /Launch /F (cmd.exe) >> >>",
        b"<< /Type /Filespec /F (evil.exe) /EF << /F 7 0 R >> >>",
        _stream(b"MZ pretend program", b"/Type /EmbeddedFile"),
        b"<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS 6 0 R >>"))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(width: int, height: int, idat: bytes, extra: bytes = b"") -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + extra + _chunk(b"IDAT", idat)
            + _chunk(b"IEND", b""))


def png(width: int, height: int) -> bytes:
    """A grey PNG of ``width`` × ``height`` pixels; 12000 × 9000 (108 MP) is ~300 KB on disk.

    Up to 4 megapixels the pixel data is compressed whole (a valid image); above, row by
    row with ``repeated_deflate``, whose checksum does not match — the header is what a
    reader must judge such a file by, before it inflates anything.
    """
    row = b"\0" + b"\x80" * width
    if width * height <= 4_000_000:
        return _png(width, height, zlib.compress(row * height))
    return _png(width, height, repeated_deflate(row, height))


def text_bomb_png() -> bytes:
    """A 100 × 100 PNG carrying a 15 MB ``tEXt`` chunk and a ``zTXt`` inflating to 1 GB."""
    ztxt = repeated_deflate(b"A" * (16 << 20), 64)
    extra = (_chunk(b"tEXt", b"Comment\0" + b"x" * (15 << 20))
             + _chunk(b"zTXt", b"Bomb\0\0" + ztxt))
    return _png(100, 100, zlib.compress((b"\0" + b"\x80" * 100) * 100), extra)
