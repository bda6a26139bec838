"""Whole command: ``lmt-tracker audit CLASS.csv --json`` for 10,000 graduates × every state.

What a registrar waits for is the process: interpreter start, imports, rules, reading
and checking the file, judging every graduate against every jurisdiction, writing the
document. Each figure is a fresh process of this interpreter, stdout to a file, timed
from spawn to exit. The baseline, timed in the same run and interleaved, is the least
that turns the same file into a JSON document: a fresh ``python`` that reads it with
``csv.reader`` and writes the rows with ``json.dump``.

Issue 17's bars: the whole command within 3 s and a document of at most 25 MB. The
class file is ``bench_school_audit.make_csv`` (a few curricula most graduates follow,
15% with hours of their own, about 1% bad rows, so the command exits 1).

Run: ``python benchmarks/bench_audit_command.py [--rows N] [--rounds N]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cli_latency import environment
from bench_school_audit import make_csv

MAX_SECONDS = 3.0
MAX_BYTES = 25_000_000
BASELINE = ("import csv, json, sys\n"
            "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
            "    rows = list(csv.reader(f))\n"
            "json.dump(rows, sys.stdout, ensure_ascii=False)\n")


def run(args: list[str], out: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """Wall ms, CPU ms and exit status of one fresh process writing stdout to ``out``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with out.open("wb") as handle:
        done = subprocess.run([sys.executable, *args], env=env, stdout=handle,
                              stderr=subprocess.DEVNULL, check=False)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        home = Path(tmp)
        env = environment(home)
        source = home / "class.csv"
        source.write_bytes(make_csv(options.rows, 0.15))
        out = home / "audit.json"
        command = ["-m", "lmt_tracker", "audit", str(source), "--json"]
        baseline = ["-c", BASELINE, str(source)]
        run(["-m", "lmt_tracker", "rules", "list"], home / "rules.txt", env)  # rules cache
        sides: dict[str, list[tuple[float, float]]] = {"audit": [], "baseline": []}
        size = 0
        for round_no in range(options.rounds):
            order = ("audit", "baseline") if round_no % 2 == 0 else ("baseline", "audit")
            for side in order:
                wall, cpu, status = run(command if side == "audit" else baseline, out, env)
                if side == "audit":
                    if status not in (0, 1):
                        raise SystemExit(f"audit exited {status}")
                    size = out.stat().st_size
                elif status != 0:
                    raise SystemExit(f"baseline exited {status}")
                sides[side].append((wall, cpu))
    wall = {s: statistics.median(w for w, _ in v) for s, v in sides.items()}
    cpu = {s: statistics.median(c for _, c in v) for s, v in sides.items()}
    print(f"{options.rows:,} graduates, every regulating jurisdiction, {options.rounds} rounds, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load "
          f"{os.getloadavg()[0]:.2f}")
    for side in ("audit", "baseline"):
        print(f"{side:<9} wall {wall[side]:7.0f} ms  CPU {cpu[side]:7.0f} ms")
    print(f"ratio     wall {wall['audit'] / wall['baseline']:.1f}x  "
          f"CPU {cpu['audit'] / cpu['baseline']:.1f}x  (no bar on the ratio)")
    ok_time = wall["audit"] <= MAX_SECONDS * 1000
    ok_size = size <= MAX_BYTES
    print(f"whole command {wall['audit'] / 1000:.2f} s (bar <= {MAX_SECONDS} s) "
          f"{'OK' if ok_time else 'OVER'}; document {size / 1e6:.1f} MB "
          f"(bar <= {MAX_BYTES / 1e6:.0f} MB) {'OK' if ok_size else 'OVER'}")
    return 0 if ok_time and ok_size else 1


if __name__ == "__main__":
    sys.exit(main())
