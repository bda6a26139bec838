"""GUI fixtures: a themed app, a context over a tmp database, the main window attached.

Every wait is on a signal or a condition (qtbot.waitUntil), never a sleep.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

TASK_TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def fresh_preferences():
    """Each test's private HOME has its own preferences file (the path is cached)."""
    from lmt_tracker.gui import preferences

    preferences.config_file.cache_clear()
    yield
    preferences.config_file.cache_clear()


@pytest.fixture(autouse=True)
def us_dates():
    """Screens show dates in the user's locale: the tests read them as in the US."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def app(qapp):
    from lmt_tracker.gui import theme

    theme.apply(qapp, "light")
    return qapp


@pytest.fixture
def licensed_store(store):
    """A therapist with one Florida licence and no courses (so progress starts at zero)."""
    from lmt_tracker.domain.core.records import Credential, Therapist

    today = dt.date.today()
    store.save_therapist(Therapist("Ana", "Lopes", dt.date(1990, 5, 1)))
    store.save_credential(Credential("state_license", "FL", "MA1", "Licensed Massage Therapist",
                                     today.replace(year=today.year - 3),
                                     today.replace(year=today.year + 1)))
    return store


class Harness:
    """The main window over a store, with helpers to wait for background work."""

    def __init__(self, qtbot: Any, store: Any) -> None:
        from lmt_tracker.gui.context import AppContext
        from lmt_tracker.gui.main_window import MainWindow

        self.qtbot = qtbot
        self.store = store
        self.ctx = AppContext(store)
        self.window = MainWindow(store.target.describe())
        qtbot.addWidget(self.window)
        self.window.resize(1200, 800)
        self.window.show()
        self.window.attach(self.ctx)
        self.idle()

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.ctx.busy, timeout=TASK_TIMEOUT_MS)

    def screen(self, key: str) -> Any:
        screen = self.window.show_screen(key)
        self.idle()
        return screen

    def close(self) -> None:
        from lmt_tracker.gui import tasks

        tasks.shutdown(self.ctx)
        self.window.close()
        if self.ctx.store is not self.store:  # the window switched database (demo, open)
            self.ctx.store.close()


@pytest.fixture
def harness_for(app, qtbot) -> Iterator[Any]:
    made: list[Harness] = []

    def make(store: Any) -> Harness:
        h = Harness(qtbot, store)
        made.append(h)
        return h

    yield make
    for h in made:
        h.close()


@pytest.fixture
def png_file(tmp_path):
    """A small real PNG certificate on disk."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    path = tmp_path / "certificate.png"
    assert image.save(str(path))
    return path


def course(title: str = "Ethics refresher", hours: str = "3", **changes: Any) -> Any:
    from lmt_tracker.domain.core.records import Course, TopicHours

    values: dict[str, Any] = dict(
        title=title, provider="CE Co", completed=dt.date.today() - dt.timedelta(days=10),
        hours=Decimal(hours), delivery="in_person",
        topics=(TopicHours("ethics", Decimal(hours)),))
    values.update(changes)
    return Course(**values)


@pytest.fixture
def spanish_window(app, monkeypatch):
    """The window's words (Qt's translator, es_US dates and numbers) and the core's
    sentences in Spanish for one test; English and the previous locale put back after."""
    from PySide6.QtCore import QLocale

    from lmt_tracker import language
    from lmt_tracker.gui import translation

    monkeypatch.setattr(language, "_current", language._current)
    monkeypatch.setattr(language, "_chosen", language._chosen)
    before = QLocale()
    translation.install(app, "es")
    QLocale.setDefault(QLocale("es_US"))
    language.use("es")
    yield app
    translation.install(app, "en")
    QLocale.setDefault(before)
