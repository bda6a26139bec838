"""Child process for the hostile-file test of ``lmt-tracker certificate read``.

Run as ``python cert_read_child.py KIND FOLDER``: writes the hostile file KIND
(``hostile_child.FILES``) into FOLDER under its hostile name, runs the command line's
``certificate read FILE --json`` in this process, and prints one JSON line: the exit
status, what it printed on stderr, the seconds the command took (on the clock, and of
CPU including the OCR program's) and this process's peak resident memory in MB. A
3 GB address-space limit is a safety net only: a reader that tried to inflate a bomb
fails here instead of taking the machine's memory.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.reliability.hostile_child import FILES, peak_rss_mb


def _cpu() -> float:
    """CPU seconds of this process and of the programs it ran (Tesseract, for OCR)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def main(kind: str, folder: str) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    warnings.simplefilter("error")  # a library's warning is a finding here, not noise
    name, make = FILES[kind]
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(make())
    from lmt_tracker.cli import main as cli

    out, err = io.StringIO(), io.StringIO()
    started, cpu = time.perf_counter(), _cpu()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli(["certificate", "read", str(path), "--json"])
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    print(json.dumps({"status": status, "stdout": out.getvalue(), "stderr": err.getvalue(),
                      "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
                      "rss_mb": peak_rss_mb()}))


if __name__ == "__main__":
    main(*sys.argv[1:])
