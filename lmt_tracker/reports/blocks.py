"""Building blocks both reports draw: the verdict box, notes, sources, a header grid.

Kept apart from ``styles`` (which knows only type and tables) so each report module
reads as a list of sections.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, TableStyle

from lmt_tracker.language import _
from lmt_tracker.reports import styles as st
from lmt_tracker.reports.layout import frame_width
from lmt_tracker.reports.renewal_rows import NoteRow, SourceRow, Verdict
from lmt_tracker.reports.styles import Table

TONES = {"met": st.GOOD, "short": st.BAD, "to_confirm": st.WARN}
TINTS = {"met": colors.HexColor("#eaf5ee"), "short": colors.HexColor("#fbeceb"),
         "to_confirm": colors.HexColor("#fdf5e3")}


def header_grid(pairs: Sequence[tuple[str, str]]) -> Table:
    """Label/value pairs in two side-by-side columns (the report's identity block)."""
    s = st.styles()
    half = (len(pairs) + 1) // 2
    left, right = list(pairs[:half]), list(pairs[half:])
    right += [("", "")] * (len(left) - len(right))
    width = frame_width()
    data = [[st.para(a, s.label), st.para(b, s.cell), st.para(c, s.label), st.para(d, s.cell)]
            for (a, b), (c, d) in zip(left, right, strict=True)]
    return Table(data, colWidths=[width * 0.14, width * 0.36, width * 0.14, width * 0.36],
                 hAlign="LEFT", splitInRow=1, style=TableStyle([
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                     ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                 ]))


def verdict_box(verdict: Verdict) -> Table:
    """The answer first: a tinted box with a coloured bar, the headline and its reasons."""
    s = st.styles()
    tone = TONES.get(verdict.tone, st.MUTED)
    body: list[Flowable] = [st.rich([(verdict.headline, tone.hexval().replace("0x", "#"))])]
    body += [st.para(f"• {line}", s.cell) for line in verdict.lines]
    return Table([[body]], colWidths=[frame_width()], hAlign="LEFT", splitInRow=1,
                 style=TableStyle([
                     ("BACKGROUND", (0, 0), (-1, -1), TINTS.get(verdict.tone, st.ZEBRA)),
                     ("LINEBEFORE", (0, 0), (0, -1), 4, tone),
                     ("LEFTPADDING", (0, 0), (-1, -1), 10),
                     ("TOPPADDING", (0, 0), (-1, -1), 6),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                 ]))


def notes_table(notes: Sequence[NoteRow]) -> Table:
    w = frame_width()
    colours = {(0, i): st.STATUS_COLOURS.get(n.status, st.INK) for i, n in enumerate(notes)}
    return st.grid(NoteRow.columns, [n.cells() for n in notes], [w * 0.12, w * 0.25, w * 0.63],
                   cell_colours=colours)


def sources_table(sources: Sequence[SourceRow]) -> Table:
    return st.grid(SourceRow.columns, [s.cells() for s in sources],
                   st.column_widths((26, None, 76, None, 53), frame_width()))


def signature_block(attestation: str, signer: str) -> KeepTogether:
    """The attestation and lines to sign: kept together on one page."""
    s = st.styles()
    w = frame_width()
    line = "_" * 34
    table = Table(
        [[st.para(_("Signature"), s.label), st.para(line, s.body),
          st.para(_("Date"), s.label), st.para("_" * 18, s.body)],
         [st.para(_("Printed name"), s.label), st.para(signer or line, s.body), "", ""]],
        colWidths=[w * 0.16, w * 0.5, w * 0.08, w * 0.26], hAlign="LEFT",
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 14)]))
    return KeepTogether([st.heading(_("Attestation")), st.para(attestation), table])
