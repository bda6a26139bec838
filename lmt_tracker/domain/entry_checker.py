"""One rule version's entry requirements, compiled into an :class:`EntryChecker`.

The checker splits a judgement into three parts: *hours* findings, which depend only
on the applicant's training profile and are memoised by it; *personal* findings
(exams, age, exam policy), which depend on a few threshold dates and counts; and
*constant* findings (conditions, unknown figures), the same for every applicant.
Choosing the version and wrapping the verdict is ``compiled_jurisdiction``'s job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Final

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.applicant import CPR_SUBJECT, ZERO, Applicant, ProfileKey
from lmt_tracker.domain.findings import (
    UNVERIFIED_NOTE,
    Finding,
    fmt_hours,
    hours_finding,
    json_number,
    rule_key_label,
)
from lmt_tracker.domain.rules import EntryRule, ExamRequirement, RuleVersion

#: Exams that belong to one jurisdiction: a pass elsewhere does not count.
STATE_EXAMS: Final = frozenset({"state_exam", "jurisprudence", "practical_exam"})


@lru_cache(maxsize=4096)
def years_before(on: dt.date, years: int) -> dt.date:
    """``on`` minus ``years`` calendar years (29 February falls back to the 28th)."""
    found: dt.date = on - relativedelta(years=years)
    return found


def _group_key(group: Sequence[str]) -> str:
    return "+".join(group)


def _label_lower(label: str) -> str:
    return label[:1].lower() + label[1:] if label[:2] != label[:2].upper() else label


class EntryChecker:
    """One rule version's entry requirements, precompiled; hours findings memoised."""

    __slots__ = (
        "_authorization",
        "_constant",
        "_exams",
        "_finding_memo",
        "_hours_memo",
        "_subjects",
        "code",
        "entry",
        "version",
    )

    def __init__(self, code: str, version: RuleVersion, entry: EntryRule) -> None:
        self.code = code
        self.version = version
        self.entry = entry
        self._hours_memo: dict[ProfileKey, tuple[Finding, ...]] = {}
        self._finding_memo: dict[tuple[object, ...], Finding] = {}
        self._subjects = tuple(
            (sm, _group_key(sm.group), _label_lower(sm.label)) for sm in entry.subjects
        )
        self._exams: tuple[tuple[ExamRequirement, frozenset[str], str], ...] = tuple(
            (req, frozenset(req.any_of), _exam_phrase(req)) for req in entry.exams
        )
        self._authorization = bool(
            entry.exam_policy is not None
            and entry.exam_policy.state_authorization
            and any("mblex" in req.any_of for req in entry.exams)
        )
        self._constant = self._compile_constant()

    # -- constant findings (the same for every applicant) ------------------------------
    def _compile_constant(self) -> tuple[Finding, ...]:
        entry = self.entry
        out: list[Finding] = []
        for cond in entry.conditions:
            out.append(
                Finding(
                    kind="other",
                    key=cond.key,
                    label=cond.label,
                    status="to_confirm",
                    message=f"{cond.label}: required before a licence is issued — "
                    "your record cannot show it, confirm it yourself",
                    source=cond.source,
                )
            )
        for key, note in sorted(entry.unknown.items()):
            kind = "hours" if "hours" in key else "exam" if "exam" in key else "other"
            out.append(
                Finding(
                    kind=kind,
                    key=key,
                    label=rule_key_label(key),
                    status="unverified",
                    message=f"{rule_key_label(key)}: {UNVERIFIED_NOTE}"
                    + (f" ({note})" if note else ""),
                    source=entry.source,
                )
            )
        return tuple(out)

    # -- hours (memoised by training profile) ------------------------------------------
    def hours_findings(self, applicant: Applicant) -> tuple[Finding, ...]:
        key = applicant.profile
        found = self._hours_memo.get(key)
        if found is None:
            found = self._hours(applicant)
            self._hours_memo[key] = found
        return found

    def _finding(self, key: tuple[object, ...], make: Callable[[], Finding]) -> Finding:
        """Findings are memoised by the numbers in them: profiles share most of them."""
        found = self._finding_memo.get(key)
        if found is None:
            found = make()
            self._finding_memo[key] = found
        return found

    def _hours(self, a: Applicant) -> tuple[Finding, ...]:
        e = self.entry
        out: list[Finding] = []
        subjects = dict(a.subject_hours)
        cpr = subjects.get(CPR_SUBJECT, ZERO)
        cpr_excluded = ZERO if e.cpr_counts else cpr
        online = a.online_hours - (ZERO if e.cpr_counts else min(a.online_cpr_hours, cpr))
        online = max(online, ZERO)
        allowed = online
        why = ""
        if not e.online_counts:
            allowed = ZERO
            why = "online training hours do not count"
        else:
            if e.max_online_hours is not None and e.max_online_hours < allowed:
                allowed = e.max_online_hours
                why = f"at most {fmt_hours(e.max_online_hours)} online hours count"
            if e.max_online_share is not None:
                base = e.total_hours if e.total_hours is not None else a.total_hours
                cap = base * e.max_online_share
                if cap < allowed:
                    allowed = cap
                    why = (
                        f"online hours count up to {json_number(e.max_online_share * 100)}% "
                        f"of {fmt_hours(base)} hours"
                    )
        online_excluded = online - allowed
        counted = max(a.total_hours - cpr_excluded - online_excluded, ZERO)
        if e.total_hours is not None:
            total_hours = e.total_hours
            out.append(
                self._finding(
                    ("total", counted),
                    lambda: hours_finding(
                        kind="hours",
                        key="total_hours",
                        label="Total training hours",
                        needed=total_hours,
                        have=counted,
                        source=e.source,
                        what="supervised training",
                        unverified="total_hours" in e.unverified,
                    ),
                )
            )
        if online_excluded > 0:
            out.append(
                self._finding(
                    ("online", online, allowed, why),
                    lambda: Finding(
                        kind="delivery",
                        key="online",
                        label="Online training hours",
                        status="info",
                        message=f"{fmt_hours(online_excluded)} of {fmt_hours(online)} online "
                        f"hours do not count toward the total: {why}",
                        needed=allowed,
                        have=online,
                        source=e.source,
                    ),
                )
            )
        if cpr_excluded > 0:
            out.append(
                self._finding(
                    ("cpr", cpr),
                    lambda: Finding(
                        kind="subject",
                        key=CPR_SUBJECT,
                        label="First aid and CPR",
                        status="info",
                        message=f"{fmt_hours(cpr_excluded)} first aid/CPR hours are required "
                        "training but do not count toward the total",
                        have=cpr,
                        source=e.source,
                    ),
                )
            )
        if e.min_clinical_hours is not None:
            clinical_min = e.min_clinical_hours
            clinical = a.clinical_hours
            out.append(
                self._finding(
                    ("clinical", clinical),
                    lambda: hours_finding(
                        kind="delivery",
                        key="clinical",
                        label="Supervised clinic hours",
                        needed=clinical_min,
                        have=clinical,
                        source=e.source,
                        what="supervised student clinic",
                        unverified="min_clinical_hours" in e.unverified,
                    ),
                )
            )
        unverified_subjects = "subjects" in e.unverified
        for i, (sm, key, what) in enumerate(self._subjects):
            have = ZERO
            for name in sm.group:
                got = subjects.get(name)
                if got is not None:
                    have += got
            out.append(
                self._finding(
                    ("subject", i, have),
                    lambda sm=sm, key=key, what=what, have=have: hours_finding(  # type: ignore[misc]
                        kind="subject",
                        key=key,
                        label=sm.label,
                        needed=sm.hours,
                        have=have,
                        source=sm.source,
                        what=what,
                        unverified=unverified_subjects,
                    ),
                )
            )
        return tuple(out)

    # -- personal part: exams, age, exam policy ----------------------------------------
    def personal_findings(self, a: Applicant) -> list[Finding]:
        e = self.entry
        on = a.application_date
        out: list[Finding] = []
        for req, accepted, phrase in self._exams:
            cutoff = years_before(on, req.within_years) if req.within_years else None
            status = "short"
            for p in a.exams_passed:
                if p.exam not in accepted:
                    continue
                if p.exam in STATE_EXAMS and p.jurisdiction not in (None, self.code):
                    continue
                if p.date is not None and p.date > on:
                    continue
                if cutoff is None or (p.date is not None and p.date >= cutoff):
                    status = "met"
                    break
                if p.date is None:
                    status = "to_confirm"
            key = "|".join(req.any_of)
            if status == "met":
                message = f"{req.label}: passed — met"
            elif status == "to_confirm":
                message = (
                    f"{req.label}: passed, but the date is not recorded; it must be within "
                    f"{req.within_years} years before applying — enter the date or confirm"
                )
            else:
                message = f"Needs a passing result on {phrase}"
                if req.within_years:
                    message += f", passed within {req.within_years} years before applying"
            out.append(
                Finding(
                    kind="exam",
                    key=key,
                    label=req.label,
                    status=status,
                    message=message,
                    source=req.source,
                )
            )
        if self._authorization and e.exam_policy is not None:
            ok = self.code in a.authorized_by
            out.append(
                Finding(
                    kind="exam",
                    key="state_authorization",
                    label="Board authorization before the MBLEx",
                    status="met" if ok else "to_confirm",
                    message=(
                        "The board authorized your MBLEx — met"
                        if ok
                        else "The board must approve your application before you sit the "
                        "MBLEx: confirm it did (or apply to the board first)"
                    ),
                    source=e.exam_policy.source,
                )
            )
        if e.exam_policy is not None and e.exam_policy.max_attempts is not None:
            limit = e.exam_policy.max_attempts
            exams = sorted({x for req in e.exams for x in req.any_of})
            over = [x for x in exams if a.attempts(x) > limit]
            if over:
                out.append(
                    Finding(
                        kind="exam",
                        key="max_attempts",
                        label="Exam attempts",
                        status="to_confirm",
                        message=f"More than {limit} attempts at {', '.join(over)}: the board "
                        "sets extra requirements after that — confirm what it asks of you",
                        needed=Decimal(limit),
                        source=e.exam_policy.source,
                    )
                )
        if e.min_age is not None:
            age = a.age_on(on)
            if age is None:
                status, message = (
                    "to_confirm",
                    f"Minimum age {e.min_age}: enter your birth date, or confirm you are "
                    f"at least {e.min_age}",
                )
            elif age >= e.min_age:
                status, message = "met", f"Minimum age {e.min_age} — met"
            else:
                status, message = (
                    "short",
                    f"Must be at least {e.min_age} years old when applying",
                )
            out.append(
                Finding(
                    kind="other",
                    key="min_age",
                    label="Minimum age",
                    status=status,
                    message=message,
                    needed=Decimal(e.min_age),
                    source=e.source,
                )
            )
        return out

    @property
    def constant(self) -> tuple[Finding, ...]:
        return self._constant

    def findings(self, a: Applicant) -> tuple[Finding, ...]:
        return self.hours_findings(a) + tuple(self.personal_findings(a)) + self._constant


def _exam_phrase(req: ExamRequirement) -> str:
    names = [EXAM_NAMES.get(x, x) for x in req.any_of]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


EXAM_NAMES: Final = {
    "mblex": "the MBLEx",
    "ncbtmb_exam": "an NCBTMB national exam (NCETM/NCETMB)",
    "bcetmb": "the NCBTMB board-certification exam",
    "state_exam": "the state's own licensing exam",
    "jurisprudence": "the state's law (jurisprudence) exam",
    "practical_exam": "a practical exam",
    "amma": "the AMMA exam",
    "ncca": "the NCCAOM Asian bodywork exam",
}
