"""Start the desktop app: window first, database second, dashboard third.

Start-up is ordered for speed: the window (sidebar and a placeholder) is shown
and painted before the database layer is even imported; the store is opened on
a worker thread, then the dashboard evaluates the record in the background.
``--smoke`` prints the milliseconds to that first paint and exits once the
dashboard has loaded, so a broken database still fails the smoke test.

One window per database file (``single_instance``): a second launch on the same file
brings the running window forward and ends; a file open on another computer is named
before it is opened here. A file handed over (on the command line, by macOS's
open-document event, or by a second launch) is opened once the database is
(``gui/documents.py``).
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from lmt_tracker.gui import feature_scan

feature_scan.install()  # before the app's own modules: each is scanned as it is imported

from lmt_tracker import DESKTOP_ID, language  # noqa: E402
from lmt_tracker.gui import preferences, theme, translation  # noqa: E402
from lmt_tracker.gui.collector import MainThreadCollector  # noqa: E402
from lmt_tracker.gui.translation import translate  # noqa: E402

if TYPE_CHECKING:
    from lmt_tracker.gui.main_window import MainWindow
    from lmt_tracker.gui.tasks import Task

SMOKE_TIMEOUT_MS = 120_000


def application() -> QApplication:
    """The one QApplication, themed (created if needed)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Fusion through the environment, not setStyle(): wrapping the returned QStyle
        # would build its Python enums before the first paint (~30 ms).
        os.environ.setdefault("QT_STYLE_OVERRIDE", "Fusion")
        app = QApplication(sys.argv[:1])
    app.setApplicationName("LMT Tracker")
    app.setOrganizationName("lmt-tracker")
    # The launcher entry's name (resources/desktop): Wayland matches the window to it.
    app.setDesktopFileName(DESKTOP_ID)
    theme.apply(app, preferences.theme())
    # Before the window's modules are imported: labels built at import are translated.
    chosen = translation.resolve(preferences.language())
    translation.install(app, chosen)
    language.prefer(chosen)  # the PDFs saved from the window speak its language
    return app


class Startup(QObject):
    """Open the database after the first paint, attach it, then report (or run the wizard)."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, window: MainWindow, target: str, *, smoke: bool,
                 verbose: bool | None = None) -> None:
        super().__init__(window)
        self.window, self.target, self.smoke = window, target, smoke
        self.verbose = verbose
        self.first_paint_ms: float | None = None
        self.first_paint_cpu_ms = 0.0
        self.status = 0
        self._task: Task | None = None
        self._housekept = False
        window.painted.connect(self._on_painted)

    def _on_painted(self) -> None:
        from lmt_tracker.gui.timing import ms_since_start

        self.first_paint_ms = ms_since_start()
        self.first_paint_cpu_ms = time.process_time() * 1000  # steadier on a busy machine
        if self.verbose is not None:
            _start_log(verbose=self.verbose)
        theme.follow_system(QApplication.instance())  # type: ignore[arg-type]
        if not self.smoke and not self._may_open_here():
            QApplication.exit(self.status)
            return
        self._open_in_background()

    def _may_open_here(self) -> bool:
        """The file is open on another computer: say who has it, and open only if asked."""
        from lmt_tracker import open_marker
        from lmt_tracker.gui import single_instance

        database = single_instance.database_file(self.target)
        marker = open_marker.open_elsewhere(database) if database is not None else None
        if marker is None:
            return True
        assert database is not None  # a marker is only found beside a file
        return single_instance.ask_open_elsewhere(self.window, database, marker)

    def _open_in_background(self) -> None:
        from lmt_tracker.gui.tasks import Task

        target = self.target
        self._task = Task(lambda progress: _open(target), translate("app", "Opening the database"))
        self._task.signals.done.connect(self._opened)
        self._task.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self._task)

    def _opened(self, result: tuple[Any, bool]) -> None:
        from lmt_tracker.gui import commands, tasks
        from lmt_tracker.gui.context import AppContext

        store, empty = result
        ctx = AppContext(store)
        with tasks.held():  # the dashboard's judging starts once the window is attached
            self.window.attach(ctx)
        dashboard = self.window.screens.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "loaded"):
            dashboard.loaded.connect(self._dashboard_loaded)
        else:
            self._dashboard_loaded()
        settled = getattr(dashboard, "settled", None)
        if settled is not None:  # after the dashboard is drawn (or its judging failed)
            settled.connect(self._housekeeping)
        else:
            self._housekeeping()
        opener = getattr(self.window, "document_opener", None)
        if empty and not self.smoke and not (opener is not None and opener.pending()):
            QTimer.singleShot(0, lambda: commands.first_run(self.window))
        if opener is not None:  # a file handed over: restore, import or open it now
            QTimer.singleShot(0, opener.ready)

    def _dashboard_loaded(self) -> None:
        self._open_full_store()
        if self.smoke and self.status == 0:
            from lmt_tracker.gui.timing import ms_since_start

            print(round(self.first_paint_ms or 0.0))
            sys.stdout.flush()
            print(f"lmt-tracker: first paint {self.first_paint_ms or 0:.0f} ms "
                  f"({self.first_paint_cpu_ms:.0f} ms CPU), dashboard judged and drawn "
                  f"{ms_since_start():.0f} ms after start "
                  f"({time.process_time() * 1000:.0f} ms CPU)", file=sys.stderr)
            QApplication.quit()
        self.ready.emit()

    def _housekeeping(self) -> None:
        """What the first frame of the dashboard does not need, done once it is drawn: the
        recent list (a settings file written and synced, ~7 ms) and the previews of an app
        that died (importing the Reports screen's module, ~15 ms)."""
        if self._housekept:
            return
        self._housekept = True
        from lmt_tracker.gui import databases
        from lmt_tracker.gui.screens.reports import remove_previews

        ctx = getattr(self.window, "ctx", None)
        if ctx is not None:
            databases.remember_database(ctx.store.target.describe())
        remove_previews(stale_only=True)  # crash recovery: previews of an app that died

    def _open_full_store(self) -> None:
        """Open SQLAlchemy's store in the background once the dashboard is drawn, so the
        first edit does not wait for it (``store.read_first``); a failure here is left
        for that edit to report, where the user can act on it."""
        ctx = getattr(self.window, "ctx", None)
        store: Any = ctx.store if ctx else None
        if self.smoke or getattr(store, "opened", True):
            return
        from lmt_tracker.gui.tasks import Task

        self._warm = Task(lambda progress: store.full(), "Opening the database")
        QThreadPool.globalInstance().start(self._warm)

    def _failed(self, error: BaseException) -> None:
        """Say why the database did not open and offer the ways out; quit if none is taken."""
        message = str(error)
        self.failed.emit(message)
        if self.smoke:
            self.status = 1
            print(f"lmt-tracker: error: {message}", file=sys.stderr)
            QApplication.exit(1)
            return
        from lmt_tracker.gui.dialogs import open_failure

        chosen = open_failure.ask(self.window, error, self.target)
        if chosen is None:
            self.status = 1
            QApplication.exit(1)
            return
        self.target = chosen
        self._open_in_background()


def _open(target: str) -> tuple[Any, bool]:
    # Reads first (no SQLAlchemy until a write or the warm-up after the dashboard).
    from lmt_tracker.store.read_first import open_read_first

    store = open_read_first(target)
    return store, store.is_empty()


def _display_ready(smoke: bool) -> bool:
    """Without a display Qt aborts with no useful message: say what to do instead.

    ``--smoke`` (a check, often run in CI) falls back to the offscreen platform.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return True
    if smoke:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return True
    print("lmt-tracker: error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
          "are not set); run it from a desktop session, or use the command-line commands "
          "(lmt-tracker --help)", file=sys.stderr)
    return False


def _start_log(*, verbose: bool) -> None:
    """The log file and the error hooks (``logs.setup``), once the window has painted:
    importing ``logs`` and finding the log folder cost about 10 ms before the paint. An
    error before it still reaches stderr through Python's own hook."""
    from lmt_tracker import __version__, logs

    logs.setup(verbose=verbose)
    logs.log.info("LMT Tracker %s opening (%s, Python %s)", __version__, sys.platform,
                  sys.version.split()[0])


def _install_crash_report(window: MainWindow) -> None:
    """After the first paint: the dialog's Qt classes cost ~15 ms to build (logged anyway)."""
    from lmt_tracker.gui.dialogs import crash_report

    crash_report.install(window)


def _open_documents(app: QApplication, window: MainWindow, guard: Any,
                    document: str | None) -> None:
    """Files handed over: ``document``, a second launch's, and macOS's open-document events
    (only macOS sends them; elsewhere a filter on the application would see every event)."""
    from lmt_tracker.gui.documents import DocumentOpener

    opener = window.document_opener = DocumentOpener(window)
    guard.document_requested.connect(opener.request)
    if sys.platform == "darwin":
        app.installEventFilter(opener)
    if document:
        opener.request(document)


def run(target: str = "", *, smoke: bool = False, verbose: bool | None = None,
        document: str | None = None) -> int:
    """Open the window on ``target`` ("" = the last real database, see ``gui.databases``),
    then ``document`` (a full path: a backup, an export or a database) if given.

    ``verbose`` (True or False) sets up the log once the window has painted; None when the
    caller has set it up already (the command line).
    """
    if QApplication.instance() is None and not _display_ready(smoke):
        return 1
    chosen = not target  # the launch named no database: the window picks one
    if chosen:
        from lmt_tracker.gui.databases import default_target

        target = default_target()
    app = application()
    guard = None
    if not smoke:  # a check runs beside a user's window; it never hands over to it
        from lmt_tracker.gui import single_instance

        if single_instance.forward_to_running(target, document):
            return 0
        # A double-click on a document while the window shows another file than the last
        # one used: the window that is open takes it, rather than a second window.
        if document is not None and chosen and single_instance.forward_document(document):
            return 0
    from lmt_tracker.gui.main_window import MainWindow  # after the translator is installed

    window = MainWindow(target)
    if not smoke:
        guard = window.instance_guard = single_instance.InstanceGuard(window)
        _open_documents(app, window, guard, document)
    startup = Startup(window, target, smoke=smoke, verbose=verbose)
    if smoke:
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: (print("lmt-tracker: smoke timed out",
                                                           file=sys.stderr), app.exit(2)))
    collector = MainThreadCollector(app)
    if not smoke:  # a check prints its errors; a user sees them in a dialog (and the log)
        window.painted.connect(lambda: _install_crash_report(window))
    window.show()
    status = app.exec()
    QThreadPool.globalInstance().waitForDone(10000)
    from lmt_tracker import logs
    from lmt_tracker.gui.screens.reports import remove_previews

    remove_previews()  # a preview is a report nobody asked to keep

    logs.set_crash_handler(None)
    collector.stop()
    if guard is not None:
        guard.close()
    if window.ctx is not None:
        window.ctx.store.close()
    return status or startup.status
