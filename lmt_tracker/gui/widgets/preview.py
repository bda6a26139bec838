"""Showing a certificate or report: QtPdf for PDFs, a scaled image for PNG/JPEG.

QtPdf is imported only when the first PDF is shown. QtPdf draws pages on a
transparent background, so the view's background is set to white.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QWidget

from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import label

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

# A preview is at most this many pixels on its longer side (a screen's width, twice over);
# a scan is decoded straight to that size, so a 40-megapixel photo costs ~20 MB, not 160.
PREVIEW_SIDE = 3000
# An image declaring more pixels than this is not decoded at all (a "decompression bomb":
# a few hundred KB on disk, gigabytes once drawn). The same limit as in the renewal PDF.
MAX_PREVIEW_PIXELS = 50_000_000


def read_preview_image(data: bytes) -> QImage | str:
    """The image to preview, decoded no larger than ``PREVIEW_SIDE``; or why it cannot be.

    The size is read from the header first (``QImageReader.size`` decodes nothing), so
    a file claiming 100 megapixels is refused before any pixel memory is taken.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return translate("preview", "This image cannot be read; attach the file again")
    width, height = size.width(), size.height()
    if width * height > MAX_PREVIEW_PIXELS:
        return (translate("preview", "This picture is {width:,} × {height:,} pixels ({0:,.0f} "
                          "megapixels), too large to preview; it is stored as it is. "
                          "Scan it at 300 dpi or save a smaller copy to see it here.")
                .format(width * height / 1000000.0, width=width, height=height))
    scale = min(1.0, PREVIEW_SIDE / max(width, height))
    if scale < 1.0:
        reader.setScaledSize(QSize(max(1, round(width * scale)), max(1, round(height * scale))))
    image = reader.read()
    if image.isNull():
        return translate("preview", "This image cannot be read; attach the file again")
    return image


class DocumentView(QStackedWidget):
    """Shows PDF bytes, image bytes, or a message when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("preview", "Document preview"))
        self.message = label(translate("preview", "Nothing to preview"), "muted", wrap=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.message)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(translate("preview", "Certificate image"))
        scroll = QScrollArea()
        # arrows scroll it
        scroll.setAccessibleName(translate("preview", "Certificate image, scrollable"))
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.addWidget(scroll)
        self._pixmap: QPixmap | None = None
        self._pdf_view: QWidget | None = None
        self._pdf_doc: QPdfDocument | None = None
        self._buffer: QBuffer | None = None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_bytes(self, data: bytes, media_type: str, *, vet: bool = True) -> None:
        """Show a document; ``vet``: a PDF from outside (a certificate) is checked first.

        PDFium, behind QtPdf, renders whatever it is given without limits, so a
        certificate goes through ``pdf_hazard`` (pypdf, bounded) before it; the app's own
        reports need not.
        """
        if media_type == "application/pdf":
            if vet:
                from lmt_tracker.io.pdf_safety import pdf_hazard

                hazard = pdf_hazard(data)
                if hazard is not None:
                    self.show_message(translate("preview", "This PDF is not previewed: "
                                                "{hazard}. It is stored as it is; "
                                                "export it to inspect it with care.")
                                      .format(hazard=hazard))
                    return
            self._show_pdf(data)
        elif media_type.startswith("image/"):
            self._show_image(data)
        else:
            self.show_message(translate("preview", "Cannot preview a {media_type} file")
                              .format(media_type=media_type))

    def show_file(self, path: Path) -> None:
        data = path.read_bytes()
        media = "application/pdf" if data.startswith(b"%PDF-") else "image/png"
        self.show_bytes(data, media, vet=False)  # a file this app wrote (a report)

    def _show_image(self, data: bytes) -> None:
        image = read_preview_image(data)
        if isinstance(image, str):
            self.show_message(image)
            return
        self._pixmap = QPixmap.fromImage(image)
        self._fit_image()
        self.setCurrentIndex(1)

    def _fit_image(self) -> None:
        if self._pixmap is None:
            return
        width = max(200, self.width() - 30)
        self.image.setPixmap(self._pixmap.scaledToWidth(
            min(width, self._pixmap.width()), Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.currentIndex() == 1:
            self._fit_image()

    def _ensure_pdf(self) -> None:
        if self._pdf_view is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        doc = self._pdf_doc = QPdfDocument(self)
        view = QPdfView(self)
        view.setDocument(doc)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(translate("preview", "PDF preview"))
        palette = view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor("#8a939c"))
        view.setPalette(palette)
        self._pdf_view = view
        self.addWidget(view)

    def _show_pdf(self, data: bytes) -> None:
        self._ensure_pdf()
        assert self._pdf_doc is not None and self._pdf_view is not None
        self._pdf_doc.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._pdf_doc.load(buffer)
        if self._pdf_doc.pageCount() == 0:
            self.show_message(translate("preview", "This PDF cannot be read; attach the file "
                                        "again"))
            return
        self.setCurrentWidget(self._pdf_view)

    def page_count(self) -> int:
        """Pages of the PDF shown (0 when none): used by tests and the report screen."""
        if self._pdf_doc is None or self.currentWidget() is not self._pdf_view:
            return 0
        return int(self._pdf_doc.pageCount())
