"""What the dashboard shows, computed off the GUI thread from the core's judgements.

Pure Python (no Qt): the record and rules in, plain view data out. The core
decides compliance (``domain.status``); this module only picks what to show on a
card — bars for each requirement, the next deadline, the next thing to do.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from lmt_tracker.domain.core.records import Credential, Record
from lmt_tracker.domain.status import CredentialStatus
from lmt_tracker.gui.reminders import Reminder, due_reminders
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import core, date, hours, word
from lmt_tracker.reports.unjudged import missing_to_judge

ZERO = Decimal(0)
SOON_DAYS = 60


@dataclass(frozen=True)
class Bar:
    """One requirement as a progress bar: have of needed hours."""

    label: str
    have: Decimal
    needed: Decimal
    met: bool

    @property
    def fraction(self) -> float:
        return 1.0 if self.needed <= 0 else float(min(self.have / self.needed, Decimal(1)))

    @property
    def text(self) -> str:
        """"12 of 24 h"; more than needed reads "46 h, 24 needed" (never "46 of 24 h")."""
        if self.have > self.needed:
            # One hour needed is its own sentence where the verb agrees ("se necesita 1").
            over = translate("overview", "{0} h, 1 needed") if self.needed == 1 \
                else translate("overview", "{0} h, {1} needed")
            return over.format(hours(self.have), hours(self.needed))
        return translate("overview", "{0} of {1} h").format(hours(self.have), hours(self.needed))


@dataclass(frozen=True)
class Card:
    credential: Credential
    title: str
    subtitle: str
    state: str  # ok | warn | bad | neutral
    state_text: str
    bars: tuple[Bar, ...]
    counted_text: str
    deadline: dt.date | None
    days_left: int | None
    next_steps: tuple[str, ...]
    notes: tuple[str, ...]
    status: CredentialStatus | None = None
    #: What must be known before it can be judged (no dates, unknown state, unknown rule).
    to_judge: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChartData:
    """CE hours counted this cycle, by topic and by delivery, with what is required."""

    credential_id: int | None
    title: str
    by_topic: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)  # have, needed
    by_delivery: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)


def credential_title(c: Credential) -> str:
    return f"{c.jurisdiction} · {c.title or word(c.kind)}"


def card_for(status: CredentialStatus, today: dt.date) -> Card:
    c = status.credential
    subtitle = f"{word(c.kind)} {('no. ' + c.number) if c.number else ''}".strip()
    bars = tuple(_bars(status))
    deadline = status.cycle_end
    days_left = status.days_left if status.days_left is not None else (
        (deadline - today).days if deadline else None)
    state, text = _state(status, days_left)
    steps = tuple(core(f.message) for f in status.findings if f.status == "short")
    to_judge = missing_to_judge(status)
    notes = tuple(core(f.message) for f in status.findings
                  if f.status in ("to_confirm", "unverified")
                  and not to_judge)
    counted = ""
    if status.required_hours is not None and status.counted_hours is not None:
        template = (translate("overview", "{0} of {1} CE hours counted")
                    if status.counted_hours <= status.required_hours
                    else translate("overview", "{0} CE hours counted, {1} required"))
        counted = template.format(hours(status.counted_hours), hours(status.required_hours))
    if status.cycle_start and status.cycle_end:
        counted += translate("overview", " · cycle {0} – {1}").format(date(status.cycle_start),
                                                                      date(status.cycle_end))
    counted = counted.strip(" ·")
    for f in status.findings:
        if f.key == "override" and f.status == "info":  # a flagged one is in ``notes``
            counted += f"\n{core(f.message)}"
    return Card(c, credential_title(c), subtitle, state, text, bars, counted.strip(),
                deadline, days_left, steps, notes, status, to_judge)


def _bars(status: CredentialStatus) -> list[Bar]:
    out = []
    for f in status.findings:
        if f.kind in ("hours", "topic", "delivery") and f.needed is not None \
                and f.have is not None and f.status in ("met", "short") and f.needed > 0:
            label = translate("overview", "Total CE") if f.key == "total" \
                else _short_label(f.key, f.label)
            out.append(Bar(label, f.have, f.needed, f.status == "met"))
    return out


def _short_label(key: str, label: str) -> str:
    """A bar's name: the rule's own label in the user's language (a topic the label only
    names is a ``phrases.Term``: "Ética" for Florida's "Professional ethics"), the
    vocabulary's word when the label is too long for a bar."""
    return word(key) if len(label) > 28 else core(label)


def _state(status: CredentialStatus, days_left: int | None) -> tuple[str, str]:
    c = status.credential
    if c.status == "retired":
        return "neutral", translate("overview", "Retired")
    if c.status == "inactive":
        return "neutral", translate("overview", "Inactive")
    if c.status == "lapsed" or (days_left is not None and days_left < 0):
        return "bad", (translate("overview", "Expired") if c.status != "lapsed"
                       else translate("overview", "Lapsed"))
    short = [f for f in status.findings if f.status == "short"]
    if short:
        if days_left is not None and days_left <= SOON_DAYS:
            return "bad", translate("overview", "Action needed")
        needed = next((f.shortfall for f in short if f.key == "total" and f.shortfall), None)
        return "warn", (translate("overview", "Short {0} h").format(hours(needed)) if needed
                        else translate("overview", "Requirement open"))
    if status.compliant is None:
        return "neutral", (translate("overview", "Cannot judge yet") if missing_to_judge(status)
                           else translate("overview", "No CE rule"))
    if days_left is not None and days_left <= SOON_DAYS:
        return "warn", translate("overview", "Renew soon")
    return "ok", translate("overview", "On track")


def chart_for(status: CredentialStatus) -> ChartData:
    """Counted hours by topic and delivery in the current CE period, against the minimums."""
    by_topic: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    by_delivery: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    renewal = status.renewal
    if renewal is not None:
        # Every figure is the engine's (domain.renewal.hours counted them): topics with a
        # minimum, the rest as other hours, deliveries from the counted course lines.
        named = ZERO
        for t in renewal.topics:
            by_topic[t.key][0] += t.counted
            named += t.counted
        other = (renewal.counted_hours or ZERO) - renewal.carried_in - named
        if other > 0:
            by_topic["general"][0] += other
        for line in renewal.lines:
            if line.counted > 0:
                by_delivery[line.course.delivery][0] += line.counted
    for f in status.findings:
        if f.needed is None or f.status not in ("met", "short"):
            continue
        if f.kind == "topic":
            by_topic[f.key][1] = f.needed
        elif f.kind == "delivery":
            by_delivery[f.key][1] = f.needed
    for key in ("in_person", "live_online", "self_study"):
        by_delivery[key]
    return ChartData(status.credential.id, credential_title(status.credential),
                     {k: (v[0], v[1]) for k, v in by_topic.items()},
                     {k: (v[0], v[1]) for k, v in by_delivery.items()})


@dataclass(frozen=True)
class ExamSummary:
    headline: str
    state: str
    lines: tuple[str, ...]


def exam_summary(record: Record, today: dt.date) -> ExamSummary:
    """The MBLEx in one line, plus authorization countdown and retake date."""
    from lmt_tracker.domain.exams import earliest_retake, mblex_findings

    attempts = record.exams
    if not any(a.exam == "mblex" for a in attempts):
        return ExamSummary(translate("overview", "No MBLEx attempts recorded"), "neutral",
                           (translate("overview", "Add your attempts on the Exams screen."),))
    findings = mblex_findings(attempts, today)
    passed = any(f.status == "met" and f.key == "mblex" for f in findings)
    lines = [core(f.message) for f in findings if f.status != "met"]
    retake = earliest_retake(attempts)
    if retake and not passed:
        lines.append(translate("overview", "Earliest retake: {0}").format(date(retake)))
    headline = next((core(f.message) for f in findings if f.status == "met"),
                    translate("overview", "MBLEx not passed yet"))
    return ExamSummary(headline, "ok" if passed else "warn", tuple(lines))


@dataclass(frozen=True)
class Overview:
    """Everything the dashboard draws."""

    therapist: str
    today: dt.date
    cards: tuple[Card, ...]
    cpr: tuple[Card, ...]
    exam: ExamSummary
    charts: tuple[ChartData, ...]
    course_count: int
    empty: bool
    reminders: tuple[Reminder, ...] = ()
    statuses: tuple[CredentialStatus, ...] = ()

    def with_charts(self) -> Overview:
        """The same overview with chart data (per-course allocation lines: the slow part)."""
        charts = tuple(chart_for(s) for s in self.statuses
                       if s.renewal is not None and s.credential.status != "retired")
        return replace(self, charts=charts)


def build_overview(record: Record, jurisdictions: object, today: dt.date,
                   lead_days: Sequence[int] = (90, 60, 30, 7)) -> Overview:
    """Judge every credential once; cards, charts and reminders all come from that."""
    from lmt_tracker.domain.status import evaluate_status

    statuses = evaluate_status(record, jurisdictions, today)  # type: ignore[arg-type]
    cards = [card_for(s, today) for s in statuses]
    main = tuple(c for c in cards if c.credential.kind != "cpr_card")
    cpr = tuple(c for c in cards if c.credential.kind == "cpr_card")
    name = record.therapist.full_name if record.therapist else ""
    empty = record.therapist is None and not record.credentials and not record.courses
    reminders = tuple(due_reminders(statuses, record.exams, today, lead_days))
    return Overview(name, today, main, cpr, exam_summary(record, today), (),
                    len(record.courses), empty, reminders, tuple(statuses))
