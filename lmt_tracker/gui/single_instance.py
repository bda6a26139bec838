"""One window per database: a second launch brings the running window forward.

Two windows on one SQLite file would be two writers, each saving over the other's edits.
So the window that has a file open listens on a local socket (``QLocalServer``: a
Unix socket, a named pipe on Windows) named after the file and the user, and a second
launch on the same file connects to it first: the running window is raised and the
new process ends without opening anything (``forward_to_running``). A launch with a
document (``lmt-tracker FILE.lmtbackup``: a double-click on a backup) hands its path over
the same socket, and the running window opens it (``gui/documents.py``); when no window has
the file that launch would open, the user's newest window takes the document on a second
socket (``documents_name``) instead of a second window opening. The name is a
hash of the file's full path, so the same file reached by another relative path or
link is the same name, and of the user, so two people on one computer never meet.

Across computers (the file in a shared folder) the socket cannot reach: the marker
beside the file (``open_marker``) tells who has it, and the user chooses
(``ask_open_elsewhere``). PostgreSQL is made for many users: neither applies.

Start-up speed matters (the window is painted before the database is even imported),
so the second-launch check costs nothing when no window is open: on Unix the socket is
a file at a known path, and only when it exists is QtNetwork imported to connect; the
listening socket is set up after the first paint (``InstanceGuard``). A socket file
left by a crash answers no one: the connection fails and the new window replaces it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from lmt_tracker import digests

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QWidget

    from lmt_tracker import open_marker

CONNECT_MS = 1000
ANSWER_MS = 3000
RAISE = b"raise\n"
RAISED = b"raised\n"
# "open" and the document's full path as a JSON string (a path may hold any character but
# NUL, a newline included), then a newline: raise the window and open the document.
OPEN = b"open "


def database_file(target: str) -> Path | None:
    """The SQLite file ``target`` names, or None (a server database, or in memory).

    The same reading as ``store.engine.parse_target``, without importing the storage
    layer before the first paint.
    """
    if "://" in target:
        raw = target.removeprefix("sqlite:///") if target.startswith("sqlite:///") else ""
        if not raw or raw == ":memory:":
            return None
        target = raw
    try:
        return Path(target).expanduser().resolve()
    except (OSError, RuntimeError):
        return None


def _user() -> str:
    # getpass.getuser()'s own order, reading the environment first without importing
    # getpass (this runs before the first paint).
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if found := os.environ.get(name):
            return found
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(database: Path) -> str:
    """The socket's name: a full path on Unix (so it can be checked without Qt), a pipe
    name on Windows. Short enough for a Unix socket path (at most about 104 bytes)."""
    path = os.path.normcase(str(database))
    digest = digests.sha256(f"{_user()}\0{path}".encode()).hexdigest()[:24]
    name = f"lmt-tracker-{digest}"
    if sys.platform == "win32":
        return name
    # Where Qt itself puts a socket with a bare name (QDir::tempPath on Unix).
    return str(Path(os.environ.get("TMPDIR") or "/tmp") / name)


def _wait(signal_source: list, ms: int) -> None:
    """Run the event loop until one of the signals fires or ``ms`` pass."""
    loop = QEventLoop()
    for signal in signal_source:
        signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def request_line(document: str | None) -> bytes:
    """What a second launch says: come forward, and open ``document`` if there is one."""
    if document is None:
        return RAISE
    import json

    return OPEN + json.dumps(document).encode("utf-8") + b"\n"


def documents_name() -> str:
    """The socket of the user's newest window, whatever file it has open: where a document
    goes when the launch named no database (a double-click on a backup while the window
    shows another file than the last one used). Named after the user and their data folder,
    so two people, or two test runs with their own folders, never meet."""
    from lmt_tracker import paths

    return server_name(Path(paths.user_data_dir()) / "documents")


def forward_to_running(target: str, document: str | None = None) -> bool:
    """Ask a window already open on ``target`` to come forward (and open ``document``, a
    full path); True if one answered."""
    database = database_file(target)
    if database is None:
        return False
    return _forward(server_name(database), document, str(database))


def forward_document(document: str) -> bool:
    """Hand ``document`` to the user's newest window, whatever file it has open; True if
    one took it."""
    return _forward(documents_name(), document, None)


def _forward(name: str, document: str | None, database: str | None) -> bool:
    if sys.platform != "win32" and not Path(name).exists():
        return False  # no window listens: nothing to import, nothing to wait for
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(name)
    if sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
        _wait([sock.connected, sock.errorOccurred], CONNECT_MS)
    if sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
        return False  # a socket left by a crash: this launch opens the file itself
    sock.write(request_line(document))
    sock.flush()
    if sock.bytesAvailable() == 0:
        _wait([sock.readyRead, sock.disconnected], ANSWER_MS)
    answered = bytes(sock.readAll().data()).startswith(RAISED)
    sock.abort()
    # Connected is enough: a window has the file even if it was too busy to answer.
    said = "its window was brought forward" if answered else "its window did not answer"
    if database is not None:
        print(f"lmt-tracker: {database} is already open in LMT Tracker; {said}",
              file=sys.stderr)
    else:
        print(f"lmt-tracker: {document} was handed to the LMT Tracker window already open; "
              f"{said}", file=sys.stderr)
    return True


class InstanceGuard(QObject):
    """The running window's side: listens for second launches, keeps the open-marker."""

    raised = Signal()  # a second launch asked for the window
    document_requested = Signal(str)  # …and handed over a file to open (a full path)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.server: QLocalServer | None = None
        self.documents: QLocalServer | None = None  # ``documents_name``: for the newest window
        self.database: Path | None = None
        self.marker_timer = QTimer(self)
        self.marker_timer.timeout.connect(self._refresh_marker)

    def follow(self, target: str) -> None:
        """Listen for (and mark) ``target`` now: the window opened it, or switched to it."""
        from lmt_tracker import open_marker  # after the first paint: json, socket

        database = database_file(target)
        if database == self.database and self.server is not None:
            return
        self.release()
        self.database = database
        if database is None:
            return
        self.server = self._listen(server_name(database))
        if self.documents is None:  # the newest window takes documents from the older one
            self.documents = self._listen(documents_name())
        open_marker.claim(database)
        self.marker_timer.start(open_marker.REFRESH_SECONDS * 1000)

    def _listen(self, name: str) -> QLocalServer | None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(lambda: self._connection(server))
        if not server.listen(name):
            # A socket file left by a crash (nothing answered: this window opened the file).
            QLocalServer.removeServer(name)
            if not server.listen(name):
                from lmt_tracker import logs

                logs.log.warning("cannot listen for second launches on %s: %s", name,
                                 server.errorString())
                server.deleteLater()
                return None
        return server

    def _connection(self, server: QLocalServer) -> None:
        while server.hasPendingConnections():
            sock = server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._request(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._request(sock)

    def _request(self, sock) -> None:
        if not sock.canReadLine():
            return
        line = bytes(sock.readLine().data())
        document = _document(line)
        if line != RAISE and document is None:
            return  # not a request this version makes: ignore it
        bring_forward(self.window)
        sock.write(RAISED)
        sock.flush()
        self.raised.emit()
        if document is not None:
            self.document_requested.emit(document)

    def _refresh_marker(self) -> None:
        from lmt_tracker import open_marker

        if self.database is not None:
            open_marker.claim(self.database)

    def close(self) -> None:
        """The window is closing: release the file, and stop taking documents."""
        self.release()
        if self.documents is not None:
            self.documents.close()
            self.documents.deleteLater()
            self.documents = None

    def release(self) -> None:
        """Stop listening and take the marker away (closing, or another file opened)."""
        self.marker_timer.stop()
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.database is not None:
            from lmt_tracker import open_marker

            open_marker.release(self.database)
        self.database = None


def _document(line: bytes) -> str | None:
    """The path an ``open`` request names, or None (another request, or garbled)."""
    if not line.startswith(OPEN):
        return None
    import json

    try:
        path = json.loads(line[len(OPEN):].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return path if isinstance(path, str) and path else None


def bring_forward(window: QWidget) -> None:
    """Show the window on top, restored if it was minimised, and ask for the user's eye."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where the desktop refuses focus, the taskbar entry flashes


def ask_open_elsewhere(parent: QWidget | None, database: Path,
                       marker: open_marker.Marker) -> bool:
    """The file is open on another computer: say who has it; True to open it anyway."""
    from PySide6.QtWidgets import QMessageBox

    from lmt_tracker import open_marker
    from lmt_tracker.gui.translation import translate
    from lmt_tracker.gui.words import date

    since = open_marker.since(marker)
    if since is not None and since.tzinfo is not None:
        since = since.astimezone()  # that computer's time, told in this one's
    who = f"{marker.host} ({marker.user})" if marker.user else marker.host
    text = translate("SingleInstance", "{file} is open on another computer, {who}.").format(
        file=database.name, who=who)
    if since is not None:
        text = translate(
            "SingleInstance", "{file} is open on another computer, {who}, since {date} {time}."
        ).format(file=database.name, who=who, date=date(since.date()),
                 time=since.strftime("%H:%M"))
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("SingleInstance", "Open on another computer"), text,
                      parent=parent)
    box.setInformativeText(translate(
        "SingleInstance",
        "Two computers changing the same file can lose each other's changes. Close LMT "
        "Tracker there first, then open the file here. If that computer is off or the app "
        "there has crashed, opening anyway is safe (this notice stops by itself {minutes} "
        "minutes after the app there stops).").format(minutes=open_marker.STALE_SECONDS // 60))
    anyway = box.addButton(translate("SingleInstance", "Open anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anyway
