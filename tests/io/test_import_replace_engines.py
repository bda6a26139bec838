"""`import --replace` keeps the replaced contents first, on a file and on a server alike."""

from __future__ import annotations

from pathlib import Path

from lmt_tracker.io.exchange import export_bytes, export_to, import_from, read_document


def test_replacing_keeps_a_backup_of_the_old_contents(any_demo_store, tmp_path: Path) -> None:
    before = export_bytes(any_demo_store)
    document = tmp_path / "same.json"
    export_to(any_demo_store, document)
    backup = import_from(any_demo_store, document, replace=True)
    assert backup is not None and backup.exists()
    assert export_bytes(any_demo_store) == before
    if backup.suffix == ".json":  # a server database is kept as an export document
        kept = read_document(backup)
        assert len(kept.courses) == 30 and kept.therapist is not None
