"""The School screen with a school's own file: the mapping preview (change a column, the
date order), the remembered mapping, the "as of" date, transcripts with progress, and
the class at a glance. Set LMT_SHOTS=DIR to keep screenshots of what was checked."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QTableWidget

from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.screens.school import SchoolScreen
from lmt_tracker.gui.screens.school_imports import MAPPING_SETTING
from tests.school.test_school_screen import idle

EXPORT = ("Student #;Full Name;Hours Completed;A&P;Kines;Path;Notes;MBLEx Result;Exam Date\n"
          "A1;Ann Lee;750;165;60;45;ok;pass;01/07/2025\n"
          "B2;Bo Chen;500;100;40;20;;fail;02/07/2025\n")


def shot(widget, name: str) -> None:
    folder = os.environ.get("LMT_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def open_review(qtbot, screen: SchoolScreen, path: Path, mapping=None):
    screen.review = None
    screen.import_file(str(path), mapping)
    qtbot.waitUntil(lambda: screen.review is not None and screen.review.isVisible(),
                    timeout=10000)
    return screen.review


def test_the_preview_asks_for_the_date_order_then_remembers_the_mapping(
        qtbot, store, tmp_path: Path) -> None:
    ctx = AppContext(store)
    screen = SchoolScreen(ctx)
    screen.codes = ["FL", "TX"]
    qtbot.addWidget(screen)
    screen.resize(1300, 760)
    screen.show()
    path = tmp_path / "registrar export.csv"
    path.write_text(EXPORT, encoding="utf-8")

    review = open_review(qtbot, screen, path)
    # The semicolon file's dates fit both orders: nothing can be saved until one is chosen.
    assert "every slash date, e.g. 01/07/2025" in review.read_problem.text()
    assert not review.save_button.isEnabled()
    panel = review.panel
    assert panel is not None
    table = review.findChild(QTableWidget, "columnMapping")
    headers = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert headers[:3] == ["Student #", "Full Name", "Hours Completed"]
    assert [c.currentData() for c in panel.combos][:6] == [
        "student_id", "name", "total_hours", "anatomy_physiology", "kinesiology", "pathology"]
    assert table.item(0, 3).text() == "A1"  # the first row beside its column
    shot(review, "school-import-preview")
    panel.date_order.setCurrentIndex(panel.date_order.findData("day_first"))
    notes = headers.index("Notes")
    panel.combos[notes].setCurrentIndex(panel.combos[notes].findData("electives"))
    review.remap_button.click()
    qtbot.waitUntil(lambda: screen.review is not review and screen.review is not None
                    and screen.review.isVisible(), timeout=10000)
    review = screen.review
    assert review.save_button.isEnabled()
    assert review.save_button.text() == "Save 1 graduates and audit"  # 'ok' is not hours
    review.audit_button.click()
    idle(qtbot, screen)
    assert screen.audit is not None
    remembered = [k for k in [f"{MAPPING_SETTING}.{review.panel.mapping.signature}"]
                  if store.setting(k)]
    assert remembered and 'date_order = "day_first"' in store.setting(remembered[0])

    # The same headers again: the remembered mapping is proposed, dates settled.
    again = open_review(qtbot, screen, path)
    assert not hasattr(again, "read_problem")
    assert again.panel.date_order.currentData() == "day_first"
    again.reject()


def test_as_of_rejudges_and_transcripts_and_glance(qtbot, demo_store, monkeypatch,
                                                   tmp_path: Path) -> None:
    ctx = AppContext(demo_store)
    screen = SchoolScreen(ctx)
    screen.codes = ["FL", "TX", "NY"]
    qtbot.addWidget(screen)
    screen.resize(1300, 760)
    screen.show()
    screen.refresh()
    idle(qtbot, screen)
    assert screen.audit is not None and screen.audit.as_of == ctx.today()
    later = ctx.today() + dt.timedelta(days=60)
    screen.as_of.setDate(screen._qdate(later))
    idle(qtbot, screen)
    from lmt_tracker.gui.words import date

    # dates on screen follow the user's locale (ISO stays in files)
    assert screen.audit.as_of == later and f"as of {date(later)}" in screen.summary.text()
    # graduates whose MBLEx is scheduled within 60 days are still not passed: no date leak
    fl = screen.audit.index_of("FL")
    assert screen.audit.eligible_counts[fl] == 27

    screen.show_glance()
    text = screen.detail.toPlainText()
    assert "The class at a glance" in text and "Most common shortfalls" in text
    shot(screen, "school-glance")

    seen: list[str] = []
    screen.progress_text.setText("")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(tmp_path / "out")))
    messages: list[str] = []
    ctx.signals.status_message.connect(messages.append)
    screen.progress.valueChanged.connect(lambda v: seen.append(v))
    screen.transcripts_button.click()
    idle(qtbot, screen)
    qtbot.waitUntil(lambda: bool(messages), timeout=60000)
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == 41 and files[-1].name == "all transcripts.pdf"
    assert seen and "Wrote 40 transcripts" in messages[-1]


def test_a_workbook_sheet_is_chosen_in_the_preview(qtbot, store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    first.title = "Notes"
    first.append(["nothing", "here"])
    first.append(["x", "y"])
    klass = wb.create_sheet("Class of 2026")
    klass.append(["Student #", "Full Name", "Hours Completed", "MBLEx"])
    klass.append(["A1", "Ann Lee", 600, "pass"])
    wb.save(tmp_path / "class.xlsx")
    ctx = AppContext(store)
    screen = SchoolScreen(ctx)
    screen.codes = ["FL"]
    qtbot.addWidget(screen)
    screen.show()
    review = open_review(qtbot, screen, tmp_path / "class.xlsx")
    assert review.read_problem.text().startswith("line 1: missing required column")
    panel = review.panel
    assert panel.sheet is not None and panel.sheet.currentText() == "Notes"
    panel.sheet.setCurrentText("Class of 2026")
    review.remap_button.click()
    qtbot.waitUntil(lambda: screen.review is not review and screen.review is not None
                    and screen.review.isVisible(), timeout=10000)
    assert screen.review.save_button.text() == "Save 1 graduates and audit"
    screen.review.reject()
    idle(qtbot, screen)


def test_the_mapping_saved_from_the_preview_drives_the_command_line(
        qtbot, store, monkeypatch, cli, tmp_path: Path) -> None:
    import json

    ctx = AppContext(store)
    screen = SchoolScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    path = tmp_path / "registrar export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    review = open_review(qtbot, screen, path)
    review.panel.date_order.setCurrentIndex(review.panel.date_order.findData("day_first"))
    target = tmp_path / "export.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    review.save_map_button.click()
    review.reject()
    idle(qtbot, screen)
    status, out, err = cli("audit", str(path), "--map", str(target), "--states", "FL",
                           "--json")
    assert status == 0, err
    doc = json.loads(out)
    assert [g["student_id"] for g in doc["graduates"]] == ["A1", "B2"]


def test_cancelling_transcripts_leaves_only_whole_files(qtbot, demo_store, monkeypatch,
                                                        tmp_path: Path) -> None:
    import threading

    from lmt_tracker.reports import graduate_transcript

    ctx = AppContext(demo_store)
    screen = SchoolScreen(ctx)
    screen.codes = ["FL"]
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    idle(qtbot, screen)
    third = threading.Event()
    release = threading.Event()
    real = graduate_transcript.transcript_pdf
    calls: list[int] = []

    def slow(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            third.set()
            release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(graduate_transcript, "transcript_pdf", slow)
    out = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(out)))
    screen.transcripts_button.click()
    qtbot.waitUntil(third.is_set, timeout=20000)
    assert screen.cancel_button.isVisible()
    screen.cancel_button.click()
    release.set()
    idle(qtbot, screen)
    names = sorted(p.name for p in out.iterdir())
    # the two written before the cancel and the one being written, each whole; no
    # combined file and no temporary parts
    assert len(names) == 3 and "all transcripts.pdf" not in names
    assert not [n for n in names if n.endswith(".part")]
    from pypdf import PdfReader

    assert all(len(PdfReader(out / n).pages) >= 1 for n in names)
