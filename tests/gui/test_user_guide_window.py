"""Help › User guide (F1) and each screen's "?": the guide opens offline at the right section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QToolButton

from lmt_tracker.gui.guide import SECTIONS, GuideWindow


@pytest.fixture
def harness(harness_for, licensed_store):
    return harness_for(licensed_store)


def _top_heading(guide: GuideWindow) -> str:
    """The text of the first heading visible at the top of the guide's view."""
    browser = guide.browser
    cursor = browser.cursorForPosition(browser.viewport().rect().topLeft())
    block = cursor.block()
    while block.isValid() and block.blockFormat().headingLevel() == 0:
        block = block.next()
    return block.text()


def test_the_guide_shows_its_pictures_from_the_installed_files(qtbot, app) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    document = guide.browser.document()
    assert "First set-up" in document.toPlainText()
    images = _image_names(document)
    assert len(images) >= 8
    for name in images:
        picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert picture is not None and not picture.isNull(), name


def _image_names(document: QTextDocument) -> list[str]:
    names, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def test_f1_opens_the_guide_at_the_section_of_the_screen_on_show(harness, qtbot) -> None:
    harness.screen("reports")
    window = harness.window
    assert window.guide_action.shortcut().toString() == "F1"
    with qtbot.waitSignal(window.guide_action.triggered):
        window.guide_action.trigger()
    guide_window = window.guide_window
    assert guide_window.isVisible()
    assert _top_heading(guide_window) == "Being audited"
    guide_window.close()


@pytest.mark.parametrize("key", ["courses", "school", "settings", "rules"])
def test_the_question_mark_on_each_screen_opens_its_section(harness, qtbot, key) -> None:
    screen = harness.screen(key)
    (button,) = [b for b in screen.findChildren(QToolButton) if b.objectName() == "helpButton"]
    assert button.accessibleName() and button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    guide = harness.window.guide_window
    assert guide.isVisible()
    headings = {"courses": "Adding a course from a certificate",
                "school": "A school's graduation audit",
                "settings": "Backups and moving to a new computer",
                "rules": "When you move states"}
    assert _top_heading(guide) == headings[key]
    assert SECTIONS[key]
    guide.close()


def test_a_link_inside_the_guide_moves_to_its_section(qtbot, app) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    with qtbot.waitSignal(guide.section_shown) as shown:
        guide.browser.anchorClicked.emit(QUrl("#being-audited"))
    assert shown.args == ["being-audited"]
    assert _top_heading(guide) == "Being audited"


def test_an_unknown_section_shows_the_top(qtbot, app) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    assert guide.show_section("no-such-section") is False
    assert guide.browser.verticalScrollBar().value() == 0


def test_a_missing_guide_says_so_and_how_to_get_it_back(qtbot, app, monkeypatch, tmp_path) -> None:
    from lmt_tracker import paths

    monkeypatch.setattr(paths, "user_guide", lambda: tmp_path / "user-guide.md")
    guide = GuideWindow()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "missing" in text and "Reinstalling" in text and str(tmp_path) in text
