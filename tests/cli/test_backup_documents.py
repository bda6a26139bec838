"""Backups made on the command line are .lmtbackup files, and `lmt-tracker FILE` opens the
app on a file a desktop hands over (a backup, an export, a database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lmt_tracker import __main__ as entry


@pytest.fixture
def db(cli, tmp_path: Path) -> Path:
    path = tmp_path / "a.sqlite3"
    assert cli("--db", str(path), "demo")[0] == 0
    return path


def test_a_backup_named_without_an_extension_is_a_lmtbackup(cli, db: Path,
                                                           tmp_path: Path) -> None:
    status, _, err = cli("--db", str(db), "backup", "--out", str(tmp_path / "friday"))
    assert status == 0, err
    assert (tmp_path / "friday.lmtbackup").is_file() and not (tmp_path / "friday").exists()
    assert "friday.lmtbackup" in err
    status, _, err = cli("--db", str(db), "restore", str(tmp_path / "friday.lmtbackup"))
    assert status == 0 and "previous contents are kept" in err


@pytest.mark.parametrize("name", ["copy.sqlite3", "copy.bak", "copy.lmtbackup"])
def test_any_name_given_with_an_extension_is_kept_and_restores(cli, db: Path, tmp_path: Path,
                                                             name: str) -> None:
    out = tmp_path / name
    assert cli("--db", str(db), "backup", "--out", str(out))[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [name]
    status, _, err = cli("--db", str(db), "restore", str(out))
    assert status == 0, err


@pytest.mark.parametrize(("argv", "parsed"), [
    (["friday.lmtbackup"], (None, False, False, "friday.lmtbackup")),
    (["--db", "a.sqlite3", "Export.JSON"], ("a.sqlite3", False, False, "Export.JSON")),
    (["-v", "school.db"], (None, False, True, "school.db")),
    (["backup"], None),  # a command, never a file
    (["notes.txt"], None),  # not a kind the app opens: the command line says so
    (["a.lmtbackup", "b.lmtbackup"], None),  # one file at a time
])
def test_a_file_instead_of_a_command_opens_the_app_on_it(argv, parsed) -> None:
    assert entry._gui_only(argv) == parsed


def test_a_database_file_opens_as_db_would_and_a_backup_waits_for_the_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lmt_tracker.gui import app

    calls: list[tuple[str, str | None]] = []
    monkeypatch.setattr(app, "run", lambda target, smoke, verbose, document: calls.append(
        (target, document)) or 0)
    monkeypatch.setenv("LMT_TRACKER_DB", str(tmp_path / "mine.sqlite3"))
    school, backup = tmp_path / "school.sqlite3", tmp_path / "b.lmtbackup"
    school.write_bytes(b"")
    backup.write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert entry.main(["school.sqlite3"]) == 0
    assert entry.main(["b.lmtbackup"]) == 0
    assert calls == [(str(school), None), (str(tmp_path / "mine.sqlite3"), str(backup))]


def test_a_missing_file_is_a_message_not_a_window(tmp_path: Path, capsys) -> None:
    assert entry.main([str(tmp_path / "gone.lmtbackup")]) == 2
    err = capsys.readouterr().err
    assert err == f"lmt-tracker: error: {tmp_path / 'gone.lmtbackup'}: no such file\n"
