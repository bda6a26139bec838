"""Which rule version judged a cycle or an application, and the reason given.

The rules are built by hand: a state whose CE hours change on 2025-07-01 and whose entry
hours rise from 500 to 650 on 2023-05-13 for programs starting on or after that date
(the South Carolina shape). Expected versions follow from those dates alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
from decimal import Decimal

from lmt_tracker.domain.core.rule_version_applied import (
    APPLICATION,
    CYCLE_START,
    PROGRAM_START,
    RENEWAL_DATE,
    finding,
    for_application,
    for_cycle,
)
from lmt_tracker.domain.core.rules import CERule, EntryRule, Jurisdiction, RuleVersion, Source

D = dt.date
SOURCE = Source("law", "Test statute", "https://example.org/law", D(2026, 1, 1), "statute")


def version(start: D, ends: D | None, *, ce: int, entry: int, by: str) -> RuleVersion:
    return RuleVersion(
        effective=start,
        ends=ends,
        regulation="license",
        title="Licensed Massage Therapist",
        sources=(SOURCE,),
        entry=EntryRule(SOURCE, selected_by=by, total_hours=Decimal(entry)),
        ce=CERule(SOURCE, hours=Decimal(ce), period_years=2),
    )


def state(*versions: RuleVersion) -> Jurisdiction:
    return Jurisdiction("XA", "Testland", "state", "Board", "https://example.org", {}, versions)


CE_CHANGE = state(
    version(D(2000, 1, 1), D(2025, 6, 30), ce=12, entry=500, by="application"),
    version(D(2025, 7, 1), None, ce=24, entry=500, by="application"),
)
ENTRY_CHANGE = state(
    version(D(2000, 1, 1), D(2023, 5, 12), ce=12, entry=500, by="application"),
    version(D(2023, 5, 13), None, ce=12, entry=650, by="program_start"),
)


def test_a_cycle_with_a_change_inside_is_judged_by_the_rule_at_its_start() -> None:
    applied = for_cycle(CE_CHANGE, D(2024, 9, 1), D(2026, 8, 31), D(2026, 3, 1))
    assert applied is not None
    assert applied.basis == CYCLE_START
    assert applied.effective == D(2000, 1, 1) and applied.version.ce.hours == 12
    assert [v.effective for v in applied.changes_inside] == [D(2025, 7, 1)]
    assert "began (2024-09-01)" in applied.reason
    assert "2025-07-01, inside the period" in applied.reason
    assert applied.matters


def test_a_rule_for_renewals_from_its_date_judges_the_period_it_ends_in() -> None:
    """A board that ties a new mandate to "renewals after" a date (``selected_by``)."""
    new = CE_CHANGE.versions[1]
    ce = new.ce
    if "selected_by" in {f.name for f in dataclasses.fields(CERule)}:
        ce = dataclasses.replace(ce, selected_by="renewal_date")
    else:  # the schema of this build has no such key yet: a stand-in with the attribute
        ce = types.SimpleNamespace(**{f.name: getattr(ce, f.name)
                                      for f in dataclasses.fields(CERule)},
                                   selected_by="renewal_date")
    j = state(CE_CHANGE.versions[0], dataclasses.replace(new, ce=ce))
    applied = for_cycle(j, D(2024, 9, 1), D(2026, 8, 31), D(2026, 3, 1))
    assert applied is not None
    assert applied.basis == RENEWAL_DATE and applied.effective == D(2025, 7, 1)
    assert "applies to renewals from 2025-07-01" in applied.reason
    assert applied.matters


def test_a_cycle_begun_after_the_change_follows_the_new_rule_with_nothing_to_say() -> None:
    applied = for_cycle(CE_CHANGE, D(2025, 9, 1), D(2027, 8, 31), D(2026, 3, 1))
    assert applied is not None and applied.effective == D(2025, 7, 1)
    assert applied.changes_inside == () and not applied.matters


def test_a_program_begun_before_the_change_follows_the_old_entry_rule() -> None:
    applied = for_application(ENTRY_CHANGE, D(2024, 1, 10), program_start=D(2022, 9, 1))
    assert applied is not None
    assert applied.basis == PROGRAM_START
    assert applied.version.entry.total_hours == 500
    assert "started 2022-09-01, before the change of 2023-05-13" in applied.reason


def test_a_program_begun_after_the_change_follows_the_new_rule() -> None:
    applied = for_application(ENTRY_CHANGE, D(2024, 1, 10), program_start=D(2023, 6, 1))
    assert applied is not None and applied.basis == APPLICATION
    assert applied.version.entry.total_hours == 650


def test_without_a_program_start_the_reason_asks_for_it() -> None:
    applied = for_application(ENTRY_CHANGE, D(2024, 1, 10))
    assert applied is not None and applied.version.entry.total_hours == 650
    assert "enter the start date" in applied.reason


def test_a_rule_selected_by_application_date_ignores_the_program_start() -> None:
    by_application = state(
        *(dataclasses.replace(v, entry=dataclasses.replace(v.entry, selected_by="application"))
          for v in ENTRY_CHANGE.versions)
    )
    applied = for_application(by_application, D(2024, 1, 10), program_start=D(2022, 9, 1))
    assert applied is not None and applied.basis == APPLICATION
    assert applied.version.entry.total_hours == 650
    assert "changed after your program started" in applied.reason


def test_before_the_first_rule_there_is_no_version() -> None:
    late = state(version(D(2020, 1, 1), None, ce=12, entry=500, by="application"))
    assert for_application(late, D(2019, 1, 1)) is None


def test_the_finding_cites_the_version_and_says_why() -> None:
    applied = for_cycle(CE_CHANGE, D(2024, 9, 1), D(2026, 8, 31), D(2026, 3, 1))
    assert applied is not None
    f = finding(applied)
    assert (f.key, f.status, f.kind) == ("rule_version", "info", "other")
    assert f.message == applied.reason and f.source == SOURCE
