"""Which of a credential's optional facts its jurisdiction's rules turn on.

Some rules need a fact only the therapist knows: whether the license was granted by
examination (a first renewal exempt only for them), when they were first licensed to
practise (requirements that fall with years in practice), the CE period printed on the
renewal notice (boards that assign it). The app asks for a fact only when a rule of the
chosen jurisdiction uses it, in any version, so the form stays short for everyone else.
"""

from __future__ import annotations

from typing import Final

from lmt_tracker.domain.core.rules import Jurisdiction

LICENSED_BY: Final = "licensed_by"
PRACTICE_START: Final = "practice_start"
CE_PERIOD: Final = "ce_period"


def facts_needed(jurisdiction: Jurisdiction | None) -> frozenset[str]:
    """The optional facts some version of ``jurisdiction``'s CE rule uses."""
    needed: set[str] = set()
    for version in jurisdiction.versions if jurisdiction is not None else ():
        ce = version.ce
        if ce is None or not ce.required:
            continue
        if ce.first_cycle_condition == "by_examination":
            needed.add(LICENSED_BY)
        if ce.years_in_practice:
            needed.add(PRACTICE_START)
        if ce.period_basis == "assigned":
            needed.add(CE_PERIOD)
    return frozenset(needed)
