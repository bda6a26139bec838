"""The personal part of an entry judgement: exams, age, exam policy, recency of education
and alternative routes, for one applicant against one compiled rule version.

A mixin of ``checker.EntryChecker``, which compiles what it reads here.
"""

from __future__ import annotations

from decimal import Decimal

from lmt_tracker.domain.core.findings import (
    Finding,
    fmt_hours,
)
from lmt_tracker.domain.core.rules import (
    EntryRule,
    ExamRequirement,
    Route,
    RuleVersion,
)
from lmt_tracker.domain.entry.applicant import (
    EXAM_NAMES,
    STATE_EXAMS,
    Applicant,
    years_before,
)


class PersonalChecks:
    """The checks that depend on a few threshold dates and counts of the applicant."""

    __slots__ = ()
    code: str
    entry: EntryRule
    version: RuleVersion
    _exams: tuple[tuple[ExamRequirement, frozenset[str], str], ...]
    _authorization: bool

    # -- personal part: exams, age, exam policy ----------------------------------------
    def personal_findings(self, a: Applicant) -> list[Finding]:
        e = self.entry
        on = a.application_date
        out: list[Finding] = []
        for req, accepted, phrase in self._exams:
            cutoff = years_before(on, req.within_years) if req.within_years else None
            before = dict(req.passed_before)
            status = "short"
            too_late: list[str] = []
            for p in a.exams_passed:
                if p.exam not in accepted:
                    continue
                if p.exam in STATE_EXAMS and p.jurisdiction not in (None, self.code):
                    continue
                if p.date is not None and p.date > on:
                    continue
                last = before.get(p.exam)
                if last is not None:
                    if p.date is None:
                        status = "to_confirm"
                        continue
                    if p.date >= last:
                        too_late.append(f"{EXAM_NAMES.get(p.exam, p.exam)} (before {last})")
                        continue
                if cutoff is None or (p.date is not None and p.date >= cutoff):
                    status = "met"
                    break
                if p.date is None:
                    status = "to_confirm"
            key = "|".join(req.any_of)
            if status == "met":
                message = f"{req.label}: passed — met"
            elif status == "to_confirm" and before:
                message = (
                    f"{req.label}: passed, but the date is not recorded; some of these exams "
                    "count only when passed before "
                    + ", ".join(f"{d.isoformat()} ({x})" for x, d in req.passed_before)
                    + " — enter the date or confirm"
                )
            elif status == "to_confirm":
                message = (
                    f"{req.label}: passed, but the date is not recorded; it must be within "
                    f"{req.within_years} years before applying — enter the date or confirm"
                )
            else:
                message = f"Needs a passing result on {phrase}"
                if req.within_years:
                    message += f", passed within {req.within_years} years before applying"
                if too_late:
                    message += "; passed too late to count: " + ", ".join(too_late)
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
        if e.completed_within_years is not None:
            out.append(self._completion(a))
        return out

    def _completion(self, a: Applicant) -> Finding:
        """The course of study finished at most N years before applying."""
        years = self.entry.completed_within_years
        assert years is not None
        earliest = years_before(a.application_date, years)
        if a.completed is None:
            status = "to_confirm"
            message = (
                f"The course of study must be finished at most {years} years before applying: "
                "enter when your program ended"
            )
        elif a.completed >= earliest:
            status = "met"
            message = f"Course of study finished within {years} years before applying — met"
        else:
            status = "short"
            message = (
                f"The course of study must be finished at most {years} years before applying "
                f"(on or after {earliest.isoformat()}); yours ended {a.completed.isoformat()}"
            )
        return Finding(
            kind="other",
            key="completed_within_years",
            label="Recency of education",
            status=status,
            message=message,
            needed=Decimal(years),
            source=self.entry.source_of("completed_within_years"),
        )

    def routes(self, a: Applicant) -> tuple[tuple[Finding, ...], frozenset[str]]:
        """Each alternative route judged, and the parts of the rule a met route stands
        in for (``training``, ``exams``). A route resting on good standing elsewhere is
        met with an item to confirm."""
        out: list[Finding] = []
        replaced: set[str] = set()
        for route in self.entry.routes:
            finding, met = _route_finding(route, a, self.code)
            out.extend(finding)
            if met:
                replaced.update(route.replaces)
        return tuple(out), frozenset(replaced)


_REPLACES_WORDS = {"training": "the training hours", "exams": "the exam"}


def _route_finding(route: Route, a: Applicant, code: str) -> tuple[list[Finding], bool]:
    """One route: met (and what it stands in for) or not, in the user's words."""
    missing: list[str] = []
    if route.exams_any_of:
        passed = any(
            p.exam in route.exams_any_of
            and (p.date is None or p.date <= a.application_date)
            and not (p.exam in STATE_EXAMS and p.jurisdiction not in (None, code))
            for p in a.exams_passed
        )
        if not passed:
            names = [EXAM_NAMES.get(x, x) for x in route.exams_any_of]
            missing.append("a pass on " + " or ".join(names))
    if route.total_hours is not None and a.total_hours < route.total_hours:
        missing.append(f"{fmt_hours(route.total_hours)} training hours")
    years = route.licensed_elsewhere_years
    if years is not None:
        best = max((n for state, n in a.licensed_elsewhere if state != code), default=None)
        if best is None:
            missing.append(f"a license held elsewhere for {years} years")
        elif best < years:
            missing.append(f"{years} years licensed elsewhere (you have {best})")
    instead = " and ".join(_REPLACES_WORDS[r] for r in route.replaces)
    met = not missing
    out = [
        Finding(
            kind="other",
            key=f"route:{route.key}",
            label=route.label,
            status="met" if met else "info",
            message=(
                f"{route.label}: met — it stands in for {instead}"
                if met
                else f"Another way to qualify — {route.label}, instead of {instead}: "
                f"needs {'; '.join(missing)}"
            ),
            source=route.source,
        )
    ]
    if met and route.good_standing:
        out.append(
            Finding(
                kind="other",
                key=f"route:{route.key}:good_standing",
                label="Good standing",
                status="to_confirm",
                message=f"{route.label}: your license elsewhere must be in good standing "
                "(no discipline) — confirm it with that board",
                source=route.source,
            )
        )
    return out, met
