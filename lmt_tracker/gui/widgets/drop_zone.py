"""A drop target for a certificate file: drag a PDF or image from the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from lmt_tracker.gui.icons import icon
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import label

ACCEPTED = (".pdf", ".png", ".jpg", ".jpeg")


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The single local PDF/PNG/JPEG file being dragged, else None."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in ACCEPTED else None


class DropZone(QFrame):
    """Shows the attached file's name; emits ``file_dropped`` with a dropped path."""

    file_dropped = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setAccessibleName(translate("drop_zone", "Certificate drop area"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        picture = QLabel()
        picture.setPixmap(icon("certificate").pixmap(22, 22))
        picture.setProperty("icon_name", "certificate")  # re-tinted on a theme change
        picture.setProperty("icon_size", 22)
        lay.addWidget(picture)
        self.text = label(translate("drop_zone", "No certificate. Drop a PDF, PNG or JPEG here, "
                                    "or choose a file."),
                          "muted", wrap=True)
        lay.addWidget(self.text, 1)

    def set_text(self, text: str) -> None:
        self.text.setText(text)

    def _active(self, on: bool) -> None:
        self.setProperty("active", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event) is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self._active(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._active(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._active(False)
        path = dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped.emit(path)
