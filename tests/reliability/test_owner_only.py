"""The record belongs to its owner: what the app writes, what it leaves, what it logs.

* Every file the app writes — the database, backups, exports, PDFs (renewal,
  transcript, class audit, one per graduate), the calendar, previews, the rules
  cache, settings and the log — is created 0600, and every folder it creates 0700,
  under a umask of 0 (Linux and macOS; Windows has no mode bits).
* Temporary files go: none is left after the commands finish; one a killed
  writer left beside a file is removed by the next write of that file; previews
  are removed when the app quits and, after a crash, at the next start.
* The log never holds the database's path or folder, nor a name, licence number,
  e-mail or address from the record, even when the error messages it logs name them.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lmt_tracker import paths

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows has no POSIX mode bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary folder, for this test alone (to see what is left in it)."""
    import tempfile

    tmp = tmp_path / "system-tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return tmp


def _every_output(cli, work: Path) -> Path:
    """Run every command that writes a file; return the database."""
    example = str(paths.resource("sample", "class-example.csv"))
    db = work / "records.sqlite3"
    out = work / "out"  # made by the user, so not checked for 0700 (the app did not make it)
    out.mkdir(mode=0o755)
    runs = [
        ("demo",),
        ("export", "--out", str(out / "all.json")),
        ("backup", "--out", str(out / "copy.sqlite3")),
        ("report", "renewal", "--credential", "1", "--out", str(out / "renewal.pdf")),
        ("report", "transcript", "--out", str(out / "transcript.pdf")),
        ("calendar", "--out", str(out / "deadlines.ics")),
        ("audit", example, "--states", "TX,FL", "--out", str(out / "audit.csv")),
        ("audit", example, "--states", "TX,FL", "--out", str(out / "audit.pdf"),
         "--transcripts", str(out / "transcripts" / "class of 2026")),
        ("import", str(out / "all.json"), "--replace"),
        ("restore", str(out / "copy.sqlite3")),
    ]
    for args in runs:
        status, _, err = cli("--db", str(db), *args)
        assert status == 0, (args, err)
    return db


def test_every_file_and_folder_the_app_writes_is_owner_only(
        cli, tmp_path: Path, private_home: Path, private_tmp: Path, permissive_umask) -> None:
    from lmt_tracker.gui.screens.reports import preview_folder
    from lmt_tracker.reports.api import write_renewal_pdf
    from lmt_tracker.rules.loader.files import forget_cached
    from lmt_tracker.store import open_database

    forget_cached()  # rules parsed by an earlier test: read them again, through this HOME's cache
    work = tmp_path / "work"
    work.mkdir(mode=0o700)
    db = _every_output(cli, work)
    store = open_database(str(db))
    try:  # what the Reports screen's Preview button writes
        write_renewal_pdf(store, 1, preview_folder() / "renewal-preview.pdf")
    finally:
        store.close()
    from lmt_tracker.gui import preferences

    preferences.config_file.cache_clear()
    preferences.settings().setValue("probe", 1)  # the settings folder (written by Qt)
    preferences.settings().sync()
    from lmt_tracker import logs

    logs.log.warning("a line, so the log file exists")  # opened only when there is one

    files, folders = [], []
    for root in (work, private_home):
        for path in root.rglob("*"):
            if path == private_home / "runtime" or path == work / "out":
                continue
            (folders if path.is_dir() else files).append(path)
    names = {p.name for p in files}
    for expected in ("records.sqlite3", "all.json", "copy.sqlite3", "renewal.pdf",
                     "transcript.pdf", "deadlines.ics", "audit.csv", "audit.pdf",
                     "renewal-preview.pdf", "lmt-tracker.log"):
        assert expected in names, f"{expected} was not written"
    assert any(p.suffix == ".rules" for p in files), "the rules cache was not written"
    assert any(p.parent.name == "class of 2026" for p in files), "no graduate's transcript"
    wrong = [f"{oct(_mode(p))} {p.relative_to(tmp_path.parent)}" for p in files
             if _mode(p) != 0o600 and not p.name.endswith(".ini")]
    wrong += [f"{oct(_mode(p))} {p.relative_to(tmp_path.parent)}/" for p in folders
              if _mode(p) != 0o700]
    assert not wrong, "not owner-only:\n" + "\n".join(sorted(wrong))
    assert list(private_tmp.iterdir()) == [], "left in the temporary folder"
    left = [p.name for p in files if p.name.endswith((".part", ".tmp"))
            or p.name.startswith((".incoming-", "lmt-pack-"))]
    assert left == [], f"temporary files left behind: {left}"


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_temporary_file_left_by_a_killed_writer_is_removed_by_the_next_write(
        cli, tmp_path: Path) -> None:
    """A writer SIGKILLed between writing its temporary file and renaming it."""
    db = tmp_path / "records.sqlite3"
    assert cli("--db", str(db), "demo")[0] == 0
    out = tmp_path / "all.json"
    # A real writer, killed mid-write: a child that writes the temporary file and stops.
    code = ("import os, sys, time; from pathlib import Path; from lmt_tracker import portable;"
            "p = portable.temporary_name(Path(sys.argv[1]));"
            "os.close(portable.create_private(p)); p.write_bytes(b'half an export');"
            "print(p, flush=True); time.sleep(60)")
    root = str(Path(__file__).resolve().parents[2])
    child = subprocess.Popen([sys.executable, "-c", code, str(out)], stdout=subprocess.PIPE,
                             text=True, env={**os.environ, "PYTHONPATH": root})
    assert child.stdout is not None
    left = Path(child.stdout.readline().strip())
    assert left.exists()
    # While its writer still runs, the temporary file is that writer's: kept.
    assert cli("--db", str(db), "export", "--out", str(out))[0] == 0
    assert left.exists()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert cli("--db", str(db), "export", "--out", str(out))[0] == 0
    assert not left.exists(), "the killed writer's temporary file is still there"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_previews_are_removed_on_quit_and_after_a_crash_at_the_next_start(
        tmp_path: Path, private_home: Path) -> None:
    from lmt_tracker.gui.screens.reports import preview_root

    root = preview_root()
    crashed = root / str(_dead_pid())  # the app that wrote these was killed
    crashed.mkdir(parents=True)
    (crashed / "renewal-FL-2026-12-04.pdf").write_bytes(b"%PDF- a report")
    older = root / "transcript-2026-11-01.pdf"  # an older version's flat preview
    older.write_bytes(b"%PDF- a report")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = root / str(sleeper.pid)  # another window, still open
        running.mkdir()
        (running / "renewal.pdf").write_bytes(b"%PDF- in use")
        db = tmp_path / "records.sqlite3"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(db), "--smoke"],
                              capture_output=True, text=True, env=env, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert not crashed.exists() and not older.exists()
        assert (running / "renewal.pdf").exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_the_app_removes_its_own_previews_when_it_quits(tmp_path: Path,
                                                       private_home: Path) -> None:
    """The app, in a process of its own, makes a preview, opens its window and quits."""
    code = ("import sys; from lmt_tracker.gui.screens.reports import preview_folder;"
            "folder = preview_folder(); (folder / 'renewal.pdf').write_bytes(b'%PDF- a report');"
            "print(folder, flush=True);"
            "from lmt_tracker.gui.app import run; sys.exit(run(sys.argv[1], smoke=True))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "records.sqlite3")],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    mine = Path(done.stdout.splitlines()[0])
    assert mine.parent.name == "previews" and mine.name.isdigit()
    assert not mine.exists(), "the app left its previews behind when it quit"


# -- the log --------------------------------------------------------------------------------
PERSONAL = ("Trần-Ellis", "mai.tran-ellis@example.org", "305 555 0142", "Ocean Drive")


def test_the_log_holds_no_database_path_and_no_personal_data(
        cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Warnings and a crash report whose messages name the database and the therapist."""
    from lmt_tracker import logs
    from lmt_tracker.store import open_database

    folder = tmp_path / "Clinic of Mai Tran-Ellis"
    folder.mkdir()
    db = folder / "Mai Tran-Ellis records.sqlite3"
    assert cli("--verbose", "--db", str(db), "demo")[0] == 0
    log_file = logs.log_file()
    # Today's backup cannot be made (its folder's name is taken by a file): a warning
    # naming the database and the folder.
    from lmt_tracker.store.backup_list import backups_folder, list_backups

    for backup in list_backups(db):
        backup.path.unlink()
    backups = backups_folder(db)
    backups.rmdir()
    backups.write_text("not a folder")
    status, _, err = cli("--verbose", "--db", str(db), "status")
    assert status == 0 and "backup" in err, err  # the warning is shown on the terminal
    # A crash whose message holds the record's words and the database's path.
    store = open_database(str(db), daily_backup=False)
    therapist = store.therapist()
    store.close()
    assert therapist is not None
    try:  # the app's messages quote what the user typed; paths are not quoted
        raise RuntimeError(f"could not judge {therapist.first_name!r} "
                           f"{therapist.last_name!r} ({therapist.email!r}, "
                           f"{therapist.phone!r}, {therapist.address!r}) in {db}")
    except RuntimeError as exc:
        logs._handle(type(exc), exc, exc.__traceback__)
    capsys.readouterr()
    logs.reset()

    text = log_file.read_text(encoding="utf-8")
    assert "could not make today's backup" in text and "RuntimeError" in text, text
    for secret in (str(db), str(folder), folder.name, db.stem, *PERSONAL):
        assert secret not in text, f"the log holds {secret!r}:\n{text}"
    assert "<the database" in text
