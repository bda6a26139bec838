"""Whole-command latency: read commands on the demo database vs ``lmt-tracker --version``.

What a user waits for is the whole process: interpreter start, imports, reading the
rules, opening the database, judging and printing. Each figure here is a fresh process
of this interpreter (``python -m lmt_tracker ...``), timed from spawn to exit, and the
baseline is the cheapest command of the same program, ``--version``, timed in the same
run: ``status --json``, ``eligibility``, ``rules list`` and ``report renewal`` (the
demo's first credential), and ``status --json`` on a demo with 10,000 more courses
(``demo --courses 10000``). Issue 17's bars: ``status --json`` at most 3x ``--version``
on the demo and 5x on 10,000 courses (rules cache warm); the other commands are printed
with their ratio and no bar.

Two states of the rules cache (``lmt_tracker.rules.loader.cache``) are measured:

* warm — the cache written by an earlier run is read (every start after the first);
* cold — the cache folder is emptied before each run, so the rule files are parsed
  and the cache written (the first start after an install, upgrade or new rule pack).

Rounds interleave every command and both states, so a machine getting busier or
quieter during the run does not favour one; the verdict is on medians. CPU time of
each child (user + system) is printed beside the wall time: steadier on a shared VM.

Run: ``python benchmarks/bench_cli_latency.py [--rounds N] [--db FILE]``. Run it with
PYTHONPATH pointing at another checkout to measure that checkout the same way.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 3.0  # status --json on the demo, vs --version (issue 17)
TARGET_BIG = 5.0  # status --json with 10,000 courses
BIG_LABEL = "status --json, 10k courses"
COMMANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("status --json", ("status", "--json")),
    ("eligibility", ("eligibility",)),
    ("rules list", ("rules", "list")),
    ("report renewal", ("report", "renewal", "--credential", "1", "--out", "{tmp}/renewal.pdf")),
)


def environment(home: Path) -> dict[str, str]:
    """A private HOME/XDG: no user data, rule pack or cache of the person running this."""
    env = dict(os.environ)
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                      ("XDG_RUNTIME_DIR", "runtime")):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(path)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run(args: tuple[str, ...], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one fresh ``python -m lmt_tracker`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "lmt_tracker", *args], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--db", type=Path, help="database to use (default: a fresh demo)")
    parser.add_argument("--courses", type=int, default=10_000,
                        help="courses added to the demo for the large case (0: skip it)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        home = Path(tmp)
        env = environment(home)
        cache = Path(env["XDG_CACHE_HOME"])
        db = options.db or home / "demo.sqlite3"
        if options.db is None:
            run(("--db", str(db), "demo"), env)
        big = home / "big.sqlite3"
        if options.courses:
            run(("--db", str(big), "demo", "--courses", str(options.courses)), env)
        run(("--db", str(db), "rules", "list"), env)  # warm the cache (and the OS's)

        cases: list[tuple[str, tuple[str, ...], bool]] = [("--version", ("--version",), False)]
        for label, template in COMMANDS:
            args = tuple(a.format(tmp=tmp) for a in template)
            cases.append((f"{label} (warm)", ("--db", str(db), *args), False))
            cases.append((f"{label} (cold)", ("--db", str(db), *args), True))
        if options.courses:
            cases.append((f"{BIG_LABEL} (warm)", ("--db", str(big), "status", "--json"), False))
        wall: dict[str, list[float]] = {label: [] for label, _, _ in cases}
        cpu: dict[str, list[float]] = {label: [] for label, _, _ in cases}
        for round_no in range(options.rounds):
            order = cases if round_no % 2 == 0 else cases[::-1]
            for label, args, cold in order:
                if cold:
                    shutil.rmtree(cache / "lmt-tracker", ignore_errors=True)
                w, c = run(args, env)
                wall[label].append(w)
                cpu[label].append(c)
        if not (cache / "lmt-tracker").exists():
            print("note: no rules cache was written (a checkout without the cache)")

    base_wall = statistics.median(wall["--version"])
    base_cpu = statistics.median(cpu["--version"])
    print(f"{options.rounds} rounds, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print(f"{'command':<36} {'wall ms':>8} {'ratio':>6} {'CPU ms':>8} {'ratio':>6}")
    for label, _, _ in cases:
        w, c = statistics.median(wall[label]), statistics.median(cpu[label])
        print(f"{label:<36} {w:8.0f} {w / base_wall:5.2f}x {c:8.0f} {c / base_cpu:5.2f}x")
    verdicts = []
    for label, bar in (("status --json (warm)", TARGET), (f"{BIG_LABEL} (warm)", TARGET_BIG)):
        if label not in wall:
            continue
        ratio = statistics.median(wall[label]) / base_wall
        ratio_cpu = statistics.median(cpu[label]) / base_cpu
        verdicts.append(ratio <= bar)
        print(f"{label}: {ratio:.2f}x --version wall, {ratio_cpu:.2f}x CPU "
              f"(target <= {bar}x) {'OK' if ratio <= bar else 'OVER'}")
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
