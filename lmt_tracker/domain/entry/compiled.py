"""A jurisdiction's entry rules for every version, compiled once, and the verdict they give.

:class:`CompiledJurisdiction` picks the rule version that judges an applicant (by
application date, or by program start where the rule says so), runs that version's
:class:`~lmt_tracker.domain.entry.checker.EntryChecker` and wraps the findings as an
:class:`EligibilityResult`. A verdict is two parts: the hours findings (the checker's,
memoised by the measures the rule looks at) and everything else (:class:`Part`:
selection notes, exams, age, conditions), which a cohort class computes once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Final

from lmt_tracker.domain.core.findings import UNVERIFIED_NOTE, Finding
from lmt_tracker.domain.core.overrides import override_findings
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.rules import Jurisdiction, RuleVersion
from lmt_tracker.domain.entry.applicant import Applicant
from lmt_tracker.domain.entry.checker import EntryChecker

NOT_REGULATED: Final = frozenset({"none", "voluntary"})
PROGRAM_START: Final = ph(N_("Program start date"))


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    """One jurisdiction's verdict. ``eligible`` is None where the state does not regulate
    (or no entry rule is recorded); False when any requirement is short; True otherwise,
    possibly with items to confirm in ``missing``."""

    code: str
    name: str
    regulation: str
    eligible: bool | None
    findings: tuple[Finding, ...] = ()
    effective: dt.date | None = None  # the rule version used for entry

    @property
    def missing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_open)

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "regulation": self.regulation,
            "eligible": self.eligible,
            "missing": [f.to_missing_json() for f in self.findings if f.is_open],
        }


@dataclass(frozen=True, slots=True)
class _Selection:
    checker: EntryChecker | None
    version: RuleVersion | None
    notes: tuple[Finding, ...] = ()


class Part:
    """Everything of a verdict but the hours findings: the checker that judges, the
    personal, constant and note findings after the hours (``tail``), and the verdict's
    fields. :meth:`result` adds an applicant's hours part."""

    __slots__ = (
        "checker",
        "code",
        "effective",
        "judged",
        "name",
        "regulation",
        "short",
        "tail",
        "training_replaced",
    )

    def __init__(
        self,
        c: CompiledJurisdiction,
        version: RuleVersion,
        checker: EntryChecker,
        tail: tuple[Finding, ...],
        training_replaced: bool = False,
    ) -> None:
        self.checker = checker
        self.code = c.code
        self.name = c.name
        self.regulation = version.regulation
        self.effective = checker.version.effective
        self.judged = version.regulation not in NOT_REGULATED
        self.tail = tail
        self.short = any(f.status == "short" for f in tail)
        # a met route (endorsement) stands in for the training: its shortfalls do not count
        self.training_replaced = training_replaced

    def result(self, hours: tuple[Finding, ...], hours_short: bool) -> EligibilityResult:
        if self.training_replaced and hours_short:
            hours = _stood_in_for(hours)
            hours_short = False
        return EligibilityResult(  # positional, in field order: a cohort builds thousands
            self.code,
            self.name,
            self.regulation,
            not (hours_short or self.short) if self.judged else None,
            hours + self.tail,
            self.effective,
        )


def _stood_in_for(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Shortfalls a met route makes unnecessary: kept for the record, no longer open."""
    return tuple(
        dataclasses.replace(
            f, status="info",
            message=ph(N_("{message} — not needed: another route is met"), message=f.message)
        )
        if f.status == "short"
        else f
        for f in findings
    )


class CompiledJurisdiction:
    """A jurisdiction's entry rules for every version, compiled once."""

    __slots__ = ("_checkers", "_in_state", "_starts", "code", "jurisdiction", "name")

    def __init__(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        self.code = jurisdiction.code
        self.name = jurisdiction.name
        self._checkers: dict[int, EntryChecker] = {}
        # per version whose online limits bind only schools elsewhere: the rule without
        # them, for programs at schools inside the jurisdiction
        self._in_state: dict[int, EntryChecker] = {}
        for i, v in enumerate(jurisdiction.versions):
            if v.entry is not None:
                self._checkers[i] = EntryChecker(jurisdiction.code, v, v.entry)
                if v.entry.online_limit_applies_to == "out_of_state":
                    inside = dataclasses.replace(
                        v.entry, max_online_hours=None, max_online_share=None
                    )
                    self._in_state[i] = EntryChecker(jurisdiction.code, v, inside, in_state=True)
        self._starts = tuple(v.effective for v in jurisdiction.versions)

    @property
    def boundaries(self) -> tuple[dt.date, ...]:
        """Dates where the version in force can change (for cohort classes)."""
        out = set(self._starts)
        for v in self.jurisdiction.versions:
            if v.ends is not None:
                out.add(v.ends + dt.timedelta(days=1))
        return tuple(sorted(out))

    def checkers(self) -> tuple[EntryChecker, ...]:
        return tuple(self._checkers.values()) + tuple(self._in_state.values())

    @property
    def located(self) -> bool:
        """True when a version's verdict depends on where the school is."""
        return bool(self._in_state)

    def _locate(self, sel: _Selection, a: Applicant) -> _Selection:
        """The in-state variant for a program at a school inside the jurisdiction; a note
        to confirm when the school's state is unknown (the limits are applied)."""
        checker = sel.checker
        if checker is None or checker.entry.online_limit_applies_to != "out_of_state":
            return sel
        if a.program_state == self.code:
            for i, c in self._checkers.items():
                if c is checker:
                    return _Selection(self._in_state[i], sel.version, sel.notes)
            return sel
        if a.program_state is not None:
            return sel
        note = Finding(
            kind="delivery",
            key="program_state",
            label=ph(N_("Where the school is")),
            status="to_confirm",
            message=ph(N_("The online-hours limit applies only to schools outside {name}; the "
                          "school's state is not recorded, so the limit was applied — enter it"),
                       name=self.name),
            source=checker.entry.source_of("online_limit_applies_to"),
        )
        return _Selection(checker, sel.version, (*sel.notes, note))

    def _index_on(self, on: dt.date) -> int | None:
        versions = self.jurisdiction.versions
        for i in range(len(versions) - 1, -1, -1):
            if versions[i].in_force(on):
                return i
        return None

    def select(self, a: Applicant) -> _Selection:
        on = a.application_date
        i = self._index_on(on)
        if i is None:
            return _Selection(None, None)
        version = self.jurisdiction.versions[i]
        checker = self._checkers.get(i)
        if checker is None or checker.entry.selected_by != "program_start":
            return _Selection(checker, version)
        if a.program_start is None:
            note = Finding(
                kind="other",
                key="program_start",
                label=PROGRAM_START,
                status="to_confirm",
                message=ph(N_("Program start date unknown: judged by the rule for programs "
                              "starting now; a program begun before {date} may follow an older "
                              "rule — enter the start date"), date=version.effective),
                source=checker.entry.source,
            )
            return _Selection(checker, version, (note,))
        j = self._index_on(a.program_start)
        if j is None or j == i or j not in self._checkers:
            return _Selection(checker, version)
        older = self._checkers[j]
        note = Finding(
            kind="other",
            key="program_start",
            label=PROGRAM_START,
            status="info",
            message=ph(N_("Your program started before {date}: judged by the rule in force then "
                          "(effective {effective})"), date=version.effective,
                       effective=older.version.effective),
            source=checker.entry.source,
        )
        return _Selection(older, version, (note,))

    def part(self, a: Applicant) -> EligibilityResult | Part:
        """The verdict where no hours are judged (no rule, no regulation, no entry rule
        recorded), else everything of it but the hours part. Depends only on what a
        cohort class fixes (``cohort_classes``), so a class computes it once."""
        sel = self.select(a)
        if sel.version is None:
            first = self.jurisdiction.versions[0].effective if self.jurisdiction.versions else None
            msg = (ph(N_("No rule recorded for this date (the first recorded rule starts "
                         "{date})"), date=first)
                   if first else ph(N_("No rule recorded for this date")))
            return EligibilityResult(
                code=self.code,
                name=self.name,
                regulation="none",
                eligible=None,
                findings=(
                    Finding(kind="other", key="rule", label=ph(N_("Rule")), status="info",
                            message=msg),
                ),
            )
        version = sel.version
        if version.regulation == "none":
            return EligibilityResult(
                code=self.code,
                name=self.name,
                regulation="none",
                eligible=None,
                findings=(
                    Finding(
                        kind="other",
                        key="regulation",
                        label=ph(N_("Regulation")),
                        status="info",
                        message=ph(N_("{name} issues no state massage credential; cities or "
                                      "counties may regulate"), name=self.name),
                        source=version.sources[0] if version.sources else None,
                    ),
                ),
                effective=version.effective,
            )
        if sel.checker is None:
            return EligibilityResult(
                code=self.code,
                name=self.name,
                regulation=version.regulation,
                eligible=None,
                findings=(
                    Finding(
                        kind="other",
                        key="entry",
                        label=ph(N_("Entry requirements")),
                        status="unverified",
                        message=ph(N_("Entry requirements are not recorded: {note}"),
                                   note=UNVERIFIED_NOTE),
                        source=version.sources[0] if version.sources else None,
                    ),
                ),
                effective=version.effective,
            )
        sel = self._locate(sel, a)
        checker = sel.checker
        assert checker is not None
        personal = tuple(checker.personal_findings(a))
        routes, replaced = checker.routes(a) if checker.entry.routes else ((), frozenset())
        if "exams" in replaced:
            personal = tuple(_stood_in_for((f,))[0] if f.kind == "exam" else f for f in personal)
        tail = personal + routes + checker.constant + sel.notes
        if self.jurisdiction.overrides:
            tail += override_findings(self.jurisdiction, "entry")
        return Part(self, version, checker, tail, "training" in replaced)

    def evaluate(self, a: Applicant) -> EligibilityResult:
        part = self.part(a)
        if isinstance(part, EligibilityResult):
            return part
        hours, short, _ = part.checker.hours_of(a)
        return part.result(hours, short)
