"""An entry-level transcript for each graduate of an audited class, and all of them in one PDF.

What a registrar hands a graduate: their hours by subject, exams, and their
eligibility in each chosen state with what is missing (sourced). The table is
computed from the audit row (:func:`graduate_tables`), then drawn. One PDF per
graduate, plus a combined PDF with a bookmark per graduate (pypdf's outline).
Every file is written to a temporary name and renamed, so a cancelled run leaves
whole files only.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable

from lmt_tracker.domain.core.records import Graduate
from lmt_tracker.domain.entry.cohort import (
    CohortAudit,
    GraduateAudit,
    shortfalls,
    state_of,
    to_confirm,
)
from lmt_tracker.language import _, say
from lmt_tracker.reports import blocks
from lmt_tracker.reports import styles as st
from lmt_tracker.reports.labels import date, word
from lmt_tracker.reports.layout import DocumentInfo, build_pdf, frame_width
from lmt_tracker.reports.renewal_rows import Citations, SourceRow

ZERO = Decimal(0)
STATE_EXAM_WORDS = {"jurisprudence": _("law (jurisprudence) exam"), "state_exam": _("state exam"),
                    "practical_exam": _("practical exam")}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class GraduateTranscript:
    """One graduate's transcript as plain rows."""

    title: str
    pairs: tuple[tuple[str, str], ...]
    hours: tuple[tuple[str, ...], ...]  # (subject, hours[, online]), then the totals
    exams: tuple[tuple[str, str, str], ...]  # (exam, result, date)
    states: tuple[tuple[str, str, str], ...]  # (state, verdict, what is missing / to confirm)
    eligible: int
    judged: int
    sources: tuple[SourceRow, ...]
    #: The hours table's columns: a third, "Online", when the file gives online hours
    #: by subject (per-subject delivery rules judge them).
    hours_header: tuple[str, ...] = (_("Subject"), _("Hours"))
    hours_note: str = ""  # what the hours table cannot show (online hours by subject)


def _h(value: Decimal) -> str:
    text = format(value.normalize(), "f") if value else "0"
    return text


def graduate_tables(row: GraduateAudit, as_of: dt.date, school: str = "") -> GraduateTranscript:
    g = row.graduate
    pairs = [(_("Name"), g.name), (_("Student ID"), g.student_id)]
    if school:
        pairs.append((_("School / class"), school))
    pairs += [(_("Program"), " to ".join(x for x in (date(g.program_start),
                                                      date(g.graduation_date)) if x) or "—"),
              (_("Birth date"), date(g.birth_date) or _("not given")),
              (_("Judged as of"), date(as_of))]
    header, hours, note = _hours_table(g)
    exams = [("MBLEx", g.mblex, date(g.mblex_date))]
    exams += [(f"{code} {STATE_EXAM_WORDS.get(exam, exam)}", result, "")
              for code, exam, result in g.state_exams]
    citations = Citations()
    states = []
    for result in row.results:
        state = state_of(result)
        if state == "eligible":
            verdict = _("Eligible")
        elif state == "short":
            verdict = _("Short")
        else:
            verdict = _("Not regulated")
        items = [f"{say(f.message)} {citations.cite(f.source)}".strip()
                 for f in shortfalls(result)]
        confirm = to_confirm(result)
        if confirm:
            items.append(_("To confirm: ") + ", ".join(say(f.label) for f in confirm))
        states.append((f"{result.code} — {result.name}", verdict, "\n".join(items)))
    return GraduateTranscript(
        title=_("Entry-level training transcript"), pairs=tuple(pairs), hours=tuple(hours),
        exams=tuple(exams), states=tuple(states), eligible=row.eligible_count,
        judged=row.eligible_count + row.short_count, sources=citations.table(),
        hours_header=header, hours_note=note)


def _hours_table(g: Graduate) -> tuple[tuple[str, ...], list[tuple[str, ...]], str]:
    """Hours by subject, then the totals; with the online part of each subject when the
    file gives online hours by subject, and a note saying what the table cannot show."""
    assigned = sum((h for _, h in g.subject_hours), ZERO)
    if g.subject_online is None:
        hours: list[tuple[str, ...]] = [(word(k), _h(h)) for k, h in g.subject_hours]
        if assigned < g.total_hours:
            hours.append((_("Not assigned to a subject"), _h(g.total_hours - assigned)))
        hours.append((_("Total program hours"), _h(g.total_hours)))
        if g.online_hours:
            hours.append((_("of which online"), _h(g.online_hours)))
        if g.clinical_hours:
            hours.append((_("of which supervised clinic"), _h(g.clinical_hours)))
        note = (_("The school's file gives the online hours as a total only, not which "
                  "subjects were taught online.") if g.online_hours else "")
        return (_("Subject"), _("Hours")), hours, note
    online = dict(g.subject_online)
    rows = [*g.subject_hours, *((k, ZERO) for k in online if k not in dict(g.subject_hours))]
    hours = [(word(k), _h(h), _h(online[k]) if k in online else "—") for k, h in rows]
    split = sum(online.values(), ZERO)
    if assigned < g.total_hours:
        hours.append((_("Not assigned to a subject"), _h(g.total_hours - assigned), ""))
    hours.append((_("Total program hours"), _h(g.total_hours), _h(g.online_hours)))
    if g.clinical_hours:
        hours.append((_("of which supervised clinic"), _h(g.clinical_hours), ""))
    note = ""
    if split < g.online_hours:
        note = _("{0} of the {1} online hours are not given by subject: which subjects they "
                 "were in is to confirm.").format(_h(g.online_hours - split), _h(g.online_hours))
    return (_("Subject"), _("Hours"), _("Of which online")), hours, note


def online_words(g: Graduate) -> str:
    """A graduate's online hours in a few words: the total, then by subject when the
    file gives them ("40 online: anatomy and physiology 25, clinical practicum 15")."""
    if not g.online_hours:
        return ""
    if g.subject_online is None:
        return _("{0} online (not given by subject)").format(_h(g.online_hours))
    parts = [f"{word(k).lower()} {_h(h)}" for k, h in g.subject_online]
    split = sum((h for _, h in g.subject_online), ZERO)
    if split < g.online_hours:
        parts.append(_("{0} not given by subject").format(_h(g.online_hours - split)))
    return _("{0} online: {1}").format(_h(g.online_hours), ", ".join(parts))


def _total_row(t: GraduateTranscript) -> int:
    return next(i for i, row in enumerate(t.hours) if row[0] == "Total program hours")


def _hours_grid(t: GraduateTranscript, w: float) -> Flowable:
    if len(t.hours_header) == 3:
        return st.grid(t.hours_header, list(t.hours), [w * 0.6, w * 0.2, w * 0.2],
                       right=(1, 2), bold_rows=(_total_row(t),))
    return st.grid(t.hours_header, list(t.hours), [w * 0.7, w * 0.3], right=(1,),
                   bold_rows=(_total_row(t),))


def story(t: GraduateTranscript) -> list[Flowable]:
    s = st.styles()
    w = frame_width()
    out: list[Flowable] = [st.para(t.title, s.title), st.gap(6),
                           blocks.header_grid(list(t.pairs)),
                           st.heading(_("Hours by subject")),
                           _hours_grid(t, w)]
    if t.hours_note:
        out += [st.gap(3), st.para(t.hours_note, s.small)]
    out += [st.heading(_("Exams")),
                           st.grid((_("Exam"), _("Result"), _("Date")), list(t.exams),
                                   [w * 0.5, w * 0.25, w * 0.25]),
                           st.heading(_("Eligibility: {0} of {1} states")
                                      .format(t.eligible, t.judged))]
    colours = {(1, i): st.STATUS_COLOURS.get({"Eligible": "met", "Short": "short"}
                                             .get(v, "info"), st.INK)
               for i, (_, v, _) in enumerate(t.states)}
    out.append(st.para(_("Each state's entry rule in force on the date above, applied to the "
                         "hours and exams of this transcript. Items to confirm are conditions a "
                         "school's record cannot show (for example a background check)."), s.small))
    out.append(st.gap(4))
    out.append(st.grid((_("State"), _("Verdict"), _("What is missing")), list(t.states),
                       [w * 0.26, w * 0.12, w * 0.62], cell_colours=colours))
    if t.sources:
        out += [st.heading(_("Sources")), blocks.sources_table(t.sources)]
    return out


def transcript_pdf(row: GraduateAudit, as_of: dt.date, school: str = "") -> bytes:
    t = graduate_tables(row, as_of, school)
    g = row.graduate
    info = DocumentInfo(
        title=f"{t.title} — {g.name}", author=school or "LMT Tracker",
        subject=_("Training hours, exams and eligibility as of {0}").format(as_of.isoformat()),
        footer=_("Transcript · {0} · {1} · as of {2}").format(g.name, g.student_id,
                                                              as_of.isoformat()),
        keywords=("transcript", "eligibility", _("massage therapy"), "school"))
    return build_pdf(story(t), info)


def file_name(row: GraduateAudit) -> str:
    """A safe, unique-per-student file name: the id, then the name."""
    g = row.graduate
    stem = re.sub(r"[^\w\- ]+", "_", f"{g.student_id} {g.name}", flags=re.UNICODE).strip(" ._")
    return (stem[:120] or "graduate") + ".pdf"


def _write(path: Path, data: bytes) -> None:
    from lmt_tracker.portable import atomic_write

    atomic_write(path, data)


@dataclass(frozen=True)
class TranscriptsWritten:
    folder: Path
    files: tuple[Path, ...]
    combined: Path
    size: int


def write_transcripts(audit: CohortAudit, folder: Path, school: str = "",
                      progress: Progress | None = None) -> TranscriptsWritten:
    """One PDF per graduate in ``folder`` and ``all transcripts.pdf`` with a bookmark each.

    ``progress(done, total)`` may raise to cancel; files already written stay whole.
    """
    from pypdf import PdfWriter

    from lmt_tracker import portable

    portable.private_folder(folder)  # a folder of students' records: theirs, not everyone's
    total = len(audit.rows)
    files: list[Path] = []
    writer = PdfWriter()
    used: set[str] = set()
    size = 0
    for n, row in enumerate(audit.rows):
        data = transcript_pdf(row, audit.as_of, school)
        name = file_name(row)
        while name.lower() in used:
            name = name[:-4] + "_.pdf"
        used.add(name.lower())
        path = folder / name
        _write(path, data)
        files.append(path)
        size += len(data)
        writer.append(io.BytesIO(data), outline_item=f"{row.graduate.name} "
                      f"({row.graduate.student_id})")
        if progress is not None:
            progress(n + 1, total)
    writer.add_metadata({"/Title": _("Entry-level transcripts — {0} — as of {1}")
                         .format(school or 'class', audit.as_of.isoformat())})
    writer.page_mode = "/UseOutlines"
    writer.create_viewer_preferences().display_doctitle = True  # type: ignore[assignment]  # the title, not the file name
    buffer = io.BytesIO()
    writer.write(buffer)
    combined = folder / "all transcripts.pdf"
    _write(combined, buffer.getvalue())
    return TranscriptsWritten(folder, tuple(files), combined, size + len(buffer.getvalue()))
