"""Counting an applicant's training hours: in class or online, capped, by subject group,
and the finding for one hours minimum.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from lmt_tracker.domain.core.findings import (
    UNVERIFIED_NOTE,
    Finding,
)
from lmt_tracker.domain.core.phrases import N_, Phrase, Value, ph, unit
from lmt_tracker.domain.core.rules import Source
from lmt_tracker.domain.entry.applicant import (
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
        why = ONLINE_DO_NOT_COUNT
    else:
        if max_online_hours is not None and max_online_hours < allowed:
            allowed = max_online_hours
            why = f"max:{max_online_hours}"
        if max_online_share is not None:
            base = share_base if share_base is not None else total
            cap = base * max_online_share
            if cap < allowed:
                allowed = cap
                why = f"share:{max_online_share * 100}:{base}"
    online_excluded = online - allowed
    counted = max(total - cpr_excluded - online_excluded - capped, ZERO)
    return (
        str(counted) if has_total else None,
        (str(online), str(allowed), why) if online_excluded > 0 else None,
        str(cpr) if cpr_excluded > 0 else None,
        str(capped) if capped > 0 and has_total else None,
    )


ONLINE_DO_NOT_COUNT = "none"


def online_why(why: str) -> Phrase:
    """Why online hours were left out, from the memo key ``online_counts`` gives: "none",
    "max:HOURS" or "share:PERCENT:BASE" (a key, so findings stay memoised by text)."""
    kind, _, rest = why.partition(":")
    if kind == "max":
        return ph(N_("at most {hours} online hours count"), hours=Decimal(rest))
    if kind == "share":
        pct, _, base = rest.partition(":")
        return ph(N_("online hours count up to {pct}% of {hours} hours"), pct=Decimal(pct),
                  hours=Decimal(base))
    return ph(N_("online training hours do not count"))


def group_hours(group: tuple[str, ...], subjects: Mapping[str, Decimal]) -> Decimal:
    """Hours of a subject group (the sum of its subjects, in the group's order)."""
    have = ZERO
    for name in group:
        got = subjects.get(name)
        if got is not None:
            have += got
    return have


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
        "source",
        "unverified",
        "what",
    )

    def __init__(
        self,
        kind: str,
        key: str,
        label: str,
        needed: Decimal,
        source: Source | None,
        what: Value,
        unverified: bool,
    ) -> None:
        self.kind, self.key, self.label, self.what = kind, key, label, what
        self.needed = needed
        self.source = source
        self.unverified = unverified
        self.memo: dict[str, Finding] = {}

    def finding(self, have_text: str) -> Finding:
        found = self.memo.get(have_text)
        if found is None:
            found = self.memo.setdefault(have_text, self.build(have_text))
        return found

    def _sourced(self, message: Phrase) -> Phrase:
        """``message``, with the warning that its figure is not confirmed when it is not."""
        if not self.unverified:
            return message
        return ph(N_("{message} (the figure rests on a secondary source: {note})"),
                  message=message, note=UNVERIFIED_NOTE)

    def build(self, have_text: str) -> Finding:
        if have_text == UNKNOWN_SPLIT:
            return Finding(
                self.kind,
                self.key,
                ph(N_("{label} (which hours were online)"), label=self.label),
                "to_confirm",
                self._sourced(ph(N_("{label}: {needed} hours of {what} — the record does not "
                                    "say which subjects were taught online; confirm, or enter "
                                    "the online hours by subject"), label=self.label,
                                 needed=self.needed, what=self.what)),
                self.needed,
                None,
                None,
                self.source,
                None,
            )
        have_text, _, online_text = have_text.partition(NOT_COUNTED)
        have = Decimal(have_text)
        short = max(self.needed - have, ZERO)
        fields: dict[str, Value] = {"have": have, "needed": self.needed}
        if online_text:  # a delivery-limited subject's online hours beyond what counts
            online = Decimal(online_text)
            fields["not_counted"] = ph(N_("{n} online {unit} not counted"), n=online,
                                       unit=unit(online))
        if short > 0:
            message = ph(N_("Needs {short} more {unit} of {what} ({have} of {needed}; "
                            "{not_counted})") if online_text
                         else N_("Needs {short} more {unit} of {what}{by} ({have} of {needed})"),
                         short=short, unit=unit(short), what=self.what, by="", **fields)
            status = "short"
        else:
            message = ph(N_("{label}: {have} of {needed} {hours} — met ({not_counted})")
                         if online_text else N_("{label}: {have} of {needed} {hours} — met"),
                         label=self.label, hours=unit(have), **fields)
            status = "met"
        return Finding(
            self.kind,
            self.key,
            self.label,
            status,
            self._sourced(message),
            self.needed,
            have,
            short,
            self.source,
            None,
        )
