"""Bar charts of hours against what is required (QtCharts, imported on first use).

QtCharts costs start-up time, so nothing imports this module until a chart is
actually drawn (after the dashboard's data arrives, or on the Training screen).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from lmt_tracker.gui import theme
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import word


def hour_ticks(top: float, most: int = 4) -> tuple[int, int]:
    """A whole-hour tick step (1, 2, 5, 10, 20, 50, …) giving at most ``most`` intervals,
    and the axis end. Labels never repeat: "0 1 1 2" came from half-hour ticks printed
    as whole numbers."""
    step = next(s for s in _steps() if top / s <= most)
    return step, step * max(1, math.ceil(top / step))


def _steps() -> Iterator[int]:
    base = 1
    while True:
        for factor in (1, 2, 5):
            yield base * factor
        base *= 10


def hours_chart(title: str, rows: dict[str, tuple[Decimal, Decimal]], *,
                have_label: str = translate("charts", "Counted"),
                need_label: str = translate("charts", "Required"),
                parent: QWidget | None = None) -> QWidget:
    """A horizontal bar chart: one category per key, bars for have and needed hours."""
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSet,
        QChart,
        QChartView,
        QHorizontalBarSeries,
        QValueAxis,
    )

    c = theme.colours()
    keys = sorted(rows, key=lambda k: (-float(rows[k][1]), -float(rows[k][0]), k))
    have = QBarSet(have_label)
    need = QBarSet(need_label)
    have.setColor(QColor(c.accent))
    need.setColor(QColor(c.neutral))
    for key in reversed(keys):  # horizontal bars draw bottom-up
        have.append(float(rows[key][0]))
        need.append(float(rows[key][1]))
    series = QHorizontalBarSeries()
    series.append(have)
    series.append(need)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QColor(c.card))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QColor(c.text))
    chart.legend().setLabelColor(QColor(c.text))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    axis_y = QBarCategoryAxis()
    axis_y.append([word(k) for k in reversed(keys)])
    axis_y.setLabelsColor(QColor(c.text))
    axis_x = QValueAxis()
    top = max([float(v) for pair in rows.values() for v in pair] + [1.0])
    step, end = hour_ticks(top)
    axis_x.setRange(0, end)
    axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_x.setTickAnchor(0)
    axis_x.setTickInterval(step)
    axis_x.setLabelFormat("%.0f")
    axis_x.setGridLineColor(QColor(c.border))
    axis_y.setGridLineVisible(False)
    axis_x.setLabelsColor(QColor(c.muted))
    axis_x.setTitleText(translate("charts", "hours"))
    axis_x.setTitleBrush(QColor(c.muted))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(max(220, 34 * len(keys) + 110))
    view.setAccessibleName(title)
    view.setAccessibleDescription("; ".join(
        translate("charts", "{0}: {1:.1f} of {2:.1f} hours").format(
            word(k), float(rows[k][0]), float(rows[k][1])) for k in keys))
    return view
