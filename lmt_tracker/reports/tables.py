"""Reports as plain tables: engine results in, frozen rows of values out. No PDF, no database.

Each report is computed first and drawn elsewhere (``renewal.py``, ``transcript.py``),
so what a report *says* is tested by value, and the drawing code only decides how it
looks. Rows keep typed values (dates, Decimal hours) and offer ``cells()``: the
strings printed, in column order. This module holds the rows every report shares
(verdict, notes, cited sources) and the renewal summary; the transcript's are in
``transcript_tables``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.records import MINUTE_UNIT, Course, Therapist
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.renewal.hours import stated_amount, stated_words
from lmt_tracker.domain.renewal.lines import AllocationLine
from lmt_tracker.domain.renewal.result import CEResult
from lmt_tracker.domain.status import CredentialStatus
from lmt_tracker.language import _, say
from lmt_tracker.reports.labels import count, date, word
from lmt_tracker.reports.renewal_rows import (
    CertificateRef,
    Citations,
    CourseRow,
    ExcludedRow,
    NoteRow,
    RenewalHeader,
    RenewalReport,
    RequirementRow,
    Verdict,
    note_row,
)
from lmt_tracker.reports.unjudged import NOT_APPLICABLE, missing_to_judge

ZERO = Decimal(0)
REQUIREMENT_KINDS = frozenset({"hours", "topic", "delivery", "subject", "exam"})
JUDGED = frozenset({"met", "short", "unverified"})
ATTESTATION = (
    _("I attest that the information in this summary is true and complete to the best of my "
      "knowledge, that I personally completed the continuing-education courses listed, and that "
      "each attached certificate is a true copy of the original I received.")
)


# ---------------------------------------------------------------------------------------
# Shared rows
# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# Renewal summary
# ---------------------------------------------------------------------------------------


def _toward_names(f: Finding, deliveries: Mapping[tuple[str, str], str | None]) -> frozenset[str]:
    """The allocation's ``toward`` names that count toward finding ``f``."""
    if f.kind == "hours" and f.key == "total":
        return frozenset({"total"})
    if f.kind == "delivery" and f.key == "in_person":
        return frozenset({"in_person"})
    if f.kind == "topic":
        delivery = deliveries.get((f.key, f.label))
        return frozenset({f"topic:{f.key}" + (f":{delivery}" if delivery else "")})
    return frozenset()


def _topic_deliveries(jurisdiction: Jurisdiction | None) -> dict[tuple[str, str], str | None]:
    """(topic key, label) → the delivery a topic minimum demands (from every rule version)."""
    out: dict[tuple[str, str], str | None] = {}
    for version in jurisdiction.versions if jurisdiction is not None else ():
        for t in version.ce.topics if version.ce is not None else ():
            out[(t.key, t.label)] = "+".join(t.deliveries) or None
    return out


def _minutes_or_hours(course: Course) -> int:
    """The unit to show a course's topic amounts in: minutes, else plain hours (the
    course's hour length is already said once on its line)."""
    return MINUTE_UNIT if course.in_minutes else 60


def _entered(line: AllocationLine, rule_minutes: int) -> str:
    """How the certificate's hours became the rule's, when they differ in kind."""
    if line.course.hour_minutes == rule_minutes:
        return ""
    return say(line.how)


def _when(due: dt.date | None, days: int | None) -> str:
    if due is None:
        return ""
    if days is not None and days >= 0:
        return _(" (period ends {0}, {days} days from the judgement date)").format(
            date(due), days=days)
    return _(" (period ended {0})").format(date(due))


def _verdict(status: CredentialStatus, result: CEResult | None) -> Verdict:
    period = result.period if result is not None else None
    due = period.end if period is not None else status.cycle_end
    short = [f for f in status.findings if f.status == "short"]
    confirm = [f for f in status.findings if f.status in ("to_confirm", "unverified")]
    lines = [say(f.message) for f in short] + [say(f.message) for f in confirm]
    when = _when(due, status.days_left)
    no_hours = result is None or not result.required_hours
    if status.compliant is True and no_hours:
        extra = _("; {0} to confirm").format(count(len(confirm), 'item')) if confirm else ""
        return Verdict("met", _("No continuing-education hours are required{when}{extra}.")
                       .format(when=when, extra=extra),
                       tuple(lines))
    if status.compliant is True:
        extra = _("; {0} to confirm").format(count(len(confirm), 'item')) if confirm else ""
        return Verdict("met", _("Meets the continuing-education requirement{when}{extra}.")
                       .format(when=when, extra=extra),
                       tuple(lines))
    if status.compliant is False:
        return Verdict("short", _("Does not yet meet the requirement: {0} short{when}.")
                       .format(count(len(short), 'item'), when=when), tuple(lines))
    if status.credential.status in NOT_APPLICABLE:
        return Verdict("to_confirm", _("Retired: no continuing education is required{when}.")
                       .format(when=when),
                       tuple(lines))
    missing = missing_to_judge(status) or (_("see the notes below"),)
    # The headline names what blocks the verdict most; the list below has every item.
    first = missing[0][:1].lower() + missing[0][1:]
    more = _(" (and {0} below)").format(count(len(missing) - 1,
                                              'more item')) if len(missing) > 1 else ""
    return Verdict("to_confirm", _("Cannot be judged yet{when}: {first}{more}.")
                   .format(when=when, first=first, more=more),
                   tuple(dict.fromkeys([*missing, *lines])))


Numbered = Sequence[tuple[int, AllocationLine]]


def _requirements(status: CredentialStatus, numbered: Numbered,
                  jurisdiction: Jurisdiction | None,
                  citations: Citations) -> tuple[list[RequirementRow], list[NoteRow]]:
    """Judged minimums become requirement rows (with their courses); the rest are notes."""
    deliveries = _topic_deliveries(jurisdiction)
    requirements: list[RequirementRow] = []
    notes: list[NoteRow] = []
    for f in status.findings:
        if f.kind in REQUIREMENT_KINDS and f.status in JUDGED and f.needed is not None:
            names = _toward_names(f, deliveries)
            meeting = [(ref, line) for ref, line in numbered
                       if line.counted > 0 and names & set(line.toward)]
            requirements.append(RequirementRow(
                say(f.label), f.needed, f.have, f.status,
                tuple(ref for ref, _ in meeting),
                tuple(line.course.title for _, line in meeting), say(f.message),
                citations.cite(f.source)))
        else:
            notes.append(note_row(f))
    return requirements, notes


def _course_row(ref: int, line: AllocationLine, hour_minutes: int,
                cert_labels: Mapping[str, str]) -> CourseRow:
    c = line.course
    return CourseRow(
        ref=ref, completed=c.completed, title=c.title, provider=c.provider,
        approvals=", ".join(f"{a.body} {a.number}" for a in c.approvals),
        delivery=word(c.delivery),
        topics=", ".join(
            f"{word(t.topic)} {say(stated_amount(t.hours, _minutes_or_hours(c)))}"
            for t in c.topics
        ),
        hours=line.hours, counted=line.counted, entered=_entered(line, hour_minutes),
        certificate=cert_labels.get(c.certificate_sha256 or "", ""),
    )


def _header(status: CredentialStatus, therapist: Therapist | None,
            jurisdiction: Jurisdiction | None, as_of: dt.date,
            generated_at: dt.datetime) -> RenewalHeader:
    credential = status.credential
    result = status.renewal
    window = result.period if result is not None else None
    licence = result.licence if result is not None else None
    return RenewalHeader(
        therapist=therapist.full_name if therapist else "",
        credential=f"{credential.title} ({word(credential.kind).lower()})",
        number=credential.number,
        credential_status=credential.status,
        jurisdiction=(f"{jurisdiction.code} — {jurisdiction.name}" if jurisdiction
                      else credential.jurisdiction),
        code=jurisdiction.code if jurisdiction else credential.jurisdiction,
        board=jurisdiction.board if jurisdiction else "",
        cycle_start=licence.start if licence else status.cycle_start,
        cycle_end=licence.end if licence else status.cycle_end,
        ce_start=window.start if window else status.cycle_start,
        ce_end=window.end if window else status.cycle_end,
        hour_minutes=result.hour_minutes if result is not None else 60,
        as_of=as_of,
        generated_at=generated_at,
        rules_checked=jurisdiction.checked if jurisdiction else None,
    )


def renewal_report(
    status: CredentialStatus,
    therapist: Therapist | None,
    jurisdiction: Jurisdiction | None,
    as_of: dt.date,
    generated_at: dt.datetime,
) -> RenewalReport:
    """The renewal summary of one credential from its judged status.

    Courses are numbered in the order the allocation lists them (by date); the
    requirement rows, excluded hours and certificate captions refer to those numbers.
    """
    result = status.renewal
    header = _header(status, therapist, jurisdiction, as_of, generated_at)
    numbered = list(enumerate(result.lines if result is not None else (), 1))
    cert_labels = _certificate_labels(numbered)
    citations = Citations()
    requirements, notes = _requirements(status, numbered, jurisdiction, citations)
    for f in status.findings:
        citations.cite(f.source)
    if jurisdiction is not None:
        start = header.ce_start if result is not None and result.period else as_of
        version = jurisdiction.version_on(start or as_of) or jurisdiction.current(as_of)
        for source in version.sources:
            citations.cite(source)
    sources = citations.table()
    return RenewalReport(
        header=header,
        verdict=_verdict(status, result),
        requirements=tuple(requirements),
        notes=tuple(notes),
        courses=tuple(_course_row(ref, line, header.hour_minutes, cert_labels)
                      for ref, line in numbered),
        excluded=tuple(
            ExcludedRow(ref, line.course.completed, line.course.title, line.excluded,
                        "; ".join(say(r) for r in line.reasons)
                        or _("not counted under the rule's limits"))
            for ref, line in numbered if line.excluded > 0),
        sources=sources,
        checked=max((s.checked for s in sources), default=None),
        attestation=ATTESTATION,
        signer=header.therapist,
        certificates=_certificate_refs(numbered, cert_labels),
        missing=missing_to_judge(status),
    )


def _certificate_labels(numbered: Numbered) -> dict[str, str]:
    """C1, C2 … for each distinct stored file, in course order."""
    labels: dict[str, str] = {}
    for _n, line in numbered:
        sha = line.course.certificate_sha256
        if sha and sha not in labels:
            labels[sha] = f"C{len(labels) + 1}"
    return labels


def _certificate_refs(numbered: Numbered,
                      labels: Mapping[str, str]) -> tuple[CertificateRef, ...]:
    """One attachment per file, naming every course it documents."""
    courses: dict[str, list[tuple[int, Course]]] = {sha: [] for sha in labels}
    for ref, line in numbered:
        sha = line.course.certificate_sha256
        if sha:
            courses[sha].append((ref, line.course))
    return tuple(
        CertificateRef(
            label=labels[sha],
            sha256=sha,
            course_refs=tuple(ref for ref, _ in items),
            lines=tuple(_("Course #{ref}: {0} — {1}, completed {2}, {3}")
                        .format(c.title, c.provider, date(c.completed), say(stated_words(c)),
                                ref=ref)
                        for ref, c in items),
        )
        for sha, items in courses.items()
    )

