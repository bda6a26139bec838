"""The class at a glance, drawn as HTML beside the matrix: a bar of eligible graduates
per state (most first), then the shortfalls most graduates share — what a program
director takes to a curriculum meeting. Every user value is escaped."""

from __future__ import annotations

from html import escape

from lmt_tracker.domain.entry.cohort_summary import CohortSummary
from lmt_tracker.gui import theme
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import core

BAR = 160  # pixels for 100 %


def glance_html(summary: CohortSummary) -> str:
    c = theme.colours()
    total = summary.graduates
    parts = [translate("school_glance", "<h3>The class at a glance</h3><p "
                       "style='color:{0}'>{total:,} graduates, judged as of "
                       "{1}</p>").format(c.muted, escape(summary.as_of_text), total=total),
             translate("school_glance", "<p><b>Eligible graduates per state</b></p><table "
                       "cellspacing='0' cellpadding='1'>")]
    for s in sorted(summary.states, key=lambda s: (-s.eligible, s.code)):
        width = max(int(BAR * s.share), 1)
        parts.append(
            f"<tr><td>{escape(s.code)}</td><td><table cellspacing='0' cellpadding='0'><tr>"
            f"<td bgcolor='{c.ok}' width='{width}' height='9'></td></tr></table></td>"
            f"<td align='right'>&nbsp;{s.eligible:,}</td>"
            f"<td style='color:{c.muted}'>&nbsp;{100 * s.share:.0f}%</td></tr>")
    parts.append("</table>")
    if summary.shortfalls:
        parts.append(translate("school_glance", "<p><b>Most common shortfalls</b> (graduates "
                               "short of it in at least one state)</p><ul>"))
        for f in summary.shortfalls[:12]:
            states = ", ".join(f.states[:10]) + (" …" if len(f.states) > 10 else "")
            parts.append(f"<li>{f.graduates:,} — {escape(core(f.label))} "
                         f"<span style='color:{c.muted}'>({escape(states)})</span></li>")
        parts.append("</ul>")
    return "".join(parts)
