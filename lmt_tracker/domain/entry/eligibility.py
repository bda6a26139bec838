"""Entry-level eligibility: does an applicant's training and exam record meet a jurisdiction?

Each jurisdiction's entry rule is compiled once into an :class:`EntryChecker`. The
hours part of a judgement depends only on a few measures of the applicant's *training
profile* (hours by subject and delivery): the hours counted toward the rule's total,
clinic hours and each subject group's hours, so it is memoised by the exact text of
those measures and shared by every profile that agrees on them. The personal part
(exams, age, program start) depends only on comparisons with a few threshold dates,
so a whole cohort collapses into a handful of *classes*; see
:func:`eligibility_for_cohort`. Messages never quote a personal value that the class
does not fix, so every member of a class gets the same, correct result.

This module is the public entry (judging one applicant or a cohort, and the cache of
compiled jurisdictions); the parts live in ``applicant`` (:class:`Applicant`),
``checker`` (:class:`EntryChecker`), ``compiled``
(:class:`CompiledJurisdiction`, :class:`EligibilityResult`) and ``cohort_classes``
(class keys and memos). Every name callers imported from here is still importable here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.entry.applicant import (
    Applicant,
    with_date,
)
from lmt_tracker.domain.entry.cohort_classes import cohort_for
from lmt_tracker.domain.entry.compiled import (
    CompiledJurisdiction,
    EligibilityResult,
)

__all__ = ["compile_jurisdiction", "eligibility_for", "eligibility_for_cohort"]

_COMPILED: dict[int, tuple[Jurisdiction, CompiledJurisdiction]] = {}


def compile_jurisdiction(jurisdiction: Jurisdiction) -> CompiledJurisdiction:
    """The compiled checker for a jurisdiction (built once per rule object)."""
    hit = _COMPILED.get(id(jurisdiction))
    if hit is not None and hit[0] is jurisdiction:
        return hit[1]
    compiled = CompiledJurisdiction(jurisdiction)
    if len(_COMPILED) > 4096:
        _COMPILED.clear()
    _COMPILED[id(jurisdiction)] = (jurisdiction, compiled)
    return compiled


def _as_list(
    jurisdictions: Iterable[Jurisdiction] | Mapping[str, Jurisdiction],
) -> list[Jurisdiction]:
    if isinstance(jurisdictions, Mapping):
        return list(jurisdictions.values())
    return list(jurisdictions)


def eligibility_for(
    applicant: Applicant,
    jurisdictions: Iterable[Jurisdiction] | Mapping[str, Jurisdiction],
    as_of: dt.date | None = None,
) -> list[EligibilityResult]:
    """One result per jurisdiction, in the order given. ``as_of`` overrides the
    applicant's application date."""
    a = with_date(applicant, as_of)
    return [compile_jurisdiction(j).evaluate(a) for j in _as_list(jurisdictions)]


def eligibility_for_cohort(
    applicants: Sequence[Applicant],
    jurisdictions: Iterable[Jurisdiction] | Mapping[str, Jurisdiction],
    as_of: dt.date | None = None,
) -> list[tuple[EligibilityResult, ...]]:
    """Every applicant against every jurisdiction (a school audit).

    Applicants that no rule can tell apart (same training profile, same side of every
    age, exam-window, attempt and program-start threshold) form one class, judged
    once; members share the result tuple, also across consecutive calls with the same
    jurisdictions (an audit judged in chunks). Inside a class's judgement the personal
    part is shared by every class with the same personal key, and each jurisdiction's
    hours part and verdict by every profile with the same measures that jurisdiction
    checks (see ``cohort_classes``). Row ``i`` belongs to ``applicants[i]``.
    """
    cohort = cohort_for([compile_jurisdiction(j) for j in _as_list(jurisdictions)])
    row = cohort.row
    if as_of is None:
        return [row(a) for a in applicants]
    return [row(with_date(a, as_of)) for a in applicants]
