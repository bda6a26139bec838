"""The main window: sidebar, lazily built screens, reminder banner, menus and shortcuts.

The window is shown before the database is opened (so the first paint is as fast
as a bare window); ``attach`` wires in the context once the store is ready. Until
then nothing here touches ``PySide6.QtCore.Qt`` (its first use costs ~40 ms) and
the banner and menus are not built. Each
screen is built on first visit; a screen that is not visible when its data
changes is refreshed when next shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.gui import preferences, screens
from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtGui import QAction, QCloseEvent

    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.gui.screens.base import Screen
    from lmt_tracker.gui.widgets.banner import ReminderBanner

DAY_CHECK_MS = 15 * 60 * 1000


class MainWindow(QMainWindow):
    painted = Signal()

    def __init__(self, target: str = "") -> None:
        super().__init__()
        self.ctx: AppContext | None = None
        self.entries = screens.entries()
        self.screens: dict[str, Screen] = {}
        self.dirty: set[str] = set()
        self._painted = False
        self._dressed = False  # icons set (``_dress``)
        self._retheme_pending = False
        self.tray: object | None = None
        self.instance_guard: object | None = None  # gui.single_instance, set by app.run
        self.document_opener: object | None = None  # gui.documents, set by app.run
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self._check_day)
        self._day: dt.date | None = None
        self.setWindowTitle("LMT Tracker")
        self.setAccessibleName(translate("main_window", "LMT Tracker main window"))
        self.resize(1180, 780)
        self.setMinimumSize(QSize(900, 600))
        self._build(target)
        self._restore_geometry()

    # -- layout ------------------------------------------------------------------------------
    def _build(self, target: str) -> None:
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(translate("main_window", "Screens"))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        for n, entry in enumerate(self.entries, start=1):
            item = QListWidgetItem(entry.title)
            item.setToolTip(translate("main_window", "{0} (Ctrl+{n})").format(entry.title,
                                                                              n=n) if n <= 9
                            else entry.title)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        row.addWidget(self.sidebar)
        self.right = QVBoxLayout()
        right = self.right
        right.setContentsMargins(16, 12, 16, 8)
        self.banner: ReminderBanner | None = None
        self.stack = QStackedWidget()
        self.loading = QLabel(translate("main_window", "Opening {target}…")
                              .format(target=target) if target else translate("main_window",
                                                                              "Opening…"))
        self.loading.setObjectName("muted")
        self.loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.stack.addWidget(self.loading)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(translate("main_window", "Starting…"))

    def _restore_geometry(self) -> None:
        saved = preferences.settings().value("geometry")
        if isinstance(saved, QByteArray | bytes) and saved:
            self.restoreGeometry(QByteArray(saved))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)

    # -- the context arrives -----------------------------------------------------------------
    def attach(self, ctx: AppContext) -> None:
        """Wire the open database in: menus, signals, and the first screen."""
        from lmt_tracker.gui.widgets.banner import ReminderBanner

        self.ctx = ctx
        if self.banner is None:
            from lmt_tracker.gui import commands
            from lmt_tracker.gui.widgets.demo_banner import DemoBanner

            self.banner = ReminderBanner()
            self.banner.view_requested.connect(lambda: self.show_screen("dashboard"))
            self.right.insertWidget(0, self.banner)
            self.demo_banner = DemoBanner()
            self.demo_banner.leave_requested.connect(lambda: commands.leave_demo(self))
            self.right.insertWidget(0, self.demo_banner)
        ctx.signals.data_changed.connect(self._data_changed)
        ctx.signals.status_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        ctx.signals.navigate.connect(self.show_screen)
        ctx.signals.reminders_due.connect(self._reminders_due)
        ctx.signals.theme_changed.connect(self.retheme)
        self._day = ctx.today()
        self.day_timer.start()
        self._build_menus(ctx)
        self._database_changed()
        self.statusBar().showMessage(translate("main_window", "Database: {0}")
                                     .format(ctx.store.target.describe()), 6000)
        dashboard = self.show_screen("dashboard")
        settled = getattr(dashboard, "settled", None)
        if settled is not None and not self._dressed:
            settled.connect(self._dress)  # the cards are drawn, or the judging failed
        else:
            self._dress()

    def _dress(self) -> None:
        """The window's and the sidebar's icons, once the dashboard is drawn: drawing them
        (an SVG each, in Python, on this thread) would otherwise compete with the
        dashboard's worker while it judges the record, and delay the dashboard."""
        from lmt_tracker.gui.icons import app_icon

        if self._dressed:
            return
        self._dressed = True
        self.setWindowIcon(app_icon())
        self._sidebar_icons()

    def _sidebar_icons(self) -> None:
        """Icons come after the first paint (drawing SVG is not needed to see the window)."""
        from lmt_tracker.gui.icons import icon

        for row, entry in enumerate(self.entries):
            self.sidebar.item(row).setIcon(icon(entry.icon))

    def _build_menus(self, ctx: AppContext) -> None:
        from PySide6.QtGui import QKeySequence

        from lmt_tracker.gui import commands
        from lmt_tracker.gui.icons import icon

        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(translate("main_window", "&File"))
        self._action(file_menu, translate("main_window", "&New course…"), "Ctrl+N",
                     lambda: commands.new_course(self), "add")
        file_menu.addSeparator()
        for text, slot, name in commands.file_actions(self):
            self._action(file_menu, text, None, slot, name)
        self.recent_menu = file_menu.addMenu(translate("main_window", "Open &recent"))
        self.recent_menu.setIcon(icon("open"))
        self.recent_menu.menuAction().setProperty("icon_name", "open")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.leave_demo_action = self._action(file_menu, translate("main_window",
                                                                   "&Leave the demo"), None,
                                              lambda: commands.leave_demo(self), "close")
        file_menu.addSeparator()
        self._action(file_menu, translate("main_window", "&Quit"), QKeySequence.StandardKey.Quit,
                     self.close)
        edit = bar.addMenu(translate("main_window", "&Edit"))
        undo = ctx.undo_stack.createUndoAction(self, translate("main_window", "&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.setIcon(icon("undo"))
        redo = ctx.undo_stack.createRedoAction(self, translate("main_window", "&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setIcon(icon("redo"))
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._action(edit, translate("main_window", "&Find…"), "Ctrl+F", self.find, "search")
        go = bar.addMenu(translate("main_window", "&Go"))
        for n, entry in enumerate(self.entries, start=1):
            keys = f"Ctrl+{n}" if n <= 9 else None
            self._action(go, entry.title, keys, lambda k=entry.key: self.show_screen(k), entry.icon)
        help_menu = bar.addMenu(translate("main_window", "&Help"))
        self.guide_action = self._action(help_menu, translate("main_window", "&User guide"),
                                         QKeySequence.StandardKey.HelpContents, self.open_guide)
        help_menu.addSeparator()
        self._action(help_menu, translate("main_window", "Open &log folder"), None,
                     _open_log_folder)
        self._action(help_menu, translate("main_window", "&About LMT Tracker"), None,
                     lambda: commands.about(self), "info")

    def _fill_recent(self) -> None:
        """File › Open recent: the real databases opened before (never the demo)."""
        from lmt_tracker.gui import commands, databases

        self.recent_menu.clear()
        current = self.ctx.store.target.describe() if self.ctx is not None else ""
        targets = [t for t in databases.recent() if t != current]
        for n, target in enumerate(targets, start=1):
            action = self.recent_menu.addAction(f"&{n} {target}" if n < 10 else target)
            action.triggered.connect(lambda _c=False, t=target: commands.open_target(self, t))
        if not targets:
            self.recent_menu.addAction(translate("main_window",
                                                 "No other database opened yet")).setEnabled(False)

    def _database_changed(self) -> None:
        """A database was opened: show the demo banner (and Leave the demo) only for the demo."""
        from lmt_tracker.gui import databases

        if self.ctx is None:
            return
        target = self.ctx.store.target.describe()
        guard = getattr(self, "instance_guard", None)
        if guard is not None:  # a second launch on this file now finds this window
            guard.follow(target)
        demo = databases.is_demo(target)
        self.demo_banner.setVisible(demo)
        if hasattr(self, "leave_demo_action"):
            self.leave_demo_action.setEnabled(demo)
            self.leave_demo_action.setVisible(demo)
            self._fill_recent()
        self.setWindowTitle(translate("main_window", "LMT Tracker — demo (sample data)") if demo
                            else translate("main_window", "LMT Tracker — {0}")
                            .format(Path(target).name))

    def _action(self, menu, text: str, keys, slot, icon_name: str = "") -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        from lmt_tracker.gui.icons import icon

        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if icon_name:
            action.setIcon(icon(icon_name))
            action.setProperty("icon_name", icon_name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- navigation --------------------------------------------------------------------------
    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.show_screen(self.entries[row].key)

    def show_screen(self, key: str) -> Screen | None:
        """Show a screen by key, building it on first use."""
        if self.ctx is None:
            return None
        entry = next((e for e in self.entries if e.key == key), None)
        if entry is None:
            return None
        screen = self.screens.get(key)
        if screen is None:
            screen = screens.screen_class(entry)(self.ctx)
            self.screens[key] = screen
            self.stack.addWidget(screen)
            self.dirty.add(key)
        self.stack.setCurrentWidget(screen)
        row = self.entries.index(entry)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        if key in self.dirty:
            self.dirty.discard(key)
            screen.refresh()
        return screen

    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if widget in self.screens.values() else None  # type: ignore[return-value]

    def _data_changed(self, topic: str) -> None:
        if topic == "all":
            self._database_changed()
        current = self.current_screen()
        for key, screen in self.screens.items():
            if topic == "all" or topic in screen.shows:
                if screen is current:
                    screen.refresh()
                else:
                    self.dirty.add(key)

    def find(self) -> None:  # type: ignore[override]  # the Find command, not QWidget.find
        """Ctrl+F: search on this screen, or in the CE courses when this screen has no search."""
        screen = self.current_screen()
        if screen is None or not hasattr(screen, "focus_search"):
            screen = self.show_screen("courses")
        if screen is not None and hasattr(screen, "focus_search"):
            screen.focus_search()

    def open_guide(self) -> None:
        """F1: the user guide, at the section of the screen on show."""
        from lmt_tracker.gui.guide import SECTIONS, open_guide

        screen = self.current_screen()
        open_guide(self, SECTIONS.get(screen.key, "") if screen is not None else "")

    # -- reminders and the passing of days ---------------------------------------------------
    def _reminders_due(self, due: list) -> None:
        """Show due reminders in the banner; announce new ones in the system tray."""
        from lmt_tracker.gui import reminders

        if self.banner is not None:
            self.banner.set_reminders(due)
        if self.ctx is not None:
            self.tray = reminders.notify_tray(self.ctx, due, self.tray, self)

    def _check_day(self) -> None:
        """Daily while open: a new day re-judges the record, so reminders move on."""
        if self.ctx is not None and self.ctx.today() != self._day:
            self._day = self.ctx.today()
            self.ctx.changed("day")

    # -- theme -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange and not self._retheme_pending:
            self._retheme_pending = True
            QTimer.singleShot(0, self.retheme)

    def retheme(self) -> None:
        """Re-tint every icon (sidebar, buttons, menus, the search field's glass, the empty
        states' pictures) and redraw the screens in the new palette."""
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QAbstractButton, QApplication

        from lmt_tracker.gui import icons, theme

        self._retheme_pending = False
        on_accent = theme.colours().accent_text
        icons.clear()
        self._sidebar_icons()
        tops = [w for w in QApplication.topLevelWidgets() if w is self or w.parent() is self]
        for top in tops:
            for b in top.findChildren(QAbstractButton):
                name = b.property("icon_name")
                if name:
                    b.setIcon(icons.icon(str(name), on_accent if b.property("primary") else None))
            for a in top.findChildren(QAction):
                name = a.property("icon_name")
                if name:
                    a.setIcon(icons.icon(str(name)))
            for picture in top.findChildren(QLabel):
                name = picture.property("icon_name")
                if name:
                    size = int(picture.property("icon_size") or 22)
                    picture.setPixmap(icons.icon(str(name)).pixmap(size, size))
        if self.ctx is not None:
            self._data_changed("all")

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        s = preferences.settings()
        s.setValue("geometry", self.saveGeometry())
        s.sync()
        if self.ctx is not None:
            from lmt_tracker.gui import tasks

            tasks.shutdown(self.ctx)
        super().closeEvent(event)


def _open_log_folder() -> None:
    from lmt_tracker.gui.dialogs.crash_report import open_log_folder

    open_log_folder()
