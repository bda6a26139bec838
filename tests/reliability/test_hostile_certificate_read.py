"""``lmt-tracker certificate read`` on hostile files: a reading or a refusal, promptly.

The same eight files as ``test_hostile_certificates.py`` (``hostile_files.py``), each
written under its hostile name and read by the command line in a process of its own
(``cert_read_child.py``): its peak resident memory must stay under 500 MB and the
command under 5 s of CPU (the clock is reported too). A file it can read prints its
reading; one it cannot is refused with exit status 2 and a message naming the file and
what to do — never a traceback. Nothing is written: the folder holds only the file, and the name
``../../x.pdf`` reaches no other folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.hostile_child import FILES

CHILD = Path(__file__).resolve().parent / "cert_read_child.py"
MAX_RSS_MB = 500
MAX_SECONDS = 5.0
# kind -> what the command answers: "read", or the words of its refusal
EXPECTED = {
    "compression-bomb": "read",
    "cycle": "damaged PDF",
    "javascript-and-embedded": "read",
    "108-megapixels": "108 megapixels",
    "png-text-bomb": "cannot be read",
    "png-named-pdf": "read",
    "html-named-pdf": "is not a PDF, PNG or JPEG",
    "path-in-name": "read",
}


@pytest.mark.parametrize("kind", list(FILES))
def test_certificate_read_of_a_hostile_file_is_bounded(kind: str, tmp_path: Path,
                                                       hostile_figures) -> None:
    folder = tmp_path / "inbox" / "a" / "b"
    done = subprocess.run([sys.executable, str(CHILD), kind, str(folder)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    hostile_figures[f"certificate read: {kind}"] = result
    assert result["rss_mb"] < MAX_RSS_MB, result
    assert result["cpu_seconds"] < MAX_SECONDS, result  # the clock also counts other jobs
    assert "Traceback" not in result["stderr"], result["stderr"]
    name = Path(FILES[kind][0]).name
    if EXPECTED[kind] == "read":
        assert result["status"] == 0, result["stderr"]
        assert json.loads(result["stdout"])["file"] == name
    else:
        assert result["status"] == 2, result
        assert EXPECTED[kind] in result["stderr"] and name in result["stderr"], result["stderr"]
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
                     if p.is_file())
    expected = (tmp_path / "inbox" / "a" / "b" / FILES[kind][0]).resolve()
    assert written == [expected.relative_to(tmp_path).as_posix()], written
