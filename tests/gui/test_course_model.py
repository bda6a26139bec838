"""The course table model at scale: lazy, sorted, filtered, updated one row at a time."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from lmt_tracker.domain.core.records import Course, TopicHours
from lmt_tracker.gui.models.course_filter import CourseFilter
from lmt_tracker.gui.models.course_table import DATE, TITLE, CourseTableModel

N = 100_000


def _courses(n: int) -> list[Course]:
    base = dt.date(2020, 1, 1)
    return [Course(f"Course {i:06d}", f"Provider {i % 97}", base + dt.timedelta(days=i % 1400),
                   Decimal(1 + i % 8), ("in_person", "live_online", "self_study")[i % 3],
                   topics=(TopicHours("ethics" if i % 5 == 0 else "hands_on", Decimal(1)),),
                   id=i + 1) for i in range(n)]


def test_100k_rows_without_a_widget_per_row(app, qtbot) -> None:
    model = CourseTableModel()
    model.set_courses(_courses(N), {})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    assert model.rowCount() == N
    started = time.perf_counter()
    for step in range(0, N, N // 20):  # jump through the whole table
        view.scrollTo(model.index(step, 0))
        app.processEvents()
    view.scrollToBottom()
    app.processEvents()
    assert time.perf_counter() - started < 8
    assert len(view.findChildren(QWidget)) < 40


def test_sort_filter_and_single_row_updates(app) -> None:
    model = CourseTableModel()
    courses = _courses(500)
    model.set_courses(courses, {})
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    dates = [model.course_at(r).completed for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)

    model.set_filter(CourseFilter(topic="ethics"))
    assert model.rowCount() == 100
    newest = Course("Zz new ethics", "P", dt.date(2030, 1, 1), Decimal(2), "in_person",
                    topics=(TopicHours("ethics", Decimal(2)),), id=10_000)
    model.upsert(newest)
    assert model.rowCount() == 101
    assert model.course_at(0).id == 10_000  # newest first
    model.upsert(Course("Zz new hands-on", "P", dt.date(2030, 1, 1), Decimal(2), "in_person",
                        topics=(TopicHours("hands_on", Decimal(2)),), id=10_000))
    assert model.rowCount() == 100  # no longer matches the filter
    model.remove(courses[0].id)
    assert model.rowCount() == 99
    model.set_filter(CourseFilter())
    assert model.rowCount() == 500  # 500 - 1 removed + 1 added
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    titles = [model.course_at(r).title for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.lower)
