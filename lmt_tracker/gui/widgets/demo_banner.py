"""The strip across the top while the demo is open: it is sample data, not your record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button, label

TEXT = translate("demo_banner", "Sample data — not your record")


class DemoBanner(QFrame):
    """Shown only while the demo file is the open database."""

    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setAccessibleName(TEXT)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 8, 6)
        self.text = label(translate("demo_banner", "<b>{TEXT}</b> — the demo opens in its own "
                                    "file; nothing you do here touches your own "
                                    "database.").format(TEXT=TEXT), rich=True, wrap=True)
        lay.addWidget(self.text, 1)
        self.leave = button(translate("demo_banner", "Leave the demo"), self.leave_requested.emit,
                            icon_name="close")
        lay.addWidget(self.leave)
        self.hide()
