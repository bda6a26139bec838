"""Milliseconds since this process started, for ``--smoke`` and the start-up benchmark.

Linux gives the true start in ``/proc/self/stat`` (so interpreter start-up and
imports count); elsewhere we fall back to the timestamp the ``lmt_tracker`` package
takes as its first statement.
"""

from __future__ import annotations

import os
import time


def _proc_start_ms() -> float | None:
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        started = int(fields[19]) / ticks  # seconds after boot
        now = time.clock_gettime(time.CLOCK_BOOTTIME)
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return (now - started) * 1000.0


def ms_since_start() -> float:
    measured = _proc_start_ms()
    if measured is not None:
        return measured
    from lmt_tracker import STARTED

    return (time.perf_counter() - STARTED) * 1000.0
