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
- **A full disk.** A write that meets ``ENOSPC`` (or a quota's ``EDQUOT``) raises
  ``DiskFullError``: still an ``OSError``, whose message says "the disk is full", the
  file and the space it needed, so every writer reports it the same way (its ``text``
  a phrase, said in the user's language: ``io.full_disk``); the half-written temporary
  file is removed, so the previous file stays as it was.
- **Syncing a folder** after a rename makes it durable on POSIX; Windows cannot open
  a folder as a file (and NTFS journals the rename), so it is skipped there.

Which platform the code believes it is on is ``WINDOWS`` (a module constant read at
call time), so tests can run the Windows paths on Linux by setting it and removing the
POSIX-only ``os`` attributes (``tests/platform/``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
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


# Errors that mean "no room left": a full drive, or the user's quota on a shared one.
_FULL_ERRNOS = frozenset(n for n in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if n)
# SQLite's own words for SQLITE_FULL (it reports no errno).
SQLITE_FULL_TEXT = "database or disk is full"
_SQLITE_FULL_NAMES = frozenset({"SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"})
# Below this much free space an I/O error while writing is taken for a full disk.
LOW_SPACE = 1 << 20


class DiskFullError(OSError):
    """A write failed for want of space; ``str()`` says so with the file and the space needed.

    ``path`` is the file that could not be written, ``needed`` the bytes it needed
    (None where unknown) and ``free`` the bytes free on its drive when it failed;
    ``text`` is ``str()`` as a phrase (``lmt_tracker.language.said`` says it).
    """

    def __init__(self, path: Path, needed: int | None = None) -> None:
        from lmt_tracker.io.full_disk import with_remedy

        self.path = path
        self.needed = needed
        self.free = free_bytes(path)
        self.message = disk_full_message(path, needed, self.free)
        self.text = with_remedy(self.message)
        super().__init__(errno.ENOSPC, self.message, str(path))

    def __str__(self) -> str:
        return str.__str__(self.text)


def is_disk_full(exc: BaseException, path: Path | None = None) -> bool:
    """True for an error that means the drive (or the quota) is full, from the OS or SQLite.

    SQLite says ``SQLITE_FULL`` only when a database or journal write fails; when the
    shared-memory index beside a database cannot grow it says ``SQLITE_IOERR_SHMSIZE``,
    and some writes fail as a plain I/O error. An I/O error counts as a full disk when
    the drive holding ``path`` has less than ``LOW_SPACE`` left (a failing drive with room
    to spare stays an I/O error).
    """
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    error = orig if orig is not None else exc
    name = str(getattr(error, "sqlite_errorname", ""))
    if name in _SQLITE_FULL_NAMES or SQLITE_FULL_TEXT in str(error).lower():
        return True
    if path is None or not (name.startswith("SQLITE_IOERR") or "disk i/o error" in str(error)):
        return False
    free = free_bytes(path)
    return free is not None and free < LOW_SPACE


def free_bytes(path: Path) -> int | None:
    """Bytes free on the drive holding ``path`` (its nearest existing folder), or None."""
    for folder in (path, *path.parents):
        try:
            if folder.is_dir():
                return shutil.disk_usage(folder).free
        except OSError:
            return None
    return None


def size_text(n: int) -> str:
    """A size as a person reads it: 512 bytes, 40 KB, 1.2 MB, 3.4 GB."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024**2:
        return f"{n / 1024:.0f} KB"
    if n < 1024**3:
        return f"{n / 1024**2:.1f} MB"
    return f"{n / 1024**3:.1f} GB"


def disk_full_message(path: Path, needed: int | None, free: int | None = None) -> str:
    """The one wording of a full disk (a phrase): the file, the space it needed and what
    is free."""
    from lmt_tracker.io.full_disk import disk_full_message as words

    if free is None:
        free = free_bytes(path)
    return words(str(path), size_text(needed) if needed is not None else None,
                 size_text(free) if free is not None else None)


@contextlib.contextmanager
def full_disk_guard(path: Path, needed: int | None = None) -> Iterator[None]:
    """Turn a full-disk ``OSError`` raised inside the block into ``DiskFullError(path, needed)``."""
    try:
        yield
    except DiskFullError:
        raise
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFullError(path, needed) from exc
        raise


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
    """Create ``path`` (and its parents) owner-only where the platform has modes; return it.

    Every folder this call creates is 0700, not only the last: ``Path.mkdir(parents=True)``
    makes the missing parents with the umask's mode, so a first start left
    ``~/.cache/lmt-tracker`` and ``~/.local/state/lmt-tracker`` readable by everyone.
    Folders that already existed keep their mode (they are the user's).
    """
    missing = []
    folder = path
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(exist_ok=True, mode=PRIVATE_DIR)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)  # raises the right error
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


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (POSIX; on Windows, always assumed to run:
    ``os.kill`` there would end it)."""
    if WINDOWS or pid <= 0:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


def remove_stale_temporaries(path: Path, suffix: str = "part") -> list[Path]:
    """Remove the temporary files beside ``path`` left by writers that died (crash recovery).

    A process killed between writing its temporary file and renaming it leaves
    ``.NAME.PID.part`` behind: the user's data, in a hidden file nobody will delete. The
    next write of the same file removes those whose process is gone.
    """
    removed = []
    prefix = f".{path.name}."
    with contextlib.suppress(OSError):
        for tmp in path.parent.glob(f".{glob_escape(path.name)}.*.{suffix}"):
            pid = tmp.name[len(prefix):-len(suffix) - 1]
            if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
                tmp.unlink(missing_ok=True)
                removed.append(tmp)
    return removed


def glob_escape(name: str) -> str:
    """``name`` with the characters ``glob`` treats specially made literal."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new, never half."""
    remove_stale_temporaries(path)
    tmp = temporary_name(path)
    with full_disk_guard(path, len(data)):
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


def write_new(path: Path, data: bytes) -> None:
    """Write a new file ``path`` (owner-only, synced) inside a folder about to be renamed in.

    For a file whose folder is itself the atomic step (a rule pack's staging folder):
    no rename per file, but a full disk still reads as ``DiskFullError``.
    """
    with full_disk_guard(path, len(data)):
        fd = create_private(path)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())


def copy_private(source: Path, dest: Path) -> None:
    """Copy ``source``'s bytes to ``dest`` (owner-only, synced); ``dest`` is overwritten."""
    with full_disk_guard(dest, source.stat().st_size):
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
