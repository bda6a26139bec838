"""Deleting a stored class from the School screen.

Confirmed first, then done through the undo stack with each graduate's version as the
window read it: a class whose graduates were changed elsewhere since is kept and the user
is told (``gui.refused_delete``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from lmt_tracker.gui.screens.school_parts import DeleteClass
from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from lmt_tracker.domain.entry.cohort import CohortAudit
    from lmt_tracker.gui.context import AppContext


def confirm_and_delete(ctx: AppContext, parent: QWidget, class_id: int, school: str,
                       name: str, shown: CohortAudit | None) -> bool:
    """Ask, then delete; ``shown`` is the audit of this class as the window shows it (None
    when the window shows another file). True when the delete was asked for."""
    answer = QMessageBox.question(parent, translate("school", "Delete class"),
                                  translate("school", "Delete {school} — {name} and its "
                                            "graduates?\nEdit › Undo (Ctrl+Z) "
                                            "brings it back.").format(school=school, name=name))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from lmt_tracker.gui.refused_delete import push_delete

    # The graduates as this window read them: one changed elsewhere since keeps the class.
    versions = None
    if shown is not None:
        versions = {r.graduate.student_id: r.graduate.version for r in shown.rows
                    if r.graduate.version is not None}
    push_delete(ctx, parent, "class", DeleteClass(ctx, class_id, school, name, versions))
    return True
