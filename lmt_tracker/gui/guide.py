"""Help › User guide (F1) and the "?" beside each screen's title: the user guide, offline.

The guide is ``docs/user-guide.md`` (shipped inside the package and the frozen bundle,
``paths.user_guide``), shown as Markdown in a ``QTextBrowser`` whose base URL is its
folder, so its pictures (``guide/*.png``) load from the installed files and nothing is
fetched from the internet. Qt's Markdown reader gives headings no anchors, so a section
is found by its heading's slug — the same slug GitHub gives it, so the guide's own
``#links`` work in both places. F1 opens the section of the screen on show; links to a
web page open in the browser, links inside the guide move within it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QDialog, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from lmt_tracker import paths

# Each screen's section of the guide (the heading's slug).
SECTIONS = {
    "dashboard": "getting-ready-for-renewal",
    "training": "first-set-up",
    "exams": "first-set-up",
    "credentials": "getting-ready-for-renewal",
    "courses": "adding-a-course-from-a-certificate",
    "rules": "when-you-move-states",
    "reports": "being-audited",
    "school": "a-schools-graduation-audit",
    "settings": "backups-and-moving-to-a-new-computer",
}


def slug(heading: str) -> str:
    """A heading as GitHub names its anchor: lower case, punctuation dropped, "-" for spaces."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


class GuideWindow(QDialog):
    """The user guide in a window of its own, left open beside the app."""

    section_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("LMT Tracker — User guide"))
        self.setObjectName("userGuide")
        self.resize(860, 720)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(18)
        self.browser.anchorClicked.connect(self._follow)
        lay.addWidget(self.browser)
        self.headings: dict[str, int] = {}
        self._load()

    def _load(self) -> None:
        guide = paths.user_guide()
        try:
            text = guide.read_text(encoding="utf-8")
        except OSError as exc:
            self.browser.setPlainText(self.tr(
                "The user guide is missing from this installation ({path}: {error}). "
                "Reinstalling LMT Tracker puts it back.").format(path=guide,
                                                                 error=exc.strerror or exc))
            return
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(guide.parent) + "/"))
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.setMarkdown(text)
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                self.headings.setdefault(slug(block.text()), block.position())
            block = block.next()

    def show_section(self, section: str) -> bool:
        """Scroll so the heading ``section`` (a slug) is at the top; the top if unknown."""
        position = self.headings.get(section)
        cursor = QTextCursor(self.browser.document())
        if position is None:
            self.browser.setTextCursor(cursor)
            self.browser.verticalScrollBar().setValue(0)
            self.section_shown.emit("")
            return False
        # To the end first, then back: the heading then lands at the top of the view.
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        self.section_shown.emit(section)
        return True

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.show_section(url.fragment())


def open_guide(window: QWidget, section: str = "") -> GuideWindow:
    """Show the guide (one window per main window, kept), at ``section``."""
    guide = getattr(window, "guide_window", None)
    if not isinstance(guide, GuideWindow):
        guide = GuideWindow(window)
        window.guide_window = guide  # type: ignore[attr-defined]
    guide.show()
    guide.raise_()
    guide.activateWindow()
    guide.show_section(section)
    return guide


def screen_key(widget: QWidget) -> str:
    """The key of the screen ``widget`` sits on ("" when on none)."""
    from lmt_tracker.gui.screens.base import Screen

    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, Screen):
            return current.key
        current = current.parentWidget()
    return ""


def help_button() -> QToolButton:
    """The "?" beside a screen's title: the guide at that screen's section."""
    button = QToolButton()
    button.setText("?")
    button.setObjectName("helpButton")
    button.setToolTip(QCoreApplication.translate("GuideWindow", "Help on this screen (F1)"))
    button.setAccessibleName(QCoreApplication.translate("GuideWindow", "Help on this screen"))
    button.clicked.connect(
        lambda: open_guide(button.window(), SECTIONS.get(screen_key(button), "")))
    return button
