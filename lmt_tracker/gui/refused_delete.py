"""A delete the store refused because the record changed elsewhere: say so, in words.

Every delete in the window carries the version the window read (``gui.undo``), so a
record another computer or window changed or deleted since is not deleted. The action
has already reloaded the view; this module only tells the user why nothing happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.gui.undo import Command


def _changed(kind: str) -> str:
    texts = {
        "course": translate("refused_delete", "This course was changed on another computer "
                            "or in another window since you opened it — it was not deleted; "
                            "the list now shows the current version."),
        "credential": translate("refused_delete", "This license was changed on another "
                                "computer or in another window since you opened it — it was "
                                "not deleted; the list now shows the current version."),
        "program": translate("refused_delete", "This training program was changed on another "
                             "computer or in another window since you opened it — it was not "
                             "deleted; the list now shows the current version."),
        "exam": translate("refused_delete", "This exam attempt was changed on another "
                          "computer or in another window since you opened it — it was not "
                          "deleted; the list now shows the current version."),
        "class": translate("refused_delete", "This class was changed on another computer or "
                           "in another window since you opened it — it was not deleted; the "
                           "list now shows the current version."),
    }
    return texts[kind]


def _gone(kind: str) -> str:
    texts = {
        "course": translate("refused_delete", "This course was already deleted on another "
                            "computer or in another window — the list now shows what is "
                            "stored."),
        "credential": translate("refused_delete", "This license was already deleted on "
                                "another computer or in another window — the list now shows "
                                "what is stored."),
        "program": translate("refused_delete", "This training program was already deleted on "
                             "another computer or in another window — the list now shows "
                             "what is stored."),
        "exam": translate("refused_delete", "This exam attempt was already deleted on another "
                          "computer or in another window — the list now shows what is "
                          "stored."),
        "class": translate("refused_delete", "This class was already deleted on another "
                           "computer or in another window — the list now shows what is "
                           "stored."),
    }
    return texts[kind]


def explain(parent: QWidget | None, kind: str, error: Exception, count: int = 1) -> None:
    """Show why a delete did not happen (``count``: how many of the chosen were refused)."""
    from lmt_tracker.store import DeletedElsewhereError

    text = _gone(kind) if isinstance(error, DeletedElsewhereError) else _changed(kind)
    if count > 1:
        text += "\n" + translate("refused_delete", "{0} of the chosen records were not "
                                 "deleted for this reason.").format(count)
    QMessageBox.warning(parent, translate("refused_delete", "Not deleted: changed elsewhere"),
                        text)


def push_delete(ctx: AppContext, parent: QWidget | None, kind: str, command: Command) -> bool:
    """Run an undoable delete; a stale one is refused with a message. True if deleted."""
    from lmt_tracker.gui import undo
    from lmt_tracker.store import ConcurrentEditError

    try:
        undo.push(ctx, command)
    except ConcurrentEditError as exc:
        explain(parent, kind, exc)
        return False
    return True
