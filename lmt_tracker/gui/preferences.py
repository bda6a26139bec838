"""Per-machine preferences (window geometry, theme, last screen) in an INI file.

QSettings would default to the registry or ``~/.config/<org>``; we point it at the
platformdirs config folder so every file the app writes is where the docs say.
Settings that belong to the data (reminder lead times) live in the database.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from lmt_tracker import APP_NAME, portable


@cache
def config_file() -> Path:
    folder = xdg_config_folder()
    if folder is None:
        from platformdirs import user_config_dir

        folder = Path(user_config_dir(APP_NAME, appauthor=False))
    portable.private_folder(folder)
    return folder / "window.ini"


def xdg_config_folder() -> Path | None:
    """On Linux, the folder ``platformdirs.user_config_dir`` names, without importing it.

    The settings are read before the first paint (theme, language, geometry), and
    importing platformdirs costs about 5 ms there. Its rule: ``$XDG_CONFIG_HOME`` when that
    is an absolute path, else ``$HOME/.config``; anything unusual (no absolute ``HOME``,
    another platform) returns None and platformdirs decides. A test holds the two equal.
    """
    if not sys.platform.startswith("linux"):
        return None
    config = os.environ.get("XDG_CONFIG_HOME", "")
    if not config.startswith("/"):
        home = os.environ.get("HOME", "")
        if not home.startswith("/"):
            return None
        config = home.rstrip("/") + "/.config"
    return Path(config) / APP_NAME


def settings() -> QSettings:
    return QSettings(str(config_file()), QSettings.Format.IniFormat)


def theme() -> str:
    return str(settings().value("theme", "system"))


def set_theme(value: str) -> None:
    s = settings()
    s.setValue("theme", value)
    s.sync()


def language() -> str:
    """The language chosen in Settings: "system" (the default), or a code ("en", "es")."""
    return str(settings().value("language", "system"))


def set_language(value: str) -> None:
    s = settings()
    s.setValue("language", value)
    s.sync()


def recent_databases() -> list[str]:
    value: Any = settings().value("recent", [])  # a list, or one string (QSettings)
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value or []]
