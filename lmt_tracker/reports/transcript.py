"""Draw an entry-level transcript (``tables.TranscriptReport``) as a PDF.

Programs, hours by subject and delivery, exam attempts, then one section per
chosen jurisdiction with its verdict and every finding, sourced.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from lmt_tracker.language import _
from lmt_tracker.reports import blocks
from lmt_tracker.reports import styles as st
from lmt_tracker.reports.labels import date, moment, rules_checked, word
from lmt_tracker.reports.layout import DocumentInfo, build_pdf, frame_width
from lmt_tracker.reports.renewal_rows import Verdict
from lmt_tracker.reports.transcript_tables import (
    EligibilitySection,
    ExamRow,
    FindingRow,
    ProgramRow,
    TranscriptReport,
)

# Points, measured at 8 pt for the longest value; None columns share the rest.
PROGRAM_COLUMNS = (None, None, 53, 53, 34, 44)
EXAM_COLUMNS = (None, 30, 54, 52, 54, 70, 53, 53)  # "Reprobado" fits the status
FINDING_COLUMNS = (50, 150, 42, 36, None, 26)


def _widths(columns: tuple[float | None, ...]) -> list[float]:
    return st.column_widths(columns, frame_width())


def _hours_table(report: TranscriptReport) -> Flowable:
    matrix = report.hours
    n = len(matrix.deliveries)
    w = frame_width()
    subject = w * (0.4 if n <= 3 else 0.28)
    rest = (w - subject) / (n + 1)
    table = st.grid(matrix.columns, matrix.cells(), [subject] + [rest] * (n + 1),
                    right=tuple(range(1, n + 2)), bold_rows=(-1,))
    table.setStyle([("LINEABOVE", (0, -1), (-1, -1), 0.6, st.MUTED)])
    return table


def _tone(section: EligibilitySection) -> str:
    if section.eligible is None:
        return "to_confirm"
    return "met" if section.eligible else "short"


def _section(section: EligibilitySection) -> list[Flowable]:
    s = st.styles()
    facts = [_("regulation: {0}").format(word(section.regulation).lower())]
    if section.effective:
        facts.append(_("rule in force from {0}").format(date(section.effective)))
    if section.checked:
        facts.append(_("sources checked {0}").format(date(section.checked)))
    out: list[Flowable] = [
        KeepTogether([st.heading(f"{section.code} — {section.name}", level=1),
                      st.para(" · ".join(facts), s.small), st.gap(3),
                      blocks.verdict_box(Verdict(_tone(section), section.verdict))]),
    ]
    if section.rows:
        colours = {(0, i): st.STATUS_COLOURS.get(r.status, st.INK)
                   for i, r in enumerate(section.rows)}
        out += [st.gap(4), st.grid(FindingRow.columns, [r.cells() for r in section.rows],
                                   _widths(FINDING_COLUMNS), right=(2, 3), cell_colours=colours)]
    if section.sources:
        out += [st.gap(4), blocks.sources_table(section.sources)]
    return out


def story(report: TranscriptReport) -> list[Flowable]:
    s = st.styles()
    pairs = [(_("Name"), report.therapist or _("(no profile entered)")),
             (_("Birth date"), date(report.birth_date) or _("not entered")),
             (_("Judged as of"), date(report.as_of)),
             (_("Generated"), moment(report.generated_at))]
    out: list[Flowable] = [
        st.para(_("Entry-level training transcript"), s.title),
        st.gap(6), blocks.header_grid(pairs),
        st.heading(_("Training programs")),
    ]
    if report.programs:
        out.append(st.grid(ProgramRow.columns, [p.cells() for p in report.programs],
                           _widths(PROGRAM_COLUMNS), right=(5,)))
    else:
        out.append(st.para(_("No training program is entered.")))
    out.append(st.heading(_("Hours by subject and delivery")))
    if report.hours.rows:
        out.append(_hours_table(report))
    else:
        out.append(st.para(_("No training hours are entered.")))
    out.append(st.heading(_("Exam attempts")))
    if report.exams:
        out.append(st.grid(ExamRow.columns, [e.cells() for e in report.exams],
                           _widths(EXAM_COLUMNS)))
    else:
        out.append(st.para(_("No exam attempt is entered.")))
    if report.exam_notes:
        out += [st.gap(6), st.para(_("MBLEx standing"), s.label), st.gap(2),
                blocks.notes_table(report.exam_notes)]
    out.append(st.heading(_("Eligibility")))
    if report.eligibility:
        out.append(st.para(_("Each jurisdiction's entry rule applied to the training and exams "
                             "above. Items to confirm are conditions the record cannot prove "
                             "(for example a background check)."), s.small))
        for section in report.eligibility:
            out += _section(section)
    else:
        out.append(st.para(_("No jurisdiction was chosen: pick the states to judge against.")))
    return out


def render_transcript(report: TranscriptReport) -> bytes:
    states = ", ".join(e.code for e in report.eligibility) or "none"
    info = DocumentInfo(
        title=f"{report.title} — {report.therapist}".rstrip(" —"),
        author=report.therapist,
        subject=_("Entry-level training, exams and eligibility ({states})").format(states=states),
        footer=_("Transcript · {0} · ").format(report.therapist)
               + (f"{rules_checked(report.rules_age)} · " if report.rules_age else "")
               + _("generated {0}").format(moment(report.generated_at)),
        keywords=("transcript", "eligibility", _("massage therapy")),
    )
    return build_pdf(story(report), info)
