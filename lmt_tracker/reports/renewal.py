"""Draw a renewal summary (``tables.RenewalReport``) as a PDF, certificates attached.

Reads nothing but the report and the certificate files handed in: what the
report says is decided in ``tables``; this module decides only how it looks.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from lmt_tracker.domain.core.records import Certificate
from lmt_tracker.language import _
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
# number, an ISO date, "Self-study" and Spanish "Autoestudio", "To confirm"); None columns
# share the rest.
COURSE_COLUMNS = (24, 53, None, 70, 58, 70, 36, 42, 30)
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
        parts.append((_("\nentered as {0}").format(row.entered), None))
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
        st.para(_("Continuing-education renewal summary"), s.title),
        st.para(f"{h.credential} · {h.jurisdiction} · {h.number}", s.small),
        st.gap(8),
        blocks.header_grid(h.fields()),
        st.gap(10),
        blocks.verdict_box(report.verdict),
        st.heading(_("Requirements")),
    ]
    if report.requirements:
        out.append(requirements_table(report))
    elif report.missing:
        # Never an all-clear without a basis: say what must be known to judge it.
        out.append(st.para(_("No requirement could be judged yet. To judge this credential:")))
        out += [st.para(f"• {item}.") for item in report.missing]
    elif report.verdict.tone == "met":
        out.append(st.para(_("No hour requirement applies to this credential for the period.")))
    else:
        out.append(st.para(_("No hour requirement was judged for this credential.")))
    out.append(st.heading(_("Courses in the period ({0})").format(len(report.courses))))
    if report.courses:
        out.append(st.para(_("Hours are shown in {0}-minute hours, the rule's unit; a course "
                             "entered in hours of another length says how it was entered. Cert. "
                             "names the attached certificate.").format(h.hour_minutes), s.small))
        out += [st.gap(3), courses_table(report)]
    else:
        out.append(st.para(_("No course completed in this period applies to this credential.")))
    out.append(st.heading(_("Hours not counted")))
    if report.excluded:
        out.append(excluded_table(report))
    else:
        out.append(st.para(_("Every hour of the listed courses counts.")))
    if report.notes:
        out += [st.heading(_("Notes and items to confirm")), blocks.notes_table(report.notes)]
    out.append(st.heading(_("Rule sources")))
    if report.sources:
        checked = report.checked.isoformat() if report.checked else "unknown"
        out += [st.para(_("The rule applied was last checked against these sources on {checked}.")
                        .format(checked=checked),
                        s.small), st.gap(3), blocks.sources_table(report.sources)]
    else:
        out.append(st.para(_("No rule file covers this credential; nothing was checked against "
                             "a rule.")))
    out.append(blocks.signature_block(report.attestation, report.signer))
    return out


def attachments(report: RenewalReport,
                files: Mapping[str, Certificate | None]) -> list[Attachment]:
    """Every certificate the report names, with its file (a missing file still gets a page)."""
    out = []
    for ref in report.certificates:
        cert = files.get(ref.sha256)
        if cert is None:
            cert = Certificate(ref.sha256, _("(file not stored)"), "application/octet-stream", b"")
        out.append(Attachment(ref.label, ref.lines, cert))
    return out


def render_renewal(report: RenewalReport, files: Mapping[str, Certificate | None]) -> bytes:
    """The finished PDF: report pages, then each certificate, numbered "page x of y"."""
    h = report.header
    plan = plan_certificates(attachments(report, files))
    info = DocumentInfo(
        title=report.title,
        author=h.therapist,
        subject=_("Continuing-education renewal summary: {0}, number {1}, CE period {2} to {3}")
                        .format(h.credential, h.number, h.ce_start, h.ce_end),
        footer=_("Renewal summary · {0} · {1} {2} · ").format(h.therapist, h.code, h.number)
               + (_("rules checked {0} · ").format(h.rules_checked.isoformat()) if h.rules_checked
                  else "")
               + _("generated {0}").format(moment(h.generated_at)),
        keywords=(_("continuing education"), "renewal", "audit"),
    )
    pdf = build_pdf([*story(report), *plan.story], info)
    return merge_placements(pdf, plan.placements)
