"""The contract every screen of the main window follows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lmt_tracker.gui.context import AppContext


class Screen(QWidget):
    """One page of the main window, shown from the sidebar.

    Subclasses set ``key`` (stable id used by navigation, settings and screenshots),
    ``title`` (sidebar label) and ``icon`` (an SVG name in ``resources/icons``), build
    their widgets in ``__init__`` and reload what they show in ``refresh``. Screens
    are built lazily (on first show) to keep start-up fast; ``refresh`` is called
    on first show and whenever ``ctx.signals.data_changed`` names something they show.
    """

    key = ""
    title = ""
    icon = ""
    # Which data_changed topics this screen shows ("all" always refreshes).
    shows: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"screen-{self.key}")

    def refresh(self) -> None:
        """Reload the data this screen shows (screens with live data override this)."""
