"""The personal part of an entry judgement: exams, age, exam policy, recency of education
and alternative routes, for one applicant against one compiled rule version.

A mixin of ``checker.EntryChecker``, which compiles what it reads here.
"""

from __future__ import annotations

from decimal import Decimal

from lmt_tracker.domain.core.findings import (
    Finding,
)
from lmt_tracker.domain.core.phrases import N_, Phrase, both, either, joined, ph
from lmt_tracker.domain.core.rules import (
    EntryRule,
    ExamRequirement,
    Route,
    RuleVersion,
)
from lmt_tracker.domain.entry.applicant import (
    STATE_EXAMS,
    Applicant,
    exam_name,
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
                        too_late.append(ph(N_("{exam} (before {date})"),
                                           exam=exam_name(p.exam), date=last))
                        continue
                if cutoff is None or (p.date is not None and p.date >= cutoff):
                    status = "met"
                    break
                if p.date is None:
                    status = "to_confirm"
            key = "|".join(req.any_of)
            message: str
            if status == "met":
                message = ph(N_("{label}: passed — met"), label=req.label)
            elif status == "to_confirm" and before:
                message = ph(
                    N_("{label}: passed, but the date is not recorded; some of these exams count "
                       "only when passed before {dates} — enter the date or confirm"),
                    label=req.label,
                    dates=joined([Phrase("{date} ({exam})", {"date": d, "exam": x})
                                  for x, d in req.passed_before]))
            elif status == "to_confirm":
                message = ph(N_("{label}: passed, but the date is not recorded; it must be within "
                                "{years} years before applying — enter the date or confirm"),
                             label=req.label, years=req.within_years or 0)
            else:
                message = ph(N_("Needs a passing result on {exams}"), exams=phrase)
                if req.within_years:
                    message = ph(N_("{message}, passed within {years} years before applying"),
                                 message=message, years=req.within_years)
                if too_late:
                    message = ph(N_("{message}; passed too late to count: {exams}"),
                                 message=message, exams=joined(too_late))
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
                    label=ph(N_("Board authorization before the MBLEx")),
                    status="met" if ok else "to_confirm",
                    message=(
                        ph(N_("The board authorized your MBLEx — met"))
                        if ok
                        else ph(N_("The board must approve your application before you sit the "
                                   "MBLEx: confirm it did (or apply to the board first)"))
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
                        label=ph(N_("Exam attempts")),
                        status="to_confirm",
                        message=ph(N_("More than {limit} attempts at {exams}: the board sets "
                                      "extra requirements after that — confirm what it asks of "
                                      "you"), limit=limit, exams=", ".join(over)),
                        needed=Decimal(limit),
                        source=e.exam_policy.source,
                    )
                )
        if e.min_age is not None:
            age = a.age_on(on)
            if age is None:
                status, message = (
                    "to_confirm",
                    ph(N_("Minimum age {age}: enter your birth date, or confirm you are at least "
                          "{age}"), age=e.min_age),
                )
            elif age >= e.min_age:
                status, message = "met", ph(N_("Minimum age {age} — met"), age=e.min_age)
            else:
                status, message = (
                    "short",
                    ph(N_("Must be at least {age} years old when applying"), age=e.min_age),
                )
            out.append(
                Finding(
                    kind="other",
                    key="min_age",
                    label=ph(N_("Minimum age")),
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
            message = ph(N_("The course of study must be finished at most {years} years "
                            "before applying: enter when your program ended"), years=years)
        elif a.completed >= earliest:
            status = "met"
            message = ph(N_("Course of study finished within {years} years before applying — "
                            "met"), years=years)
        else:
            status = "short"
            message = ph(N_("The course of study must be finished at most {years} years before "
                            "applying (on or after {earliest}); yours ended {ended}"),
                         years=years, earliest=earliest, ended=a.completed)
        return Finding(
            kind="other",
            key="completed_within_years",
            label=ph(N_("Recency of education")),
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


_REPLACES_WORDS = {"training": N_("the training hours"), "exams": N_("the exam")}


def _route_finding(route: Route, a: Applicant, code: str) -> tuple[list[Finding], bool]:
    """One route: met (and what it stands in for) or not, in the user's words."""
    missing: list[Phrase] = []
    if route.exams_any_of:
        passed = any(
            p.exam in route.exams_any_of
            and (p.date is None or p.date <= a.application_date)
            and not (p.exam in STATE_EXAMS and p.jurisdiction not in (None, code))
            for p in a.exams_passed
        )
        if not passed:
            missing.append(ph(N_("a pass on {exams}"),
                              exams=either([exam_name(x) for x in route.exams_any_of])))
    if route.total_hours is not None and a.total_hours < route.total_hours:
        missing.append(ph(N_("{hours} training hours"), hours=route.total_hours))
    years = route.licensed_elsewhere_years
    if years is not None:
        best = max((n for state, n in a.licensed_elsewhere if state != code), default=None)
        if best is None:
            missing.append(ph(N_("a license held elsewhere for {years} years"), years=years))
        elif best < years:
            missing.append(ph(N_("{years} years licensed elsewhere (you have {best})"),
                              years=years, best=best))
    instead = both([ph(_REPLACES_WORDS[r]) for r in route.replaces])
    met = not missing
    out = [
        Finding(
            kind="other",
            key=f"route:{route.key}",
            label=route.label,
            status="met" if met else "info",
            message=(
                ph(N_("{label}: met — it stands in for {instead}"), label=route.label,
                   instead=instead)
                if met
                else ph(N_("Another way to qualify — {label}, instead of {instead}: needs "
                           "{missing}"), label=route.label, instead=instead,
                        missing=joined(missing, "; "))
            ),
            source=route.source,
        )
    ]
    if met and route.good_standing:
        out.append(
            Finding(
                kind="other",
                key=f"route:{route.key}:good_standing",
                label=ph(N_("Good standing")),
                status="to_confirm",
                message=ph(N_("{label}: your license elsewhere must be in good standing (no "
                              "discipline) — confirm it with that board"), label=route.label),
                source=route.source,
            )
        )
    return out, met
