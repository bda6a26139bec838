"""One parsed rule file as a whole: its top-level keys and code, into a ``Jurisdiction``.

The file's code must match its name and its kind must match its folder (state files
at the top, national bodies in ``national/``); sources and versions are read by their
own modules. A ``Jurisdiction`` is returned only when the file has no problem at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.rules.loader.reader import Reader, Report
from lmt_tracker.rules.loader.schema import (
    NATIONAL_CODE,
    NATIONAL_DIR,
    SCHEMA_VERSION,
    STATE_CODE,
    TOP_KEYS,
)
from lmt_tracker.rules.loader.sources import read_sources
from lmt_tracker.rules.loader.versions import read_versions


def _check_code(reader: Reader, path: Path, kind: str | None) -> str | None:
    code = reader.text("code", required=True)
    if code is None:
        return None
    national = kind == "national"
    pattern = NATIONAL_CODE if national else STATE_CODE
    if not pattern.match(code):
        reader.error("code", ph(N_("must be upper-case letters and digits") if national
                                else N_("must be two upper-case letters")))
    if path.stem != code:
        reader.error("code", ph(N_("must match the file name ({file} → {stem})"),
                                file=path.name, stem=repr(path.stem)))
    in_national_dir = path.parent.name == NATIONAL_DIR
    if kind is not None and national != in_national_dir:
        reader.error("kind", ph(N_("a file of this kind belongs in {folder}/") if national
                                else N_("a file of this kind belongs outside {folder}/"),
                                folder=NATIONAL_DIR))
    return code


def parse(report: Report, data: Mapping[str, Any], path: Path) -> Jurisdiction | None:
    reader = Reader(report, data, "")
    reader.check_keys(TOP_KEYS)
    schema = reader.whole("schema", 0, 1000, required=True)
    if schema is not None and schema != SCHEMA_VERSION:
        reader.error("schema", ph(N_("this version of the app reads schema {version}"),
                                  version=SCHEMA_VERSION))
    kind = reader.choice("kind", vocab.JURISDICTION_KINDS, "jurisdiction kind", required=True)
    code = _check_code(reader, path, kind)
    name = reader.text("name", required=True)
    board = reader.text("board", required=True)
    board_url = reader.url("board_url", required=True)
    notes = reader.text("notes")
    sources = read_sources(reader)
    versions = read_versions(reader, sources)
    if report.problems:
        return None
    assert code and name and kind and board and board_url  # guaranteed by no problems
    return Jurisdiction(
        code=code,
        name=name,
        kind=kind,
        board=board,
        board_url=board_url,
        sources=sources.by_id,
        versions=versions,
        notes=notes,
        path=str(path),
    )
