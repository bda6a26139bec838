"""Run in a fresh interpreter under a Spanish locale: open the demo, visit every screen and
the dialogs, and print (as JSON) every text a widget shows, with the strings the data
itself holds (records, rules) that may legitimately stay in English. The core's sentences
(``domain.core.phrases.Phrase``) are not data: only the names inside them (a course title,
a rule's label) may stay as written.

A fresh interpreter because the translator is installed before the window's modules are
imported (labels built at import are translated then), exactly as ``lmt-tracker`` starts.
Usage: ``python spanish_walk.py DB.sqlite3`` (the database holds the demo).
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path
from typing import Any


def strings_in(obj: Any, seen: set[int] | None = None, depth: int = 0) -> set[str]:
    """Every string held anywhere in a record, a rule or a status (dataclasses, tuples, dicts)."""
    from lmt_tracker.domain.core.phrases import Phrase

    seen = set() if seen is None else seen
    if isinstance(obj, Phrase):  # a sentence of the core: shown in Spanish, only its names
        return set().union(*(strings_in(v, seen, depth + 1) for _, v in obj.fields))
    if isinstance(obj, str):
        return {obj}
    if depth > 12 or id(obj) in seen or obj is None or isinstance(obj, (int, float, bytes)):
        return set()
    seen.add(id(obj))
    out: set[str] = set()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            out |= strings_in(getattr(obj, f.name, None), seen, depth + 1)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out |= strings_in(k, seen, depth + 1) | strings_in(v, seen, depth + 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            out |= strings_in(v, seen, depth + 1)
    return out


def widget_texts(root: Any) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableView,
        QTabWidget,
        QTextBrowser,
        QWidget,
    )

    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if w.toolTip():
            texts.append(w.toolTip())
        if w.accessibleName():
            texts.append(w.accessibleName())
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            texts.append(w.currentText())
        elif isinstance(w, QTextBrowser):
            texts.append(w.toPlainText())
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            from PySide6.QtCore import Qt

            texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(model.columnCount()))
            for r in range(min(model.rowCount(), 40)):  # the cells people read
                for c in range(model.columnCount()):
                    texts.append(str(model.index(r, c).data() or ""))
                    texts.append(str(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or ""))
    return [t for t in texts if t]


def _entry_and_school_strings(ctx: Any, store: Any, record: Any, rules: Any) -> set[str]:
    """What the core says about entry (a record's and each graduate's), the school's own
    class names, and the rules' facts as ``rules_text`` words them: English by design."""
    from lmt_tracker.domain.entry.applicant import Applicant
    from lmt_tracker.domain.entry.cohort import audit_cohort
    from lmt_tracker.domain.entry.eligibility import compile_jurisdiction
    from lmt_tracker.rules import as_text as rules_text

    out: set[str] = set()
    applicant = Applicant.from_record(record, ctx.today())
    for j in rules.values():
        out |= strings_in(compile_jurisdiction(j).evaluate(applicant))
        for v in j.versions:
            for lines in (rules_text.entry_lines(v.entry) if v.entry else (),
                          rules_text.renewal_lines(v.renewal) if v.renewal else (),
                          rules_text.ce_lines(v.ce) if v.ce else ()):
                for line in lines:
                    out.add(line)
                    for part in line.split(":"):
                        out.update({part.strip(), re.sub(r" \([^()]*\)", "", part).strip()})
    for school_class, school, _n in store.classes():
        out |= strings_in(school_class) | {school}
        graduates = store.graduates(school_class.id)
        regulated = [j for j in rules.values() if j.kind != "national"]
        out |= strings_in(audit_cohort(graduates, regulated, ctx.today()))
    return out


def main(db: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from lmt_tracker.gui.app import application
    from lmt_tracker.rules.loader import load_all
    from lmt_tracker.store import open_database

    application()
    from lmt_tracker.gui import tasks
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.gui.main_window import MainWindow

    store = open_database(db)
    ctx = AppContext(store)
    window = MainWindow(store.target.describe())
    window.resize(1180, 780)
    window.attach(ctx)
    window.show()

    def settle() -> None:
        tasks.wait_idle(ctx)
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()
        tasks.wait_idle(ctx)

    texts: list[str] = [window.windowTitle()]
    texts += [a.text() for a in window.menuBar().actions()]
    for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
        texts += [a.text() for a in menu.actions() if a.text()]
    for entry in window.entries:
        window.show_screen(entry.key)
        settle()
        texts += widget_texts(window)

    # Every dialog the screenshot tour opens (course, credential, renewal, program, exam,
    # profile, certificate, each wizard page, the invalid course form): its texts instead of
    # its picture.
    from lmt_tracker.gui import screenshots

    def collect(widget: Any, path: Any, written: list[Any]) -> None:
        texts.extend(widget_texts(widget))
        texts.append(widget.windowTitle())

    screenshots._save = collect  # type: ignore[assignment]
    screenshots._dialogs(ctx, window, Path("."), [])

    from lmt_tracker.domain.status import evaluate_status
    from lmt_tracker.gui.words import localize_dates, readable

    record = ctx.record()
    rules = {**load_all(), **ctx.jurisdictions}
    allowed = strings_in(record) | strings_in(rules)
    allowed |= strings_in(evaluate_status(record, rules, ctx.today()))
    allowed |= _entry_and_school_strings(ctx, store, record, rules)
    allowed |= {readable(s) for s in allowed} | {localize_dates(s) for s in allowed}
    # A rule's label inside a sentence starts lower-case ("needs 35 more hours of myology").
    allowed |= {s[:1].lower() + s[1:] for s in allowed}
    # The Spanish user guide (Help › Guía del usuario) is walked like any screen; only its
    # `code` spans may stay as written: commands and the class list's column names and
    # values (`none`), which the app reads in English whatever the language.
    from lmt_tracker import paths

    allowed |= set(re.findall(r"`([^`]+)`", paths.user_guide("es").read_text(encoding="utf-8")))
    json.dump({"texts": texts, "data": sorted(allowed)}, sys.stdout, ensure_ascii=False)
    window.close()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1])
