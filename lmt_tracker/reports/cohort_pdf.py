"""The school cohort audit as a PDF: the cohort summary, then each graduate's shortfalls.

A registrar reads the first page (how many graduates each state would license) and
hands a graduate their own section. Within a section the same shortfall usually
recurs across states ("Needs a passing result on the MBLEx" in forty of them), so
shortfalls are grouped by message with the states listed beside it: one line per
thing to fix, not one line per state. Items the school's data cannot settle
(background checks, fingerprints) are the same for everyone and are explained once
on the first page instead of repeated under every graduate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from lmt_tracker.domain.core.findings import UNVERIFIED_NOTE
from lmt_tracker.domain.entry.cohort import CohortAudit, GraduateAudit, shortfalls
from lmt_tracker.language import _, say
from lmt_tracker.reports import labels
from lmt_tracker.reports.graduate_transcript import online_words
from lmt_tracker.reports.layout import DocumentInfo, build_pdf, frame_width
from lmt_tracker.reports.styles import (
    BAD,
    GOOD,
    RULE,
    Bookmark,
    fields_table,
    gap,
    grid,
    heading,
    para,
    rich,
    styles,
)

NOTE = (
    _("Eligible means the graduate meets every entry requirement this file can show: total and "
      "subject hours, online and clinic limits, the MBLEx and minimum age, by each "
      "jurisdiction's rule in force on the date above. Conditions no school record can show — "
      "background checks, fingerprints, insurance, the application itself — are left for each "
      "graduate to confirm with the board and are not listed as shortfalls. † marks a figure "
      "that rests on a secondary source: check it with the board.")
)
UNVERIFIED_SUFFIX = _(" (the figure rests on a secondary source: {UNVERIFIED_NOTE})").format(
    UNVERIFIED_NOTE=UNVERIFIED_NOTE)


class RowError(Protocol):
    """A refused row or a note on the file (``lmt_tracker.io.school_csv.RowError``)."""

    @property
    def line(self) -> int: ...
    @property
    def column(self) -> str | None: ...
    @property
    def message(self) -> str: ...
    @property
    def refused(self) -> bool: ...


@dataclass(frozen=True)
class CohortReportInfo:
    """Who the report is about: the school and class, or the file it came from."""

    title: str  # e.g. "Gulf Coast School of Massage — Class of 2025"
    source: str = ""  # the CSV file name, when not a stored class
    prepared_by: str = "LMT Tracker"


def _bar(share: float, width: float, colour: object) -> Drawing:
    """A bar of ``share`` (0 to 1) of ``width``: the chart inside a table cell."""
    drawing = Drawing(width, 7)
    drawing.initialFontName = styles().body.fontName  # its default, Helvetica, is not embedded
    drawing.add(Rect(0, 0, width, 7, fillColor=RULE, strokeColor=None))
    if share > 0:
        drawing.add(Rect(0, 0, max(width * share, 1.5), 7, fillColor=colour, strokeColor=None))
    return drawing


def _summary(audit: CohortAudit) -> list[Flowable]:
    total = len(audit.rows)
    rows = []
    colours = {}
    w = frame_width()
    bar = 0.2 * w - 8
    for i, (col, ok, short) in enumerate(zip(audit.columns, audit.eligible_counts,
                                             audit.short_counts, strict=True)):
        share = f"{round(100 * ok / total)}%" if total else "–"
        rows.append([col.code, col.name, labels.word(col.regulation), ok, short, share,
                     _bar(ok / total if total else 0, bar, GOOD)])
        if total and ok == total:
            colours[(3, i)] = GOOD
        elif short:
            colours[(4, i)] = BAD
    widths = [0.09 * w, 0.28 * w, 0.14 * w, 0.1 * w, 0.09 * w, 0.1 * w, 0.2 * w]  # "Código" whole
    # A plain heading: kept with a 50-row table it would leave page 1 empty.
    return [heading(_("Eligible graduates by jurisdiction"), _loose_h2()),
            grid([_("Code"), _("Jurisdiction"), _("Regulation"), _("Eligible"), _("Short"),
                  _("Eligible %"), ""],
                 rows, widths, cell_colours=colours)]


def _common_shortfalls(audit: CohortAudit, limit: int = 15) -> list[Flowable]:
    """What the class most often falls short of: for a curriculum meeting."""
    from lmt_tracker.domain.entry.cohort_summary import summarize

    summary = summarize(audit)
    if not summary.shortfalls:
        return []
    total = summary.graduates
    w = frame_width()
    bar = 0.16 * w - 8
    rows = []
    for f in summary.shortfalls[:limit]:
        states = ", ".join(f.states[:12]) + (" …" if len(f.states) > 12 else "")
        rows.append([f.graduates, _bar(f.graduates / total if total else 0, bar, BAD),
                     _short_text(say(f.label)), states])
    return [heading(_("Most common shortfalls"), _loose_h2()),
            para(_("Each requirement the class falls short of, with the number of graduates "
                   "short of it in at least one of the jurisdictions listed."), styles().small),
            gap(3),
            grid([_("Graduates"), "", _("Requirement"), _("Where")], rows,
                 [0.12 * w, 0.16 * w, 0.42 * w, 0.3 * w], right=(0,))]


@cache
def _loose_h2() -> ParagraphStyle:
    return ParagraphStyle("h2-loose", parent=styles().h2, keepWithNext=0)


def _short_text(message: str) -> str:
    """The engine's long unverified suffix as a dagger (explained once on page 1)."""
    return message.replace(UNVERIFIED_SUFFIX, " †")


def _refused(errors: Sequence[RowError]) -> list[Flowable]:
    refused = [e for e in errors if e.refused]
    notes = [e for e in errors if not e.refused]
    out: list[Flowable] = []
    if refused:
        w = frame_width()
        out += [heading(_("Rows not audited ({0})").format(len({e.line for e in refused}))),
                para(_("Fix these rows in the file and import it again; every other row is "
                       "audited in this report."), styles().small), gap(3),
                grid([_("Line"), _("Column"), _("Reason")],
                     [[e.line, e.column or "", say(e.message)] for e in refused],
                     [0.08 * w, 0.2 * w, 0.72 * w])]
    if notes:
        out += [heading(_("Notes on the file"))]
        out += [para(_("Line {0}, {1}: {2}").format(e.line, e.column, say(e.message)),
                     styles().small) for e in notes]
    return out


def _grouped(row: GraduateAudit, codes: Sequence[str]) -> list[tuple[str, list[str]]]:
    """Each distinct shortfall message with the jurisdictions where it applies."""
    where: dict[str, list[str]] = {}
    for code, result in zip(codes, row.results, strict=True):
        for finding in shortfalls(result):
            where.setdefault(_short_text(say(finding.message)), []).append(code)
    return list(where.items())


def _graduate(row: GraduateAudit, codes: Sequence[str]) -> list[Flowable]:
    g = row.graduate
    judged = row.eligible_count + row.short_count
    colour = "#1e7a3c" if row.short_count == 0 else "#b3261e"
    title = rich([(g.name, "b"), (f"  ·  {g.student_id}  ·  ", None),
                  (_("eligible in {0} of {judged}").format(row.eligible_count, judged=judged),
                   colour)])
    online = online_words(g)
    facts = (_("{0} training hours").format(labels.hours(g.total_hours))
             + (f" ({online})" if online else "")
             + _(" · MBLEx: {0}").format(g.mblex)
             + (f" ({g.mblex_date.isoformat()})" if g.mblex_date else ""))
    # Room for the name and a few rows, else a new page; a long table then splits
    # with its header repeated rather than pushing whole sections around.
    parts: list[Flowable] = [CondPageBreak(1.6 * inch), gap(8),
                             Bookmark(f"{g.name} ({g.student_id})", level=1), title,
                             para(facts, styles().small), gap(3)]
    groups = _grouped(row, codes)
    if groups:
        w = frame_width()
        # The header repeats on every page a long table runs onto: it names the graduate.
        parts.append(grid([_("What is missing — {0} ({1})").format(g.name, g.student_id),
                           _("Where")],
                          [[message, ", ".join(where)] for message, where in groups],
                          [0.76 * w, 0.24 * w]))
    else:
        parts.append(para(_("No shortfalls in the jurisdictions audited."), styles().small))
    return parts


def cohort_pdf_bytes(audit: CohortAudit, info: CohortReportInfo,
                     errors: Sequence[RowError] = ()) -> bytes:
    st = styles()
    refused = len({e.line for e in errors if e.refused})
    pairs: list[tuple[str, object]] = [
        (_("Judged as of"), audit.as_of.isoformat()),
        (_("Graduates audited"), len(audit.rows)),
        (_("Eligible everywhere"), audit.eligible_everywhere),
        (_("Jurisdictions"), len(audit.columns)),
    ]
    if info.source:
        pairs.insert(0, (_("File"), info.source))
    if refused:
        pairs.append((_("Rows not audited"), refused))
    w = frame_width()
    story: list[Flowable] = [para(_("School cohort audit"), st.title), para(info.title, st.h2),
                             fields_table(pairs, (0.22 * w, 0.78 * w)), gap(6),
                             para(NOTE, st.small)]
    story += _summary(audit)
    story += _common_shortfalls(audit)
    story += _refused(errors)
    story += [PageBreak(), heading(_("Shortfalls by graduate"), st.h2)]
    codes = [c.code for c in audit.columns]
    for row in audit.rows:
        story += _graduate(row, codes)
    if not audit.rows:
        story.append(para(_("No graduates to audit."), st.small))
    document = DocumentInfo(
        title=_("School cohort audit — {0}").format(info.title),
        author=info.prepared_by,
        subject=_("Entry-level eligibility of a graduating class, by jurisdiction"),
        footer=_("Cohort audit · {0} · as of {1}").format(info.title, audit.as_of.isoformat())
               + (f" · {labels.rules_checked(audit.rules_age)}" if audit.rules_age else ""),
        keywords=("massage", _("cohort audit"), "eligibility"),
    )
    return build_pdf(story, document)


def write_cohort_pdf(audit: CohortAudit, info: CohortReportInfo, path: Path,
                     errors: Sequence[RowError] = ()) -> int:
    """Write the report atomically (a failure leaves any old file whole); returns its size."""
    from lmt_tracker.portable import atomic_write

    data = cohort_pdf_bytes(audit, info, errors)
    atomic_write(Path(path), data)
    return len(data)
