"""Start to dashboard judged and drawn, on the demo and on 10,000 courses, vs a bare window.

The start-up bar (``bench_startup.py``) stops at the first paint; a user waits until
the dashboard shows their credentials judged. ``python -m lmt_tracker --db DB --smoke``
prints both figures, measured from the process's start (``/proc/self/stat``): the first
paint (stdout) and "dashboard judged and drawn N ms after start" (stderr). The
baseline is ``bench_startup``'s bare PySide6 window, its first paint, in the same run,
rounds alternating and paired as there.

Issue 17's bars: dashboard ready at most 2.5x the bare window's first paint on the
demo and 3x on 10,000 courses; the app's first paint stays within 1.3x.

Each figure is printed in wall time and in CPU time (every thread of the process; the
bare window's CPU to its first paint): on a machine shared with other work the CPU
ratios are the steadier. ``--before CHECKOUT`` runs another checkout of the app (its
folder on ``PYTHONPATH``) in the same rounds, for a before/after of the same minutes.

Run: ``python benchmarks/bench_dashboard_ready.py [--rounds N] [--courses N] [--before DIR]``.
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


def app(db: Path, env: dict[str, str]) -> dict[str, float]:
    """One ``--smoke`` process: first paint and dashboard ready, wall ms and CPU ms (the
    CPU of every thread of the process, ``time.process_time``; NaN from a version that
    did not print it)."""
    # From the database's folder: ``-m`` puts the working folder first on the path, and
    # PYTHONPATH (``--before``) must choose the checkout.
    done = subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(db), "--smoke"],
                          env=env, capture_output=True, text=True, timeout=120, cwd=db.parent)
    ready = re.search(r"dashboard judged and drawn (\d+) ms after start(?: \((\d+) ms CPU\))?",
                      done.stderr)
    paint_cpu = re.search(r"first paint \d+ ms \((\d+) ms CPU\)", done.stderr)
    if done.returncode != 0 or ready is None:
        raise SystemExit(f"--smoke on {db.name} failed ({done.returncode}):\n{done.stderr}")
    nan = float("nan")
    return {"paint": float(done.stdout.split()[0]), "ready": float(ready.group(1)),
            "paint_cpu": float(paint_cpu.group(1)) if paint_cpu else nan,
            "ready_cpu": float(ready.group(2)) if ready.group(2) else nan}


def bare(script: Path, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    cpu = re.search(r"(\d+) ms CPU", done.stderr)
    return {"paint": float(done.stdout.split()[0]),
            "paint_cpu": float(cpu.group(1)) if cpu else float("nan")}


def _median_ratio(top: list[float], bottom: list[float]) -> float:
    return statistics.median(a / b for a, b in zip(top, bottom, strict=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--courses", type=int, default=10_000)
    parser.add_argument("--before", type=Path, default=None,
                        help="another checkout (e.g. a git worktree of the branch point), "
                             "run with PYTHONPATH set to it in the same rounds, for a "
                             "before/after measured in the same minutes")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lmt-bench-dashboard-") as scratch:
        root = Path(scratch)
        env = environment(root / "home")
        versions = {"after": env}
        if options.before is not None:
            # Each checkout keeps its own rules cache: their keys differ when the loader
            # does, and one would evict the other's entry, so that every other run parsed.
            versions = {"before": {**env, "PYTHONPATH": str(options.before.resolve()),
                                   "XDG_CACHE_HOME": str(root / "cache-before")},
                        "after": env}
        dbs = {"demo": root / "demo.sqlite3", "10k": root / "big.sqlite3"}
        for name, extra in (("demo", []), ("10k", ["--courses", str(options.courses)])):
            subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(dbs[name]), "demo",
                            *extra], env=env, check=True, capture_output=True)
        script = root / "bare_window.py"
        script.write_text(BARE_WINDOW, encoding="utf-8")
        bare(script, env)
        for version_env in versions.values():
            for db in dbs.values():  # page cache, rules cache, the day's backup
                app(db, version_env)
        runs: dict[tuple[str, str], list[dict[str, float]]] = {
            (v, d): [] for v in versions for d in dbs}
        base: list[dict[str, float]] = []
        sides = ["bare", *[(v, d) for v in versions for d in dbs]]
        for n in range(options.rounds):
            for side in (sides if n % 2 == 0 else sides[::-1]):
                if side == "bare":
                    base.append(bare(script, env))
                else:
                    runs[side].append(app(dbs[side[1]], versions[side[0]]))
    wall = [b["paint"] for b in base]
    cpu = [b["paint_cpu"] for b in base]
    print(f"{options.rounds} rounds; bare PySide6 window first paint "
          f"{statistics.median(wall):.0f} ms ({statistics.median(cpu):.0f} ms CPU) (median)")
    ok = True
    for (version, side), got in runs.items():
        paint = _median_ratio([g["paint"] for g in got], wall)
        ready = _median_ratio([g["ready"] for g in got], wall)
        ready_cpu = _median_ratio([g["ready_cpu"] for g in got], cpu)
        paint_cpu = _median_ratio([g["paint_cpu"] for g in got], cpu)
        good = ready <= BARS[side] and paint <= FIRST_PAINT
        if version == "after":
            ok &= good
        label = "demo" if side == "demo" else f"{options.courses:,} courses"
        if len(versions) > 1:
            label = f"{version} {label}"
        print(f"{label:>22}: first paint {statistics.median(g['paint'] for g in got):5.0f} ms "
              f"({paint:.2f}x, CPU {paint_cpu:.2f}x; bar {FIRST_PAINT}x); dashboard ready "
              f"{statistics.median(g['ready'] for g in got):5.0f} ms ({ready:.2f}x, "
              f"CPU {statistics.median(g['ready_cpu'] for g in got):.0f} ms {ready_cpu:.2f}x; "
              f"bar {BARS[side]}x) {'OK' if good else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
