"""Small building blocks every screen uses: headers, empty states, cards, buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.gui.icons import icon
from lmt_tracker.gui.translation import translate


def read_only_item(text: str, data: object = None) -> QTableWidgetItem:
    """A table cell the user reads but does not edit, optionally carrying ``data``."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def button(text: str, slot: Callable[[], object] | None = None, *, icon_name: str = "",
           primary: bool = False, tip: str = "") -> QPushButton:
    """A push button with an accessible name, optional icon and the primary style."""
    b = QPushButton(text)
    if icon_name:
        b.setIcon(icon(icon_name, _on_accent() if primary else None))
        b.setProperty("icon_name", icon_name)
    if primary:
        b.setProperty("primary", True)
    if tip:
        b.setToolTip(tip)
    b.setAccessibleName(text.replace("&", "").rstrip("…"))
    if slot is not None:
        b.clicked.connect(lambda _checked=False: slot())
    return b


def _on_accent() -> str:
    """The colour of words and icons on the accent fill (white in light, dark in dark)."""
    from lmt_tracker.gui import theme

    return theme.colours().accent_text


def tool_button(icon_name: str, tip: str, slot: Callable[[], object]) -> QToolButton:
    b = QToolButton()
    b.setIcon(icon(icon_name))
    b.setProperty("icon_name", icon_name)
    b.setIconSize(QSize(18, 18))
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setAutoRaise(True)
    b.clicked.connect(lambda _checked=False: slot())
    return b


def label(text: str = "", name: str = "", *, wrap: bool = False, rich: bool = False) -> QLabel:
    lab = QLabel(text)
    if name:
        lab.setObjectName(name)
    lab.setWordWrap(wrap)
    if rich:
        lab.setTextFormat(Qt.TextFormat.RichText)
        lab.setOpenExternalLinks(True)
    else:
        lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


def header(title: str, subtitle: str = "",
           buttons: Sequence[QWidget] = ()) -> tuple[QWidget, QLabel]:
    """A screen's title row with its main buttons on the right; returns (row, subtitle label).

    A "?" beside the title opens the user guide at the screen's section (``gui.guide``).
    """
    from lmt_tracker.gui.guide import help_button

    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 4)
    text = QVBoxLayout()
    text.setSpacing(0)
    title_row = QHBoxLayout()
    title_row.addWidget(label(title, "screenTitle"))
    title_row.addWidget(help_button(), 0, Qt.AlignmentFlag.AlignVCenter)
    title_row.addStretch(1)
    text.addLayout(title_row)
    sub = label(subtitle, "muted", wrap=True)
    text.addWidget(sub)
    lay.addLayout(text, 1)
    for b in buttons:
        lay.addWidget(b, 0, Qt.AlignmentFlag.AlignBottom)
    return row, sub


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(16, 14, 16, 14)
    lay.setSpacing(8)
    return frame, lay


class EmptyState(QWidget):
    """Shown instead of an empty table or page: what is missing and what to do about it."""

    def __init__(self, icon_name: str, title: str, text: str,
                 actions: Sequence[tuple[str, Callable[[], object]]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        picture = QLabel()
        self._picture, self._icon_name = picture, icon_name  # drawn when first shown
        picture.setProperty("icon_name", icon_name)  # re-tinted on a theme change
        picture.setProperty("icon_size", 48)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(picture)
        heading = label(title, "emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(heading)
        self.text = label(text, "muted", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(480)  # a fixed width lets the label size its wrapped height
        self.text.setMinimumHeight(self.text.heightForWidth(480))
        lay.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        for i, (text_, slot) in enumerate(actions):
            row.addWidget(button(text_, slot, primary=i == 0))
        row.addStretch(1)
        lay.addSpacing(8)
        lay.addLayout(row)
        lay.addStretch(2)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """The picture is drawn when the state is first shown: most pages never show it,
        and drawing an SVG at start-up delays the dashboard."""
        if self._picture.pixmap().isNull():
            self._picture.setPixmap(icon(self._icon_name).pixmap(48, 48))
        super().showEvent(event)


def chip(text: str, colour: str) -> QLabel:
    """A coloured status pill ("On track", "Short 6 h"); its words are the theme's
    ``chip_text`` (the sheet's ``QLabel#chip``), at least 4.5:1 on every status colour."""
    lab = label(text, "chip")
    lab.setStyleSheet(f"background: {colour};")
    lab.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    lab.setAccessibleName(translate("common", "Status: {text}").format(text=text))
    return lab


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of a layout (rebuilding a card list)."""
    while layout.count():
        item = layout.takeAt(0)
        assert item is not None  # count() says there is one
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear_layout(inner)
