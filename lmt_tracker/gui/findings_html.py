"""Findings as HTML for a QTextBrowser: status mark, message, and the source with its date."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.gui import theme
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import date, readable

MARKS = {"met": ("✓", "ok"), "short": ("✗", "bad"), "to_confirm": ("?", "warn"),
         "unverified": ("!", "warn"), "info": ("i", "neutral")}


def finding_html(f: Finding) -> str:
    mark, state = MARKS.get(f.status, ("•", "neutral"))
    colour = theme.status_colour(state)
    source = ""
    if f.source is not None:
        source = (translate("findings_html", "<br><span style='color:{0}'>Source: <a "
                            "href='{1}'>{2}</a>{3} · checked {4}</span>")
                  .format(theme.colours().muted, escape(f.source.url), escape(f.source.title),
                          ', ' + escape(f.source.section) if f.source.section else '',
                          date(f.source.checked)))
    return (f"<tr><td style='color:{colour}; font-weight:bold; padding-right:8px'>{mark}</td>"
            f"<td style='padding-bottom:6px'>{escape(readable(f.message))}{source}</td></tr>")


def findings_html(title: str, lines: Iterable[str], findings: Iterable[Finding]) -> str:
    head = f"<h3>{escape(title)}</h3>" + "".join(f"<p>{escape(line)}</p>" for line in lines)
    rows = "".join(finding_html(f) for f in findings)
    return head + (f"<table>{rows}</table>"
                    if rows else translate("findings_html",
                                                             "<p>Nothing to report.</p>"))
