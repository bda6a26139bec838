"""Draw a renewal summary (``tables.RenewalReport``) as a PDF, certificates attached.

Reads nothing but the report and the certificate files handed in: what the
report says is decided in ``tables``; this module decides only how it looks.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from lmt_tracker.domain.core.records import Certificate
from lmt_tracker.reports import blocks
from lmt_tracker.reports import styles as st
from lmt_tracker.reports.certificates import (
    Attachment,
    merge_placements,
    plan_certificates,
)
from lmt_tracker.reports.labels import moment
from lmt_tracker.reports.layout import DocumentInfo, build_pdf, frame_width
from lmt_tracker.reports.renewal_rows import CourseRow, ExcludedRow, RenewalReport, RequirementRow

# Column widths in points, measured at 8 pt for the longest value (a four-digit course
# number, an ISO date, "Self-study", "To confirm"); None columns share the rest.
COURSE_COLUMNS = (24, 53, None, 76, 50, 72, 36, 44, 30)
REQUIREMENT_COLUMNS = (150, 42, 44, 50, None, 26)
EXCLUDED_COLUMNS = (24, 53, None, 64, None)


def _widths(columns: tuple[float | None, ...]) -> list[float]:
    return st.column_widths(columns, frame_width())


def requirements_table(report: RenewalReport) -> Flowable:
    rows = report.requirements
    colours = {(3, i): st.STATUS_COLOURS.get(r.status, st.INK) for i, r in enumerate(rows)}
    return st.grid(RequirementRow.columns, [r.cells() for r in rows],
                   _widths(REQUIREMENT_COLUMNS), right=(1, 2), cell_colours=colours)


def _course_cell(row: CourseRow) -> Flowable:
    """Title in bold, provider and (if it differs) the hours as entered below it."""
    s = st.styles()
    parts: list[tuple[object, str | None]] = [(row.title, "b"), ("\n" + row.provider, None)]
    if row.entered:
        parts.append((f"\nentered as {row.entered}", None))
    return st.rich(parts, s.cell)


def courses_table(report: RenewalReport) -> Flowable:
    rows = []
    for course in report.courses:
        cells: list[object] = list(course.cells())
        cells[2] = _course_cell(course)
        rows.append(cells)
    return st.grid(CourseRow.columns, rows, _widths(COURSE_COLUMNS), right=(0, 6, 7))


def excluded_table(report: RenewalReport) -> Flowable:
    return st.grid(ExcludedRow.columns, [e.cells() for e in report.excluded],
                   _widths(EXCLUDED_COLUMNS), right=(0, 3))


def story(report: RenewalReport) -> list[Flowable]:
    """The report pages (without certificates), section by section."""
    s = st.styles()
    h = report.header
    out: list[Flowable] = [
        st.para("Continuing-education renewal summary", s.title),
        st.para(f"{h.credential} · {h.jurisdiction} · {h.number}", s.small),
        st.gap(8),
        blocks.header_grid(h.fields()),
        st.gap(10),
        blocks.verdict_box(report.verdict),
        st.heading("Requirements"),
    ]
    if report.requirements:
        out.append(requirements_table(report))
    elif report.missing:
        # Never an all-clear without a basis: say what must be known to judge it.
        out.append(st.para("No requirement could be judged yet. To judge this credential:"))
        out += [st.para(f"• {item}.") for item in report.missing]
    elif report.verdict.tone == "met":
        out.append(st.para("No hour requirement applies to this credential for the period."))
    else:
        out.append(st.para("No hour requirement was judged for this credential."))
    out.append(st.heading(f"Courses in the period ({len(report.courses)})"))
    if report.courses:
        out.append(st.para(f"Hours are shown in {h.hour_minutes}-minute hours, the rule's unit; "
                           "a course entered in hours of another length says how it was entered. "
                           "Cert. names the attached certificate.", s.small))
        out += [st.gap(3), courses_table(report)]
    else:
        out.append(st.para("No course completed in this period applies to this credential."))
    out.append(st.heading("Hours not counted"))
    if report.excluded:
        out.append(excluded_table(report))
    else:
        out.append(st.para("Every hour of the listed courses counts."))
    if report.notes:
        out += [st.heading("Notes and items to confirm"), blocks.notes_table(report.notes)]
    out.append(st.heading("Rule sources"))
    if report.sources:
        checked = report.checked.isoformat() if report.checked else "unknown"
        out += [st.para(f"The rule applied was last checked against these sources on {checked}.",
                        s.small), st.gap(3), blocks.sources_table(report.sources)]
    else:
        out.append(st.para("No rule file covers this credential; nothing was checked against a "
                           "rule."))
    out.append(blocks.signature_block(report.attestation, report.signer))
    return out


def attachments(report: RenewalReport,
                files: Mapping[str, Certificate | None]) -> list[Attachment]:
    """Every certificate the report names, with its file (a missing file still gets a page)."""
    out = []
    for ref in report.certificates:
        cert = files.get(ref.sha256)
        if cert is None:
            cert = Certificate(ref.sha256, "(file not stored)", "application/octet-stream", b"")
        out.append(Attachment(ref.label, ref.lines, cert))
    return out


def render_renewal(report: RenewalReport, files: Mapping[str, Certificate | None]) -> bytes:
    """The finished PDF: report pages, then each certificate, numbered "page x of y"."""
    h = report.header
    plan = plan_certificates(attachments(report, files))
    info = DocumentInfo(
        title=report.title,
        author=h.therapist,
        subject=f"Continuing-education renewal summary: {h.credential}, number {h.number}, "
                f"CE period {h.ce_start} to {h.ce_end}",
        footer=f"Renewal summary · {h.therapist} · {h.code} {h.number} · "
               + (f"rules checked {h.rules_checked.isoformat()} · " if h.rules_checked else "")
               + f"generated {moment(h.generated_at)}",
        keywords=("continuing education", "renewal", "audit"),
    )
    pdf = build_pdf([*story(report), *plan.story], info)
    return merge_placements(pdf, plan.placements)
