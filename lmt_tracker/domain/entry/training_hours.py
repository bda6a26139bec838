"""Counting an applicant's training hours: in class or online, capped, by subject group,
and the finding for one hours minimum.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from lmt_tracker.domain.core.findings import (
    UNVERIFIED_NOTE,
    Finding,
    fmt_hours,
    hours_word,
    json_number,
)
from lmt_tracker.domain.core.rules import Source
from lmt_tracker.domain.entry.applicant import (
    FMT,
    NOT_COUNTED,
    UNKNOWN_SPLIT,
    ZERO,
    Applicant,
    Counted,
    CountPolicy,
    DeliveryGroup,
)


def exact_profile(
    a: Applicant,
) -> tuple[str, str, str, str, tuple[tuple[str, str], ...], object]:
    """The training profile as text: equal keys mean identical Decimals (``40`` and
    ``40.0`` differ), so members of a class get findings with their own numbers. Item
    4 is the subject hours alone (what subject groups look at); item 5 the online
    hours by subject (None: not known; what delivery-limited subjects look at)."""
    split = a.subject_online
    return (
        str(a.total_hours),
        str(a.online_hours),
        str(a.clinical_hours),
        str(a.online_cpr_hours),
        tuple([(k, str(v)) for k, v in a.subject_hours]),
        None if split is None else tuple([(k, str(v)) for k, v in split]) if split else (),
    )


def in_class_hours(
    spec: DeliveryGroup,
    subjects: Mapping[str, Decimal],
    online: tuple[tuple[str, Decimal], ...] | None,
) -> str:
    """A delivery-limited group's hours that count, as text: the group's hours less its
    online hours beyond what the rule lets count. ``UNKNOWN_SPLIT`` when online hours
    exist and the record does not say which subjects they were in."""
    group, online_counts, max_online, most_from = spec
    have = group_hours(group, subjects)
    for name, most in most_from:  # hours of a subject above what may count toward it
        have -= max(subjects.get(name, ZERO) - most, ZERO)
    if online_counts and max_online is None:  # delivery does not matter
        return str(have)
    if online is None:
        return UNKNOWN_SPLIT
    taught_online = ZERO
    for name, hours in online:
        if name in group:
            taught_online += hours
    allowed = ZERO if not online_counts else (max_online if max_online is not None else have)
    excess = max(taught_online - allowed, ZERO)
    counted = str(max(have - excess, ZERO))
    return f"{counted}{NOT_COUNTED}{excess}" if excess > 0 else counted


def cap_excess(
    caps: tuple[tuple[tuple[str, ...], Decimal], ...], subjects: Mapping[str, Decimal]
) -> Decimal:
    """Hours above the rule's subject maximums: they do not count toward the total."""
    excess = ZERO
    for group, most in caps:
        excess += max(group_hours(group, subjects) - most, ZERO)
    return excess


def count_hours(
    policy: CountPolicy,
    total: Decimal,
    online_hours: Decimal,
    online_cpr: Decimal,
    cpr: Decimal,
    capped: Decimal = ZERO,
) -> Counted:
    """Hours counted toward a rule's total (online and CPR hours may not count, nor
    ``capped`` hours above the rule's subject maximums)."""
    online_counts, max_online_hours, max_online_share, share_base, cpr_counts, has_total = policy[
        :6
    ]
    cpr_excluded = ZERO if cpr_counts else cpr
    online = online_hours - (ZERO if cpr_counts else min(online_cpr, cpr))
    online = max(online, ZERO)
    allowed = online
    why = ""
    if not online_counts:
        allowed = ZERO
        why = "online training hours do not count"
    else:
        if max_online_hours is not None and max_online_hours < allowed:
            allowed = max_online_hours
            why = f"at most {fmt_hours(max_online_hours)} online hours count"
        if max_online_share is not None:
            base = share_base if share_base is not None else total
            cap = base * max_online_share
            if cap < allowed:
                allowed = cap
                why = (
                    f"online hours count up to {json_number(max_online_share * 100)}% "
                    f"of {fmt_hours(base)} hours"
                )
    online_excluded = online - allowed
    counted = max(total - cpr_excluded - online_excluded - capped, ZERO)
    return (
        str(counted) if has_total else None,
        (str(online), str(allowed), why) if online_excluded > 0 else None,
        str(cpr) if cpr_excluded > 0 else None,
        str(capped) if capped > 0 and has_total else None,
    )


def group_hours(group: tuple[str, ...], subjects: Mapping[str, Decimal]) -> Decimal:
    """Hours of a subject group (the sum of its subjects, in the group's order)."""
    have = ZERO
    for name in group:
        got = subjects.get(name)
        if got is not None:
            have += got
    return have


def _fmt(text: str, value: Decimal) -> str:
    found = FMT.get(text)
    if found is None:
        if len(FMT) > 65536:
            FMT.clear()
        found = FMT[text] = fmt_hours(value)
    return found


class HoursMinimum:
    """An hours minimum of a rule, its text precomputed, and its findings memoised by
    the exact text of the hours had. A finding is what ``findings.hours_finding`` gives
    (without a due date), built faster: a cohort builds thousands; tests compare both."""

    __slots__ = (
        "key",
        "kind",
        "label",
        "memo",
        "needed",
        "needed_text",
        "source",
        "suffix",
        "what",
    )

    def __init__(
        self,
        kind: str,
        key: str,
        label: str,
        needed: Decimal,
        source: Source | None,
        what: str,
        unverified: bool,
    ) -> None:
        self.kind, self.key, self.label, self.what = kind, key, label, what
        self.needed = needed
        self.needed_text = fmt_hours(needed)
        self.source = source
        self.suffix = (
            f" (the figure rests on a secondary source: {UNVERIFIED_NOTE})" if unverified else ""
        )
        self.memo: dict[str, Finding] = {}

    def finding(self, have_text: str) -> Finding:
        found = self.memo.get(have_text)
        if found is None:
            found = self.memo.setdefault(have_text, self.build(have_text))
        return found

    def build(self, have_text: str) -> Finding:
        if have_text == UNKNOWN_SPLIT:
            return Finding(
                self.kind,
                self.key,
                f"{self.label} (which hours were online)",
                "to_confirm",
                f"{self.label}: {self.needed_text} hours of {self.what} — the record does "
                "not say which subjects were taught online; confirm, or enter the online "
                "hours by subject" + self.suffix,
                self.needed,
                None,
                None,
                self.source,
                None,
            )
        have_text, _, online_text = have_text.partition(NOT_COUNTED)
        not_counted = ""
        if online_text:  # a delivery-limited subject's online hours beyond what counts
            online = Decimal(online_text)
            not_counted = f"{_fmt(online_text, online)} online {hours_word(online)} not counted"
        have = Decimal(have_text)
        short = max(self.needed - have, ZERO)
        if short > 0:
            message = (
                f"Needs {_fmt(str(short), short)} more {hours_word(short)} of {self.what} "
                f"({_fmt(have_text, have)} of {self.needed_text}"
                + (f"; {not_counted})" if not_counted else ")")
            )
            status = "short"
        else:
            message = f"{self.label}: {_fmt(have_text, have)} of {self.needed_text} hours — met"
            message += f" ({not_counted})" if not_counted else ""
            status = "met"
        return Finding(
            self.kind,
            self.key,
            self.label,
            status,
            message + self.suffix,
            self.needed,
            have,
            short,
            self.source,
            None,
        )
