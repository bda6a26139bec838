"""The iCalendar export parses back with its events, alarms and stable UIDs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import report_sample as sample
from icalendar import Calendar

from lmt_tracker.domain.core.records import ExamAttempt
from lmt_tracker.domain.status import evaluate_status
from lmt_tracker.io.calendar import DEFAULT_REMINDERS, deadlines, reminder_days, to_ics
from lmt_tracker.reports.api import write_calendar


def _events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def _triggers(event) -> list[dt.timedelta]:
    return [alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]


def test_demo_deadlines_with_alarms_at_each_lead_time(demo_store, tmp_path: Path) -> None:
    path = tmp_path / "deadlines.ics"
    assert write_calendar(demo_store, path) == 5
    events = _events(path)
    assert len(events) == 5
    numbers = ("MA98765", "029876", "1293847", "AHA-55-0192", "AMTA-448210")
    for number in numbers:
        assert sum(number in str(e["SUMMARY"]) for e in events) == 1
    for event in events:
        start = event.decoded("DTSTART")
        assert isinstance(start, dt.date) and not isinstance(start, dt.datetime)  # all-day
        assert event.decoded("DTEND") == start + dt.timedelta(days=1)
        assert _triggers(event) == [dt.timedelta(days=-d) for d in (90, 60, 30, 7)]
        assert {a["ACTION"] for a in event.walk("VALARM")} == {"DISPLAY"}
    fl = next(e for e in events if "MA98765" in str(e["SUMMARY"]))
    florida = next(c for c in demo_store.credentials() if c.number == "MA98765")
    assert fl.decoded("DTSTART") == florida.expiry_date
    assert "CE" in str(fl["DESCRIPTION"])


def test_uids_are_stable_so_a_reimport_updates(demo_store, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    write_calendar(demo_store, first)
    florida = next(c for c in demo_store.credentials() if c.number == "MA98765")
    assert florida.expiry_date is not None
    demo_store.save_credential(dataclasses.replace(
        florida, expiry_date=florida.expiry_date.replace(year=florida.expiry_date.year + 2)))
    write_calendar(demo_store, second)
    uids_a = {str(e["UID"]): e.decoded("DTSTART") for e in _events(first)}
    uids_b = {str(e["UID"]): e.decoded("DTSTART") for e in _events(second)}
    assert len(uids_a) == 5 and set(uids_a) <= set(uids_b)
    moved = [uid for uid in uids_a if uids_a[uid] != uids_b[uid]]
    assert len(moved) == 1 and moved[0].startswith(f"credential-{florida.id}-renewal.")
    assert uids_b[moved[0]] == florida.expiry_date.replace(year=florida.expiry_date.year + 2)
    # The licence now outlasts the CE period: the CE deadline gets its own event.
    (added,) = set(uids_b) - set(uids_a)
    assert added.startswith(f"credential-{florida.id}-ce-period.")
    assert uids_b[added] == florida.expiry_date


def test_retired_credentials_are_left_out(demo_store, tmp_path: Path) -> None:
    amta = next(c for c in demo_store.credentials() if c.jurisdiction == "AMTA")
    demo_store.save_credential(dataclasses.replace(amta, status="retired"))
    path = tmp_path / "d.ics"
    assert write_calendar(demo_store, path) == 4
    assert not any("AMTA" in str(e["SUMMARY"]) for e in _events(path))


def test_reminder_setting_and_mblex_authorization(demo_store, tmp_path: Path) -> None:
    demo_store.set_setting("reminder_days", "14, 3, x, -1, 3")
    authorized = demo_store.today() - dt.timedelta(days=10)
    demo_store.save_exam(ExamAttempt("mblex", "authorized", applied_date=authorized,
                                     authorized_date=authorized))
    path = tmp_path / "e.ics"
    assert write_calendar(demo_store, path) == 6
    att = next(e for e in _events(path) if "authorization" in str(e["SUMMARY"]))
    assert att.decoded("DTSTART") == authorized + dt.timedelta(days=90)
    assert _triggers(att) == [dt.timedelta(days=-14), dt.timedelta(days=-3)]


def test_reminder_days_parsing() -> None:
    assert reminder_days(None) == DEFAULT_REMINDERS == (90, 60, 30, 7)
    assert reminder_days("7;30,,90") == (90, 30, 7)
    assert reminder_days("soon") == DEFAULT_REMINDERS
    assert reminder_days("0") == (0,)


def test_a_ce_period_longer_than_the_licence_gets_its_own_event() -> None:
    zz = sample.zedland()
    version = zz.versions[0]
    assert version.ce is not None
    four_years = dataclasses.replace(version, ce=dataclasses.replace(version.ce, period_years=4))
    zz = dataclasses.replace(zz, versions=(four_years,))
    rec = sample.record()
    rec = dataclasses.replace(rec, credentials=(dataclasses.replace(
        rec.credentials[0], issue_date=dt.date(2022, 1, 1)),))
    items = deadlines(evaluate_status(rec, {"ZZ": zz}, sample.AS_OF), rec.exams)
    assert [(d.key, d.day) for d in items] == [
        ("credential-1-renewal", dt.date(2027, 12, 31)),
        ("credential-1-ce-period", dt.date(2029, 12, 31)),
    ]
    assert items[1].summary == "ZZ Licensed Massage Therapist ZZ-1001 CE period ends"
    ics = to_ics(items, (30,), "ns", sample.GENERATED, "9.9")
    assert ics == to_ics(items, (30,), "ns", sample.GENERATED, "9.9")  # deterministic
    assert b"UID:credential-1-ce-period.ns@lmt-tracker" in ics
