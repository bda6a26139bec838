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

from lmt_tracker.domain.core import vocabulary
from lmt_tracker.domain.core.findings import RULE_KEY_LABELS, UNVERIFIED_NOTE
from lmt_tracker.domain.core.rules import CERule, Jurisdiction, RuleVersion
from lmt_tracker.gui import theme
from lmt_tracker.gui.words import date, word
from lmt_tracker.rules import as_text as rules_text

KEY = re.compile(r"^[a-z][a-z0-9_]*$")
HEAD = re.compile(r"^(Entry|Renewal|Continuing education) \(source ([\w.-]+)"
                  r"(?:; judged by ([^)]*))?\):?\s*(.*)$")
CITE = re.compile(r"\s*\[([\w.-]+)\]$")
JUDGED_BY = {"application": "the rule in force on the day you apply",
             "program start": "the rule in force when your program began"}


def key_words(text: str) -> str:
    """``mblex or jurisprudence`` → "MBLEx or Jurisprudence exam"; other words are kept."""
    def one(match: re.Match[str]) -> str:
        key = match[0]
        if key in vocabulary.EXAMS and not word(key).lower().endswith(("exam", "mblex")):
            return f"{word(key)} exam"
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


def plain(line: str, refs: Mapping[str, int]) -> str:
    """One ``rules_text`` line in a therapist's words, its citation as "[n]"."""
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
            return (f"Judged by {JUDGED_BY.get(judged or '', judged or 'the rule in force')}"
                    f"{number}")
        return f"{rest}{number}" if rest else f"See the source{number}"
    if text.startswith("UNKNOWN "):
        key, _, note = text.removeprefix("UNKNOWN ").partition(":")
        return f"{RULE_KEY_LABELS.get(key, word(key))}: {note.strip()}"
    if text.startswith("UNVERIFIED"):
        keys = text.partition(":")[2].split(",")
        return "Unverified: " + ", ".join(RULE_KEY_LABELS.get(k.strip(), word(k.strip()))
                                          for k in keys)
    kind, _, rest = text.partition(": ")
    if kind == "cap":
        key, _, limit = rest.partition(": ")
        return f"Limit on {word(key)}: {limit}{cite}"
    if kind in ("subject", "topic", "condition"):
        return f"{kind.capitalize()}: {_drop_keys(rest)}{cite}"
    if kind == "exam":
        label, _, accepted = rest.rpartition(": ")
        return f"Exam: {label}: {key_words(accepted)}{cite}"
    return f"{text[:1].upper()}{text[1:]}{cite}"


def _items(lines: list[str], refs: Mapping[str, int]) -> str:
    out = []
    for line in lines:
        raw = line.strip()
        text = plain(raw, refs)
        if raw.startswith(("UNKNOWN", "UNVERIFIED")):
            colour = theme.colours().warn
            out.append(f"<li style='color:{colour}'>{escape(text)} — {UNVERIFIED_NOTE}</li>")
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
    ends = date(v.ends) if v.ends else "today"
    state = " (in force)" if v.in_force(on) else ""
    parts = [f"<h3>{escape(v.title)} — {escape(word(v.regulation))}</h3>",
             f"<p>Applies {date(v.effective)} to {ends}{state}</p>"]
    if v.notes:
        parts.append(f"<p style='color:{theme.colours().muted}'>{escape(v.notes)}</p>")
    if v.entry:
        parts.append(_section("Entry requirements", list(rules_text.entry_lines(v.entry)), refs))
    if v.renewal:
        parts.append(_section("Renewal", list(rules_text.renewal_lines(v.renewal)), refs))
    if v.ce:
        parts.append(_section("Continuing education", list(rules_text.ce_lines(v.ce)), refs))
    return "".join(parts)


def jurisdiction_html(j: Jurisdiction, version: RuleVersion, on: dt.date) -> str:
    c = theme.colours()
    refs = source_numbers(j)
    head = (f"<h2>{escape(j.name)} ({escape(j.code)})</h2>"
            f"<p>Board: <a href='{escape(j.board_url)}'>{escape(j.board)}</a> · "
            f"last checked {date(j.checked)}</p>")
    if j.notes:
        head += f"<p style='color:{c.muted}'>{escape(j.notes)}</p>"
    rows = "".join(
        f"<tr><td>[{refs[s.id]}]</td><td><a href='{escape(s.url)}'>{escape(s.title)}</a>"
        f"{(' — ' + escape(s.section)) if s.section else ''}</td>"
        f"<td>{escape(word(s.kind))}</td><td>{date(s.checked)}</td></tr>"
        for s in j.sources.values())
    sources = ("<h4>Sources</h4><table cellpadding='3'><tr><th align='left'></th>"
               "<th align='left'>Source</th><th align='left'>Kind</th>"
               f"<th align='left'>Checked</th></tr>{rows}</table>")
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
    ("Regulation", lambda j, v: word(v.regulation)),
    ("Title", lambda j, v: v.title),
    ("Entry hours", lambda j, v: rules_text.entry_hours_text(v.entry)),
    ("Subject minimums", _subjects),
    ("Exams", lambda j, v: key_words(rules_text.exams_text(v.entry))),
    ("Minimum age", lambda j, v: str(v.entry.min_age) if v.entry and v.entry.min_age else "—"),
    ("Renewal", lambda j, v: rules_text.renewal_text(v.renewal)),
    ("CE hours", lambda j, v: rules_text.ce_text(v.ce)),
    ("CE topics", _topics),
    ("In person, at least", lambda j, v: _limit(v.ce.in_person_min_hours if v.ce else None)),
    ("Online, at most", lambda j, v: _limit(v.ce.online_max_hours if v.ce else None)),
    ("Self-study, at most", lambda j, v: _limit(v.ce.self_study_max_hours if v.ce else None)),
    ("Hour length", lambda j, v: _hour_length(v.ce)),
    ("Carry-over, at most", lambda j, v: _limit(v.ce.carry_over_max_hours if v.ce else None)),
    ("Board", lambda j, v: j.board),
    ("Last checked", lambda j, v: date(j.checked)),
)


def _hour_length(ce: CERule | None) -> str:
    """A CE hour's minutes; an unconfirmed length says so and what the engine assumes."""
    if ce is None:
        return "—"
    if "hour_minutes" in ce.unknown:
        return f"unverified ({ce.hour_minutes} min assumed)"
    return f"{ce.hour_minutes} min"


def compare_rows(chosen: Sequence[Jurisdiction], on: dt.date) -> list[tuple[str, list[str]]]:
    """One row per fact, one cell per jurisdiction (the version in force on ``on``)."""
    versions = [(j, j.current(on)) for j in chosen]
    return [(name, [str(fact(j, v)) for j, v in versions]) for name, fact in COMPARE_ROWS]
