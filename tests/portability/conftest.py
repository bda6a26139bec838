"""Windows (and macOS) code paths, run on Linux.

``windows`` removes what Windows' ``os`` module lacks (``fchmod`` before Python 3.13,
``O_NONBLOCK``, ``O_NOFOLLOW``, ``O_DIRECTORY``), adds what only it has (``O_BINARY``,
``O_NOINHERIT``), tells ``lmt_tracker.portable`` it is on Windows, and makes
``os.chmod`` fail (on Windows it can only set "read-only": the app must not rely on it).
Every ``os.open`` is recorded, so a test can check each write asked for binary mode.
The Windows-only flags are stripped before the real ``os.open`` runs: their values
mean other things to Linux (``O_NOINHERIT`` is ``O_EXCL`` here).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytest

from lmt_tracker import portable

# The values Windows' C runtime gives them (fcntl.h).
O_BINARY = 0x8000
O_NOINHERIT = 0x0080
POSIX_ONLY = ("fchmod", "O_NONBLOCK", "O_NOFOLLOW", "O_DIRECTORY")


@dataclass
class Opens:
    """Every ``os.open`` made while the fixture is active: (path, flags as the app passed)."""

    calls: list[tuple[str, int]] = field(default_factory=list)

    def writes(self) -> list[tuple[str, int]]:
        return [(p, f) for p, f in self.calls if f & (os.O_WRONLY | os.O_RDWR)]

    def without_binary(self) -> list[str]:
        return [p for p, f in self.calls if not f & O_BINARY]


def _simulate(monkeypatch: pytest.MonkeyPatch, *, windows: bool) -> Opens:
    opens = Opens()
    real_open = os.open

    # On a real Windows machine (CI) the flags are real; elsewhere they must not reach open.
    fake = O_BINARY | O_NOINHERIT if windows and os.name != "nt" else 0

    def recording_open(path, flags, mode=0o777, *, dir_fd=None):
        opens.calls.append((os.fspath(path), flags))
        return real_open(path, flags & ~fake, mode, dir_fd=dir_fd)

    for name in POSIX_ONLY:
        if hasattr(os, name):
            monkeypatch.delattr(os, name)
    monkeypatch.setattr(os, "open", recording_open)
    if windows:
        monkeypatch.setattr(os, "O_BINARY", O_BINARY, raising=False)
        monkeypatch.setattr(os, "O_NOINHERIT", O_NOINHERIT, raising=False)
        monkeypatch.setattr(portable, "WINDOWS", True)

        def no_chmod(*args, **kwargs):
            raise AssertionError(f"os.chmod{args} on Windows only toggles read-only")

        monkeypatch.setattr(os, "chmod", no_chmod)
    return opens


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Opens:
    """This process looks like Windows to the app's file handling."""
    return _simulate(monkeypatch, windows=True)
