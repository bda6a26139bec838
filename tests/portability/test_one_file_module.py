"""Every low-level file call lives in lmt_tracker/portable.py, so it is right once.

A raw ``os.open`` elsewhere would forget ``O_BINARY`` (Windows text mode), a raw
``os.fchmod`` would not exist on Windows, ``O_NONBLOCK`` neither; ``os.replace`` would
not wait out a sharing violation, ``os.chmod`` there only sets "read-only".
"""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lmt_tracker"
RAW = re.compile(r"\bos\.(open|fchmod|chmod|replace|rename|fdopen)\("
                 r"|\bO_(NONBLOCK|NOFOLLOW|BINARY)\b|\bshutil\.(copy|copyfile|copy2|move)\(")
# Allowed, with the reason: stdout redirected to the null device after a closed pipe
# (not a file the user keeps, and os.devnull is "nul" on Windows).
ALLOWED = {("cli/__init__.py", "os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())")}


def _raw_calls() -> list[tuple[str, str]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name == "portable.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            code = line.split("#", 1)[0]
            if RAW.search(code):
                found.append((name, line.strip()))
    return found


def test_no_raw_file_calls_outside_the_portable_module() -> None:
    assert set(_raw_calls()) <= ALLOWED, [c for c in _raw_calls() if c not in ALLOWED]


def test_the_check_itself_sees_a_raw_call() -> None:
    assert RAW.search("fd = os.open(tmp, os.O_CREAT | os.O_WRONLY, 0o600)")
    assert RAW.search("os.fchmod(fd, 0o600)")
    assert RAW.search("flags = os.O_RDONLY | os.O_NONBLOCK")
    assert not RAW.search("portable.replace(tmp, dest)")
