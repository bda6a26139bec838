"""The bundled DejaVu Sans, registered once with reportlab, and what it cannot show.

reportlab's built-in Helvetica covers Latin-1 only: "Trần Thị Ngọc" or "Ольга"
would print as black boxes. DejaVu Sans covers Latin (with Vietnamese), Greek,
Cyrillic, Armenian, Georgian, Hebrew and Arabic letters, is free to ship, and is found
through ``paths.resource`` so the same code works from a checkout, a wheel and a
frozen build.

Chinese, Japanese and Korean are not in DejaVu. For those runs :func:`runs` names
one of the standard Adobe CJK fonts that reportlab knows without a file: the
text stays exact (selectable, searchable, extractable) and PDF viewers draw it
with their own CJK fonts (Acrobat, Preview and browsers do; a bare Linux viewer
needs its CJK language pack).
"""

from __future__ import annotations

from functools import cache

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

JAPANESE = "HeiseiKakuGo-W5"
KOREAN = "HYGothic-Medium"
CHINESE = "STSong-Light"


class FontMissingError(RuntimeError):
    """A bundled font file is missing: the installation is incomplete."""


@cache
def register_fonts() -> tuple[str, str]:
    """Register the report fonts (idempotent) and return (regular, bold) names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from lmt_tracker.paths import resource

    for name, file_name in _FILES.items():
        path = resource("fonts", file_name)
        if not path.is_file():
            raise FontMissingError(f"the report font {path} is missing; reinstall LMT Tracker")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> inside a Paragraph looks up the family's bold face; italics fall back upright.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    return REGULAR, BOLD


@cache
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    return frozenset(face.charToGlyph)


@cache
def _cid_font(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(name))
    return name


def _script(code: int) -> str | None:
    """The CJK font family a character needs, or None when it is not CJK."""
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF65 <= code <= 0xFF9F:
        return JAPANESE  # kana
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return KOREAN  # hangul
    if (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x3000 <= code <= 0x303F
            or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFF60 or 0x20000 <= code <= 0x2FA1F):
        return CHINESE  # han ideographs, CJK punctuation, full-width forms
    return None


def runs(text: str) -> list[tuple[str, str | None]]:
    """``text`` cut into runs: (piece, None) for DejaVu, (piece, font) for a CJK font.

    Neighbouring CJK characters form one run set in one face: Japanese when it holds
    kana, Korean when it holds hangul, else Chinese. Characters no font here covers
    stay in DejaVu (drawn as a box, but still the right character in the text layer).
    """
    if text.isascii():
        return [(text, None)]
    covered = _covered()
    pieces: list[list[str]] = []
    cjk: list[bool] = []
    for ch in text:
        code = ord(ch)
        is_cjk = code not in covered and _script(code) is not None
        if pieces and (cjk[-1] == is_cjk or (ch == " " and cjk[-1])):
            pieces[-1].append(ch)
        else:
            pieces.append([ch])
            cjk.append(is_cjk)
    return [("".join(p), _cid_font(_face("".join(p))) if c else None)
            for p, c in zip(pieces, cjk, strict=True)]


def _face(piece: str) -> str:
    scripts = {_script(ord(c)) for c in piece}
    for face in (JAPANESE, KOREAN):
        if face in scripts:
            return face
    return CHINESE
