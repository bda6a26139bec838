"""LMT Tracker: a massage therapist's licensing life in one offline app."""

import time

# Taken first (every entry point imports this package before anything else), so
# ``--smoke`` can measure start-up where /proc is not available (gui/timing.py).
STARTED = time.perf_counter()


__version__ = "0.1.0"
APP_NAME = "lmt-tracker"
# The desktop entry's name and the AppStream component id (resources/desktop): reverse DNS
# of the bundle id in build_targets.py, with "_" for "-" as AppStream asks.
DESKTOP_ID = "org.lmt_tracker.lmt_tracker"
