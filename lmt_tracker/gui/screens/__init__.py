"""The screens of the main window, in sidebar order (Ctrl+1 … Ctrl+9).

Listed by module path so the sidebar can be drawn without importing any screen:
each module is imported when its screen is first shown. The School screen is
included when its module is present.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import NamedTuple

from lmt_tracker.gui.translation import translate


class ScreenEntry(NamedTuple):
    key: str
    title: str
    icon: str
    module: str


_ALL = (
    ScreenEntry("dashboard", translate("screens", "Dashboard"), "dashboard", "dashboard"),
    ScreenEntry("training", translate("screens", "Training"), "training", "training"),
    ScreenEntry("exams", translate("screens", "Exams"), "exams", "exams"),
    ScreenEntry("credentials", translate("screens", "Credentials"), "credentials", "credentials"),
    ScreenEntry("courses", translate("screens", "CE courses"), "courses", "courses"),
    ScreenEntry("rules", translate("screens", "Rules"), "rules", "rules"),
    ScreenEntry("reports", translate("screens", "Reports"), "reports", "reports"),
    ScreenEntry("school", translate("screens", "School"), "school", "school"),
    ScreenEntry("settings", translate("screens", "Settings"), "settings", "settings"),
)


def _present(entry: ScreenEntry) -> bool:
    return importlib.util.find_spec(f"{__name__}.{entry.module}") is not None


def entries() -> list[ScreenEntry]:
    """The screens available in this build, in order."""
    return [e for e in _ALL if e.key != "school" or _present(e)]


def screen_class(entry: ScreenEntry) -> type:
    """Import a screen's module and find its Screen subclass by key."""
    from lmt_tracker.gui.screens.base import Screen

    module = importlib.import_module(f"{__name__}.{entry.module}")
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, Screen) and value.key == entry.key:
            return value
    raise LookupError(f"{module.__name__} has no Screen with key {entry.key!r}")
