"""Portable file handling: every file the app writes is opened here, the same way on
Linux, macOS and Windows.

Why one module: the calls that differ between platforms are few but easy to get
wrong in each writer separately.

- **Binary mode.** Windows opens a file descriptor in text mode unless ``O_BINARY``
  is given, and text mode turns every ``\\n`` byte of a PDF or a database copy into
  ``\\r\\n``. Every ``os.open`` here adds ``O_BINARY`` where it exists (it is 0
  elsewhere), and ``O_NOINHERIT`` so a child process never holds the file open.
- **Private files.** On POSIX a new file is created 0600 (and a folder 0700), and the
  mode is forced with ``fchmod`` in case the umask or an existing file said otherwise.
  Windows has no owner/group/other bits (``os.chmod`` only sets "read-only", and
  ``os.fchmod`` is missing before Python 3.13): a file there inherits the ACLs of its
  folder, and the folders the app uses by default (``%LOCALAPPDATA%`` for data, logs
  and settings) are readable by their owner only. A database kept elsewhere (a
  shared drive) has the permissions its folder gives, which is the point of keeping
  it there. So on Windows nothing is changed, by design.
- **Non-blocking opens** (so that a named pipe or a device chosen by mistake cannot
  hang the app) only where ``O_NONBLOCK`` exists; elsewhere the path is checked with
  ``stat`` first — Windows has no FIFOs in the file system to hang on.
- **Atomic replace.** ``os.replace`` is atomic on both; on Windows it fails with a
  sharing violation while another program (an antivirus scanner, a search indexer,
  a sync client) has the target open for a moment, so it is retried briefly there.
- **Syncing a folder** after a rename makes it durable on POSIX; Windows cannot open
  a folder as a file (and NTFS journals the rename), so it is skipped there.

Which platform the code believes it is on is ``WINDOWS`` (a module constant read at
call time), so tests can run the Windows paths on Linux by setting it and removing the
POSIX-only ``os`` attributes (``tests/platform/``).
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

WINDOWS = os.name == "nt"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
# A sharing violation (another program has the file open) usually clears within a
# few hundred milliseconds; past this the error is the user's to see.
REPLACE_TRIES = 20
REPLACE_PAUSE = 0.05


def flag(name: str) -> int:
    """The ``os.O_*`` flag ``name``, or 0 where this platform has no such flag."""
    return int(getattr(os, name, 0))


def write_flags(*, truncate: bool = True) -> int:
    """Flags for creating a file to write bytes into (binary, not inherited)."""
    flags = os.O_CREAT | os.O_WRONLY | flag("O_BINARY") | flag("O_NOINHERIT")
    return flags | os.O_TRUNC if truncate else flags


def make_private_fd(fd: int) -> None:
    """Owner-only permissions on an open file (POSIX); on Windows the folder's ACLs apply."""
    if WINDOWS or not hasattr(os, "fchmod"):
        return
    os.fchmod(fd, PRIVATE_FILE)


def make_private(path: Path) -> None:
    """Owner-only permissions on an existing file by name (POSIX only, see the module)."""
    if WINDOWS:
        return
    os.chmod(path, PRIVATE_FILE)


def set_mode(path: Path, mode: int) -> None:
    """Set POSIX permission bits (a copy as shared as its original); nothing on Windows."""
    if WINDOWS:
        return
    os.chmod(path, mode)


def private_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) owner-only where the platform has modes; return it."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    return path


def create_private(path: Path, *, truncate: bool = True) -> int:
    """Open (creating if needed) ``path`` for writing bytes, owner-only; return the descriptor."""
    fd = os.open(path, write_flags(truncate=truncate), PRIVATE_FILE)
    try:
        make_private_fd(fd)
    except BaseException:
        os.close(fd)
        raise
    return fd


def touch_private(path: Path) -> None:
    """Create ``path`` empty if missing (owner-only), leaving an existing file's bytes alone."""
    os.close(create_private(path, truncate=False))


def sync_file(path: Path) -> None:
    """Flush a closed file's bytes to the disk (after another library wrote it)."""
    fd = os.open(path, os.O_RDWR | flag("O_BINARY") | flag("O_NOINHERIT"))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: without this, a power cut can undo it on some filesystems.

    Windows cannot open a folder this way (and NTFS journals renames), so it is skipped.
    """
    if WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY | flag("O_DIRECTORY"))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace(source: Path, dest: Path) -> None:
    """``os.replace``, retried briefly on Windows while another program holds ``dest`` open."""
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(source, dest)
            return
        except PermissionError:
            if not WINDOWS or attempt == REPLACE_TRIES - 1:
                raise
            time.sleep(REPLACE_PAUSE)


def temporary_name(path: Path, suffix: str = "part") -> Path:
    """A hidden name beside ``path`` for writing before the rename (same folder, same drive)."""
    return path.with_name(f".{path.name}.{os.getpid()}.{suffix}")


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new, never half."""
    tmp = temporary_name(path)
    fd = create_private(tmp)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def copy_private(source: Path, dest: Path) -> None:
    """Copy ``source``'s bytes to ``dest`` (owner-only, synced); ``dest`` is overwritten."""
    fd = create_private(dest)
    with os.fdopen(fd, "wb") as out, open_for_reading(source) as src:
        while chunk := src.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def open_append(path: Path) -> BinaryIO:
    """Open ``path`` (created owner-only if missing) to append bytes at its end."""
    fd = os.open(path, write_flags(truncate=False) | os.O_APPEND, PRIVATE_FILE)
    try:
        make_private_fd(fd)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "ab")


def open_for_reading(path: Path) -> BinaryIO:
    """Open ``path`` to read bytes (binary on every platform)."""
    fd = os.open(path, os.O_RDONLY | flag("O_BINARY") | flag("O_NOINHERIT"))
    return os.fdopen(fd, "rb")


@contextlib.contextmanager
def open_regular_file(path: Path) -> Iterator[BinaryIO | None]:
    """Open ``path`` for reading if it is a regular file; yield None for a pipe or device.

    Where ``O_NONBLOCK`` exists the file is opened without blocking first and then
    checked (a plain ``open`` of a named pipe waits forever for a writer, and a device
    such as /dev/zero never ends). Where it does not (Windows), the path is checked
    with ``stat`` before it is opened and the open file is checked again.
    """
    nonblock = flag("O_NONBLOCK")
    if not nonblock and not stat.S_ISREG(os.stat(path).st_mode):
        yield None
        return
    fd = os.open(path, os.O_RDONLY | nonblock | flag("O_BINARY") | flag("O_NOINHERIT"))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            fd = -1
        elif nonblock:
            os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb") if fd >= 0 else None
    except BaseException:
        if fd >= 0:
            os.close(fd)
        raise
    if handle is None:
        yield None
        return
    with handle:
        yield handle
