"""The user's own overrides of single rule figures: checked, applied, and explained.

A therapist whose board told them something the rule data does not say (a letter
saying New Jersey wants 600 entry hours) records it for one figure, with a note.
``apply_overrides`` is the one place overrides meet the rules: it returns adjusted
``Jurisdiction`` objects whose every version carries the user's figure, and records on
each jurisdiction which figures were overridden (``Jurisdiction.overrides``), so the
judgement can say "your override" and flag an override whose figure a later rule pack
changed. Pure: no storage, no I/O.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Final

from lmt_tracker.domain.core.findings import Finding, fmt_hours, rule_key_label
from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.records import RuleOverride
from lmt_tracker.domain.core.rules import Jurisdiction, RuleVersion

#: Figures a user may override: field → (value type, the finding key it judges).
FIELDS: Final[Mapping[str, tuple[str, str]]] = {
    "entry.total_hours": ("hours", "total_hours"),
    "entry.min_clinical_hours": ("hours", "clinical"),
    "entry.max_online_hours": ("hours", "online"),
    "entry.online_counts": ("bool", "online"),
    "entry.min_age": ("int", "min_age"),
    "ce.hours": ("hours", "total"),
    "ce.hour_minutes": ("minutes", "total"),
    "ce.in_person_min_hours": ("hours", "in_person"),
    "ce.hands_on_min_hours": ("hours", "hands_on"),
    "ce.online_max_hours": ("hours", "online"),
    "ce.self_study_max_hours": ("hours", "self_study"),
    "ce.carry_over_max_hours": ("hours", "carry_over"),
    "ce.first_cycle_hours": ("hours", "total"),
}
_TOPIC = re.compile(r"^ce\.topics\.([a-z_]+)$")
OVERRIDE_KEY: Final = "override"
MAX_NOTE = 500


class OverrideError(ValueError):
    """An override that cannot be recorded; the message names the key and the fix."""


@frozen_record
class AppliedOverride:
    """An override as applied: what the rules in force say now, and whether that moved."""

    override: RuleOverride
    rules_value: str | None  # the figure in the rules in force today, before the override

    @property
    def changed_since(self) -> bool:
        """True when the rules now give another figure than when the override was recorded."""
        return self.rules_value != self.override.rules_value

    @property
    def label(self) -> str:
        return field_label(self.override.field)

    def message(self) -> str:
        o = self.override
        said = str(self.rules_value) if self.rules_value is not None else ph(N_("no figure"))
        text = ph(N_("Your override: {label} = {value} ({note}); the rules say {said}"),
                  label=self.label, value=str(o.value), note=o.note, said=said)
        if self.changed_since:
            before = str(o.rules_value) if o.rules_value is not None else ph(N_("no figure"))
            text = ph(N_("{text}. The rules changed this figure after you recorded the override "
                         "({before} → {said}): check whether your override still applies"),
                      text=text, before=before, said=said)
        return text

    def finding(self) -> Finding:
        return Finding(
            kind="other",
            key=OVERRIDE_KEY,
            label=ph(N_("Your override")),
            status="to_confirm" if self.changed_since else "info",
            message=self.message(),
        )

    def to_json(self) -> dict[str, object]:
        o = self.override
        return {
            "shown_as": "your override",
            "field": o.field,
            "label": self.label,
            "value": o.value,
            "note": o.note,
            "recorded": o.recorded.isoformat(),
            "rules_value": self.rules_value,
            "rules_value_when_recorded": o.rules_value,
            "rules_changed": self.changed_since,
        }


def field_label(name: str) -> str:
    """A field in words: ``entry.total_hours`` → "Total training hours (entry)"."""
    topic = _TOPIC.match(name)
    if topic:
        return ph(N_("CE hours in {topic}"), topic=topic.group(1).replace("_", " "))
    section, _, key = name.partition(".")
    where: str = {"entry": ph(N_("entry")), "ce": ph(N_("continuing education"))}.get(section,
                                                                                   section)
    return ph(N_("{label} ({where})"), label=rule_key_label(key), where=where)


def is_field(name: str) -> bool:
    """Whether ``name`` is a figure that can be overridden (``entry.total_hours``...)."""
    return _kind(name) is not None


def _kind(name: str) -> str | None:
    if name in FIELDS:
        return FIELDS[name][0]
    return "hours" if _TOPIC.match(name) else None


def canonical(name: str, text: str) -> str:
    """The value in its canonical text form; ``OverrideError`` naming the field otherwise."""
    kind = _kind(name)
    raw = text.strip()
    if kind == "bool":
        lowered = raw.lower()
        if lowered in {"true", "yes"}:
            return "true"
        if lowered in {"false", "no"}:
            return "false"
        raise _bad(name, text, N_("write true or false"))
    try:
        number = Decimal(raw)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise _bad(name, text, N_("not a number; write e.g. 600"))
    if kind in {"int", "minutes"}:
        if number != number.to_integral_value():
            raise _bad(name, text, N_("must be a whole number"))
        if kind == "minutes" and not 30 <= number <= 60:
            raise _bad(name, text, N_("a CE hour is 30 to 60 minutes (often 50)"))
        if kind == "int" and not 0 < number < 130:
            raise _bad(name, text, N_("give an age in years, e.g. 18"))
        return str(int(number))
    if number < 0 or number > 100000:
        raise _bad(name, text, N_("must be zero or more hours, and plausible"))
    if number == number.to_integral_value():
        return fmt_hours(number)
    return format(number.normalize(), "f")


def _typed(name: str, text: str) -> object:
    kind = _kind(name)
    if kind == "bool":
        return text == "true"
    if kind in {"int", "minutes"}:
        return int(text)
    return Decimal(text)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return fmt_hours(value)
    return str(value)


def figure(version: RuleVersion, name: str) -> tuple[bool, str | None]:
    """Whether ``version`` has the section (or topic) of ``name``, and the figure as text."""
    section, _, key = name.partition(".")
    rule = getattr(version, section, None)
    if rule is None:
        return False, None
    topic = _TOPIC.match(name)
    if topic:
        for tm in rule.topics:
            if tm.key == topic.group(1):
                return True, _text(tm.min_hours)
        return False, None
    return True, _text(getattr(rule, key))


def known_fields() -> str:
    return ", ".join(sorted(FIELDS)) + ", ce.topics.<topic>"


def check_override(
    rules: Mapping[str, Jurisdiction],
    code: str,
    name: str,
    value: str,
    note: str,
    today: dt.date,
) -> RuleOverride:
    """A new override, checked against the rules in force; ``OverrideError`` names the key."""
    code = code.strip().upper()
    name = name.strip()
    jurisdiction = rules.get(code)
    if jurisdiction is None:
        raise OverrideError(ph(N_("{code}: no jurisdiction with this code; `lmt-tracker rules "
                                  "list` shows the codes"), code=repr(code)))
    if _kind(name) is None:
        raise OverrideError(ph(N_("{code} {name}: not a figure that can be overridden; use one "
                                  "of {fields}"), code=code, name=repr(name),
                               fields=known_fields()))
    has, current = figure(jurisdiction.current(today), name)
    if not has:
        raise OverrideError(ph(
            N_("{code} {name}: the rule in force for {jurisdiction} has no such topic, so there "
               "is no figure to override") if _TOPIC.match(name) else
            N_("{code} {name}: the rule in force for {jurisdiction} has no such section, so "
               "there is no figure to override"), code=code, name=repr(name),
            jurisdiction=jurisdiction.name))
    note = note.strip()
    if not note:
        raise OverrideError(ph(N_('{code} {name}: a note is required — say where the figure '
                                  'comes from, e.g. "board letter 2025-03-02"'), code=code,
                               name=name))
    if len(note) > MAX_NOTE:
        raise OverrideError(ph(N_("{code} {name}: the note is longer than {most} characters"),
                               code=code, name=name, most=MAX_NOTE))
    return RuleOverride(
        jurisdiction=code,
        field=name,
        value=canonical(name, value),
        note=note,
        recorded=today,
        rules_value=current,
    )


def _replace_in(version: RuleVersion, o: RuleOverride) -> RuleVersion:
    section, _, key = o.field.partition(".")
    rule = getattr(version, section, None)
    if rule is None:
        return version
    value = _typed(o.field, o.value)
    topic = _TOPIC.match(o.field)
    if topic:
        topics = tuple(
            dataclasses.replace(tm, min_hours=value) if tm.key == topic.group(1) else tm
            for tm in rule.topics
        )
        return dataclasses.replace(version, **{section: dataclasses.replace(rule, topics=topics)})
    if section == "entry" and key == "max_online_hours" and rule.max_online_share is not None:
        rule = dataclasses.replace(rule, max_online_share=None)
    unknown = {k: v for k, v in rule.unknown.items() if k != key}
    changed = dataclasses.replace(
        rule, **{key: value}, unknown=unknown, unverified=rule.unverified - {key}
    )
    return dataclasses.replace(version, **{section: changed})


def apply_overrides(
    rules: Mapping[str, Jurisdiction], overrides: Iterable[RuleOverride], today: dt.date
) -> dict[str, Jurisdiction]:
    """The rules with the user's figures in every version, each jurisdiction marked.

    An override whose jurisdiction is no longer in the rules is left out (``review``
    reports it). Jurisdictions without overrides are returned unchanged (the same object).
    """
    out = dict(rules)
    by_code: dict[str, list[RuleOverride]] = {}
    for o in overrides:
        by_code.setdefault(o.jurisdiction, []).append(o)
    for code, items in by_code.items():
        j = out.get(code)
        if j is None:
            continue
        applied = []
        versions = j.versions
        for o in sorted(items, key=lambda x: x.field):
            _, now = figure(j.current(today), o.field)
            applied.append(AppliedOverride(o, now))
            versions = tuple(_replace_in(v, o) for v in versions)
        out[code] = dataclasses.replace(j, versions=versions, overrides=tuple(applied))
    return out


def override_findings(j: Jurisdiction, section: str) -> tuple[Finding, ...]:
    """The "your override" findings of one section (``entry`` or ``ce``) of a jurisdiction."""
    return tuple(
        a.finding() for a in j.overrides if a.override.field.partition(".")[0] == section
    )


def review(
    rules: Mapping[str, Jurisdiction], overrides: Iterable[RuleOverride], today: dt.date
) -> list[str]:
    """Problems with stored overrides against the rules in force (after a pack changed them)."""
    problems: list[str] = []
    for o in overrides:
        j = rules.get(o.jurisdiction)
        if j is None:
            problems.append(ph(N_("{code} {field}: the rules in force have no {code}; the "
                                  "override is not applied"), code=o.jurisdiction, field=o.field))
            continue
        has, now = figure(j.current(today), o.field)
        if not has:
            problems.append(ph(N_("{code} {field}: the rule in force has no such figure any "
                                  "more; the override is not applied"), code=o.jurisdiction,
                               field=o.field))
        elif now != o.rules_value:
            none = ph(N_("no figure"))
            problems.append(ph(
                N_("{code} {field}: the rules changed this figure ({before} → {now}) after you "
                   "recorded your override ({value}, {note}): check whether it still applies"),
                code=o.jurisdiction, field=field_label(o.field),
                before=o.rules_value if o.rules_value is not None else none,
                now=now if now is not None else none, value=o.value, note=o.note))
    return problems


def _bad(name: str, text: str, why: str) -> OverrideError:
    """"ce.hours = 'x': not a number; write e.g. 600"."""
    return OverrideError(ph(N_("{name} = {value}: {why}"), name=name, value=repr(text),
                            why=ph(why)))
