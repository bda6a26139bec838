"""A window showing one certificate (PDF through QtPdf, or an image)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from lmt_tracker.domain.core.records import Certificate
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import label
from lmt_tracker.gui.widgets.preview import DocumentView


class CertificateDialog(QDialog):
    def __init__(self, certificate: Certificate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("certificate_dialog", "Certificate — {0}")
                            .format(certificate.file_name))
        self.setAccessibleName(translate("certificate_dialog", "Certificate preview"))
        self.resize(820, 640)
        lay = QVBoxLayout(self)
        size = len(certificate.data) // 1024
        lay.addWidget(label(translate("certificate_dialog", "{0} · {1} · {size:,} KB")
                            .format(certificate.file_name, certificate.media_type, size=size),
                            "muted"))
        self.view = DocumentView()
        lay.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.view.show_bytes(certificate.data, certificate.media_type)
