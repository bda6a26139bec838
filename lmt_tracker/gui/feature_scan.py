"""PySide6 reads the source of every module imported after it: make that read cheap.

Why: PySide6 lets a module opt into its ``__feature__`` switches (``snake_case``,
``true_property``). To know which modules might, its import hook looks at every module
imported after PySide6 — the first time each is imported — and searches its *source*
for the word "PySide6" (``shibokensupport/feature.py``, ``_mod_uses_pyside``,
PYSIDE-2029). It reads that source through ``inspect.getsource`` (``linecache``, the
encoding cookie, the lines joined again): about half a millisecond a module, and the
app imports some 150 modules after PySide6 between its start and the dashboard drawn —
about 20 ms of CPU on this machine, a tenth of the time a bare window takes to paint.

``install`` puts in its place a check with the same answer: the bytes of the module's
``.py`` file searched for ``b"PySide6"``. A module without a ``.py`` file on disk (built
in, a compiled extension, bytecode only) has no source for ``inspect`` either, and gets
False as it would have. The app never uses ``__feature__``, so the answers matter only
to other code that might; they are kept the same all the same. If a PySide6 release
renames or drops the hook, ``install`` changes nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

#: PySide6's own check, once ``install`` has replaced it (tests compare the two).
replaced: Callable[[ModuleType], bool] | None = None


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (False without one)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def install() -> bool:
    """Use ``uses_pyside`` for PySide6's check; True when its hook was found and replaced."""
    global replaced
    feature = sys.modules.get("shibokensupport.feature")
    current = getattr(feature, "_mod_uses_pyside", None)
    if current is uses_pyside:
        return True
    if not callable(current):
        return False
    replaced = current
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a module of PySide6
    return True
