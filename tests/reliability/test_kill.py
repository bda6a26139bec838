"""Killed at any moment, an import, restore or schema upgrade leaves the old or the new database.

Each round copies a pristine database, starts the real command in a child process
(``python -m lmt_tracker ...``, or the app's ``open_database`` with one test-only
revision for the upgrade), and SIGKILLs it after a seeded random delay. Most
rounds aim at the write itself: they wait until the command's automatic backup
appears in the backups folder — the last step before the write — and kill at a
random point within the write's measured duration; the others kill at any point
from start-up on. Then the database must pass ``PRAGMA integrity_check``, open in
the app, and hold exactly the full "before" or the full "after" contents
(compared as exports, or for the upgrade as schema plus every row).

``LMT_KILL_ROUNDS`` changes the rounds per scenario (default 6) for longer runs.
"""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import reliability_helpers as h

from lmt_tracker.domain.core.certificate_checks import make_certificate
from lmt_tracker.domain.core.records import Bundle
from lmt_tracker.io.demo import demo_bundle
from lmt_tracker.io.exchange import export_bytes, export_to
from lmt_tracker.store import open_database
from lmt_tracker.store.bulk import write_bundle
from lmt_tracker.store.revisions import HEAD

SEED = 20261127
ROUNDS = int(os.environ.get("LMT_KILL_ROUNDS", "6"))
AIMED_SHARE = 0.7


@dataclasses.dataclass
class Tally:
    rounds: int = 0
    killed: int = 0
    killed_during_write: int = 0  # still running after its pre-write backup appeared
    before: int = 0
    after: int = 0

    def count(self, killed: bool, during_write: bool, result: str) -> None:
        self.rounds += 1
        self.killed += killed
        self.killed_during_write += killed and during_write
        if result == "before":
            self.before += 1
        else:
            self.after += 1


def _run_and_kill(command: list[str], rng: random.Random, *, t_full: float, t_write: float,
                  watch: Path, trigger: str | None, at_trigger: bool = False) -> tuple[bool, bool]:
    """Start ``command``; SIGKILL it at a random moment (or, ``at_trigger``, the moment the
    trigger file appears). Returns (killed, after trigger)."""
    known = set(watch.glob(trigger)) if trigger else set()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = False
    try:
        if trigger and (at_trigger or rng.random() < AIMED_SHARE):
            deadline = time.monotonic() + 3 * t_full + 2
            while proc.poll() is None and time.monotonic() < deadline:
                if set(watch.glob(trigger)) - known:
                    seen = True
                    break
                time.sleep(0.002)
            # Skewed towards the start: the commit comes early in the measured span, which
            # also holds the checkpoint, closing and process exit.
            if not at_trigger:
                time.sleep(1.1 * t_write * rng.random() * rng.random())
        else:
            time.sleep(rng.uniform(0, 1.1 * t_full))
        killed = proc.poll() is None
        if killed:
            os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    return killed, seen


def _calibrate(command: list[str], watch: Path, trigger: str | None) -> tuple[float, float]:
    """Run once to the end: (whole run, from the pre-write backup to the end), in seconds."""
    known = set(watch.glob(trigger)) if trigger else set()
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen_at = None
    while proc.poll() is None:
        if trigger and seen_at is None and set(watch.glob(trigger)) - known:
            seen_at = time.monotonic()
        time.sleep(0.002)
    end = time.monotonic()
    _, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    return end - start, end - (seen_at or start)


def _export_of(db: Path) -> bytes:
    """What the app sees on the next start: integrity-checked, then exported."""
    store = open_database(str(db), daily_backup=False)
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        return export_bytes(store)
    finally:
        store.close()


def _classify(actual: bytes, before: bytes, after: bytes, what: str) -> str:
    if actual == before:
        return "before"
    if actual == after:
        return "after"
    raise AssertionError(f"{what}: the database is neither the old nor the new contents")


def _kill_rounds(tally: Tally, rng: random.Random, rounds: int, *, reset: Callable[[int], None],
                 command: Callable[[int], list[str]], check: Callable[[int], str],
                 timing: tuple[float, float], watch: Path, trigger: str | None) -> None:
    for i in range(rounds):
        reset(i)
        killed, during = _run_and_kill(command(i), rng, t_full=timing[0], t_write=timing[1],
                                       watch=watch, trigger=trigger)
        tally.count(killed, during, check(i))
    # Under a heavy load every random moment can fall after the command finished (a run's
    # timing was measured while the machine was less busy): then kill the moment the write
    # begins, which the command cannot have outrun, so every run proves at least one kill.
    extra = 0
    while trigger and tally.killed == 0 and extra < 3:
        reset(rounds + extra)
        killed, during = _run_and_kill(command(rounds + extra), rng, t_full=timing[0],
                                       t_write=timing[1], watch=watch, trigger=trigger,
                                       at_trigger=True)
        tally.count(killed, during, check(rounds + extra))
        extra += 1


def _filled(path: Path, bundle: Bundle) -> Path:
    store = open_database(str(path))
    write_bundle(store, bundle, replace=False)
    store.close()
    return path


def test_import_replace_killed_at_random_points(tmp_path: Path, kill_figures) -> None:
    from lmt_tracker.store.backup_list import backups_folder

    rng = random.Random(SEED)
    pristine = _filled(tmp_path / "pristine.sqlite3", demo_bundle())
    source = _filled(tmp_path / "source.sqlite3", demo_bundle(extra_courses=4000))
    import_file = tmp_path / "import.json"
    store = open_database(str(source))
    export_to(store, import_file)
    store.close()
    before, after = _export_of(pristine), import_file.read_bytes()
    db = tmp_path / "db.sqlite3"
    command = h.python_command("--db", str(db), "import", str(import_file), "--replace")
    watch = backups_folder(db)

    h.fresh_copy(pristine, db)
    timing = _calibrate(command, watch, "db-before-import-*.sqlite3")
    assert _export_of(db) == after

    tally = Tally()
    _kill_rounds(tally, rng, ROUNDS, reset=lambda _: h.fresh_copy(pristine, db),
                 command=lambda _: command,
                 check=lambda _: _classify(_export_of(db), before, after, "import"),
                 timing=timing, watch=watch, trigger="db-before-import-*.sqlite3")
    kill_figures["import --replace"] = tally
    assert tally.killed > 0


def test_restore_killed_at_random_points(tmp_path: Path, kill_figures) -> None:
    """Both ways: a large backup over a small database, and a small one over a large."""
    from lmt_tracker.store.backup_list import backups_folder

    rng = random.Random(SEED + 1)
    small = _filled(tmp_path / "small.sqlite3", demo_bundle())
    big_bundle = demo_bundle(extra_courses=3000)
    pdfs = tuple(make_certificate(f"scan-{i}.pdf", h.fake_pdf(2 * 2**20, i)) for i in range(6))
    big = _filled(tmp_path / "big.sqlite3", dataclasses.replace(
        big_bundle, certificates=big_bundle.certificates + pdfs))
    exports = {small: _export_of(small), big: _export_of(big)}
    pairs = [(small, big), (big, small)]  # (database before, backup restored over it)
    db = tmp_path / "db.sqlite3"
    watch = backups_folder(db)
    trigger = "db-before-restore-*.sqlite3"

    def command(i: int) -> list[str]:
        return h.python_command("--db", str(db), "restore", str(pairs[i % 2][1]))

    timings = []
    for i in range(2):
        h.fresh_copy(pairs[i][0], db)
        timings.append(_calibrate(command(i), watch, trigger))
        assert _export_of(db) == exports[pairs[i][1]]
    timing = (max(t[0] for t in timings), max(t[1] for t in timings))

    def check(i: int) -> str:
        old, new = pairs[i % 2]
        return _classify(_export_of(db), exports[old], exports[new], "restore")

    tally = Tally()
    _kill_rounds(tally, rng, ROUNDS, reset=lambda i: h.fresh_copy(pairs[i % 2][0], db),
                 command=command, check=check, timing=timing, watch=watch, trigger=trigger)
    kill_figures["restore"] = tally
    assert tally.killed > 0


def _released_at_head() -> Path:
    """The newest released database file that is at the current head revision."""
    for path in sorted(h.SCHEMAS.glob("schema-*.sqlite3"), reverse=True):
        if h.revision_of(path) == HEAD:
            return path
    pytest.fail("no released schema file is at the current head")


def test_schema_upgrade_killed_at_random_points(tmp_path: Path, kill_figures,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The released database, grown to 4,000 more courses, upgraded by a test-only revision
    that rebuilds the tables everything else points at."""
    from lmt_tracker import paths
    from lmt_tracker.store import revisions
    from lmt_tracker.store.backup_list import backups_folder

    rng = random.Random(SEED + 2)
    migrations = h.write_test_migrations(tmp_path / "migrations")
    pristine = tmp_path / "pristine.sqlite3"
    h.fresh_copy(_released_at_head(), pristine)
    extra = demo_bundle(extra_courses=4000).courses[30:]
    _filled(pristine, Bundle(courses=tuple(
        dataclasses.replace(c, id=c.id + 100_000, applies_to=None) for c in extra)))
    columns = h.columns_of(pristine)
    rows_before = h.table_dump(pristine, columns)
    schema_before = h.schema_of(pristine)
    export_before = _export_of(pristine)
    db = tmp_path / "db.sqlite3"
    command = h.migrate_command(db, migrations)
    watch = backups_folder(db)
    trigger = "db-before-migration-*.sqlite3"

    h.fresh_copy(pristine, db)
    timing = _calibrate(command, watch, trigger)
    assert h.revision_of(db) == h.TEST_REVISION
    schema_after = h.schema_of(db)
    assert schema_after != schema_before

    def check(_: int) -> str:
        revision = h.revision_of(db)
        assert h.table_dump(db, columns) == rows_before, "rows changed"
        if revision == HEAD:
            assert h.schema_of(db) == schema_before
            result = "before"
        else:
            assert revision == h.TEST_REVISION and h.schema_of(db) == schema_after
            result = "after"
        # The next start finishes the upgrade and shows the same records.
        with monkeypatch.context() as m:
            m.setattr(paths, "migrations_dir", lambda: migrations)
            m.setattr(revisions, "KNOWN_REVISIONS", (*revisions.KNOWN_REVISIONS, h.TEST_REVISION))
            m.setattr(revisions, "HEAD", h.TEST_REVISION)
            assert _export_of(db) == export_before
        return result

    tally = Tally()
    _kill_rounds(tally, rng, ROUNDS, reset=lambda _: h.fresh_copy(pristine, db),
                 command=lambda _: command, check=check, timing=timing, watch=watch,
                 trigger=trigger)
    kill_figures["schema upgrade"] = tally
    assert tally.killed > 0


def test_first_open_killed_while_creating_the_schema(tmp_path: Path, kill_figures) -> None:
    """``demo`` on a new file: killed anywhere, the file is absent, empty, or the full demo."""
    rng = random.Random(SEED + 3)
    db = tmp_path / "db.sqlite3"
    command = h.python_command("--db", str(db), "demo")

    def reset(_: int) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)

    empty = _export_of(tmp_path / "empty.sqlite3")
    reset(0)
    # The file itself appearing is the first step of creating it.
    timing = _calibrate(command, tmp_path, db.name)
    after = _export_of(db)
    tally = Tally()
    _kill_rounds(tally, rng, max(2, ROUNDS // 2), reset=reset, command=lambda _: command,
                 check=lambda _: _classify(_export_of(db), empty, after, "create"),
                 timing=timing, watch=tmp_path, trigger=db.name)
    kill_figures["first open (create)"] = tally
    assert tally.killed > 0
