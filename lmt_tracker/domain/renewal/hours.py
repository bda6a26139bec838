"""How a course's stated hours count toward one rule's hour: the only place that converts.

A certificate states hours of some length (60 or 50 minutes) or minutes. A rule
defines its own hour (Florida: "no less than 50 minutes of any one clock hour",
R. 64B7-28.009(1)). The conversion the boards apply is not a ratio of minutes:

* one course hour counts as **at most one** rule hour, so a 60-minute hour toward a
  50-minute rule is one hour, never 1.2 (the over-credit this module exists to stop);
* a course hour **shorter** than the rule hour counts in proportion (a 50-minute hour
  toward a 60-minute rule is 5/6);
* minutes become rule hours the way the rule counts them (``CERule.minutes_count``):
  ``fraction`` (minutes / rule hour), ``whole`` (whole rule hours only), ``half_hour``
  (whole or half rule hours: NCBTMB) or
  ``clock_hour`` (an hour is at least the rule's minutes inside one clock hour, so
  ``m`` minutes give ``(m + 60 - rule) // 60`` hours: 110 minutes are 2 Florida hours,
  100 or 90 minutes 1). Not recorded: ``clock_hour``, the reading that never credits
  more than any other, and the course line says it is unverified.

Amounts are returned in *rule minutes* (rule hours x the rule's hour length) so the
allocation can keep exact integers; divide by the rule's hour length for hours.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache
from typing import Final, NamedTuple

from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.records import MINUTE_UNIT, Course

ZERO: Final = Decimal(0)
CLOCK_HOUR: Final = 60
#: How minutes are counted when the rule does not say: never more than any reading.
CONSERVATIVE_MINUTES_COUNT: Final = "clock_hour"


class CountedHours(NamedTuple):
    """One course toward one rule: rule minutes in all and per topic.

    A named tuple: built for every course of every period judged, so it must be cheap.
    """

    minutes: Decimal  # rule minutes credited (rule hours x rule hour length)
    topics: tuple[tuple[str, Decimal], ...]  # rule minutes per topic of the course


#: The hour lengths as Decimal, made once.
_LENGTHS: Final = {n: Decimal(n) for n in (1, 50, 60)}


def _floor(value: Decimal) -> Decimal:
    return value.to_integral_value(rounding=ROUND_FLOOR)


def minutes_to_rule_hours(minutes: Decimal, rule_hour: int, counting: str) -> Decimal:
    """Rule hours in ``minutes`` of instruction, as ``counting`` says."""
    if minutes <= 0:
        return ZERO
    if counting == "fraction":
        return minutes / Decimal(rule_hour)
    if counting == "whole":
        return _floor(minutes / Decimal(rule_hour))
    if counting == "half_hour":
        return _floor(minutes * 2 / Decimal(rule_hour)) / 2
    # clock_hour: each hour is a clock hour holding at least ``rule_hour`` minutes.
    slack = max(CLOCK_HOUR - rule_hour, 0)
    return _floor((minutes + slack) / Decimal(max(CLOCK_HOUR, rule_hour)))


def stated_amount(amount: Decimal, unit: int) -> str:
    """An amount as the certificate states it, short: "60 min", "2 h", "3 h of 50 min"."""
    if unit == MINUTE_UNIT:
        return ph(N_("{n} min"), n=amount)
    if unit != CLOCK_HOUR:
        return ph(N_("{n} h of {unit} min"), n=amount, unit=unit)
    return ph(N_("{n} h"), n=amount)


def stated_words(course: Course) -> str:
    """What the certificate states, in words: "3 hours", "90 minutes", "2 hours of 50 minutes"."""
    if course.in_minutes:
        return ph(N_("{n} minutes"), n=course.hours)
    if course.hour_minutes == CLOCK_HOUR:
        return ph(N_("{n} hour"), n=course.hours) if course.hours == 1 \
            else ph(N_("{n} hours"), n=course.hours)
    return _hour_words(course.hours, course.hour_minutes)


def _hour_words(n: Decimal, length: int) -> Phrase:
    if n == 1:
        return ph(N_("{n} hour of {length} minutes"), n=n, length=length)
    return ph(N_("{n} hours of {length} minutes"), n=n, length=length)


def count_course(course: Course, rule_hour: int, minutes_count: str | None) -> CountedHours:
    """How many rule hours ``course`` earns toward a rule whose hour is ``rule_hour`` minutes.

    Figures only: the words (``how_counted``) are built when a report or screen asks,
    since a status check of thousands of courses never shows them.
    """
    if course.hour_minutes == MINUTE_UNIT:
        rule = Decimal(rule_hour)
        counting = minutes_count or CONSERVATIVE_MINUTES_COUNT
        hours = minutes_to_rule_hours(course.hours, rule_hour, counting)
        topics: list[tuple[str, Decimal]] = []
        left = hours
        for t in course.topics:
            got = min(minutes_to_rule_hours(t.hours, rule_hour, counting), left)
            topics.append((t.topic, got * rule))
            left -= got
        return CountedHours(hours * rule, tuple(topics))
    length = min(course.hour_minutes, rule_hour)
    per_hour = _LENGTHS.get(length) or Decimal(length)
    topic_minutes = (
        tuple((t.topic, t.hours * per_hour) for t in course.topics) if course.topics else ()
    )
    return CountedHours(course.hours * per_hour, topic_minutes)


def how_counted(course: Course, rule_hour: int, minutes_count: str | None) -> str:
    """How ``course``'s stated hours became the rule's, in words for a course line.

    The words depend on the figures alone, so courses of one shape share one phrase
    (a report or chart of thousands of courses built one each: half its time). The
    stated hours' text is part of the key, so ``2.5`` and ``2.50`` never share.
    """
    return _how_counted(course.hours, str(course.hours), course.hour_minutes, rule_hour,
                        minutes_count)


@lru_cache(maxsize=4096)
def _how_counted(stated: Decimal, _text: str, hour_minutes: int, rule_hour: int,
                 minutes_count: str | None) -> str:
    rule = Decimal(rule_hour)
    if hour_minutes == MINUTE_UNIT:
        counting = minutes_count or CONSERVATIVE_MINUTES_COUNT
        hours = minutes_to_rule_hours(stated, rule_hour, counting)
        rule_words = {
            "fraction": "",
            "whole": ph(N_(" (whole hours only)")),
            "half_hour": ph(N_(" (in whole or half hours)")),
            "clock_hour": ph(N_(" (an hour is at least {minutes} minutes of one clock hour)"),
                             minutes=rule_hour),
        }[counting]
        how = ph(N_("{minutes} minutes = {hours}{counting}"), minutes=stated,
                 hours=_hour_words(hours, rule_hour), counting=rule_words)
        if minutes_count is None:
            how = ph(N_("{how} — how this board counts minutes is unverified: the smallest "
                        "reading is used"), how=how)
        return how
    if hour_minutes == rule_hour:
        return _hour_words(stated, rule_hour)
    # One course hour meets at most one rule hour; a shorter hour counts in proportion.
    counted = stated * Decimal(min(hour_minutes, rule_hour)) / rule
    return Phrase("{stated} = {counted}", {"stated": _hour_words(stated, hour_minutes),
                                           "counted": _hour_words(counted, rule_hour)})
