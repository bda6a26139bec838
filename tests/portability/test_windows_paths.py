"""Every writing path, run as Windows would run it (see conftest.py's ``windows``).

Before lmt_tracker.portable, the first open of a day failed on Windows with
``AttributeError: module 'os' has no attribute 'fchmod'`` (the daily backup), attaching
a certificate failed on ``os.O_NONBLOCK``, and files were opened without ``O_BINARY``
(text mode: every ``\\n`` byte of a PDF or a database copy written as ``\\r\\n``).
Each test below fails on that code. Paths hold spaces, an apostrophe and letters
outside ASCII, as a therapist's own folder names do.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker import portable
from lmt_tracker.domain.core.records import Course
from lmt_tracker.io.certificates import read_certificate
from lmt_tracker.io.exchange import export_bytes, export_to, import_from, read_document
from lmt_tracker.io.restore import restore_backup
from lmt_tracker.portable import atomic_write
from lmt_tracker.store import backup_list, open_database
from lmt_tracker.store.sqlite_files import SQLITE_MAGIC, quick_check

# Every byte value, and the line endings text mode would rewrite.
AWKWARD = bytes(range(256)) + b"\r\n\n\r\x1a\x00" * 50


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Zoë's records" / "Ångström Spa ñ 東京"
    path.mkdir(parents=True)
    return path


def _demo(path: Path) -> Path:
    from lmt_tracker.io.demo import demo_bundle
    from lmt_tracker.store.bulk import write_bundle

    store = open_database(str(path))
    write_bundle(store, demo_bundle(), replace=False)
    store.close()
    return path


def test_the_posix_only_attributes_are_really_gone(windows) -> None:
    assert not hasattr(os, "fchmod") and not hasattr(os, "O_NONBLOCK")
    assert portable.flag("O_BINARY") == 0x8000 and portable.flag("O_NONBLOCK") == 0
    with pytest.raises(AssertionError):
        os.chmod("anything", 0o600)


def test_opening_a_database_makes_the_daily_backup_beside_it(windows, folder: Path) -> None:
    db = _demo(folder / "my records.sqlite3")
    store = open_database(str(db))  # an existing file, first open of the day: a copy
    store.close()
    (daily,) = backup_list.list_backups(db)
    assert daily.reason == "daily"
    assert daily.path.parent == folder / "LMT Tracker backups"
    assert quick_check(daily.path) == "ok"
    assert windows.calls and windows.without_binary() == []


def test_attaching_a_certificate_reads_it_byte_for_byte(windows, folder: Path) -> None:
    data = b"%PDF-1.7\n" + AWKWARD + b"\n%%EOF\n"
    scan = folder / "CE certificate – ética.pdf"
    scan.write_bytes(data)
    cert = read_certificate(scan)
    assert cert.data == data
    assert cert.media_type == "application/pdf"
    db = _demo(folder / "records.sqlite3")
    store = open_database(str(db))
    course = Course("Ethics", "Provider", dt.date(2025, 1, 1), Decimal(3), "in_person")
    saved = store.save_course(course, cert)
    assert store.certificate(saved.certificate_sha256).data == data
    store.close()
    assert windows.without_binary() == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes in this file system")
def test_a_pipe_is_refused_without_o_nonblock_and_never_hangs(windows, tmp_path: Path) -> None:
    fifo = tmp_path / "not a file"
    os.mkfifo(fifo)
    result: list[object] = []
    reader = threading.Thread(target=lambda: result.append(_try_read(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # unblock the stuck open, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("opening a named pipe blocked")
    assert result == ["refused"]


def _try_read(path: Path) -> str:
    with portable.open_regular_file(path) as handle:
        return "refused" if handle is None else "opened"


def test_a_folder_is_refused_as_a_certificate(windows, folder: Path) -> None:
    from lmt_tracker.io.certificates import CertificateFileError

    with pytest.raises(CertificateFileError, match="is a folder"):
        read_certificate(folder)


def test_atomic_write_keeps_every_byte_and_leaves_no_temporary_file(windows,
                                                                    folder: Path) -> None:
    target = folder / "report ü.pdf"
    target.write_bytes(b"old")
    atomic_write(target, AWKWARD)
    assert target.read_bytes() == AWKWARD
    assert sorted(p.name for p in folder.iterdir()) == ["report ü.pdf"]
    writes = windows.writes()
    assert writes and all(flags & 0x8000 for _, flags in writes)


def test_export_import_and_restore_over_a_damaged_file(windows, folder: Path) -> None:
    db = _demo(folder / "records.sqlite3")
    store = open_database(str(db))
    before = export_bytes(store)
    export = folder / "export ü.json"
    export_to(store, export)
    store.close()
    other = folder / "copy.sqlite3"
    fresh = open_database(str(other))
    import_from(fresh, export)
    assert export_bytes(fresh) == before
    fresh.close()
    assert read_document(export).therapist is not None
    # Damage the first: restoring swaps in the copy and keeps the damaged bytes aside.
    damaged = SQLITE_MAGIC + b"\x00\xff" * 3000
    db.write_bytes(damaged)
    done = restore_backup(db, other)
    assert done.replaced_unreadable and done.aside is not None
    assert done.aside.read_bytes() == damaged
    assert done.aside.parent == folder / "LMT Tracker backups"
    store = open_database(str(db))
    assert export_bytes(store) == before
    store.close()
    assert windows.without_binary() == []


def test_every_writing_command_runs_on_the_windows_paths(windows, cli, folder: Path) -> None:
    db = str(folder / "records.sqlite3")
    runs = [
        ("--db", db, "demo"),
        ("--db", db, "export", "--out", str(folder / "a b.json")),
        ("--db", str(folder / "other.sqlite3"), "import", str(folder / "a b.json")),
        ("--db", db, "import", str(folder / "a b.json"), "--replace"),
        ("--db", db, "backup", "--out", str(folder / "copy ü.sqlite3")),
        ("--db", db, "restore", str(folder / "copy ü.sqlite3")),
        ("--db", db, "restore", "--latest"),
        ("--db", db, "calendar", "--out", str(folder / "deadlines.ics")),
        ("--db", db, "report", "transcript", "--out", str(folder / "transcript.pdf")),
        ("--db", db, "report", "renewal", "--credential", "1", "--out",
         str(folder / "renewal.pdf")),
    ]
    for args in runs:
        status, _, err = cli(*args)
        assert status == 0, f"{args}: {err}"
    assert (folder / "renewal.pdf").read_bytes().startswith(b"%PDF")
    assert b"\r\r\n" not in (folder / "deadlines.ics").read_bytes()
    assert len(windows.writes()) >= len(runs)
    assert windows.without_binary() == []


def test_a_sharing_violation_is_waited_out_on_windows(windows, folder: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = folder / "export.json"
    real_replace, failures = os.replace, []

    def busy_twice(src, dst):
        if len(failures) < 2:
            failures.append(dst)
            raise PermissionError(13, "The process cannot access the file because it is "
                                      "being used by another process")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", busy_twice)
    monkeypatch.setattr(portable, "REPLACE_PAUSE", 0.001)
    atomic_write(target, b"{}\n")
    assert target.read_bytes() == b"{}\n" and len(failures) == 2


def test_a_file_held_open_for_good_fails_cleanly(windows, folder: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def always_busy(src, dst):
        raise PermissionError(13, "being used by another process")

    monkeypatch.setattr(os, "replace", always_busy)
    monkeypatch.setattr(portable, "REPLACE_PAUSE", 0.001)
    with pytest.raises(PermissionError):
        atomic_write(folder / "export.json", b"{}\n")
    assert list(folder.iterdir()) == []  # no temporary file left behind


def test_on_posix_a_permission_error_is_not_retried(folder: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def denied(src, dst):
        calls.append(dst)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(portable, "WINDOWS", False)
    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(PermissionError):
        atomic_write(folder / "x.json", b"{}")
    assert len(calls) == 1


@pytest.mark.parametrize(("path", "uri"), [
    # A school's share: as_uri() gives file://server/…, an authority SQLite refuses.
    (r"\\server\share\Class of 2026\records #1.sqlite3",
     "file:////server/share/Class%20of%202026/records%20%231.sqlite3"),
    (r"C:\Users\Zoë\Documents\records.sqlite3",
     "file:///C:/Users/Zo%C3%AB/Documents/records.sqlite3"),
])
def test_windows_paths_become_uris_sqlite_accepts(path: str, uri: str) -> None:
    from pathlib import PureWindowsPath

    from lmt_tracker.store.sqlite_files import file_uri

    assert file_uri(PureWindowsPath(path)) == uri


def test_a_name_with_url_characters_is_that_file(folder: Path) -> None:
    """'#', '%', and on Linux and macOS '?': once parsed as a URL, the data went elsewhere."""
    from lmt_tracker.store.sqlite_files import inspect_file

    db = _demo(folder / "records #2 ?a=1 100%20.sqlite3")
    assert inspect_file(db) is not None  # the schema is in this file, read through a URI
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite3") == [db.name]


def test_python_w_error_stays_clean_on_the_windows_paths(tmp_path: Path) -> None:
    """A child interpreter with -W error, the POSIX-only attributes deleted, Windows forced."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "Zoë records.sqlite3"
    code = (
        "import os, sys\n"
        "for name in ('fchmod', 'O_NONBLOCK', 'O_NOFOLLOW', 'O_DIRECTORY'):\n"
        "    if hasattr(os, name): delattr(os, name)\n"
        "from lmt_tracker import portable\n"
        "portable.WINDOWS = True\n"
        "from lmt_tracker.cli import main\n"
        f"db = {str(db)!r}\n"
        "for args in (['demo'], ['export', '--out', db + '.json'], ['backups', '--json']):\n"
        "    status = main(['--db', db, *args])\n"
        "    if status: sys.exit(status)\n"
        "status = main(['--db', db, 'status', '--json'])  # a second open: the daily copy\n"
        "sys.exit(status)\n")
    env = {**os.environ, "PYTHONPATH": str(root), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-W", "error", "-c", code], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Warning" not in done.stderr and "Traceback" not in done.stderr
    assert list((tmp_path / "LMT Tracker backups").glob("Zoë records-daily-*.sqlite3"))
