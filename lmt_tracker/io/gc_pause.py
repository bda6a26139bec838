"""Python's cycle collector paused while a whole document is read and written.

Why: parsing an export of 100,000 courses creates a few million dicts, lists and
strings that all stay alive until the write is done. Every so many allocations the
collector walks the objects created so far looking for cycles, and finds none (parsed
JSON and rows have none): on that import the walks were a third of the command's CPU
time, the JSON parse alone twice as slow (and a fifth of an export's, building the
document). Memory is unaffected — everything is freed by reference counting, as before;
a cycle made meanwhile is collected once the pause ends.

The pause is process-wide (``gc.disable``) and counted, so that overlapping pauses
(an import on the app's worker thread while another runs) end when the last one does,
and the collector is turned back on only if it was on when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]

_lock = threading.Lock()
_state = {"depth": 0, "was_enabled": False}


@contextmanager
def gc_paused() -> Iterator[None]:
    with _lock:
        if _state["depth"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_enabled"]:
                gc.enable()
