"""One rule version's entry requirements, compiled into an :class:`EntryChecker`.

The checker splits a judgement into three parts: *hours* findings, which depend only
on a few measures of the applicant's training profile (hours counted toward the total,
clinic hours, each subject group's hours; see ``applicant``) and are memoised by their
exact text, check by check and as a whole; *personal* findings (exams, age, exam
policy), which depend on a few threshold dates and counts; and *constant* findings
(conditions, unknown figures), the same for every applicant. Choosing the version and
wrapping the verdict is ``compiled``'s job.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from itertools import count
from typing import Any

from lmt_tracker.domain.core.findings import (
    UNVERIFIED_NOTE,
    Finding,
    rule_key_label,
)
from lmt_tracker.domain.core.phrases import N_, joined, ph, unit, vocabulary_term
from lmt_tracker.domain.core.rules import (
    EntryRule,
    ExamRequirement,
    RuleVersion,
    SubjectMinimum,
)
from lmt_tracker.domain.entry.applicant import (
    CPR_SUBJECT,
    ZERO,
    Applicant,
    CountPolicy,
    DeliveryGroup,
    exam_names,
)
from lmt_tracker.domain.entry.personal_checks import PersonalChecks
from lmt_tracker.domain.entry.training_hours import (
    HoursMinimum,
    cap_excess,
    count_hours,
    group_hours,
    in_class_hours,
    online_why,
)

#: Hours findings, whether any is short, and an id unique in the process (a memo key).
HoursPart = tuple[tuple[Finding, ...], bool, int]
_PART_IDS = count()


def _group_key(group: Sequence[str]) -> str:
    return "+".join(group)


def _label_lower(label: str) -> str:
    return label[:1].lower() + label[1:] if label[:2] != label[:2].upper() else label


__all__ = ["EntryChecker", "HoursPart"]


class EntryChecker(PersonalChecks):
    """One rule version's entry requirements, precompiled; hours findings memoised."""

    __slots__ = (
        "_authorization",
        "_caps_memo",
        "_clinical",
        "_constant",
        "_cpr_memo",
        "_delivery",
        "_exams",
        "_groups",
        "_hours_memo",
        "_minimums",
        "_online_memo",
        "_total",
        "code",
        "entry",
        "in_state",
        "policy",
        "version",
    )

    def __init__(
        self, code: str, version: RuleVersion, entry: EntryRule, *, in_state: bool = False
    ) -> None:
        self.code = code
        # the variant judging programs at schools inside the jurisdiction, when the
        # rule's online limits apply only to schools outside it
        self.in_state = in_state
        self.version = version
        self.entry = entry
        self._hours_memo: dict[tuple[object, ...], HoursPart] = {}
        # findings per check by the exact text of the numbers in them
        self._online_memo: dict[tuple[str, str, str], Finding] = {}
        self._cpr_memo: dict[str, Finding] = {}
        self._caps_memo: dict[str, Finding] = {}
        unverified = entry.unverified
        self._total = None
        if entry.total_hours is not None:
            self._total = HoursMinimum(
                "hours",
                "total_hours",
                ph(N_("Total training hours")),
                entry.total_hours,
                entry.source,
                ph(N_("supervised training")),
                "total_hours" in unverified,
            )
        minimums: list[tuple[int, HoursMinimum]] = []  # (column of the hours key, minimum)
        if entry.min_clinical_hours is not None:
            clinic = HoursMinimum(
                "delivery",
                "clinical",
                ph(N_("Supervised clinic hours")),
                entry.min_clinical_hours,
                entry.source,
                ph(N_("supervised student clinic")),
                "min_clinical_hours" in unverified,
            )
            minimums.append((1, clinic))
        # columns: plain subject groups first, then delivery-limited ones
        plain = [sm for sm in entry.subjects if not sm.delivery_limited]
        limited = [sm for sm in entry.subjects if sm.delivery_limited]
        for i, sm in enumerate(plain + limited, 2):
            subject = HoursMinimum(
                "subject",
                _group_key(sm.group),
                _subject_label(sm),
                sm.hours,
                sm.source,
                _subject_what(sm),
                "subjects" in unverified,
            )
            minimums.append((i, subject))
        self._minimums = tuple(minimums)
        share = entry.max_online_share
        self.policy: CountPolicy = (
            entry.online_counts,
            entry.max_online_hours,
            share,
            entry.total_hours if share is not None else None,
            entry.cpr_counts,
            entry.total_hours is not None,
            tuple((c.group, c.max_hours) for c in entry.subject_caps),
        )
        self._clinical = entry.min_clinical_hours is not None
        self._groups = tuple(sm.group for sm in plain)
        self._delivery: tuple[DeliveryGroup, ...] = tuple(
            (sm.group, sm.online_counts, sm.max_online_hours, sm.max_hours_from) for sm in limited
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
                    message=ph(N_("{label}: required before a license is issued — your record "
                                  "cannot show it, confirm it yourself"), label=cond.label),
                    source=cond.source,
                )
            )
        if entry.hour_minutes is not None:
            low, high = entry.hour_minutes
            span = (ph(N_("{n} minutes"), n=low) if low == high
                    else ph(N_("{low} to {high} minutes"), low=low, high=high))
            out.append(
                Finding(
                    kind="hours",
                    key="hour_minutes",
                    label=ph(N_("Length of a training hour")),
                    status="info",
                    message=ph(N_("One training hour is {span} of instruction: hours on a "
                                  "transcript count as hours when each is at least {low} "
                                  "minutes"), span=span, low=low),
                    needed=Decimal(low),
                    source=entry.source_of("hour_minutes"),
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
                    message=ph(N_("{label}: {note}{why}"), label=rule_key_label(key),
                               note=UNVERIFIED_NOTE, why=f" ({note})" if note else ""),
                    source=entry.source,
                )
            )
        return tuple(out)

    # -- hours (memoised by the exact measures this rule looks at) ---------------------
    @property
    def measures(
        self,
    ) -> tuple[CountPolicy, bool, tuple[tuple[str, ...], ...], tuple[DeliveryGroup, ...]]:
        """What the hours checks look at: the counting policy, whether clinic hours are
        checked, the subject groups, and the delivery-limited subject groups. A cohort
        computes each measure once per profile and looks the findings up with
        :meth:`hours_part`."""
        return self.policy, self._clinical, self._groups, self._delivery

    def hours_findings(self, applicant: Applicant) -> tuple[Finding, ...]:
        return self.hours_of(applicant)[0]

    def hours_of(self, a: Applicant) -> HoursPart:
        """The hours findings of one applicant, whether any is short, and their id."""
        subjects = dict(a.subject_hours)
        caps = self.policy[6]
        counted = count_hours(
            self.policy,
            a.total_hours,
            a.online_hours,
            a.online_cpr_hours,
            subjects.get(CPR_SUBJECT, ZERO),
            cap_excess(caps, subjects) if caps else ZERO,
        )
        clinical = str(a.clinical_hours) if self._clinical else None
        key = (
            counted,
            clinical,
            *[str(group_hours(g, subjects)) for g in self._groups],
            *[in_class_hours(d, subjects, a.subject_online) for d in self._delivery],
        )
        found = self._hours_memo.get(key)
        if found is None:
            found = self.hours_part(key)
        return found

    @property
    def hours_memo(self) -> dict[tuple[object, ...], HoursPart]:
        """Hours parts by exact measures (for a cohort's lookups; fill via hours_part)."""
        return self._hours_memo

    def hours_part(self, key: tuple[object, ...]) -> HoursPart:
        """Hours findings for the exact measures in ``key`` (see :attr:`measures`): the
        counted hours (:data:`~lmt_tracker.domain.entry.applicant.Counted`), the clinic hours
        (or None) and each group's hours, each Decimal as its ``str``."""
        found = self._hours_memo.get(key)
        if found is None:
            hours, short = self._hours(key)
            found = self._hours_memo.setdefault(key, (hours, short, next(_PART_IDS)))
        return found

    def _hours(self, keys: tuple[Any, ...]) -> tuple[tuple[Finding, ...], bool]:
        """Findings are memoised per check by the exact text of the numbers in them;
        a finding is built from ``Decimal(text)``, the very Decimal measured."""
        out: list[Finding] = []
        ckey: tuple[Any, ...] = keys[0]  # applicant.Counted
        short = False
        if self._total is not None:  # ckey[0] is the counted hours' text
            total = self._total.memo.get(ckey[0]) or self._total.finding(ckey[0])
            short = total.status == "short"
            out.append(total)
        if ckey[1] is not None:  # online hours excluded
            out.append(self._online_memo.get(ckey[1]) or self._online(ckey[1]))
        if ckey[2] is not None:  # CPR hours excluded (all of them: CPR does not count)
            out.append(self._cpr_memo.get(ckey[2]) or self._cpr(ckey[2]))
        if ckey[3] is not None:  # hours above the subject maximums
            out.append(self._caps_memo.get(ckey[3]) or self._capped(ckey[3]))
        for i, minimum in self._minimums:  # clinic hours, then each subject group
            met_or_short = minimum.memo.get(keys[i]) or minimum.finding(keys[i])
            short = short or met_or_short.status == "short"
            out.append(met_or_short)
        return tuple(out), short

    def _online(self, key: tuple[str, str, str]) -> Finding:
        online, allowed, why = Decimal(key[0]), Decimal(key[1]), online_why(key[2])
        online_excluded = online - allowed
        return self._online_memo.setdefault(
            key,
            Finding(
                kind="delivery",
                key="online",
                label=ph(N_("Online training hours")),
                status="info",
                message=ph(N_("{left} of {online} online hours do not count toward the total: "
                              "{why}"), left=online_excluded, online=online, why=why),
                needed=allowed,
                have=online,
                source=self.entry.source_of(
                    "max_online_share"
                    if self.entry.max_online_share is not None
                    else "max_online_hours"
                    if self.entry.max_online_hours is not None
                    else "online_counts"
                ),
            ),
        )

    def _capped(self, key: str) -> Finding:
        caps = joined([ph(N_("{label}: at most {hours}"), label=c.label, hours=c.max_hours)
                       for c in self.entry.subject_caps], "; ")
        excess = Decimal(key)
        return self._caps_memo.setdefault(
            key,
            Finding(
                kind="subject",
                key="subject_caps",
                label=ph(N_("Hours above a subject maximum")),
                status="info",
                message=ph(N_("{hours} {unit} above the rule's subject maximums do not count "
                              "toward the total ({caps})"), hours=excess, unit=unit(excess),
                           caps=caps),
                have=excess,
                source=self.entry.subject_caps[0].source,
            ),
        )

    def _cpr(self, key: str) -> Finding:
        cpr = cpr_excluded = Decimal(key)
        return self._cpr_memo.setdefault(
            key,
            Finding(
                kind="subject",
                key=CPR_SUBJECT,
                label=ph(N_("First aid and CPR")),
                status="info",
                message=ph(N_("{hours} first aid/CPR hours are required training but do not "
                              "count toward the total"), hours=cpr_excluded),
                have=cpr,
                source=self.entry.source,
            ),
        )

    @property
    def constant(self) -> tuple[Finding, ...]:
        return self._constant

    def findings(self, a: Applicant) -> tuple[Finding, ...]:
        return self.hours_findings(a) + tuple(self.personal_findings(a)) + self._constant


def _subject_label(sm: SubjectMinimum, *, inside: bool = False) -> str:
    """The group's label; one subject the label only names reads in another language in
    the vocabulary's words ("Business" → "Negocios")."""
    label = _label_lower(sm.label) if inside else sm.label
    return vocabulary_term(label, sm.group[0], inside=inside) if len(sm.group) == 1 else label


def _subject_what(sm: SubjectMinimum) -> str:
    what = _subject_label(sm, inside=True)
    if not sm.online_counts:
        if "in class" in what.lower():  # the label says so already
            return ph(N_("{what} (online hours do not count)"), what=what)
        return ph(N_("{what} taught in class (online hours do not count)"), what=what)
    if sm.max_online_hours is not None:
        return ph(N_("{what} (at most {hours} of them online)"), what=what,
                  hours=sm.max_online_hours)
    if sm.max_hours_from:
        caps = joined([ph(N_("{hours} of {subject}"), hours=h, subject=s.replace("_", " "))
                       for s, h in sm.max_hours_from])
        return ph(N_("{what} (counting at most {caps})"), what=what, caps=caps)
    return what


def _exam_phrase(req: ExamRequirement) -> str:
    return exam_names(req.any_of)
