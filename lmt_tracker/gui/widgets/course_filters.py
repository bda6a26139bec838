"""The CE table's filter bar: search, date range, topic, delivery, credential, certificate."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from lmt_tracker.domain.core import vocabulary
from lmt_tracker.domain.core.records import Credential
from lmt_tracker.gui.icons import icon
from lmt_tracker.gui.models.course_filter import CourseFilter
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button, label
from lmt_tracker.gui.widgets.forms import DateEdit
from lmt_tracker.gui.words import word

DEBOUNCE_MS = 180


def _combo(name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.addItem(translate("course_filters", "Any {0}").format(name.lower()), None)
    for text, data in items:
        combo.addItem(text, data)
    return combo


class CourseFilterBar(QWidget):
    """Emits ``changed`` with a new CourseFilter (typing is debounced)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        top, lay = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(lay)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("course_filters", "Search title, provider, "
                                                 "approval number…  (Ctrl+F)"))
        self.search.setAccessibleName(translate("course_filters", "Search courses"))
        self.search.setClearButtonEnabled(True)
        search_icon = self.search.addAction(icon("search"),
                                            QLineEdit.ActionPosition.LeadingPosition)
        search_icon.setProperty("icon_name", "search")  # re-tinted on a theme change
        # the picture's name for a screen reader
        search_icon.setText(translate("course_filters", "Search"))
        top.addWidget(self.search, 1)
        self.start, self.end = DateEdit(optional=True), DateEdit(optional=True)
        self.start.setAccessibleName(translate("course_filters", "Completed from"))
        self.end.setAccessibleName(translate("course_filters", "Completed until"))
        lay.addWidget(label(translate("course_filters", "From")))
        lay.addWidget(self.start)
        lay.addWidget(label(translate("course_filters", "to")))
        lay.addWidget(self.end)
        self.topic = _combo(translate("course_filters", "Topic"),
                            [(word(t), t) for t in sorted(vocabulary.CE_TOPICS, key=word)])
        self.delivery = _combo(translate("course_filters", "Delivery"), [(word(d), d) for d in
                                            ("in_person", "live_online", "self_study")])
        self.credential = _combo(translate("course_filters", "Credential"), [])
        self.certificate = _combo(translate("course_filters", "Certificate"),
                                  [(translate("course_filters", "With certificate"), True),
                                                  (translate("course_filters",
                                                             "Without certificate"), False)])
        for combo in (self.topic, self.delivery, self.credential, self.certificate):
            lay.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._emit)
        top.addWidget(button(translate("course_filters", "Clear filters"), self.clear,
                             icon_name="filter"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.start.dateChanged.connect(lambda _d: self._emit())
        self.end.dateChanged.connect(lambda _d: self._emit())

    def set_credentials(self, credentials: Sequence[Credential]) -> None:
        current = self.credential.currentData()
        self.credential.blockSignals(True)
        while self.credential.count() > 1:
            self.credential.removeItem(1)
        for c in credentials:
            self.credential.addItem(f"{c.jurisdiction} · {c.title or word(c.kind)}", c.id)
        index = self.credential.findData(current) if current is not None else 0
        self.credential.setCurrentIndex(max(0, index))
        self.credential.blockSignals(False)

    def value(self) -> CourseFilter:
        return CourseFilter(
            text=self.search.text().strip(), start=self.start.value(), end=self.end.value(),
            topic=self.topic.currentData(), delivery=self.delivery.currentData(),
            credential_id=self.credential.currentData(),
            has_certificate=self.certificate.currentData())

    def clear(self) -> None:
        for w in (self.search, self.start, self.end, self.topic, self.delivery, self.credential,
                  self.certificate):
            w.blockSignals(True)
        self.search.clear()
        self.start.set_value(None)
        self.end.set_value(None)
        for combo in (self.topic, self.delivery, self.credential, self.certificate):
            combo.setCurrentIndex(0)
        for w in (self.search, self.start, self.end, self.topic, self.delivery, self.credential,
                  self.certificate):
            w.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.value())
