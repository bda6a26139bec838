"""The rule packs installed in the user data folder, and which rule set is in force.

Layout under ``<user data>/rules/``::

    packs/<version>-<manifest hash>/   the pack's rule files, manifest.json, manifest.sig
    state.json                         {"active": {...} | null, "history": [{...}, ...]}

``state.json`` is the single switch: installing writes the new pack's folder first and
then replaces ``state.json`` in one atomic rename, so a crash leaves either the old or
the new rules in force, never a mixture. ``history`` lists the packs that were in force
before, newest first; rolling back makes the first of them active again (or the app's
own rules when there is none).

An installed pack is in force while it is not older than the app's own rules: a newer
app release, whose bundled rules were checked after the pack's date, wins again.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lmt_tracker import portable
from lmt_tracker.rules.packs import manifest as mf
from lmt_tracker.rules.packs.errors import PackError

if TYPE_CHECKING:
    from lmt_tracker.rules.packs.archive import VerifiedPack

STATE_NAME = "state.json"
HISTORY_KEPT = 5
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
    from lmt_tracker.rules.loader import rule_files

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


def _write_state(root: Path, active: PackEntry | None, history: tuple[PackEntry, ...]) -> None:
    document = {
        "active": active.to_json() if active is not None else None,
        "history": [e.to_json() for e in history[:HISTORY_KEPT]],
    }
    portable.atomic_write(root / STATE_NAME, json.dumps(document, indent=2).encode("utf-8"))


def check_installable(pack: VerifiedPack, state: InstalledState | None = None) -> None:
    """Refuse a pack that is not newer than what is installed or shipped (``PackError``)."""
    state = state or installed_state()
    m = pack.manifest
    active = state.active
    if active is not None and m.pack_version <= active.pack_version:
        same = m.pack_version == active.pack_version
        raise PackError(
            f"{m.label} is {'already installed' if same else 'older than the installed '}"
            f"{'' if same else active.label}; nothing changed"
            + ("" if same else " (roll back instead to return to an earlier pack)")
        )
    if m.date < state.bundled_date:
        raise PackError(
            f"{m.label} is older than the rules shipped with this app (checked up to "
            f"{state.bundled_date.isoformat()}); nothing changed"
        )


def install(pack: VerifiedPack, *, now: dt.datetime | None = None) -> InstalledState:
    """Put a verified pack in force; the previously active pack goes into the history."""
    from lmt_tracker.rules.loader.files import forget_cached
    from lmt_tracker.rules.packs.archive import write_files

    state = installed_state()
    check_installable(pack, state)
    root = rules_root()
    packs = root / "packs"
    packs.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = f"{pack.manifest.pack_version}-{mf.sha256(pack.manifest_bytes)[:12]}"
    target = packs / folder
    needed = sum(len(data) for data in pack.files.values()) + len(pack.manifest_bytes)
    staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=packs))
    try:
        write_files(staging, pack.files)
        portable.write_new(staging / mf.MANIFEST_NAME, pack.manifest_bytes)
        if pack.signature is not None:
            import base64

            portable.write_new(staging / mf.SIGNATURE_NAME,
                               base64.b64encode(pack.signature) + b"\n")
        if target.exists():
            shutil.rmtree(target)
        portable.replace(staging, target)
    except portable.DiskFullError as exc:  # name the pack's folder, not the hidden staging one
        shutil.rmtree(staging, ignore_errors=True)
        raise portable.DiskFullError(target, needed) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    when = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    m = pack.manifest
    entry = PackEntry(folder, m.pack_version, m.date, pack.trust.trusted, when)
    history = ((state.active,) if state.active is not None else ()) + state.history
    _write_state(root, entry, history)
    forget_cached()
    return installed_state()


def roll_back() -> InstalledState:
    """Return to the pack in force before the active one, or to the app's own rules."""
    from lmt_tracker.rules.loader.files import forget_cached

    state = installed_state()
    if state.active is None:
        raise PackError(
            "nothing to roll back: no rule pack is installed, the app's own rules are in force"
        )
    root = rules_root()
    previous = state.history[0] if state.history else None
    _write_state(root, previous, state.history[1:])
    dropped = state.active.folder
    if all(e.folder != dropped for e in state.history):
        shutil.rmtree(root / "packs" / dropped, ignore_errors=True)
    forget_cached()
    return installed_state()
