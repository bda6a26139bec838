"""What runs before the window's first paint was made cheaper without changing its result.

Issue 17 (first paint within 1.3x a bare window): the settings folder is found without
platformdirs on Linux, the desktop's palette is kept without ``QPalette``'s copy
constructor, and the PDFs' language is chosen before the paint but loaded at its first
use. ``tests/test_startup_imports.py`` pins what is imported; these pin that the
answers are the same as the slower way's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from lmt_tracker import language
from lmt_tracker.gui import preferences, theme


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux rule only")
@pytest.mark.parametrize(("xdg", "home"), [
    ("/srv/cfg", "/home/ana"),       # XDG_CONFIG_HOME wins when absolute
    ("/srv/cfg/", "/home/ana"),      # a trailing slash
    ("", "/home/ana"),               # empty: HOME/.config
    (None, "/home/ana/"),            # unset, HOME with a trailing slash
    ("relative/cfg", "/home/ana"),   # relative: ignored, as the XDG spec says
    (None, "/"),                     # HOME is the root
])
def test_the_settings_folder_is_the_one_platformdirs_names(monkeypatch, xdg, home) -> None:
    from platformdirs import user_config_dir

    if xdg is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
    monkeypatch.setenv("HOME", home)
    expected = Path(user_config_dir("lmt-tracker", appauthor=False))
    assert preferences.xdg_config_folder() == expected


def test_without_an_absolute_home_platformdirs_decides(monkeypatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", "not/absolute")
    assert preferences.xdg_config_folder() is None


def test_the_desktop_palette_is_kept_apart_from_the_one_the_theme_sets(app,
                                                                      monkeypatch) -> None:
    """The high-contrast "follow the system" reads the desktop's palette after ours has
    replaced it: what ``apply`` keeps must be a copy, not the application's live one."""
    desktop = QPalette()
    desktop.setColor(QPalette.ColorRole.Window, QColor("#123456"))
    app.setPalette(desktop)
    monkeypatch.setattr(theme, "_platform", None)  # as at start: nothing kept yet
    try:
        theme.apply(app, "dark")
        assert app.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
        kept = theme._platform
        assert kept is not None
        assert kept.color(QPalette.ColorRole.Window).name() == "#123456"
    finally:
        theme.apply(app, "light")


def test_the_chosen_language_is_loaded_at_its_first_use() -> None:
    try:
        language.prefer("es")
        assert language._("Requirements") == "Requisitos"
        assert language.code() == "es"
        language.prefer("en")
        assert language._("Requirements") == "Requirements"
        assert language.code() == "en"
    finally:
        language.use(None)


def test_opening_the_app_without_a_database_lets_the_window_choose_the_last_real_one(
        monkeypatch) -> None:
    """``lmt-tracker`` alone: the window gets "" and opens the last real database (README),
    not the default file named by ``__main__`` before the paint (which also imported
    platformdirs there); the log is left to the window, set up after its first paint."""
    import lmt_tracker.__main__ as entry
    from lmt_tracker.gui import app

    calls: list[tuple[str, dict[str, object]]] = []
    monkeypatch.setattr(app, "run", lambda target, **options: calls.append((target, options))
                        or 0)
    monkeypatch.delenv("LMT_TRACKER_DB", raising=False)
    assert entry.main([]) == 0
    assert entry.main(["--db", "/srv/records.sqlite3", "--verbose"]) == 0
    assert calls == [("", {"smoke": False, "verbose": False, "document": None}),
                     ("/srv/records.sqlite3", {"smoke": False, "verbose": True, "document": None})]
