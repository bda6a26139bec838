"""Settings › Automatic backups says where the copies are and lets the user move them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from lmt_tracker.store import backup_list


def test_the_backups_folder_is_shown_and_can_be_chosen(harness_for, demo_store, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    db = demo_store.target.path
    h = harness_for(demo_store)
    settings = h.screen("settings")
    beside = db.parent / "LMT Tracker backups"
    assert f"in {beside} (beside the database)" in settings.backups_note.text()
    assert settings.backup_beside_button.isHidden()

    chosen = tmp_path / "Backups on the NAS"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    settings.backup_folder_button.click()
    assert backup_list.backups_folder(db) == chosen
    assert f"in {chosen}." in settings.backups_note.text()
    assert not settings.backup_beside_button.isHidden()

    settings.backup_beside_button.click()
    assert backup_list.backups_folder(db) == beside
    assert settings.backup_beside_button.isHidden()


def test_cancelling_the_folder_dialog_changes_nothing(harness_for, demo_store,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db = demo_store.target.path
    settings = harness_for(demo_store).screen("settings")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    settings.backup_folder_button.click()
    assert backup_list.chosen_folder(db) is None
