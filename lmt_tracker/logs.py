"""The app's log file and its last-resort error handlers, set up once at start.

Why: started from a menu, the app has no terminal, so a warning or an unexpected error
printed to stderr is seen by nobody (on Windows a windowed build has no stderr at all).
``setup()`` therefore

- writes a rotating log (``lmt-tracker.log``, 1 MB × 3) in the platform's log folder
  (``platformdirs.user_log_dir``: ``~/.local/state/lmt-tracker/log`` on Linux,
  ``~/Library/Logs/lmt-tracker`` on macOS, ``%LOCALAPPDATA%\\lmt-tracker\\Logs`` on
  Windows), opened only when there is something to write;
- keeps warnings on stderr, where a terminal exists (``--verbose``: everything);
- installs ``sys.excepthook`` and ``threading.excepthook`` (an unexpected error is logged
  with its traceback and handed to the window's crash dialog, if one registered with
  ``set_crash_handler``) and ``faulthandler`` (a hard crash in Qt or SQLite leaves the
  Python stacks in ``faults.log`` beside the log).

No personal data: records and the database are never logged, the home folder is
written as ``~`` and quoted text in error messages (which may hold a name a user typed)
is replaced by ``'…'``; a crash report shows exactly what the log holds, so what a
user copies and sends is the same.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from lmt_tracker import APP_NAME, __version__

LOG_NAME = "lmt-tracker.log"
FAULTS_NAME = "faults.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("lmt_tracker")

# Quoted text on a message line (not a traceback's "File ..." line or source line).
# A quote opens after a non-letter and closes before one, so the apostrophe of "today's"
# is not taken for one (it hid the rest of the line, the reason with it).
_QUOTED = re.compile(r"""(?<!\w)'(?:[^'\\\n]|\\.)*'(?!\w)|(?<!\w)"(?:[^"\\\n]|\\.)*"(?!\w)""")


@dataclass(frozen=True)
class CrashReport:
    """An unexpected error as the user sees it: one line, the details, where the log is."""

    summary: str
    details: str
    log_file: Path | None


CrashHandler = Callable[[CrashReport], None]


@dataclass
class _State:
    configured: bool = False
    verbose: bool = False
    file_handler: logging.Handler | None = None
    stderr_handler: logging.Handler | None = None
    faults: IO[bytes] | None = None
    faulthandler_was_enabled: bool = False
    saved_hooks: tuple[Any, Any] | None = None
    crash_handler: CrashHandler | None = None


_state = _State()


def log_folder() -> Path:
    """The platform's log folder for the app (created owner-only where modes exist)."""
    from platformdirs import user_log_dir

    from lmt_tracker import portable

    return portable.private_folder(Path(user_log_dir(APP_NAME, appauthor=False)))


def log_file() -> Path:
    return log_folder() / LOG_NAME


# (text, what to write instead): the open databases' paths and folders, longest first.
_PRIVATE: list[tuple[str, str]] = []


def keep_out(database: str | Path) -> None:
    """Never write ``database`` (a file or a server's URL) or its folder into the log.

    A database's path says whose it is ("/srv/school/Jane Doe.sqlite3") and, outside
    the home folder, ``~`` does not hide it; every message naming it (a backup that
    could not be made, a full disk) shows ``<the database>`` instead.
    """
    text = str(database)
    pairs = {text: "<the database>"}
    if "://" not in text:
        path = Path(text)
        pairs[os.path.realpath(path)] = "<the database>"
        for folder in {str(path.parent), os.path.realpath(path.parent)}:
            if len(folder) > 1:
                pairs[folder] = "<the database folder>"
    for item in pairs.items():
        if len(item[0]) > 1 and item not in _PRIVATE:
            _PRIVATE.append(item)
    _PRIVATE.sort(key=lambda item: len(item[0]), reverse=True)


def redact(text: str) -> str:
    """``text`` without personal data: the databases' paths and folders named, not shown
    (``keep_out``), the home folder as ``~``, quoted text as ``'…'``.

    Traceback lines (``File "…", line N``) and the source lines under them keep their
    quotes: they show the app's code, not the user's data.
    """
    for private, instead in _PRIVATE:
        text = text.replace(private, instead)
    for home in {str(Path.home()), os.path.realpath(Path.home())}:
        if len(home) > 1:
            text = text.replace(home, "~")
    lines = []
    for line in text.splitlines():
        if not line[:1].isspace():
            line = _QUOTED.sub("'…'", line)
        lines.append(line)
    return "\n".join(lines)


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateRotatingHandler(logging.FileHandler):
    """A size-rotated log whose files are created owner-only, like every file the app writes.

    ``logging.handlers.RotatingFileHandler`` would do, but importing ``logging.handlers``
    (socket, pickle, queue) costs about 5 ms before the first paint; rotation is short.
    """

    def __init__(self, path: Path, max_bytes: int, keep: int) -> None:
        self.max_bytes, self.keep = max_bytes, keep
        super().__init__(path, mode="a", encoding="utf-8", delay=True)

    def _open(self) -> Any:
        import io

        from lmt_tracker import portable

        raw = portable.open_append(Path(self.baseFilename))
        return io.TextIOWrapper(raw, encoding="utf-8", errors="backslashreplace",
                                write_through=True)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:  # another process holds the old file (Windows): keep appending
            pass
        super().emit(record)

    def _rotate(self) -> None:
        """lmt-tracker.log → .1 → .2 … (the oldest dropped); a new file next time."""
        if self.stream is not None:
            self.stream.close()
        self.stream = None
        base = self.baseFilename
        Path(f"{base}.{self.keep}").unlink(missing_ok=True)
        for n in range(self.keep - 1, 0, -1):
            older = Path(f"{base}.{n}")
            if older.exists():
                older.replace(f"{base}.{n + 1}")
        Path(base).replace(f"{base}.1")


def _not_a_crash(record: logging.LogRecord) -> bool:
    """On stderr the unredacted traceback is printed by Python's own hook instead."""
    return not getattr(record, "crash", False)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is now (None in a windowed build: nothing)."""

    def __init__(self) -> None:
        super().__init__(None)

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def setup(*, verbose: bool = False) -> Path | None:
    """Configure logging and the error hooks once; return the log file (None if unwritable).

    Called again (a second command in the same process), it only changes the verbosity.
    """
    _state.verbose = verbose
    level = logging.DEBUG if verbose else logging.INFO
    log.setLevel(level)
    if _state.configured:
        if _state.stderr_handler is not None:
            _state.stderr_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
        return _current_file()
    _state.configured = True
    stderr = _StderrHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(logging.Formatter("lmt-tracker: %(levelname)s: %(message)s"))
    stderr.addFilter(_not_a_crash)
    log.addHandler(stderr)
    _state.stderr_handler = stderr
    log.propagate = False  # the app's records are ours; a host program's config is its own
    path: Path | None = None
    try:
        path = log_file()
        handler = _PrivateRotatingHandler(path, MAX_BYTES, KEEP_FILES)
        handler.setFormatter(_RedactingFormatter(FORMAT))
        log.addHandler(handler)
        _state.file_handler = handler
        _start_faulthandler(path.parent / FAULTS_NAME)
    except OSError as exc:  # no writable log folder: still run, and say so where we can
        log.warning("no log file (%s): %s", type(exc).__name__, exc.strerror or exc)
        path = None
    _state.saved_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return path


def _current_file() -> Path | None:
    handler = _state.file_handler
    return Path(handler.baseFilename) if isinstance(handler, logging.FileHandler) else None


def _start_faulthandler(path: Path) -> None:
    from lmt_tracker import portable

    _state.faulthandler_was_enabled = faulthandler.is_enabled()
    _state.faults = portable.open_append(path)
    faulthandler.enable(file=_state.faults, all_threads=True)


def set_crash_handler(handler: CrashHandler | None) -> None:
    """Who shows an unexpected error to the user (the window's dialog); None: nobody.

    It may be called from any thread; the GUI's handler passes the report on to the
    main thread itself.
    """
    _state.crash_handler = handler


def report(exc_type: type[BaseException], exc: BaseException,
           tb: TracebackType | None, where: str = "") -> CrashReport:
    """The crash report for an exception: version, platform, time and redacted traceback."""
    import platform

    lines = "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()
    thread = f" in thread {where}" if where else ""
    head = (f"LMT Tracker {__version__}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()} ({sys.platform}), "
            f"{dt.datetime.now().isoformat(timespec='seconds')}{thread}")
    details = redact(f"{head}\n\n{lines}")
    summary = redact(f"{exc_type.__name__}: {exc}".splitlines()[0] if str(exc)
                     else exc_type.__name__)
    return CrashReport(summary, details, _current_file())


def _handle(exc_type: type[BaseException], exc: BaseException,
            tb: TracebackType | None, where: str = "") -> bool:
    """Log it and give it to the crash handler; True when someone showed it."""
    crash = report(exc_type, exc, tb, where)
    log.critical("unexpected error%s\n%s", f" in thread {where}" if where else "",
                 crash.details.split("\n\n", 1)[-1], extra={"crash": True})
    handler = _state.crash_handler
    if handler is None:
        return False
    try:
        handler(crash)
    except Exception:  # the dialog itself failed: the log still has the error
        log.exception("the crash dialog failed")
        return False
    return True


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        _previous_excepthook()(exc_type, exc, tb)
        return
    if not _handle(exc_type, exc, tb) and sys.stderr is not None:  # no console: logged only
        _previous_excepthook()(exc_type, exc, tb)
        where = _current_file()
        if where is not None:
            print(f"lmt-tracker: the details are also in {where}", file=sys.stderr)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    exc = args.exc_value if args.exc_value is not None else args.exc_type()
    if not _handle(args.exc_type, exc, args.exc_traceback, name) and sys.stderr is not None:
        previous = _state.saved_hooks[1] if _state.saved_hooks else threading.__excepthook__
        previous(args)


def _previous_excepthook() -> Any:
    return _state.saved_hooks[0] if _state.saved_hooks else sys.__excepthook__


def reset() -> None:
    """Undo ``setup`` (for tests): handlers closed, hooks and faulthandler as they were."""
    if not _state.configured:
        return
    if _state.saved_hooks is not None:
        if sys.excepthook is _excepthook:
            sys.excepthook = _state.saved_hooks[0]
        if threading.excepthook is _thread_excepthook:
            threading.excepthook = _state.saved_hooks[1]
    for handler in (_state.file_handler, _state.stderr_handler):
        if handler is not None:
            log.removeHandler(handler)
            handler.close()
    if _state.faults is not None:
        faulthandler.disable()
        with contextlib.suppress(OSError):
            _state.faults.close()
        if _state.faulthandler_was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__)
    log.propagate = True
    log.setLevel(logging.NOTSET)
    _PRIVATE.clear()
    for name, value in vars(_State()).items():
        setattr(_state, name, value)
