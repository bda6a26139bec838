"""The log: written where the platform keeps logs, rotated, free of personal data, and
holding every unexpected error (main thread, other threads, hard crashes).

Forced errors run in a child interpreter where they must reach the real hooks
(``sys.excepthook`` is only called for an exception nobody caught).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from lmt_tracker import logs

ROOT = Path(__file__).resolve().parent.parent
NAME = "Jane Q. Doe"  # a therapist's name, as a user typed it


def _log_folder(home: Path) -> Path:
    """Where the platform keeps a user's logs, written out by hand for each platform."""
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "lmt-tracker"
    if sys.platform == "win32":  # %LOCALAPPDATA%, which HOME does not move
        return Path(os.environ["LOCALAPPDATA"]) / "lmt-tracker" / "Logs"
    return home / ".local" / "state" / "lmt-tracker" / "log"  # $XDG_STATE_HOME unset


def _child(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("XDG_STATE_HOME", None)
    return subprocess.run([sys.executable, "-W", "error", "-c", code], env=env, cwd=home,
                          capture_output=True, text=True, timeout=60)


def test_an_unexpected_error_is_logged_without_names_or_the_home_folder(tmp_path: Path) -> None:
    code = ("from lmt_tracker import logs; logs.setup()\n"
            "from pathlib import Path\n"
            "def save(name, path):\n"
            "    raise ValueError(f'cannot save {name!r} in \"{path}\"')\n"
            f"save({NAME!r}, str(Path.home() / 'Documents' / 'records.sqlite3'))\n")
    done = _child(code, tmp_path)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "ValueError" in done.stderr  # still on stderr
    log = (_log_folder(tmp_path) / "lmt-tracker.log").read_text(encoding="utf-8")
    assert "CRITICAL lmt_tracker: unexpected error" in log
    assert "ValueError: cannot save '…' in '…'" in log
    assert "in save" in log and 'File "<string>", line 4' in log  # where it happened
    assert NAME not in log and str(tmp_path) not in log
    assert f"details are also in {_log_folder(tmp_path)}" in done.stderr


def test_an_error_in_another_thread_is_logged(tmp_path: Path) -> None:
    code = ("from lmt_tracker import logs; logs.setup()\n"
            "import threading\n"
            "def work(): raise KeyError('x')\n"
            "t = threading.Thread(target=work, name='importer'); t.start(); t.join()\n")
    done = _child(code, tmp_path)
    assert done.returncode == 0
    log = (_log_folder(tmp_path) / "lmt-tracker.log").read_text(encoding="utf-8")
    assert "unexpected error in thread importer" in log and "KeyError" in log


def test_a_hard_crash_leaves_the_python_stacks_in_faults_log(tmp_path: Path) -> None:
    code = ("from lmt_tracker import logs; logs.setup()\n"
            "import faulthandler\n"
            "def deep(): faulthandler._sigsegv()\n"
            "deep()\n")
    done = _child(code, tmp_path)
    assert done.returncode != 0
    faults = (_log_folder(tmp_path) / "faults.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in faults and "deep" in faults


def test_a_command_that_logs_nothing_writes_no_log_file(cli, private_home: Path) -> None:
    assert cli("rules", "list", "--json")[0] == 0
    assert not (_log_folder(private_home) / "lmt-tracker.log").exists()


def test_verbose_prints_debug_messages_on_stderr(cli) -> None:
    status, _, err = cli("--verbose", "rules", "list", "--json")
    assert status == 0 and "lmt-tracker: DEBUG: command rules" in err
    status, _, err = cli("rules", "list", "--json")
    assert status == 0 and "DEBUG" not in err


def test_warnings_reach_the_log_file(private_home: Path) -> None:
    path = logs.setup()
    assert path == _log_folder(private_home) / "lmt-tracker.log"
    logging.getLogger("lmt_tracker.store.backups").warning(
        "could not make today's backup of %s", private_home / "records.sqlite3")
    logs.reset()
    text = path.read_text(encoding="utf-8")
    assert "WARNING lmt_tracker.store.backups: could not make today's backup of ~" in text


def test_the_log_rotates(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup()
    for n in range(200):
        logging.getLogger("lmt_tracker").warning("line %d of the rotation test", n)
    logs.reset()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["faults.log", "lmt-tracker.log", "lmt-tracker.log.1",
                     "lmt-tracker.log.2", "lmt-tracker.log.3"]
    assert all(p.stat().st_size <= 2100 for p in path.parent.glob("lmt-tracker.log*"))


def test_without_stderr_nothing_breaks(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed build on Windows has no console: sys.stderr is None."""
    monkeypatch.setattr(sys, "stderr", None)
    path = logs.setup()
    logging.getLogger("lmt_tracker").warning("no console here")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    logs.reset()
    text = path.read_text(encoding="utf-8")
    assert "no console here" in text and "RuntimeError: boom" in text


def test_the_crash_handler_gets_the_report_from_any_thread(private_home: Path) -> None:
    got: list[logs.CrashReport] = []
    logs.setup()
    logs.set_crash_handler(got.append)
    worker = threading.Thread(target=lambda: 1 / 0, name="worker")
    worker.start()
    worker.join()
    (crash,) = got
    assert crash.summary == "ZeroDivisionError: division by zero"
    assert "thread worker" in crash.details and "Traceback" in crash.details
    assert crash.log_file == _log_folder(private_home) / "lmt-tracker.log"


def test_redaction_keeps_code_lines_and_hides_quoted_text() -> None:
    text = ('Traceback (most recent call last):\n'
            '  File "/app/lmt_tracker/x.py", line 3, in f\n'
            '    raise ValueError("Bad value")\n'
            "ValueError: 'Maria José' is not a number")
    out = logs.redact(text)
    assert '  File "/app/lmt_tracker/x.py", line 3, in f' in out
    assert '    raise ValueError("Bad value")' in out
    assert out.endswith("ValueError: '…' is not a number")
