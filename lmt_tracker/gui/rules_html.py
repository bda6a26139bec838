"""Rules as HTML for the Rules screen: one jurisdiction in full, or 2–4 side by side.

Facts are phrased by ``lmt_tracker.rules.as_text`` (shared with ``rules show`` in the
terminal, which prints the keys a script needs); this module lays them out for a
therapist: keys become words (``state_exam`` → "State exam"), source ids become the
numbers of the Sources table ("[3]"), and the terminal's bookkeeping ("source
tac117_20; judged by application") becomes a sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lmt_tracker.domain.core import vocabulary
from lmt_tracker.domain.core.findings import RULE_KEY_LABELS, UNVERIFIED_NOTE
from lmt_tracker.domain.core.phrases import Phrase
from lmt_tracker.domain.core.rules import CERule, Jurisdiction, RuleVersion
from lmt_tracker.domain.core.words import short_word
from lmt_tracker.gui import theme
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import core, date, word
from lmt_tracker.rules import as_text as rules_text

KEY = re.compile(r"^[a-z][a-z0-9_]*$")
HEAD = re.compile(r"^(Entry|Renewal|Continuing education) \(source ([\w.-]+)"
                  r"(?:; judged by ([^)]*))?\):?\s*(.*)$")
CITE = re.compile(r"\s*\[([\w.-]+)\]$")
JUDGED_BY = {"application": translate("rules_html", "the rule in force on the day you apply"),
             "program start": translate("rules_html", "the rule in force when your program began")}


#: ``rules_text``'s names for a rule's facts (its lines read "name: value"), marked for the
#: catalog under the "rules_text" context; the values stay as the rule words them.
FIELDS = frozenset({
    "CE period", "CE periods end in", "a certificate's minutes count", "applies to",
    "approved providers", "first aid / CPR hours", "first cycle", "hour length",
    "minimum age", "one training hour", "online hours counted, at most",
    "online limits apply to", "online share of the total, at most", "online training",
    "same course counts once per", "same course counts", "supervised clinic, at least",
    "total hours",
})
_FIELD_WORDS = (
    QT_TRANSLATE_NOOP("rules_text", "CE period"),
    QT_TRANSLATE_NOOP("rules_text", "CE periods end in"),
    QT_TRANSLATE_NOOP("rules_text", "A certificate's minutes count"),
    QT_TRANSLATE_NOOP("rules_text", "Applies to"),
    QT_TRANSLATE_NOOP("rules_text", "Approved providers"),
    QT_TRANSLATE_NOOP("rules_text", "First aid / CPR hours"),
    QT_TRANSLATE_NOOP("rules_text", "First cycle"), QT_TRANSLATE_NOOP("rules_text", "Hour length"),
    QT_TRANSLATE_NOOP("rules_text", "Minimum age"),
    QT_TRANSLATE_NOOP("rules_text", "One training hour"),
    QT_TRANSLATE_NOOP("rules_text", "Online hours counted, at most"),
    QT_TRANSLATE_NOOP("rules_text", "Online limits apply to"),
    QT_TRANSLATE_NOOP("rules_text", "Online share of the total, at most"),
    QT_TRANSLATE_NOOP("rules_text", "Online training"),
    QT_TRANSLATE_NOOP("rules_text", "Same course counts once per"),
    QT_TRANSLATE_NOOP("rules_text", "Same course counts"),
    QT_TRANSLATE_NOOP("rules_text", "Supervised clinic, at least"),
    QT_TRANSLATE_NOOP("rules_text", "Total hours"),
    QT_TRANSLATE_NOOP("rules_text", "Subject"), QT_TRANSLATE_NOOP("rules_text", "Topic"),
    QT_TRANSLATE_NOOP("rules_text", "Condition"),
)


def rule_key_label(key: str) -> str:
    """A rule field's name ("Rule for the first renewal") in the language in use."""
    return translate("vocabulary", RULE_KEY_LABELS[key]) if key in RULE_KEY_LABELS else word(key)


def key_words(text: str) -> str:
    """``mblex or jurisprudence`` → "MBLEx or Jurisprudence exam"; other words are kept."""
    def one(match: re.Match[str]) -> str:
        key = match[0]
        english = short_word(key).lower()  # the rule's own word, before translation
        if key in vocabulary.EXAMS and not english.endswith(("exam", "mblex")):
            return translate("rules_html", "{0} exam").format(word(key))
        return word(key)

    return re.sub(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+|\b(?:" + "|".join(sorted(vocabulary.EXAMS))
                  + r"|cpr)\b", one, text)


def _drop_keys(text: str) -> str:
    """A trailing "(laws_rules, business, ethics)" names keys: the label already says it."""
    def keep(match: re.Match[str]) -> str:
        parts = [p.strip() for p in match[1].split(",")]
        words = [p.replace("_", " ") for p in parts if not KEY.match(p)]
        return f" ({', '.join(words)})" if words else ""

    return re.sub(r" \(([^()]*)\)", keep, text)


# domain.findings.UNVERIFIED_NOTE, marked for the catalog (the domain imports no Qt).
_NOTE_WORDS = QT_TRANSLATE_NOOP("rules_html", "unverified — check with your board")


def plain(line: str, refs: Mapping[str, int]) -> str:
    """One ``rules_text`` line in a therapist's words, its citation as "[n]"."""
    # A fact's value and a section's summary are phrases: shown in the language in use.
    fields = {k: cast(str, v) for k, v in line.fields} if isinstance(line, Phrase) else {}
    text = line.strip()
    cite = ""
    found = CITE.search(text)
    if found:
        text = text[:found.start()]
        cite = f" [{refs[found[1]]}]" if found[1] in refs else ""
    head = HEAD.match(text)
    if head:
        what, source, judged, rest = head.groups()
        number = f" [{refs[source]}]" if source in refs else ""
        if what == "Entry":
            rule = JUDGED_BY.get(judged or "",
                                 judged or translate("rules_html", "the rule in force"))
            return translate("rules_html", "Judged by {0}{number}").format(rule, number=number)
        if rest:
            return f"{core(fields['text']) if 'text' in fields else rest}{number}"
        return translate("rules_html", "See the source{number}").format(number=number)
    if text.startswith("UNKNOWN "):
        key, _, note = text.removeprefix("UNKNOWN ").partition(":")
        return f"{rule_key_label(key)}: {note.strip()}"
    if text.startswith("UNVERIFIED"):
        keys = text.partition(":")[2].split(",")
        return translate("rules_html",
                         "Unverified: ") + ", ".join(rule_key_label(k.strip())
                                          for k in keys)
    kind, _, rest = text.partition(": ")
    if kind == "cap":
        key, _, limit = rest.partition(": ")
        return translate("rules_html", "Limit on {0}: {limit}{cite}").format(word(key),
                                                                             limit=limit, cite=cite)
    if kind in ("subject", "topic", "condition"):
        return f"{translate('rules_text', kind.capitalize())}: {_drop_keys(rest)}{cite}"
    if kind == "exam":
        label, _, accepted = rest.rpartition(": ")
        accepted = key_words(accepted).replace(" or ", translate("rules_html", " or "))
        return translate("rules_html", "Exam: {label}: {0}{cite}").format(accepted,
                                                                          label=label, cite=cite)
    field, sep, value = text.partition(": ")
    if sep and field in FIELDS:  # the fact's name and its value in the language in use
        shown = core(fields["value"]) if "value" in fields else value
        return f"{translate('rules_text', field[:1].upper() + field[1:])}: {shown}{cite}"
    return f"{text[:1].upper()}{text[1:]}{cite}"


def _items(lines: list[str], refs: Mapping[str, int]) -> str:
    out = []
    for line in lines:
        raw = line.strip()
        text = plain(line, refs)
        if raw.startswith(("UNKNOWN", "UNVERIFIED")):
            colour = theme.colours().warn
            note = translate("rules_html", UNVERIFIED_NOTE)
            out.append(f"<li style='color:{colour}'>{escape(text)} — {note}</li>")
        else:
            out.append(f"<li>{escape(text)}</li>")
    return "<ul>" + "".join(out) + "</ul>"


def _section(title: str, lines: list[str], refs: Mapping[str, int]) -> str:
    if not lines:
        return ""
    heading = plain(lines[0], refs)
    return f"<h4>{escape(title)}</h4><p>{escape(heading)}</p>{_items(lines[1:], refs)}"


def source_numbers(j: Jurisdiction) -> dict[str, int]:
    """Source id → its number in the Sources table (1, 2, …)."""
    return {ident: n for n, ident in enumerate(j.sources, start=1)}


def version_html(v: RuleVersion, on: dt.date, refs: Mapping[str, int] | None = None) -> str:
    refs = refs or {}
    ends = date(v.ends) if v.ends else translate("rules_html", "today")
    state = translate("rules_html", " (in force)") if v.in_force(on) else ""
    parts = [f"<h3>{escape(v.title)} — {escape(word(v.regulation))}</h3>",
             translate("rules_html", "<p>Applies {0} to {ends}{state}</p>")
             .format(date(v.effective), ends=ends, state=state)]
    if v.notes:
        parts.append(f"<p style='color:{theme.colours().muted}'>{escape(v.notes)}</p>"
                     )
    if v.entry:
        parts.append(_section(translate("rules_html", "Entry requirements"),
                              list(rules_text.entry_lines(v.entry)), refs))
    if v.renewal:
        parts.append(_section(translate("rules_html", "Renewal"),
                              list(rules_text.renewal_lines(v.renewal)), refs))
    if v.ce:
        parts.append(_section(translate("rules_html", "Continuing education"),
                              list(rules_text.ce_lines(v.ce)), refs))
    return "".join(parts)


def jurisdiction_html(j: Jurisdiction, version: RuleVersion, on: dt.date) -> str:
    c = theme.colours()
    refs = source_numbers(j)
    head = (translate("rules_html", "<h2>{0} ({1})</h2><p>Board: <a href='{2}'>{3}</a> · last "
                      "checked {4}</p>").format(escape(j.name), escape(j.code),
                                                escape(j.board_url), escape(j.board),
                                                date(j.checked)))
    if j.notes:
        head += f"<p style='color:{c.muted}'>{escape(j.notes)}</p>"
    rows = "".join(
        "<tr><td>[{}]</td><td><a href='{}'>{}</a>{}</td><td>{}</td><td>{}</td></tr>"
                   .format(refs[s.id], escape(s.url), escape(s.title),
                           ' — ' + escape(s.section) if s.section else '', escape(word(s.kind)),
                           date(s.checked))
        for s in j.sources.values())
    sources = (translate("rules_html", "<h4>Sources</h4><table cellpadding='3'><tr><th "
                         "align='left'></th><th align='left'>Source</th><th "
                         "align='left'>Kind</th><th "
                         "align='left'>Checked</th></tr>{rows}</table>").format(rows=rows))
    return head + version_html(version, on, refs) + sources


def _subjects(_j: Jurisdiction, v: RuleVersion) -> str:
    if not v.entry or not v.entry.subjects:
        return "—"
    return "; ".join(f"{s.label}: {rules_text.hours(s.hours)} h" for s in v.entry.subjects)


def _topics(_j: Jurisdiction, v: RuleVersion) -> str:
    if not v.ce or not v.ce.topics:
        return "—"
    return "; ".join(f"{t.label}: {rules_text.hours(t.min_hours)} h" for t in v.ce.topics)


def _limit(value: object, suffix: str = " h") -> str:
    return "—" if value is None else f"{rules_text.hours(value)}{suffix}"  # type: ignore[arg-type]


COMPARE_ROWS = (
    (translate("rules_html", "Regulation"), lambda j, v: word(v.regulation)),
    (translate("rules_html", "Title"), lambda j, v: v.title),
    (translate("rules_html", "Entry hours"),
     lambda j, v: core(rules_text.entry_hours_text(v.entry))),
    (translate("rules_html", "Subject minimums"), _subjects),
    (translate("rules_html", "Exams"), lambda j, v: key_words(rules_text.exams_text(v.entry))
     .replace(" or ", translate("rules_html", " or "))),
    (translate("rules_html", "Minimum age"), lambda j,
     v: str(v.entry.min_age) if v.entry and v.entry.min_age else "—"),
    (translate("rules_html", "Renewal"), lambda j, v: core(rules_text.renewal_text(v.renewal))),
    (translate("rules_html", "CE hours"), lambda j, v: core(rules_text.ce_text(v.ce))),
    (translate("rules_html", "CE topics"), _topics),
    (translate("rules_html", "In person, at least"), lambda j,
     v: _limit(v.ce.in_person_min_hours if v.ce else None)),
    (translate("rules_html", "Online, at most"), lambda j,
     v: _limit(v.ce.online_max_hours if v.ce else None)),
    (translate("rules_html", "Self-study, at most"), lambda j,
     v: _limit(v.ce.self_study_max_hours if v.ce else None)),
    (translate("rules_html", "Hour length"), lambda j, v: _hour_length(v.ce)),
    (translate("rules_html", "Carry-over, at most"), lambda j,
     v: _limit(v.ce.carry_over_max_hours if v.ce else None)),
    (translate("rules_html", "Board"), lambda j, v: j.board),
    (translate("rules_html", "Last checked"), lambda j, v: date(j.checked)),
)


def _hour_length(ce: CERule | None) -> str:
    """A CE hour's minutes; an unconfirmed length says so and what the engine assumes."""
    if ce is None:
        return "—"
    if "hour_minutes" in ce.unknown:
        return translate("rules_html", "unverified ({0} min assumed)").format(ce.hour_minutes)
    return translate("rules_html", "{0} min").format(ce.hour_minutes)


def compare_rows(chosen: Sequence[Jurisdiction], on: dt.date) -> list[tuple[str, list[str]]]:
    """One row per fact, one cell per jurisdiction (the version in force on ``on``)."""
    versions = [(j, j.current(on)) for j in chosen]
    return [(name, [str(fact(j, v)) for j, v in versions]) for name, fact in COMPARE_ROWS]
