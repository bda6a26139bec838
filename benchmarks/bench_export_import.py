"""Export and import of 100,000 courses as whole commands, against raw sqlite3 processes.

The database is the demo record (a therapist, five credentials, twenty certificates,
a school class) plus 100,000 synthetic courses (``demo_bundle(extra_courses=N)``), in
an SQLite file at the current schema. Each side is a fresh process of the same
interpreter, timed from spawn to exit (wall time, and CPU time of the child), the
sides alternating in every round:

* export — ``python -m lmt_tracker --db SOURCE export --out F.json``: open and check
  the file, read every table into records, build the versioned JSON document
  (certificates base64), write it atomically (fsync, rename);
* export baseline — a ``python`` running ``raw_export`` below: ``SELECT`` the course,
  topic, approval and certificate rows with ``sqlite3``, ``json.dumps`` the tuples,
  write the file;
* import — ``python -m lmt_tracker --db NEW import F.json``: read, decode and validate
  the whole document (every record checked, as for a file from anywhere), then write
  it in one transaction;
* import baseline — a ``python`` running ``raw_import``: ``json.loads`` the baseline's
  file and ``executemany`` the same rows into a new database of the same schema, one
  transaction.

Each new database is created and migrated before its timer starts; one untimed export
first makes the day's automatic backup of the source. Issue 17's bar: each command
≤ 3× its baseline, judged on CPU time (the steadier figure on a shared machine; wall
time is printed too). Exits 1 when a bar is missed. Run:
``python benchmarks/bench_export_import.py [--courses N] [--rounds R]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BAR = 3.0
TABLES = {
    "certificate": "SELECT sha256, file_name, media_type, size, data FROM certificate",
    "course": "SELECT id, version, title, provider, completed, hours, hour_minutes, delivery, "
              "notes, certificate_sha256, applies_to_all FROM course",
    "course_topic": "SELECT course_id, topic, hours FROM course_topic",
    "course_approval": "SELECT course_id, body, number FROM course_approval",
}


def connect(path: Path) -> sqlite3.Connection:
    """sqlite3 with the pragmas the app sets on every connection (store/engine.py)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def raw_export(path: Path, out: Path) -> None:
    conn = connect(path)
    dumped = {}
    for table, query in TABLES.items():
        rows = conn.execute(query).fetchall()
        dumped[table] = [[v.hex() if isinstance(v, bytes) else v for v in row] for row in rows]
    conn.close()
    out.write_text(json.dumps(dumped), encoding="utf-8")


def raw_import(path: Path, source: Path) -> None:
    dumped = json.loads(source.read_text(encoding="utf-8"))
    conn = connect(path)
    conn.execute("BEGIN")
    for table, values in dumped.items():
        if not values:
            continue
        if table == "certificate":
            values = [(*row[:4], bytes.fromhex(row[4])) for row in values]
        columns = TABLES[table].split("SELECT ", 1)[1].split(" FROM", 1)[0]
        marks = ", ".join("?" * len(values[0]))
        conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
    conn.execute("COMMIT")
    conn.close()


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one fresh process of this interpreter."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, check=False)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
    return wall, (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--courses", type=int, default=100_000)
    parser.add_argument("--rounds", "--repeat", type=int, default=3)
    parser.add_argument("--raw-export", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--raw-import", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.raw_export:
        raw_export(*args.raw_export)
        return 0
    if args.raw_import:
        raw_import(*args.raw_import)
        return 0
    import datetime as dt

    with tempfile.TemporaryDirectory(prefix="lmt-bench-exchange-") as scratch:
        root = Path(scratch)
        # Backups and caches go to this run's folders, never the user's.
        os.environ.update(XDG_DATA_HOME=str(root / "data"), XDG_CACHE_HOME=str(root / "cache"),
                          XDG_CONFIG_HOME=str(root / "config"), HOME=str(root))
        env = dict(os.environ)
        from lmt_tracker.io.demo import demo_bundle
        from lmt_tracker.store import open_database
        from lmt_tracker.store.bulk import write_bundle

        bundle = demo_bundle(dt.date(2026, 6, 1), extra_courses=args.courses)
        source = root / "source.sqlite3"
        store = open_database(str(source), daily_backup=False)
        write_bundle(store, bundle, replace=False)
        store.close()
        count = [0]

        def fresh() -> Path:
            """A new database at the current schema, outside any timer."""
            count[0] += 1
            path = root / f"new{count[0]}.sqlite3"
            open_database(str(path), daily_backup=False).close()
            return path

        document, raw = root / "export.json", root / "raw.json"
        me = str(Path(__file__).resolve())
        app = ["-m", "lmt_tracker", "--db"]
        run([*app, str(source), "export", "--out", str(document)], env)  # the day's backup
        times: dict[str, list[tuple[float, float]]] = {}
        targets: list[Path] = []

        def import_line() -> list[str]:
            targets.append(fresh())
            return [*app, str(targets[-1]), "import", str(document)]

        for index in range(args.rounds):
            steps = [
                ("export", lambda: [*app, str(source), "export", "--out", str(document)]),
                ("export baseline", lambda: [me, "--raw-export", str(source), str(raw)]),
                ("import", import_line),
                ("import baseline", lambda: [me, "--raw-import", str(fresh()), str(raw)]),
            ]
            if index % 2:  # alternate which side goes first
                steps = [steps[1], steps[0], steps[3], steps[2]]
            for name, command in steps:
                line = command()
                times.setdefault(name, []).append(run(line, env))
        size = document.stat().st_size
        check = sqlite3.connect(targets[-1])
        imported = check.execute("SELECT count(*) FROM course").fetchone()[0]
        check.close()
    if imported != len(bundle.courses):
        print(f"round trip lost courses: {imported} of {len(bundle.courses)}", file=sys.stderr)
        return 1

    def ms(name: str, which: int) -> float:
        return statistics.median(t[which] for t in times[name])

    print(f"courses: {len(bundle.courses):,} (+ {len(bundle.certificates)} certificates, "
          f"{sum(len(k.graduates) for k in bundle.classes)} graduates); export file "
          f"{size / 1e6:.1f} MB; {args.rounds} rounds, medians, whole processes")
    missed = False
    for step in ("export", "import"):
        wall = ms(step, 0) / ms(step + " baseline", 0)
        cpu = ms(step, 1) / ms(step + " baseline", 1)
        missed = missed or cpu > BAR
        print(f"{step:6}: {ms(step, 0):7.0f} ms wall, {ms(step, 1):7.0f} ms CPU   raw sqlite3 "
              f"{ms(step + ' baseline', 0):6.0f} ms wall, {ms(step + ' baseline', 1):6.0f} ms CPU"
              f"   ratio {wall:4.2f}x wall, {cpu:4.2f}x CPU  (bar {BAR:.0f}x: "
              f"{'meets' if cpu <= BAR else 'MISSED'})")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
