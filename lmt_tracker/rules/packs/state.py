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

from lmt_tracker.domain.core.phrases import N_, Phrase, ph

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
    def label(self) -> Phrase:
        """"rule pack 20261204 of 2026-12-04", as ``manifest.Manifest.label`` words it."""
        return ph(N_("rule pack {version} of {date}"), version=str(self.pack_version),
                  date=self.date)


@dataclass(frozen=True, slots=True)
class InstalledState:
    """What is installed, what is in force, and why."""

    active: PackEntry | None
    history: tuple[PackEntry, ...]
    bundled_date: dt.date
    in_force: Path  # the folder the rules in force are read from
    note: Phrase | None = None  # why an installed pack is not in force, when it is not

    @property
    def pack_in_force(self) -> PackEntry | None:
        return self.active if self.active is not None and self.note is None else None

    def describe(self) -> Phrase:
        """One line for the user: which rules the app judges by (a phrase, shown in the
        user's language)."""
        pack = self.pack_in_force
        if pack is not None:
            try:
                installed: str | dt.date = dt.date.fromisoformat(pack.installed[:10])
            except ValueError:  # state.json as written by hand: shown as it is
                installed = pack.installed[:10]
            return ph(N_("Rules in force: {label}, installed {date}") if pack.trusted
                      else N_("Rules in force: {label} (NOT signed by the release key), "
                              "installed {date}"), label=pack.label, date=installed)
        text = ph(N_("Rules in force: the app's own rules (checked up to {date})"),
                  date=self.bundled_date)
        return Phrase("{text}; {note}", {"text": text, "note": self.note}) if self.note else text


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


def _read_state(root: Path) -> tuple[PackEntry | None, tuple[PackEntry, ...], Phrase | None]:
    path = root / STATE_NAME
    if not path.exists():
        return None, (), None
    import json

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        active = _entry(document["active"]) if document.get("active") is not None else None
        history = tuple(_entry(e) for e in document.get("history", []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return None, (), ph(N_("{path} is unreadable ({why}); using the app's own rules"),
                            path=str(path), why=str(exc))
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
            note = ph(N_("the installed {label} {damage}; using the app's own rules"),
                      label=active.label, damage=damage)
        elif active.date < shipped:
            note = ph(N_("the installed {label} is older than the app's own rules (checked up "
                         "to {date}), so the app's own rules apply"), label=active.label,
                      date=shipped)
        else:
            in_force = folder
    return InstalledState(active, history, shipped, in_force, note)


def _damage(folder: Path) -> Phrase | None:
    """Why an installed pack's folder no longer matches its manifest, or None when it does.

    The pack was verified when installed; this catches a file changed or lost since
    (a few milliseconds: one hash per rule file).
    """
    from lmt_tracker.rules.packs import manifest as mf

    try:
        manifest = mf.parse((folder / mf.MANIFEST_NAME).read_bytes())
    except OSError:
        return ph(N_("is missing from {folder}"), folder=str(folder))
    except mf.ManifestError as exc:
        return ph(N_("is damaged ({why})"), why=exc.args[0])
    for name, digest in manifest.files.items():
        try:
            data = (folder / name).read_bytes()
        except OSError:
            return ph(N_("is damaged: {file} is missing from {folder}"), file=name,
                      folder=str(folder))
        if mf.sha256(data) != digest:
            return ph(N_("is damaged: {file} was changed after it was installed"), file=name)
    return None


def rules_in_force_dir() -> Path:
    """The folder the rules in force are read from (a quick answer when no pack is installed,
    the common case: no scan of the bundled files)."""
    from lmt_tracker.paths import rules_dir

    if not (rules_root() / STATE_NAME).exists():
        return rules_dir()
    return installed_state().in_force
