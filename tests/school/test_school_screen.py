"""The School screen: import through the file dialog, review, save, matrix, drill-down, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget

from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.screens.school import SchoolScreen

CLASS = ("student_id,name,total_hours,pathology,birth_date,mblex,mblex_date\n"
         "A1,Ann Lee,500,40,1995-01-01,pass,2025-07-01\n"
         "A2,Bob <i>Roe</i>,1000,100,1990-01-01,pass,2025-07-01\n"
         "A3,Broken Row,-1,40,1990-01-01,pass,2025-07-01\n")


@pytest.fixture
def screen(qtbot, store):
    ctx = AppContext(store)
    widget = SchoolScreen(ctx)
    widget.codes = ["TX", "NY", "FL"]
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not ctx.busy, timeout=10000)


def idle(qtbot, screen: SchoolScreen) -> None:
    qtbot.waitUntil(lambda: not screen.ctx.busy and not screen._audit_pending, timeout=20000)


def import_through_dialog(qtbot, screen, monkeypatch, path: Path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    screen.import_button.click()
    qtbot.waitUntil(lambda: screen.review is not None and screen.review.isVisible(),
                    timeout=10000)
    return screen.review


def test_import_review_save_and_look(qtbot, screen, monkeypatch, tmp_path: Path) -> None:
    screen.refresh()
    assert screen.stack.currentIndex() == 0  # nothing yet: the empty state
    path = tmp_path / "Class of 2025.csv"
    path.write_text(CLASS, encoding="utf-8")
    review = import_through_dialog(qtbot, screen, monkeypatch, path)
    table = review.findChild(QTableWidget, "refusedRows")
    assert table.rowCount() == 1
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("4", "total_hours")
    assert review.class_name.text() == "Class of 2025"
    review.school.setEditText("Gulf Coast School")
    review.save_button.click()
    idle(qtbot, screen)

    [(klass, school, count)] = screen.ctx.store.classes()
    assert (school, klass.name, count) == ("Gulf Coast School", "Class of 2025", 2)
    assert screen.classes.currentText() == "Gulf Coast School — Class of 2025 (2)"
    audit = screen.audit
    assert audit is not None and len(audit.rows) == 2
    model = screen.model
    assert model.columnCount() == 3 + 3
    counts = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3, 6)]
    assert counts == [f"{col.code}\n✓ {n}" for col, n in zip(audit.columns,
                                                          audit.eligible_counts, strict=True)]
    assert "1 row refused" in screen.summary.text()

    # a cell's tooltip says what is missing
    ann = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Ann Lee")
    tip = model.index(ann, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Ann Lee — Texas: short") and "jurisprudence" in tip

    # drill-down: choose Bob; the panel lists each jurisdiction's missing items
    proxy_row = next(r for r in range(screen.proxy.rowCount())
                     if screen.proxy.index(r, 1).data() == "Bob <i>Roe</i>")
    screen.table.selectRow(proxy_row)
    detail = screen.detail.toPlainText()
    assert "Bob <i>Roe</i>" in detail  # shown as typed, not as markup
    assert "TX Texas" in detail and "Needs a passing result" in detail

    # filters: text, then "Short in…" one jurisdiction
    screen.search.setText("ann")
    assert screen.proxy.rowCount() == 1 and screen.shown.text() == "1 of 2 shown"
    screen.search.clear()
    screen.verdict.setCurrentIndex(2)  # eligible everywhere
    assert screen.proxy.rowCount() == 0
    screen.verdict.setCurrentIndex(0)
    assert screen.proxy.rowCount() == 2

    # names stay frozen on the left; the two views scroll together
    assert screen.names.isColumnHidden(3) and not screen.names.isColumnHidden(1)
    assert screen.table.isColumnHidden(1) and not screen.table.isColumnHidden(3)
    assert screen.names.selectionModel() is screen.table.selectionModel()

    # sorting by the eligible count (a number, not text)
    screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    values = [int(screen.proxy.index(r, 2).data()) for r in range(2)]
    assert values == sorted(values, reverse=True)
    # the selected graduate stays selected through a sort
    bob = next(r for r in range(2) if screen.proxy.index(r, 1).data() == "Bob <i>Roe</i>")
    screen.table.selectRow(bob)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        screen.table.sortByColumn(1, order)
        assert screen.proxy.index(screen.table.currentIndex().row(), 1).data() == "Bob <i>Roe</i>"


def test_audit_without_saving_stores_nothing(qtbot, screen, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "look.csv"
    path.write_text(CLASS, encoding="utf-8")
    review = import_through_dialog(qtbot, screen, monkeypatch, path)
    review.audit_button.click()
    idle(qtbot, screen)
    assert screen.ctx.store.classes() == []
    assert screen.classes.currentText() == "look.csv (not saved)"
    assert screen.audit is not None and len(screen.audit.rows) == 2


def test_an_unusable_file_is_explained_in_the_screen(qtbot, screen, monkeypatch,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(b"\x00\x01\x02 binary")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    screen.import_csv()
    idle(qtbot, screen)
    assert screen.review is None
    assert "not a text file" in screen.message.text()


def test_a_required_column_not_recognised_is_mapped_in_the_preview(qtbot, screen,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("id,learner,hours\n1,Ann,500\n", encoding="utf-8")
    screen.import_file(str(path))
    qtbot.waitUntil(lambda: screen.review is not None and screen.review.isVisible(),
                    timeout=10000)
    review = screen.review
    assert "missing required column name" in review.read_problem.text()
    assert not review.save_button.isEnabled()
    review.panel.combos[1].setCurrentIndex(review.panel.combos[1].findData("name"))
    review.remap_button.click()
    qtbot.waitUntil(lambda: screen.review is not review and screen.review is not None
                    and screen.review.isVisible(), timeout=10000)
    assert screen.review.save_button.text() == "Save 1 graduates and audit"
    screen.review.reject()


def test_demo_class_counts_export_and_delete_with_undo(qtbot, demo_store, monkeypatch,
                                                       tmp_path: Path) -> None:
    ctx = AppContext(demo_store)
    screen = SchoolScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    idle(qtbot, screen)
    audit = screen.audit
    assert audit is not None and len(audit.rows) == 40
    assert len(audit.columns) > 40  # every regulating state by default
    assert screen.proxy.rowCount() == 40
    tip = screen.model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert f"{audit.eligible_counts[0]} of 40 graduates eligible" in tip

    for kind in ("csv", "pdf"):
        out = tmp_path / f"demo.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *args, o=out, **kwargs: (str(o), "")))
        getattr(screen, f"{kind}_button").click()
        idle(qtbot, screen)
        assert out.stat().st_size > 1000

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes))
    screen.delete_button.click()
    idle(qtbot, screen)
    assert demo_store.classes() == [] and screen.stack.currentIndex() == 0
    ctx.undo_stack.undo()
    screen.refresh()
    idle(qtbot, screen)
    [(_klass, _school, count)] = demo_store.classes()
    assert count == 40 and screen.audit is not None and len(screen.audit.rows) == 40
    qtbot.waitUntil(lambda: not ctx.busy, timeout=10000)


def test_jurisdiction_picker_changes_the_columns(qtbot, screen, demo_store) -> None:
    screen.refresh()  # demo_store filled the screen's store
    idle(qtbot, screen)
    screen.pick_jurisdictions()
    picker = screen.picker
    assert picker is not None
    for i in range(picker.list.count()):
        item = picker.list.item(i)
        code = item.data(Qt.ItemDataRole.UserRole)
        item.setCheckState(Qt.CheckState.Checked if code in ("WA", "OR")
                           else Qt.CheckState.Unchecked)
    picker.accept()
    idle(qtbot, screen)
    assert screen.audit is not None
    assert [c.code for c in screen.audit.columns] == ["OR", "WA"]


def test_cancel_drops_the_running_audit(qtbot, screen, demo_store, monkeypatch) -> None:
    import threading

    from lmt_tracker.domain.entry import cohort

    release = threading.Event()
    real = cohort.audit_cohort

    def slow(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(cohort, "audit_cohort", slow)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.cancel_button.isVisible(), timeout=5000)
    screen.cancel_button.click()
    assert not screen.progress.isVisible()
    release.set()
    idle(qtbot, screen)
    assert screen.audit is None  # the late result was dropped
    screen.refresh()  # and a new request works
    idle(qtbot, screen)
    assert screen.audit is not None and len(screen.audit.rows) == 40
