"""Deadlines as an iCalendar file: credential renewals, CE period ends, MBLEx windows.

Every event is an all-day event carrying one alarm per reminder lead time (the
``reminder_days`` setting, default 90, 60, 30 and 7 days). UIDs are built from the
database's calendar namespace and the record's id and deadline kind — never from
the date — so importing a newer export *moves* an event (say, after a renewal)
instead of adding a second one. Retired credentials are silent: no events.

:func:`deadlines` is pure (judged statuses in, rows out); :func:`to_ics` serialises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.domain.core.findings import fmt_hours
from lmt_tracker.domain.core.records import Credential, ExamAttempt
from lmt_tracker.domain.exams import AUTHORIZATION_DAYS, OPEN
from lmt_tracker.domain.status import CredentialStatus

DEFAULT_REMINDERS = (90, 60, 30, 7)
MAX_REMINDER_DAYS = 3660


@dataclass(frozen=True)
class Deadline:
    """One all-day event: ``key`` identifies it across exports (its UID's stem)."""

    key: str
    day: dt.date
    summary: str
    description: str
    category: str


def reminder_days(setting: str | None) -> tuple[int, ...]:
    """Lead times in days from the setting text ("90,60,30,7"); the default if none is usable.

    Figures that are not whole days from 0 to 3660 are ignored rather than fatal: a
    typo in a setting should not stop the export.
    """
    found: set[int] = set()
    for part in (setting or "").replace(";", ",").split(","):
        part = part.strip()
        if part.isdigit() and int(part) <= MAX_REMINDER_DAYS:
            found.add(int(part))
    return tuple(sorted(found, reverse=True)) or DEFAULT_REMINDERS


def _who(c: Credential) -> str:
    return f"{c.jurisdiction} {c.title} {c.number}".strip()


def _credential_deadlines(status: CredentialStatus) -> list[Deadline]:
    c = status.credential
    if c.status == "retired" or c.id is None:
        return []
    result = status.renewal
    licence_end = result.licence.end if result is not None and result.licence else None
    # The printed expiry is a fact; the rule's prediction only fills in a missing one.
    end = c.expiry_date or licence_end or status.cycle_end
    out: list[Deadline] = []
    period_end = result.period.end if result is not None and result.period else None
    ce_text = ""
    if result is not None and result.required_hours is not None and result.required_hours > 0:
        counted = fmt_hours(result.counted_hours or Decimal(0))
        ce_text = (f"CE: {counted} of {fmt_hours(result.required_hours)} hours "
                   f"counted so far ({'met' if result.compliant else 'not yet met'}).")
    if end is not None:
        printed = c.expiry_date == end
        verb = "expires" if printed else "renewal due (predicted from the rule)"
        combined = period_end == end and bool(ce_text)
        summary = f"{_who(c)} {verb}" + (" — CE deadline" if combined else "")
        lines = [f"{c.title} ({c.jurisdiction}), number {c.number}: {verb} on {end.isoformat()}."]
        if not printed:
            lines.append("Enter the expiry printed on the credential to replace the prediction.")
        if combined:
            lines.append(ce_text)
        out.append(Deadline(f"credential-{c.id}-renewal", end, summary, " ".join(lines),
                            "Renewal"))
    if period_end is not None and period_end != end and ce_text:
        out.append(Deadline(
            f"credential-{c.id}-ce-period", period_end, f"{_who(c)} CE period ends",
            f"The continuing-education period for {c.title} ({c.jurisdiction}) ends on "
            f"{period_end.isoformat()}. {ce_text}", "Continuing education"))
    return out


def _exam_deadline(attempt: ExamAttempt) -> Deadline | None:
    """The last day of an MBLEx authorization to test not yet used."""
    if attempt.exam != "mblex" or attempt.authorized_date is None or attempt.id is None:
        return None
    if attempt.status not in OPEN:
        return None
    ends = attempt.authorized_date + dt.timedelta(days=AUTHORIZATION_DAYS)
    scheduled = (f" Your test is scheduled for {attempt.scheduled_date.isoformat()}."
                 if attempt.scheduled_date else " Schedule your test before then.")
    return Deadline(
        f"exam-{attempt.id}-authorization", ends, "MBLEx authorization to test expires",
        f"Authorized on {attempt.authorized_date.isoformat()}; the authorization is valid "
        f"{AUTHORIZATION_DAYS} days, until {ends.isoformat()}.{scheduled}", "Exam")


def deadlines(statuses: Iterable[CredentialStatus],
              attempts: Iterable[ExamAttempt]) -> list[Deadline]:
    """Every deadline to export, in date order."""
    out: list[Deadline] = []
    for status in statuses:
        out.extend(_credential_deadlines(status))
    out.extend(d for d in map(_exam_deadline, attempts) if d is not None)
    return sorted(out, key=lambda d: (d.day, d.key))


def to_ics(
    items: Sequence[Deadline],
    reminders: Sequence[int],
    namespace: str,
    stamp: dt.datetime,
    version: str,
) -> bytes:
    """The calendar document: one VEVENT per deadline, one VALARM per lead time."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", f"-//LMT Tracker//lmt-tracker {version}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "LMT Tracker deadlines")
    stamp_utc = stamp.astimezone(dt.UTC)
    for item in items:
        event = Event()
        event.add("uid", f"{item.key}.{namespace}@lmt-tracker")
        event.add("dtstamp", stamp_utc)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("categories", [item.category])
        event.add("transp", "TRANSPARENT")
        for days in reminders:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{item.summary} — in {days} days" if days
                      else item.summary)
            alarm.add("trigger", dt.timedelta(days=-days))
            event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())
