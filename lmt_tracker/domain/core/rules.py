"""Typed, immutable rule records: what one jurisdiction requires, version by version.

These mirror the TOML schema in ``state_requirements/README.md``; the loader
(``lmt_tracker.rules.loader``) is the only producer. A value that could not be
confirmed is ``None`` and its note is in the section's ``unknown`` mapping.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import field
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from lmt_tracker.domain.core.frozen import frozen_record

_EMPTY: Mapping[str, str] = MappingProxyType({})
_NO_CITES: Mapping[str, Source] = MappingProxyType({})


def _no_notes() -> Mapping[str, str]:
    """The shared empty ``unknown`` mapping (a factory: dataclasses refuse unhashable defaults)."""
    return _EMPTY


def _no_cites() -> Mapping[str, Source]:
    """The shared empty ``cites`` mapping."""
    return _NO_CITES


@frozen_record
class Source:
    """Where a figure came from and when someone last checked it."""

    id: str
    title: str
    url: str
    checked: dt.date
    kind: str
    section: str | None = None

    def cite(self) -> str:
        """A one-line citation for messages and reports."""
        where = f", {self.section}" if self.section else ""
        return f"{self.title}{where} ({self.url}, checked {self.checked.isoformat()})"


@frozen_record
class SubjectMinimum:
    """At least ``hours`` in a group of subjects.

    ``online_counts`` false: only hours taught in class (classroom or clinic) count
    toward it (Georgia's in-class subjects, Michigan's hands-on parts);
    ``max_online_hours``: at most this many online hours of the group count (Florida's
    chart B, North Dakota's remote categories).
    """

    label: str
    group: tuple[str, ...]
    hours: Decimal
    source: Source
    online_counts: bool = True
    max_online_hours: Decimal | None = None
    # (subject, most hours of it that count toward this minimum): Washington's 2017
    # theory-and-practice minimum counts at most 50 hours of student clinic
    max_hours_from: tuple[tuple[str, Decimal], ...] = ()

    @property
    def delivery_limited(self) -> bool:
        """True when the minimum is not a plain sum of the group's hours."""
        return (
            not self.online_counts or self.max_online_hours is not None or bool(self.max_hours_from)
        )


@frozen_record
class SubjectCap:
    """At most ``max_hours`` of a group of subjects count toward the total (Georgia:
    at most 60 hours of supervised student clinic)."""

    label: str
    group: tuple[str, ...]
    max_hours: Decimal
    source: Source


@frozen_record
class Route:
    """Another way to qualify, standing in for parts of the rule (``replaces``:
    ``training`` — hours, subjects, delivery —, ``exams``).

    Met when every stated item is: one exam of ``exams_any_of`` passed; at least
    ``total_hours`` of training (any subject, any delivery); licensed in
    another jurisdiction for at least ``licensed_elsewhere_years``; in good standing
    there (the user confirms). Maine: the exam instead of the 500 hours; licensure by
    endorsement: licensed elsewhere N years in good standing instead of training and exam.
    """

    key: str
    label: str
    replaces: tuple[str, ...]
    source: Source
    exams_any_of: tuple[str, ...] = ()
    total_hours: Decimal | None = None  # training hours of any subject and delivery
    licensed_elsewhere_years: int | None = None
    good_standing: bool = False


@frozen_record
class ExamRequirement:
    """All items of an entry rule are required; one exam of ``any_of`` meets an item."""

    any_of: tuple[str, ...]
    label: str
    source: Source
    within_years: int | None = None
    # exam -> first day a pass no longer counts (Idaho: older national exams only when
    # passed before the day they were retired)
    passed_before: tuple[tuple[str, dt.date], ...] = ()


@frozen_record
class ExamPolicy:
    source: Source
    max_attempts: int | None = None
    state_authorization: bool = False


@frozen_record
class Condition:
    key: str
    label: str
    source: Source


@frozen_record
class EntryRule:
    source: Source
    selected_by: str = "application"  # application | program_start
    total_hours: Decimal | None = None
    min_age: int | None = None
    online_counts: bool = True
    max_online_hours: Decimal | None = None
    max_online_share: Decimal | None = None
    min_clinical_hours: Decimal | None = None
    cpr_counts: bool = True
    # "all": the online limits apply to every program; "out_of_state": only to programs
    # at schools outside the jurisdiction (Ohio, 4731-1-15)
    online_limit_applies_to: str = "all"
    # the rule's training hour: (fewest, most) minutes ("50 to 60 minutes")
    hour_minutes: tuple[int, int] | None = None
    # the course of study finished at most this many years before applying (New Jersey)
    completed_within_years: int | None = None
    subjects: tuple[SubjectMinimum, ...] = ()
    subject_caps: tuple[SubjectCap, ...] = ()
    exams: tuple[ExamRequirement, ...] = ()
    exam_policy: ExamPolicy | None = None
    conditions: tuple[Condition, ...] = ()
    routes: tuple[Route, ...] = ()
    # figures whose source is not ``source`` (key -> source)
    cites: Mapping[str, Source] = field(default_factory=_no_cites)
    unknown: Mapping[str, str] = field(default_factory=_no_notes)
    unverified: frozenset[str] = frozenset()

    def source_of(self, key: str) -> Source:
        """The source of one figure of the table."""
        return self.cites.get(key, self.source)


@frozen_record
class Stagger:
    """One slice of a staggered renewal (by last-name letters or license-number parity)."""

    month: int
    day: int
    letters: str | None = None
    parity: str | None = None
    year_parity: str = "any"

    def matches_letter(self, letter: str) -> bool:
        if not self.letters:
            return False
        letter = letter.upper()
        for part in self.letters.replace(" ", "").upper().split(","):
            if "-" in part:
                lo, hi = part.split("-", 1)
                if lo <= letter <= hi:
                    return True
            elif part == letter:
                return True
        return False


@frozen_record
class RenewalRule:
    source: Source
    pattern: str
    period_years: int | None = None
    month: int | None = None
    day: int | None = None
    year_parity: str = "any"
    anchor_year: int | None = None  # a year with a renewal, for fixed dates every N > 2 years
    # "next": the first date of the pattern after the issue; "within_period": the last one
    # at most period_years after it (a shortened, prorated first period: New York).
    first_renewal: str = "next"
    stagger: tuple[Stagger, ...] = ()
    unknown: Mapping[str, str] = field(default_factory=_no_notes)
    unverified: frozenset[str] = frozenset()


@frozen_record
class TopicMinimum:
    """At least ``min_hours`` on one topic, optionally only from some deliveries.

    ``deliveries`` empty: any delivery counts. One delivery ("in_person") or a set
    (Oregon's "supervised" ethics: in person or live online, never self-study).
    """

    key: str
    min_hours: Decimal
    label: str
    source: Source
    deliveries: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # other topics whose hours count toward it ("ethics or laws")
    # Only hours from courses this body approved fill it (Texas's state-approved human
    # trafficking course); the body as course approvals name it. Others count as general.
    approved_by: str | None = None


@frozen_record
class ExtraRequirement:
    """Hours required on top of the CE total: they do not count toward it.

    Michigan's implicit-bias training (one hour per year of the license period, beside the
    18 hours); Maryland's one-time implicit-bias course at the first renewal after
    2022-04-01 (``once_after``), due even when the first renewal is exempt from CE.
    """

    key: str
    hours: Decimal
    label: str
    source: Source
    per_year: bool = False
    once_after: dt.date | None = None
    # The hours may also count toward the total (Michigan's rule as amended in 2023): then
    # it is a topic minimum that only some periods owe.
    inside_total: bool = False


@frozen_record
class TopicCap:
    key: str
    max_hours: Decimal
    source: Source


@frozen_record
class YearsInPractice:
    """A tier by years in practice: the total, and optionally its own minimums."""

    after_years: int
    hours: Decimal
    topics: tuple[TopicMinimum, ...] | None = None  # None: the rule's topics
    in_person_min_hours: Decimal | None = None
    hands_on_min_hours: Decimal | None = None


@frozen_record
class CERule:
    source: Source
    required: bool = True
    hours: Decimal | None = None
    period_years: int | None = None
    period_end_parity: str | None = None
    hour_minutes: int = 60
    in_person_min_hours: Decimal | None = None
    hands_on_min_hours: Decimal | None = None
    online_max_hours: Decimal | None = None
    self_study_max_hours: Decimal | None = None
    self_study_max_share: Decimal | None = None
    daily_max_hours: Decimal | None = None
    repeat_within_years: int | None = None
    repeat_once_ever: bool = False  # a course counts once, in any period (NCBTMB)
    carry_over_max_hours: Decimal | None = None
    national_provider_min_share: Decimal | None = None
    approved_providers: str | None = None
    first_cycle: str = "full"
    first_cycle_hours: Decimal | None = None
    # Only with first_cycle = "exempt": what the exemption depends on (by_examination).
    first_cycle_condition: str | None = None
    # Only with exempt: the exemption holds when the license was issued at most this many
    # months before the first period ends (Maryland: less than 12), else the full rule.
    first_cycle_exempt_months: int | None = None
    # first_cycle = "per_month": hours per month or partial month licensed, at most this.
    first_cycle_hours_per_month: Decimal | None = None
    first_cycle_max_hours: Decimal | None = None
    # first_cycle = "chart": hours by the month of the CE period the license was issued in.
    first_cycle_chart: tuple[Decimal, ...] = ()
    # The topic minimums of the first cycle when they differ from every later one.
    first_cycle_topics: tuple[TopicMinimum, ...] | None = None
    # How a certificate's minutes become rule hours: fraction | whole | clock_hour.
    # None: not recorded; the engine takes clock_hour, the most conservative reading.
    minutes_count: str | None = None
    # Where the CE period comes from: license | calendar | assigned (see cycles).
    period_basis: str = "licence"
    # Which version judges a period a change falls inside: period_start | renewal_date.
    selected_by: str = "period_start"
    # At most this many hours from courses not approved by any of ``approving_bodies``.
    unapproved_max_hours: Decimal | None = None
    approving_bodies: tuple[str, ...] = ()
    topics: tuple[TopicMinimum, ...] = ()
    topic_caps: tuple[TopicCap, ...] = ()
    years_in_practice: tuple[YearsInPractice, ...] = ()
    extra: tuple[ExtraRequirement, ...] = ()
    # Hours completed up to this many days after the period's end still count for it
    # (Missouri: 30 days, with a late fee).
    grace_days: int | None = None
    unknown: Mapping[str, str] = field(default_factory=_no_notes)
    unverified: frozenset[str] = frozenset()


@frozen_record
class RuleVersion:
    effective: dt.date
    ends: dt.date | None
    regulation: str
    title: str
    sources: tuple[Source, ...]
    abbreviation: str | None = None
    notes: str | None = None
    entry: EntryRule | None = None
    renewal: RenewalRule | None = None
    ce: CERule | None = None

    def in_force(self, on: dt.date) -> bool:
        return self.effective <= on and (self.ends is None or on <= self.ends)


@frozen_record
class Jurisdiction:
    """One jurisdiction's (or national body's) rule, all versions, oldest first."""

    code: str
    name: str
    kind: str
    board: str
    board_url: str
    sources: Mapping[str, Source]
    versions: tuple[RuleVersion, ...]
    notes: str | None = None
    path: str = ""
    #: The user's overrides applied to this jurisdiction (``domain.overrides.AppliedOverride``);
    #: empty for rules as loaded.
    overrides: tuple[Any, ...] = ()

    def version_on(self, on: dt.date) -> RuleVersion | None:
        """The version in force on ``on``; None before the first version."""
        for version in reversed(self.versions):
            if version.in_force(on):
                return version
        return None

    def current(self, today: dt.date | None = None) -> RuleVersion:
        """The version in force today, else the newest (a future-dated rule set)."""
        found = self.version_on(today or dt.date.today())
        return found if found is not None else self.versions[-1]

    @property
    def checked(self) -> dt.date:
        """The most recent date any source was checked."""
        return max(s.checked for s in self.sources.values())
