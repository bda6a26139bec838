"""Start to dashboard judged and drawn, on the demo and on 10,000 courses, vs a bare window.

The start-up bar (``bench_startup.py``) stops at the first paint; a user waits until
the dashboard shows their credentials judged. ``python -m lmt_tracker --db DB --smoke``
prints both figures, measured from the process's start (``/proc/self/stat``): the first
paint (stdout) and "dashboard judged and drawn N ms after start" (stderr). The
baseline is ``bench_startup``'s bare PySide6 window, its first paint, in the same run,
rounds alternating and paired as there.

Issue 17's bars: dashboard ready at most 2.5x the bare window's first paint on the
demo and 3x on 10,000 courses; the app's first paint stays within 1.3x.

Run: ``python benchmarks/bench_dashboard_ready.py [--rounds N] [--courses N]``.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import BARE_WINDOW, environment

BARS = {"demo": 2.5, "10k": 3.0}
FIRST_PAINT = 1.3


def app(db: Path, env: dict[str, str]) -> tuple[float, float]:
    """(first paint ms, dashboard ready ms) of one ``--smoke`` process."""
    done = subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(db), "--smoke"],
                          env=env, capture_output=True, text=True, timeout=120)
    ready = re.search(r"dashboard judged and drawn (\d+) ms", done.stderr)
    if done.returncode != 0 or ready is None:
        raise SystemExit(f"--smoke on {db.name} failed ({done.returncode}):\n{done.stderr}")
    return float(done.stdout.split()[0]), float(ready.group(1))


def bare(script: Path, env: dict[str, str]) -> float:
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return float(done.stdout.split()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--courses", type=int, default=10_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lmt-bench-dashboard-") as scratch:
        root = Path(scratch)
        env = environment(root / "home")
        dbs = {"demo": root / "demo.sqlite3", "10k": root / "big.sqlite3"}
        for name, extra in (("demo", []), ("10k", ["--courses", str(options.courses)])):
            subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(dbs[name]), "demo",
                            *extra], env=env, check=True, capture_output=True)
        script = root / "bare_window.py"
        script.write_text(BARE_WINDOW, encoding="utf-8")
        bare(script, env)
        for db in dbs.values():  # page cache, rules cache, the day's backup
            app(db, env)
        paint: dict[str, list[float]] = {"demo": [], "10k": []}
        ready: dict[str, list[float]] = {"demo": [], "10k": []}
        base: list[float] = []
        for n in range(options.rounds):
            sides = ["bare", "demo", "10k"] if n % 2 == 0 else ["10k", "demo", "bare"]
            got: dict[str, float] = {}
            for side in sides:
                if side == "bare":
                    got["bare"] = bare(script, env)
                else:
                    p, r = app(dbs[side], env)
                    paint[side].append(p)
                    ready[side].append(r)
            base.append(got["bare"])
    b = statistics.median(base)
    print(f"{options.rounds} rounds; bare PySide6 window first paint {b:.0f} ms (median)")
    ok = True
    for side in ("demo", "10k"):
        ratios = [r / x for r, x in zip(ready[side], base, strict=True)]
        paints = [p / x for p, x in zip(paint[side], base, strict=True)]
        r, p = statistics.median(ratios), statistics.median(paints)
        good = r <= BARS[side] and p <= FIRST_PAINT
        ok &= good
        label = "demo" if side == "demo" else f"{options.courses:,} courses"
        print(f"{label:>15}: first paint {statistics.median(paint[side]):5.0f} ms ({p:.2f}x, "
              f"bar {FIRST_PAINT}x); dashboard ready {statistics.median(ready[side]):5.0f} ms "
              f"({r:.2f}x, bar {BARS[side]}x) {'OK' if good else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
