"""Start-up bar: first painted main window on 10,000 courses at most 1.3x a bare PySide6 window.

Each measurement is a fresh process of this interpreter, so interpreter start, imports
and Qt's own start-up all count — as they do for a user double-clicking the app:

* bare — a script that imports QtWidgets, creates a QApplication and shows an empty
  QMainWindow of the app's size, and prints the milliseconds from process start to its
  first paint;
* app  — ``python -m lmt_tracker --db DB --smoke`` on a database of 10,000 courses
  (made once with ``lmt-tracker demo --courses 10000``), which prints the same figure
  for the main window (sidebar and placeholder; the database opens after that paint).

Both read the process start from ``/proc/self/stat`` (see ``lmt_tracker.gui.timing``),
so the figure includes everything before ``main``. Rounds alternate the order
(bare-app, app-bare, …) so a machine getting busier or quieter during the run does
not favour one side. Each round's two runs are next to each other in time, so their
ratio is taken per round and the verdict is on the median of those paired ratios: on a
shared virtual machine whose speed drifts by a third within minutes, pairing cancels the
drift that a ratio of two medians keeps. Both are printed, with the CPU time at first
paint (``time.process_time``, all threads), which is steadier than wall time when
other work shares the cores.

Run: ``python benchmarks/bench_startup.py [--rounds N] [--courses N] [--db FILE]``.
Without a display it uses Qt's offscreen platform (set QT_QPA_PLATFORM to choose).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET = 1.3

# The baseline knows nothing of lmt_tracker: same start-of-process clock as
# lmt_tracker/gui/timing.py, copied so the bare side imports only PySide6.
BARE_WINDOW = r"""
import os, sys, time

def ms_since_start():
    with open("/proc/self/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000.0

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            ms, cpu = ms_since_start(), time.process_time() * 1000
            QTimer.singleShot(0, lambda: (print(round(ms)),
                                          print(f"{cpu:.0f} ms CPU", file=sys.stderr),
                                          QApplication.quit()))

app = QApplication(sys.argv[:1])
window = Window()
window.setWindowTitle("bare")
window.resize(1180, 780)
window.show()
sys.exit(app.exec())
"""


def environment(home: Path) -> dict[str, str]:
    """A private HOME/XDG (no saved geometry or theme of the user), offscreen without a display."""
    env = dict(os.environ)
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "runtime")):
        path = home / sub if sub else home
        path.mkdir(mode=0o700, exist_ok=True)
        env[name] = str(path)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env.pop("LMT_TRACKER_DB", None)
    return env


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, CPU ms) from process start to first paint, as the child reports them."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed ({done.returncode}):\n{done.stderr}")
    wall = float(done.stdout.split()[0])
    cpu = re.search(r"(\d+) ms CPU", done.stderr)
    if cpu is None:
        raise SystemExit(f"{' '.join(command[:4])}… printed no CPU time:\n{done.stderr}")
    return wall, float(cpu.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--courses", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="an existing database to open (default: a new "
                        "demo database with --courses synthetic courses)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lmt-bench-startup-") as scratch:
        root = Path(scratch)
        env = environment(root / "home")
        db = args.db
        if db is None:
            db = root / "startup.sqlite3"
            subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(db), "demo",
                            "--courses", str(args.courses)], env=env, check=True,
                           capture_output=True)
        bare_script = root / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        commands = {
            "bare": [sys.executable, str(bare_script)],
            "app": [sys.executable, "-m", "lmt_tracker", "--db", str(db), "--smoke"],
        }
        for command in commands.values():  # warm the page cache for both sides
            measure(command, env)
        wall: dict[str, list[float]] = {"bare": [], "app": []}
        cpu: dict[str, list[float]] = {"bare": [], "app": []}
        for n in range(args.rounds):
            order = ("bare", "app") if n % 2 == 0 else ("app", "bare")
            for name in order:
                w, c = measure(commands[name], env)
                wall[name].append(w)
                cpu[name].append(c)
    med = {k: statistics.median(v) for k, v in wall.items()}
    cpu_med = {k: statistics.median(v) for k, v in cpu.items()}
    ratio = statistics.median(a / b for a, b in zip(wall["app"], wall["bare"], strict=True))
    cpu_ratio = statistics.median(a / b for a, b in zip(cpu["app"], cpu["bare"], strict=True))
    shown = f"{args.courses:,} demo courses" if args.db is None else str(db)
    print(f"database: {shown}; rounds: {args.rounds} (alternating, a process each); "
          f"platform: {env.get('QT_QPA_PLATFORM', 'default')}")
    for name, label in (("bare", "bare PySide6 window"), ("app", "LMT Tracker --smoke")):
        print(f"{label:20}: {med[name]:6.0f} ms to first paint (min {min(wall[name]):.0f}, "
              f"max {max(wall[name]):.0f}); CPU {cpu_med[name]:.0f} ms")
    print(f"ratio of the medians: {med['app'] / med['bare']:.2f}x; CPU time: "
          f"{cpu_ratio:.2f}x (median of the rounds)")
    verdict = "OK" if ratio <= TARGET else "OVER"
    print(f"ratio: {ratio:.2f}x the bare window, median of {args.rounds} paired rounds "
          f"(target <= {TARGET}x) {verdict}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
