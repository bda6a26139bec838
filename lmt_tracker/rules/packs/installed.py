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
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from lmt_tracker import portable
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.rules.packs import manifest as mf
from lmt_tracker.rules.packs.errors import PackError
from lmt_tracker.rules.packs.state import (
    STATE_NAME,
    InstalledState,
    PackEntry,
    installed_state,
    rules_root,
)

if TYPE_CHECKING:
    from lmt_tracker.rules.packs.archive import VerifiedPack

HISTORY_KEPT = 5
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
            ph(N_("{label} is already installed; nothing changed"), label=m.label) if same
            else ph(N_("{label} is older than the installed {active}; nothing changed (roll back "
                       "instead to return to an earlier pack)"), label=m.label,
                    active=active.label))
    if m.date < state.bundled_date:
        raise PackError(ph(
            N_("{label} is older than the rules shipped with this app (checked up to {date}); "
               "nothing changed"), label=m.label, date=state.bundled_date))


STALE_STAGING_SECONDS = 3600


def _remove_stale_staging(packs: Path) -> None:
    """Crash recovery: a staging folder an install killed half-way left (over an hour old)."""
    import time

    cutoff = time.time() - STALE_STAGING_SECONDS
    for old in packs.glob(".incoming-*"):
        try:
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass


def install(pack: VerifiedPack, *, now: dt.datetime | None = None) -> InstalledState:
    """Put a verified pack in force; the previously active pack goes into the history."""
    from lmt_tracker.rules.loader.files import forget_cached
    from lmt_tracker.rules.packs.archive import write_files

    state = installed_state()
    check_installable(pack, state)
    root = rules_root()
    packs = root / "packs"
    portable.private_folder(packs)
    folder = f"{pack.manifest.pack_version}-{mf.sha256(pack.manifest_bytes)[:12]}"
    target = packs / folder
    needed = sum(len(data) for data in pack.files.values()) + len(pack.manifest_bytes)
    _remove_stale_staging(packs)
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
        raise PackError(ph(
            N_("nothing to roll back: no rule pack is installed, the app's own rules are in "
               "force")))
    root = rules_root()
    previous = state.history[0] if state.history else None
    _write_state(root, previous, state.history[1:])
    dropped = state.active.folder
    if all(e.folder != dropped for e in state.history):
        shutil.rmtree(root / "packs" / dropped, ignore_errors=True)
    forget_cached()
    return installed_state()

