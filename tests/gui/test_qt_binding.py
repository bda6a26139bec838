"""The Qt binding must not leak references to None: on Python 3.11 that aborts the app.

PySide6 6.12.0 dropped one reference to None on every Qt call returning nothing; after
a few thousand calls (minutes of use) the interpreter died with "none_dealloc".
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_leave_the_none_refcount_alone(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
        widget.setToolTip("")
    assert abs(sys.getrefcount(None) - before) < 50


def test_the_pdf_viewer_is_available() -> None:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    assert QPdfDocument and QPdfView
