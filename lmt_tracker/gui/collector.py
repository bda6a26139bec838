"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a
threshold is crossed. If that is a worker thread (a report, an audit, the
dashboard's evaluation) and the garbage holds Qt objects, their C++ destructors
run off the GUI thread and Qt crashes. So, as Anki does, automatic collection is
switched off while the app runs and a timer collects on the GUI thread instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()[0]
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect when enough new objects have piled up since the last collection."""
        young, middle, old = gc.get_count()
        if young > self._threshold:
            gc.collect(0)
            if middle > 10:
                gc.collect(1)
                if old > 10:
                    gc.collect(2)

    def stop(self) -> None:
        """Give collection back to Python (when the event loop ends)."""
        self._timer.stop()
        gc.collect()
        gc.enable()
