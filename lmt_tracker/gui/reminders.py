"""Deadline reminders: which are due (pure), and telling the user (banner and tray).

A reminder is due when a deadline is within the largest lead time (90 days by
default); its *stage* is the smallest lead time it has crossed (90, 60, 30, 7).
The tray speaks once per credential and stage, remembered in the database, so
a reminder is not repeated at every start. Retired credentials stay silent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import date, days, hours, localize_dates, word

if TYPE_CHECKING:  # the window imports this module before first paint: keep it light
    from lmt_tracker.domain.core.records import ExamAttempt
    from lmt_tracker.domain.status import CredentialStatus
    from lmt_tracker.gui.context import AppContext

NOTIFIED_KEY = "reminders_notified"
SILENT = frozenset({"retired"})


@dataclass(frozen=True)
class Reminder:
    key: str  # stable: "credential:3" or "exam:7"
    message: str
    due: dt.date
    days_left: int
    stage: int  # the lead time crossed; 0 when overdue; JUDGE when it cannot be judged
    #: "deadline", or "judge": the credential cannot be judged until something is entered.
    kind: str = "deadline"

    @property
    def urgent(self) -> bool:
        return self.kind == "deadline" and self.days_left <= 7


JUDGE = -1


def stage_for(days_left: int, lead_days: Sequence[int]) -> int | None:
    """The smallest lead time ≥ days_left (None when no reminder is due yet)."""
    if days_left < 0:
        return 0
    crossed = [d for d in lead_days if days_left <= d]
    return min(crossed) if crossed else None


def _credential_message(status: CredentialStatus, left: int, due: dt.date) -> str:
    c = status.credential
    name = f"{c.jurisdiction} {c.title or word(c.kind)}".strip()
    if left < 0:
        return translate("reminders", "{name} expired {0} ({1}). Renew or reinstate it.").format(
            days(left), date(due), name=name)
    what = (translate("reminders", "expires") if c.kind in ("cpr_card", "membership")
            else translate("reminders", "is due for renewal"))
    text = f"{name} {what} {days(left)} ({date(due)})."
    short = next((f for f in status.findings if f.status == "short" and f.key == "total"), None)
    if short is not None and short.shortfall:
        text += translate("reminders", " {0} CE hours still needed.").format(hours(short.shortfall))
    elif status.compliant and status.required_hours:
        text += translate("reminders", " CE complete.")
    elif status.compliant is None and (missing := _missing(status)):
        text += translate("reminders",
                          " CE cannot be judged yet: {0}.").format(localize_dates(missing[0]))
    return text


def _missing(status: CredentialStatus) -> tuple[str, ...]:
    from lmt_tracker.reports.unjudged import missing_to_judge

    return missing_to_judge(status)


def _judge_reminder(status: CredentialStatus, today: dt.date) -> Reminder | None:
    """An active credential that cannot be judged: say what to enter (never silence)."""
    c = status.credential
    missing = _missing(status)
    if not missing or c.id is None:
        return None
    name = f"{c.jurisdiction} {c.title or word(c.kind)}".strip()
    text = translate("reminders",
                     "{name}: CE cannot be judged yet — {0}.").format(localize_dates(missing[0]),
                                                                      name=name)
    return Reminder(f"judge:{c.id}", text, today, 0, JUDGE, "judge")


def due_reminders(statuses: Sequence[CredentialStatus], exams: Sequence[ExamAttempt],
                  today: dt.date, lead_days: Sequence[int]) -> list[Reminder]:
    """Every reminder due on ``today``, soonest first."""
    from lmt_tracker.domain.exams import OPEN, authorization_expiry

    out: list[Reminder] = []
    for s in statuses:
        c = s.credential
        due = s.cycle_end or c.expiry_date
        if c.status in SILENT or c.status == "inactive" or c.id is None:
            continue
        if due is None:
            judge = _judge_reminder(s, today)
            if judge is not None:
                out.append(judge)
            continue
        left = (due - today).days
        stage = stage_for(left, lead_days)
        if stage is not None:
            out.append(Reminder(f"credential:{c.id}", _credential_message(s, left, due), due,
                                left, stage))
    for e in exams:
        expiry = authorization_expiry(e) if e.status in OPEN else None
        if expiry is None or e.id is None:
            continue
        left = (expiry - today).days
        stage = stage_for(left, lead_days)
        if stage is not None and left >= 0:
            out.append(Reminder(f"exam:{e.id}", translate("reminders", "Your {0} authorization to "
                                                          "test expires {1} ({2}): "
                                                          "schedule and sit the exam.")
                                .format(word(e.exam), days(left), date(expiry)),
                                expiry, left, stage))
    return sorted(out, key=lambda r: (r.kind != "deadline", r.days_left))


def unannounced(ctx: AppContext, reminders: Sequence[Reminder]) -> list[Reminder]:
    """Reminders the tray has not yet announced at their stage; records them as announced."""
    import json  # here: the dashboard's judging imports this module on its way

    try:
        seen = json.loads(ctx.store.setting(NOTIFIED_KEY) or "{}")
    except ValueError:
        seen = {}
    fresh = [r for r in reminders if seen.get(r.key) != r.stage]
    if fresh:
        seen.update({r.key: r.stage for r in fresh})
        ctx.store.set_setting(NOTIFIED_KEY, json.dumps(seen, sort_keys=True))
    return fresh


def notify_tray(ctx: AppContext, reminders: Sequence[Reminder], tray: object | None,
                parent: object) -> object | None:
    """A system-tray message for new reminders (only where a tray exists); returns the tray."""
    from PySide6.QtWidgets import QSystemTrayIcon

    if not reminders or not QSystemTrayIcon.isSystemTrayAvailable():
        return tray
    fresh = unannounced(ctx, reminders)
    if not fresh:
        return tray
    if not isinstance(tray, QSystemTrayIcon):
        from lmt_tracker.gui.icons import app_icon

        icon: QSystemTrayIcon = QSystemTrayIcon(app_icon(), parent)  # type: ignore[call-overload]
        icon.setToolTip("LMT Tracker")
        icon.activated.connect(lambda _reason: parent.showNormal())  # type: ignore[attr-defined]
        icon.show()
        tray = icon
    body = "\n".join(r.message for r in fresh[:3])
    if len(fresh) > 3:
        body += translate("reminders", "\n…and {0} more").format(len(fresh) - 3)
    tray.showMessage(translate("reminders", "LMT Tracker: deadlines coming up"), body,
                     QSystemTrayIcon.MessageIcon.Information, 15000)
    return tray
