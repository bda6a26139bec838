"""The one place that knows where files live: source tree, installed wheel or frozen build.

Bundled read-only data (rule files, fonts, icons) sits inside the package when
installed (``lmt_tracker/state_requirements``, ``lmt_tracker/resources``), beside
the package in a source checkout, and under ``sys._MEIPASS`` in a PyInstaller build.
User data (the default database, backups, settings) lives in the platformdirs
user data folder, nowhere else.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from lmt_tracker import APP_NAME

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "lmt_tracker" / name)
    found.append(_PACKAGE / name)  # installed: data copied inside the package
    found.append(_PACKAGE.parent / name)  # source checkout: top-level folder
    return found


@cache
def _bundled(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    tried = ", ".join(str(p) for p in _candidates(name))
    raise FileNotFoundError(f"bundled folder {name!r} not found (looked in: {tried})")


def rules_dir() -> Path:
    """The folder of jurisdiction rule files (``state_requirements``)."""
    return _bundled("state_requirements")


def resources_dir() -> Path:
    """Icons, fonts and other read-only resources."""
    return _bundled("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def docs_dir() -> Path:
    """The user guide's folder: ``docs/`` in a checkout, ``lmt_tracker/docs`` installed."""
    return _bundled("docs")


def user_guide() -> Path:
    """The user guide (Markdown; its pictures in ``guide/`` beside it)."""
    return docs_dir() / "user-guide.md"


def migrations_dir() -> Path:
    return _PACKAGE / "store" / "migrations"


def user_data_dir() -> Path:
    """The per-user data folder (created on first use, owner-only)."""
    from platformdirs import user_data_dir as _udd

    from lmt_tracker import portable

    return portable.private_folder(Path(_udd(APP_NAME, appauthor=False)))


def user_cache_dir() -> Path:
    """The per-user cache folder (not created here: a cache is written only when useful)."""
    from platformdirs import user_cache_dir as _ucd

    return Path(_ucd(APP_NAME, appauthor=False))


def default_database() -> Path:
    return user_data_dir() / "lmt-tracker.sqlite3"


def backups_dir() -> Path:
    from lmt_tracker import portable

    return portable.private_folder(user_data_dir() / "backups")


def database_from_env() -> str | None:
    return os.environ.get("LMT_TRACKER_DB") or None
