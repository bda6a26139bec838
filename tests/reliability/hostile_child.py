"""Child process for test_hostile_certificates: attach one hostile file, write the report.

Run as ``python hostile_child.py DB KIND OUT``. Prints one JSON line: how the file was
stored (or why it was refused), the seconds the attach and the report took (on the
clock, and of this process's CPU: the bound is on the CPU, which other jobs on a busy
machine do not inflate), and the
process's peak resident memory in MB — measured in a process of its own so that one
file's cost is not hidden in (or added to) the test runner's.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.reliability import hostile_files as hf

FILES = {
    "compression-bomb": ("bomb.pdf", hf.compression_bomb_pdf),
    "cycle": ("cycle.pdf", hf.cyclic_pdf),
    "javascript-and-embedded": ("active.pdf", hf.active_pdf),
    "108-megapixels": ("huge.png", lambda: hf.png(12000, 9000)),
    "png-text-bomb": ("text.png", hf.text_bomb_png),
    "png-named-pdf": ("scan.pdf", lambda: hf.png(850, 1100)),
    "html-named-pdf": ("scan.pdf", lambda: b"<html><script>alert(1)</script></html>\n%%EOF\n"),
    "path-in-name": ("../../x.pdf", hf.plain_pdf),
}


def main(db: str, kind: str, out: str) -> None:
    warnings.simplefilter("error")  # a library's warning is a finding here, not noise
    from lmt_tracker.io.certificates import CertificateFileError, certificate_from_bytes
    from lmt_tracker.reports.api import build_renewal, write_renewal_pdf
    from lmt_tracker.store import open_database

    name, make = FILES[kind]
    data = make()
    store = open_database(db)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        try:
            cert = certificate_from_bytes(name, data)
        except CertificateFileError as exc:
            result = {"refused": str(exc)}
        else:
            report = build_renewal(store.load_record(), 1, dt.date.today(), dt.datetime.now())
            first = report.certificates[0].sha256
            course = next(c for c in store.courses() if c.certificate_sha256 == first)
            store.save_course(course, cert)
            write_renewal_pdf(store, 1, out)
            result = {"media_type": cert.media_type, "sha256": cert.sha256}
        result["seconds"] = round(time.perf_counter() - started, 3)
        result["cpu_seconds"] = round(time.process_time() - cpu, 3)
    finally:
        store.close()
    result["rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


def peak_rss_mb() -> int:
    """This process's peak resident memory in MB.

    On Linux ``VmHWM``: ``ru_maxrss`` there keeps the parent's peak across fork and exec,
    so a child of a large test run would report the runner's memory, not its own.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 2**20 if sys.platform == "darwin" else peak // 1024  # bytes on macOS


if __name__ == "__main__":
    main(*sys.argv[1:])
