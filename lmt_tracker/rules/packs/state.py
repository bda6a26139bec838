"""Which rule set is in force: the installed packs as recorded in ``state.json``, read only.

Its own module so that the loader can ask which folder to read without importing the
code that installs packs (which in turn loads rules through the loader).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# ``json`` and the manifest's module are imported where a pack is installed: the common
# start (no pack) only asks ``rules_in_force_dir``, on the way to the dashboard.


STATE_NAME = "state.json"


_CHECKED = re.compile(rb"^\s*checked\s*=\s*(\d{4}-\d{2}-\d{2})\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class PackEntry:
    """One installed pack as ``state.json`` records it."""

    folder: str
    pack_version: int
    date: dt.date
    trusted: bool
    installed: str  # ISO date-time

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": self.folder,
            "pack_version": self.pack_version,
            "date": self.date.isoformat(),
            "trusted": self.trusted,
            "installed": self.installed,
        }

    @property
    def label(self) -> str:
        return f"rule pack {self.pack_version} of {self.date.isoformat()}"


@dataclass(frozen=True, slots=True)
class InstalledState:
    """What is installed, what is in force, and why."""

    active: PackEntry | None
    history: tuple[PackEntry, ...]
    bundled_date: dt.date
    in_force: Path  # the folder the rules in force are read from
    note: str | None = None  # why an installed pack is not in force, when it is not

    @property
    def pack_in_force(self) -> PackEntry | None:
        return self.active if self.active is not None and self.note is None else None

    def describe(self) -> str:
        """One line for the user: which rules the app judges by."""
        pack = self.pack_in_force
        if pack is not None:
            signed = "" if pack.trusted else " (NOT signed by the release key)"
            return f"Rules in force: {pack.label}{signed}, installed {pack.installed[:10]}"
        checked = self.bundled_date.isoformat()
        text = f"Rules in force: the app's own rules (checked up to {checked})"
        return f"{text}; {self.note}" if self.note else text


def rules_root() -> Path:
    from lmt_tracker.paths import user_data_dir

    return user_data_dir() / "rules"


def bundled_date() -> dt.date:
    """The newest ``checked`` date in the app's own rule files.

    Read from the text, not through the loader: deciding which rule set is in force
    must not cost a full parse of the set that is then not used. The strict loader
    still validates every ``checked`` when the bundled set is loaded.
    """
    from lmt_tracker.paths import rules_dir
    from lmt_tracker.rules.loader.listing import rule_files

    newest = dt.date.min
    for path in rule_files(rules_dir()):
        for match in _CHECKED.finditer(path.read_bytes()):
            try:
                newest = max(newest, dt.date.fromisoformat(match.group(1).decode()))
            except ValueError:
                continue
    return newest


def _entry(raw: Any) -> PackEntry:
    if not isinstance(raw, dict):
        raise ValueError("an entry is not an object")
    folder = raw["folder"]
    if not isinstance(folder, str) or not re.fullmatch(r"\d+-[0-9a-f]{12}", folder):
        raise ValueError(f"folder {folder!r}")
    return PackEntry(
        folder=folder,
        pack_version=int(raw["pack_version"]),
        date=dt.date.fromisoformat(raw["date"]),
        trusted=bool(raw["trusted"]),
        installed=str(raw["installed"]),
    )


def _read_state(root: Path) -> tuple[PackEntry | None, tuple[PackEntry, ...], str | None]:
    path = root / STATE_NAME
    if not path.exists():
        return None, (), None
    import json

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        active = _entry(document["active"]) if document.get("active") is not None else None
        history = tuple(_entry(e) for e in document.get("history", []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return None, (), f"{path} is unreadable ({exc}); using the app's own rules"
    return active, history, None


def installed_state() -> InstalledState:
    """The installed packs and the folder whose rules are in force."""
    from lmt_tracker.paths import rules_dir

    root = rules_root()
    active, history, note = _read_state(root)
    shipped = bundled_date()
    in_force = rules_dir()
    if active is not None:
        folder = root / "packs" / active.folder
        damage = _damage(folder)
        if damage is not None:
            note = f"the installed {active.label} {damage}; using the app's own rules"
        elif active.date < shipped:
            note = (
                f"the installed {active.label} is older than the app's own rules "
                f"(checked up to {shipped.isoformat()}), so the app's own rules apply"
            )
        else:
            in_force = folder
    return InstalledState(active, history, shipped, in_force, note)


def _damage(folder: Path) -> str | None:
    """Why an installed pack's folder no longer matches its manifest, or None when it does.

    The pack was verified when installed; this catches a file changed or lost since
    (a few milliseconds: one hash per rule file).
    """
    from lmt_tracker.rules.packs import manifest as mf

    try:
        manifest = mf.parse((folder / mf.MANIFEST_NAME).read_bytes())
    except OSError:
        return f"is missing from {folder}"
    except mf.ManifestError as exc:
        return f"is damaged ({exc})"
    for name, digest in manifest.files.items():
        try:
            data = (folder / name).read_bytes()
        except OSError:
            return f"is damaged: {name} is missing from {folder}"
        if mf.sha256(data) != digest:
            return f"is damaged: {name} was changed after it was installed"
    return None


def rules_in_force_dir() -> Path:
    """The folder the rules in force are read from (a quick answer when no pack is installed,
    the common case: no scan of the bundled files)."""
    from lmt_tracker.paths import rules_dir

    if not (rules_root() / STATE_NAME).exists():
        return rules_dir()
    return installed_state().in_force
