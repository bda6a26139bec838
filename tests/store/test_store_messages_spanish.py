"""Storage's rarer messages in Spanish, and in English as before: a record changed or
deleted elsewhere named in words ("la credencial 1 se modificó en otro lugar…"), a full
disk while writing an export (a write patched to fail with ENOSPC), a restore with no
backup to use. Expected Spanish written by hand from the catalog's terminology."""

from __future__ import annotations

import dataclasses
import errno
import os
from pathlib import Path

import pytest

from lmt_tracker import language
from lmt_tracker.store.session import ConcurrentEditError, NotFoundError


def _stale_credential(store):
    credential = store.load_record().credentials[0]
    store.save_credential(dataclasses.replace(credential, notes="saved elsewhere"))
    return credential  # as read before the other save


def test_a_credential_changed_elsewhere_in_english(demo_store) -> None:
    stale = _stale_credential(demo_store)
    with pytest.raises(ConcurrentEditError) as caught:
        demo_store.save_credential(dataclasses.replace(stale, notes="mine"))
    assert str(caught.value) == (f"credential {stale.id} was changed elsewhere since you "
                                 "opened it — reload and try again")
    with pytest.raises(ConcurrentEditError) as caught:  # was "credential 1 {what} was…"
        demo_store.delete_credential(stale.id, version=stale.version)
    assert str(caught.value) == (f"credential {stale.id} was changed elsewhere since you "
                                 "opened it — reload and try again")


def test_a_credential_changed_elsewhere_in_spanish(demo_store, spanish) -> None:
    stale = _stale_credential(demo_store)
    with pytest.raises(ConcurrentEditError) as caught:
        demo_store.save_credential(dataclasses.replace(stale, notes="mine"))
    assert language.said(caught.value) == (
        f"la credencial {stale.id} se modificó en otro lugar después de que lo abriera; "
        "vuelva a cargar e inténtelo de nuevo")
    with pytest.raises(ConcurrentEditError) as caught:
        demo_store.delete_credential(stale.id, version=stale.version)
    assert language.said(caught.value).startswith(f"la credencial {stale.id} se modificó ")


def test_records_gone_elsewhere_are_named_in_spanish(demo_store, spanish) -> None:
    record = demo_store.load_record()
    exam = record.exams[0] if record.exams else None
    credential = record.credentials[0]
    demo_store.delete_credential(credential.id)
    with pytest.raises(NotFoundError) as caught:
        demo_store.delete_credential(credential.id)
    assert language.said(caught.value) == \
        f"la credencial {credential.id} no existe (puede que se haya eliminado)"
    with pytest.raises(NotFoundError) as caught:  # read before, deleted since
        demo_store.save_credential(credential)
    assert language.said(caught.value) == (
        f"la credencial {credential.id} ya no existe: puede que se haya eliminado en otro lugar "
        "después de que lo abriera; vuelva a cargar e inténtelo de nuevo")
    if exam is not None:
        demo_store.delete_exam(exam.id)
        with pytest.raises(NotFoundError) as caught:
            demo_store.delete_exam(exam.id)
        assert language.said(caught.value) == \
            f"el intento de examen {exam.id} no existe (puede que se haya eliminado)"


def _full_disk_export(cli, db: Path, out: Path, monkeypatch) -> str:
    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", no_room)
        status, _, err = cli("--db", str(db), "export", "--out", str(out))
    assert status != 0 and not out.exists()
    return err


def test_a_full_disk_while_exporting_in_english(cli, tmp_path, monkeypatch) -> None:
    db = tmp_path / "demo.sqlite3"
    assert cli("--db", str(db), "demo")[0] == 0
    err = _full_disk_export(cli, db, tmp_path / "out.json", monkeypatch)
    assert f"the disk is full: {tmp_path / 'out.json'} could not be written (it needs about " in err
    assert err.rstrip().endswith("; nothing was changed; free some space on that drive (or "
                                 "choose another) and try again")


def test_a_full_disk_while_exporting_in_spanish(cli, tmp_path, monkeypatch, spanish) -> None:
    db = tmp_path / "demo.sqlite3"
    assert cli("--db", str(db), "demo")[0] == 0
    err = _full_disk_export(cli, db, tmp_path / "salida.json", monkeypatch)
    message = err.splitlines()[-1].replace(str(tmp_path), "CARPETA")
    assert "el disco está lleno: no se pudo escribir CARPETA/salida.json (necesita unos " in message
    assert " libres en esa unidad); no se cambió nada; libere espacio en esa unidad (o elija " \
           "otra) y vuelva a intentarlo" in message
    assert "disk" not in message and "needs" not in message and "free " not in message


def test_a_full_disk_in_the_window_and_for_a_server_database(spanish) -> None:
    from lmt_tracker import portable
    from lmt_tracker.store import DiskFullError

    full = portable.DiskFullError(Path("/tmp/informe.pdf"), 3 * 2**20)
    assert language.said(full).startswith(
        "el disco está lleno: no se pudo escribir /tmp/informe.pdf (necesita unos 3.0 MB; ")
    server = DiskFullError(None)
    assert str(server) == ("the disk is full: the database could not be written; nothing was "
                           "changed; free some space on that drive (or choose another) and try "
                           "again")
    assert language.said(server) == (
        "el disco está lleno: no se pudo escribir la base de datos; no se cambió nada; "
        "libere espacio en esa unidad (o elija otra) y vuelva a intentarlo")


def test_restoring_with_no_backup_in_spanish(cli, tmp_path, spanish) -> None:
    db = tmp_path / "demo.sqlite3"
    assert cli("--db", str(db), "demo")[0] == 0
    from lmt_tracker.store import backup_list

    for backup in backup_list.list_backups(db):
        backup.path.unlink()
    status, _, err = cli("--db", str(db), "restore", "--latest")
    assert status != 0
    assert f"no hay ningún respaldo intacto de {db} en " in err
    assert "abra otro archivo, o importe un archivo de exportación en una base de datos " \
           "nueva" in err
