"""Cohort classes: which applicants every rule of a set judges alike, and judging each once.

Two applicants fall in one class when they have the same training profile (exactly:
``40`` and ``40.0`` hours differ) and share the application date and the same side of
every age, exam-window, exam-attempt and program-start threshold the rules use
(:class:`Keyer`). :class:`_Cohort` judges each class once, in two parts per
jurisdiction: the *personal* part (``CompiledJurisdiction.part``), computed once per
personal key, and the *hours* part, looked up by the few measures of the profile the
rule checks (:class:`_Measures`): each measure is computed once per profile, and
profiles that differ only where a rule does not look share its findings and verdicts.
(``domain.cohort`` is the school audit built on top.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import getcontext
from itertools import count
from operator import itemgetter
from typing import Final

from lmt_tracker.domain.entry.applicant import (
    CPR_SUBJECT,
    ZERO,
    Applicant,
    CountPolicy,
    DeliveryGroup,
)
from lmt_tracker.domain.entry.checker import EntryChecker, HoursPart
from lmt_tracker.domain.entry.cohort_keys import Keyer, thresholds
from lmt_tracker.domain.entry.compiled import CompiledJurisdiction, EligibilityResult, Part
from lmt_tracker.domain.entry.training_hours import (
    cap_excess,
    count_hours,
    exact_profile,
    in_class_hours,
)

_Getter = Callable[[list[object]], tuple[object, ...]]


class _Measures:
    """The measures the checkers of a cohort look at, each computed once per profile.

    A profile's measures are a list of exact texts (see ``applicant.Counted``): column 0
    is None (for a checker without a clinic minimum); then one column per counting
    policy, clinic hours, and one per subject group. A checker's hours key is
    ``(counted, clinic or None, group, ...)``, the key :meth:`EntryChecker.hours_of`
    builds for one applicant, so both share the checker's memo.
    """

    __slots__ = (
        "_by_subjects",
        "_capped",
        "_clinical",
        "_delivery",
        "_getters",
        "_groups",
        "_names",
        "_policies",
    )

    def __init__(self, checkers: Sequence[EntryChecker]) -> None:
        policies: dict[CountPolicy, None] = {}
        groups: dict[tuple[str, ...], None] = {}
        delivery: dict[DeliveryGroup, None] = {}
        clinical = False
        for checker in checkers:
            policy, has_clinical, its_groups, its_delivery = checker.measures
            policies.setdefault(policy)
            clinical = clinical or has_clinical
            for g in its_groups:
                groups.setdefault(g)
            for d in its_delivery:
                delivery.setdefault(d)
        self._policies = tuple(policies)
        self._capped = any(p[6] for p in self._policies)
        self._clinical = clinical
        self._groups = tuple(groups)
        self._delivery = tuple(delivery)
        self._names = tuple({name: None for g in self._groups for name in g})
        self._by_subjects: dict[tuple[tuple[str, str], ...], list[object]] = {}
        first_group = 1 + len(self._policies) + (1 if clinical else 0)
        first_delivery = first_group + len(self._groups)
        policy_col = {p: 1 + i for i, p in enumerate(self._policies)}
        group_col = {g: first_group + i for i, g in enumerate(self._groups)}
        delivery_col = {d: first_delivery + i for i, d in enumerate(self._delivery)}
        self._getters: list[tuple[_Getter, EntryChecker]] = []
        for checker in checkers:
            policy, has_clinical, its_groups, its_delivery = checker.measures
            cols = [policy_col[policy], first_group - 1 if has_clinical else 0]
            cols.extend(group_col[g] for g in its_groups)
            cols.extend(delivery_col[d] for d in its_delivery)
            self._getters.append((itemgetter(*cols), checker))

    def measure(self, a: Applicant, subjects_key: tuple[tuple[str, str], ...]) -> list[object]:
        """The measures of ``a``'s profile; ``subjects_key`` is the exact text of its
        subject hours (subject groups are summed once per distinct subject hours)."""
        cpr = ZERO
        for name, hours in a.subject_hours:
            if name == CPR_SUBJECT:
                cpr = hours  # as dict(subject_hours).get(CPR_SUBJECT, ZERO): the last
        keys: list[object] = [None]
        subjects = dict(a.subject_hours) if self._capped or self._delivery else None
        for policy in self._policies:
            capped = cap_excess(policy[6], subjects) if policy[6] and subjects else ZERO
            keys.append(
                count_hours(policy, a.total_hours, a.online_hours, a.online_cpr_hours, cpr, capped)
            )
        if self._clinical:
            keys.append(str(a.clinical_hours))
        groups = self._by_subjects.get(subjects_key)
        if groups is None:
            groups = self._by_subjects.setdefault(subjects_key, self._group_hours(a, subjects_key))
        if not self._delivery:
            return keys + groups
        assert subjects is not None
        split = a.subject_online
        return keys + groups + [in_class_hours(d, subjects, split) for d in self._delivery]

    def _group_hours(self, a: Applicant, texts: tuple[tuple[str, str], ...]) -> list[object]:
        """Each group's hours as text, exactly ``str(applicant.group_hours(...))``.

        That adds a group's subjects to ZERO in order, skipping absent ones; adding
        ZERO in their place is exact and changes nothing (a sum started at ZERO has an
        exponent <= 0 and is never -0), so ``sum`` does the same. When every subject is
        a whole number written plainly (``str`` gives only digits: exponent 0), short
        enough that no sum can round (in a context of 28 digits or more), the Decimal
        sum is that of the integers, written the same way.
        """
        get: Callable[[str], object]
        if getcontext().prec >= 28 and all(t.isdigit() and len(t) <= 20 for _, t in texts):
            whole = dict.fromkeys(self._names, 0)
            whole.update((name, int(text)) for name, text in texts)
            get = whole.__getitem__
            return [str(sum(map(get, group))) for group in self._groups]
        hours = dict.fromkeys(self._names, ZERO)
        hours.update(a.subject_hours)
        get = hours.__getitem__
        return [str(sum(map(get, group), ZERO)) for group in self._groups]

    def lookups(self) -> list[tuple[_Getter, dict[tuple[object, ...], HoursPart], EntryChecker]]:
        """Per checker slot: the getter of its measures, its hours memo, the checker."""
        return [(getter, checker.hours_memo, checker) for getter, checker in self._getters]


class _Profile:
    """One exact training profile: its measures, per checker slot its hours part, and
    its rows by personal class id."""

    __slots__ = ("hours", "measured", "rows")

    def __init__(self, measured: list[object], slots: int) -> None:
        self.measured = measured
        self.hours: list[HoursPart | None] = [None] * slots
        self.rows: dict[int, tuple[EligibilityResult, ...]] = {}


#: A part shared by classes, its checker slot, and its verdicts by hours-part id.
_SharedPart = tuple[Part, int, dict[int, EligibilityResult]]
#: Per jurisdiction: a verdict without hours, or the shared part.
_PartRow = list[EligibilityResult | _SharedPart]
_ROWS_CAP: Final = 200_000  # a context judging more classes than this starts afresh


class _Cohort:
    """Classes and memos for one list of compiled jurisdictions.

    Reused by consecutive calls with the same list (a school audit judges its cohort
    in chunks), see :func:`cohort_for`. Every memo maps a content key (or an id from a
    counter, or ``id()`` of a checker this context keeps alive) to a value computed
    from it, and is filled with ``setdefault``: two threads judging at once at worst
    compute a value twice.
    """

    __slots__ = (
        "_compiled",
        "_keyer",
        "_lookups",
        "_measures",
        "_parts",
        "_personals",
        "_profiles",
        "_rows",
        "_slots",
        "_uids",
    )

    def __init__(self, compiled: Sequence[CompiledJurisdiction]) -> None:
        self._compiled = tuple(compiled)
        checkers: dict[int, EntryChecker] = {}
        for c in self._compiled:
            for checker in c.checkers():
                checkers.setdefault(id(checker), checker)
        self._slots = {key: i for i, key in enumerate(checkers)}
        self._measures = _Measures(tuple(checkers.values()))
        self._lookups = self._measures.lookups()
        self._keyer = Keyer(thresholds(self._compiled))
        self._uids = count()
        self._profiles: dict[tuple[object, ...], _Profile] = {}
        self._personals: dict[tuple[object, ...], tuple[int, _PartRow]] = {}
        self._parts: dict[tuple[object, ...], _SharedPart] = {}
        self._rows = 0

    def serves(self, compiled: Sequence[CompiledJurisdiction]) -> bool:
        """True for the same compiled jurisdictions, in the same order, and room left."""
        mine = self._compiled
        return (
            len(mine) == len(compiled)
            and all(a is b for a, b in zip(mine, compiled, strict=True))
            and self._rows < _ROWS_CAP
        )

    def row(self, a: Applicant) -> tuple[EligibilityResult, ...]:
        """The verdicts of ``a``'s class, one per jurisdiction (shared by the class)."""
        profile_key = exact_profile(a)
        profile = self._profiles.get(profile_key)
        if profile is None:
            measured = self._measures.measure(a, profile_key[4])
            fresh = _Profile(measured, len(self._slots))
            profile = self._profiles.setdefault(profile_key, fresh)
        personal_key = self._keyer(a)
        personal = self._personals.get(personal_key)
        if personal is None:
            parts = [self._part(j, c, a) for j, c in enumerate(self._compiled)]
            personal = self._personals.setdefault(personal_key, (next(self._uids), parts))
        found = profile.rows.get(personal[0])
        if found is None:
            found = profile.rows.setdefault(personal[0], self._judge(profile, personal[1]))
            self._rows += 1
        return found

    def _part(
        self, j: int, c: CompiledJurisdiction, a: Applicant
    ) -> EligibilityResult | _SharedPart:
        part = c.part(a)
        if isinstance(part, EligibilityResult):
            return part
        # classes that differ only where this rule does not look share its part
        key = (j, id(part.checker), part.regulation, part.tail)
        found = self._parts.get(key)
        if found is None:
            fresh: _SharedPart = (part, self._slots[id(part.checker)], {})
            found = self._parts.setdefault(key, fresh)
        return found

    def _judge(self, profile: _Profile, parts: _PartRow) -> tuple[EligibilityResult, ...]:
        hours = profile.hours
        out: list[EligibilityResult] = []
        append = out.append
        for p in parts:
            if isinstance(p, EligibilityResult):
                append(p)
                continue
            part, slot, results = p
            h = hours[slot]
            if h is None:
                getter, memo, checker = self._lookups[slot]
                key = getter(profile.measured)
                h = memo.get(key)
                if h is None:
                    h = checker.hours_part(key)
                hours[slot] = h
            r = results.get(h[2])
            if r is None:
                r = results.setdefault(h[2], part.result(h[0], h[1]))
            append(r)
        return tuple(out)


_LAST: list[_Cohort] = []  # the context of the last cohort call


def cohort_for(compiled: Sequence[CompiledJurisdiction]) -> _Cohort:
    """The context for judging against ``compiled``: the last one if it serves."""
    last = _LAST[-1] if _LAST else None
    if last is not None and last.serves(compiled):
        return last
    fresh = _Cohort(compiled)
    _LAST[:] = [fresh]
    return fresh
