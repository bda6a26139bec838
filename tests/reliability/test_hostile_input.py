"""Hostile input: whatever the file, the importers fail only with their documented error,
promptly, and a failed import leaves the database exactly as it was.

Fuzzed with Hypothesis on a fixed budget (``derandomize``: the same inputs every run,
so a failure reproduces): the JSON importer (random bytes, wrong encodings, deep
nesting, huge strings and numbers, a wrong value at every key of a real export), the
certificate attach path (random bytes, truncated PDFs and images, a compression bomb,
files over the size limit, folders and pipes), and the school CSV reader (formula-
looking cells, NULs, stray quotes, wrong encodings). Documented errors:
``DocumentError`` (and ``StoreError`` for what only the database can refuse) for an
export file, ``CertificateFileError`` for a certificate, ``ClassFileError`` for a
class list, plus ``RecordInvalid`` when good-looking rows fail validation on saving.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import io
import json
import os
import time
import zlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lmt_tracker.domain.core.records import Bundle, ClassBundle, Course
from lmt_tracker.domain.core.validation import MAX_CERTIFICATE_BYTES, RecordInvalid
from lmt_tracker.io.bundle import DocumentError
from lmt_tracker.io.certificates import CertificateFileError, read_certificate
from lmt_tracker.io.demo import demo_bundle
from lmt_tracker.io.exchange import export_bytes, import_from, read_document
from lmt_tracker.store import StoreError, open_database
from lmt_tracker.store.bulk import write_bundle


def fuzz(examples: int) -> Any:
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def _small_bundle() -> Bundle:
    """A real export's every kind of record, small enough to import hundreds of times."""
    demo = demo_bundle()
    courses = demo.courses[:4]
    shas = {c.certificate_sha256 for c in courses}
    klass = demo.classes[0]
    return dataclasses.replace(
        demo, exams=demo.exams[:2], credentials=demo.credentials[:2], courses=courses,
        certificates=tuple(c for c in demo.certificates if c.sha256 in shas),
        classes=(ClassBundle(klass.id, klass.school, klass.name, klass.graduates[:3]),))


@pytest.fixture(scope="module")
def base_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store = open_database(str(tmp_path_factory.mktemp("base") / "base.sqlite3"))
    write_bundle(store, _small_bundle(), replace=False)
    document = json.loads(export_bytes(store))
    store.close()
    return document


@pytest.fixture
def target(tmp_path: Path) -> Iterator[list[Any]]:
    """A database holding records, and its export to compare with after each attempt."""
    store = open_database(str(tmp_path / "target.sqlite3"))
    write_bundle(store, _small_bundle(), replace=False)
    yield [store, export_bytes(store)]
    store.close()


def _paths(node: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*here, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*here, i))


def _get(document: Any, where: tuple[Any, ...]) -> Any:
    for step in where:
        document = document[step]
    return document


def _set(document: Any, where: tuple[Any, ...], value: Any) -> Any:
    if not where:
        return value
    parent = document
    for step in where[:-1]:
        parent = parent[step]
    parent[where[-1]] = value
    return document


# Values of every JSON type, and strings that are nearly right: bad dates, signs, exponents.
nasty_text = st.sampled_from([
    "", " ", "2024-02-30", "0000-01-01", "9999-12-31", "-1", "0", "1e-999999999",
    "1e999999", "NaN", "Infinity", "0x10", "1,5", "\x00", "=cmd|' /C calc'!A0", "\ud800",
    "a\udfffb", "x" * 5000, "ethics", "in_person", "state_license", "application/pdf",
])
edge_ints = st.sampled_from([0, -1, 1, 2, 50, 60, 2**31, 2**63 - 1, 2**63, -(2**63) - 1,
                             10**30]) | st.integers(-(2**70), 2**70)
leaves = (st.none() | st.booleans() | st.integers(-(2**70), 2**70)
          | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30) | nasty_text)
json_values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                           max_leaves=6)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- the JSON importer ----------------------------------------------------------------------
@fuzz(300)
@given(prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"{", b"[",
                               b'{"format": "lmt-tracker-export", "format_version": 1, ']),
       body=st.binary(max_size=3000))
def test_random_bytes_are_refused_as_documents(prefix: bytes, body: bytes, tmp_path_factory,
                                               fuzz_figures) -> None:
    fuzz_figures["JSON importer: random bytes"] = fuzz_figures.get(
        "JSON importer: random bytes", 0) + 1
    path = _write(tmp_path_factory.mktemp("bytes") / "x.json", prefix + body)
    with pytest.raises(DocumentError):
        read_document(path)


@fuzz(200)
@given(data=st.data())
def test_a_wrong_value_at_any_key_never_half_imports(data: st.DataObject, base_document,
                                                     target, tmp_path: Path,
                                                     fuzz_figures) -> None:
    store = target[0]
    document = copy.deepcopy(base_document)
    where = sorted(_paths(document), key=repr)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        # A third of the time a whole number, a third a text, keeps its type but gets a wrong
        # value: that is what gets past the type checks to validation and to SQLite.
        mode = data.draw(st.sampled_from([int, str, object]), label="mode")
        spots = [w for w in where if type(_get(document, w)) is mode] or where
        spot = data.draw(st.sampled_from(spots), label="where")
        strategy = {int: edge_ints, str: nasty_text | st.text()}.get(mode, json_values)
        document = _set(document, spot, data.draw(strategy, label="value"))
        where = sorted(_paths(document), key=repr)
    text = json.dumps(document, ensure_ascii=data.draw(st.booleans(), label="ascii"))
    path = _write(tmp_path / "mutated.json", text.encode("utf-8", "surrogatepass"))
    key = "JSON importer: wrong value at a key"
    fuzz_figures[key] = fuzz_figures.get(key, 0) + 1
    try:
        import_from(store, path, replace=True)
    except (DocumentError, StoreError):
        assert export_bytes(store) == target[1], "a refused import changed the database"
        return
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    target[1] = export_bytes(store)  # what the next refused import must leave


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1",
                                      "cp1252"])
def test_an_export_re_saved_in_another_encoding_is_named(encoding: str, base_document,
                                                         tmp_path: Path) -> None:
    document = copy.deepcopy(base_document)
    document["settings"]["city"] = "Zürich"  # one letter every one of these encodings has
    text = json.dumps(document, ensure_ascii=False)
    path = _write(tmp_path / "x.json", text.encode(encoding, errors="replace"))
    with pytest.raises(DocumentError, match="UTF-8"):
        read_document(path)
    with_bom = _write(tmp_path / "bom.json", text.encode("utf-8-sig"))
    assert read_document(with_bom).therapist is not None


@fuzz(40)
@given(depth=st.integers(1, 200_000), opener=st.sampled_from(["[", '{"a":']),
       place=st.sampled_from(["top", "settings", "course_title", "graduates"]))
def test_deep_nesting_is_refused_not_a_crash(depth: int, opener: str, place: str, base_document,
                                             tmp_path_factory, fuzz_figures) -> None:
    fuzz_figures["JSON importer: deep nesting"] = fuzz_figures.get(
        "JSON importer: deep nesting", 0) + 1
    closer = "]" if opener == "[" else "}"
    nested = opener * depth + "1" + closer * depth
    marker = "\"@@NESTED@@\""
    document = copy.deepcopy(base_document)
    if place == "settings":
        document["settings"]["deep"] = "@@NESTED@@"
    elif place == "course_title":
        document["courses"][0]["title"] = "@@NESTED@@"
    elif place == "graduates":
        document["classes"][0]["graduates"] = "@@NESTED@@"
    text = nested if place == "top" else json.dumps(document).replace(marker, nested)
    path = _write(tmp_path_factory.mktemp("deep") / "deep.json", text.encode())
    try:
        read_document(path)
    except DocumentError as exc:
        assert len(str(exc)) < 10_000
    else:
        assert place == "settings"  # a setting may hold any value; it is stored as text


def test_huge_strings_and_numbers_are_refused_with_short_messages(base_document, target,
                                                                  tmp_path: Path) -> None:
    store, before = target
    cases = {
        ("courses", 0, "title"): "x" * 10_000_000,
        ("courses", 0, "hours"): "9" * 1_000_000,
        ("courses", 1, "hours"): "1e-999999999",
        ("courses", 2, "id"): 2**64,
        ("credentials", 0, "id"): -(2**63) - 1,
        ("therapist", "last_name"): "Tr\ud800n",  # an unpaired surrogate, as a JSON escape
        ("settings",): {"theme": "dark\udfff"},
    }
    for where, value in cases.items():
        path = _write(tmp_path / "huge.json", json.dumps(
            _set(copy.deepcopy(base_document), where, value)).encode())
        with pytest.raises(DocumentError) as caught:
            import_from(store, path, replace=True)
        assert len(str(caught.value)) < 2000, where
        assert export_bytes(store) == before
    digits = json.dumps(base_document).replace('"format_version": 1',
                                               '"format_version": 1' + "0" * 5000)
    with pytest.raises(DocumentError, match="cannot be read"):
        import_from(store, _write(tmp_path / "digits.json", digits.encode()), replace=True)


def test_a_conflict_only_the_database_sees_rolls_back_the_whole_import(base_document, target,
                                                                       tmp_path: Path) -> None:
    """Two copies of one certificate pass every check but the table's primary key."""
    store, before = target
    document = copy.deepcopy(base_document)
    document["certificates"].append(dict(document["certificates"][0]))
    path = _write(tmp_path / "twice.json", json.dumps(document).encode())
    with pytest.raises(StoreError, match="nothing was saved"):
        import_from(store, path, replace=True)
    assert export_bytes(store) == before


def test_oversized_and_special_files_are_refused_before_reading(tmp_path: Path,
                                                                monkeypatch) -> None:
    from lmt_tracker.io import exchange

    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(exchange.MAX_IMPORT_BYTES + 1)  # sparse: no disk used, nothing read
    started = time.monotonic()
    with pytest.raises(DocumentError, match="larger than the 2,048 MB limit"):
        read_document(big)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="pipe or device"):
        read_document(fifo)
    with pytest.raises(DocumentError, match="is a folder"):
        read_document(tmp_path)
    assert time.monotonic() - started < 2


# -- the certificate attach path --------------------------------------------------------------
def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Certificate of completion: 3 CE hours, ethics")
    page.save()
    return out.getvalue()


def _bomb_pdf(inflated: int) -> bytes:
    """A valid-looking PDF whose one stream inflates to ``inflated`` bytes of zeros."""
    squeeze = zlib.compressobj(9)
    chunk = bytes(2**20)
    stream = b"".join(squeeze.compress(chunk) for _ in range(inflated // 2**20))
    stream += squeeze.flush()
    return (b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
            b"4 0 obj << /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\n"
            b"stream\n" + stream + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def _attach(store: Any, path: Path) -> None:
    """The whole attach path: read the file, then save a course with it."""
    cert = read_certificate(path)
    course = Course("Ethics", "Provider", dt.date(2024, 5, 1), Decimal(3), "in_person")
    store.save_course(course, cert)


@functools.cache
def _whole(kind: str) -> bytes:
    if kind == "pdf":
        return _pdf()
    return next(c.data for c in demo_bundle().certificates if c.media_type == "image/png")


@fuzz(200)
@given(prefix=st.sampled_from([b"", b"%PDF-", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n",
                               b"\xff\xd8\xff", b"PK\x03\x04"]),
       body=st.binary(max_size=4000),
       suffix=st.sampled_from([b"", b"%%EOF", b"\n%%EOF\n", b"IEND\xaeB`\x82", b"\xff\xd9"]))
def test_random_bytes_attach_cleanly_or_are_refused(prefix: bytes, body: bytes, suffix: bytes,
                                                    target, tmp_path_factory,
                                                    fuzz_figures) -> None:
    fuzz_figures["certificate attach: random bytes"] = fuzz_figures.get(
        "certificate attach: random bytes", 0) + 1
    store, _ = target
    count = store.course_count()
    path = _write(tmp_path_factory.mktemp("cert") / "cert.pdf", prefix + body + suffix)
    try:
        _attach(store, path)
    except (CertificateFileError, RecordInvalid) as exc:
        assert str(exc)
        assert store.course_count() == count
    else:
        assert store.course_count() == count + 1


@fuzz(60)
@given(cut=st.floats(0, 1), kind=st.sampled_from(["pdf", "png"]))
def test_a_truncated_pdf_or_image_is_called_incomplete(cut: float, kind: str,
                                                       tmp_path_factory, fuzz_figures) -> None:
    fuzz_figures["certificate attach: truncated files"] = fuzz_figures.get(
        "certificate attach: truncated files", 0) + 1
    whole = _whole(kind)
    data = whole[: int(len(whole) * cut)]
    path = _write(tmp_path_factory.mktemp("cut") / f"cut.{kind}", data)
    if (b"%%EOF" if kind == "pdf" else b"IEND") in data:  # only trailing padding was lost
        assert read_certificate(path).data == data
        return
    with pytest.raises(CertificateFileError) as caught:
        read_certificate(path)
    assert any(w in str(caught.value) for w in ("incomplete", "empty", "not a PDF"))


def test_a_compression_bomb_pdf_costs_only_its_size(target, tmp_path: Path) -> None:
    store, _ = target
    bomb = _bomb_pdf(256 * 2**20)
    assert len(bomb) < 2**20
    path = _write(tmp_path / "bomb.pdf", bomb)
    started = time.monotonic()
    _attach(store, path)
    assert time.monotonic() - started < 2
    assert max(size for _, _, size in store.certificate_names().values()) == len(bomb)


def test_files_over_the_limit_folders_and_pipes_are_refused_at_once(tmp_path: Path) -> None:
    started = time.monotonic()
    for size in (MAX_CERTIFICATE_BYTES + 1, 5 * 2**30):
        big = tmp_path / f"scan-{size}.pdf"
        with big.open("wb") as handle:
            handle.truncate(size)
        with pytest.raises(CertificateFileError, match="at most 20 MB"):
            read_certificate(big)
    os.mkfifo(tmp_path / "pipe.pdf")
    with pytest.raises(CertificateFileError, match="not a file"):
        read_certificate(tmp_path / "pipe.pdf")
    with pytest.raises(CertificateFileError, match="is a folder"):
        read_certificate(tmp_path)
    with pytest.raises(CertificateFileError, match="cannot be read"):
        read_certificate(tmp_path / "missing.pdf")
    assert time.monotonic() - started < 2


# -- the school CSV reader ------------------------------------------------------------------
school_csv = pytest.importorskip("lmt_tracker.io.school_csv")

HEADER = "student_id,name,total_hours,anatomy_physiology,online_hours,graduation_date,mblex\n"
cells = (st.text(max_size=12) | st.sampled_from([
    "=1+2", "+SUM(A1:A9)", "-2+3", "@cmd", "=HYPERLINK(\"http://x\")", "\t=1", "\r=1",
    "\x00", "\"", "\"\"", ",", ";", "\n", "500", "1e9", "-5", "2025-13-45", "12/31/2024",
    "pass", "Nguyễn Thị", "", " ",
]))


@fuzz(250)
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=9), max_size=8),
       delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16", "cp1252"]),
       quote=st.booleans())
def test_school_csv_never_crashes_and_saves_all_or_nothing(rows: list[list[str]], delimiter: str,
                                                           encoding: str, quote: bool, target,
                                                           fuzz_figures) -> None:
    fuzz_figures["school CSV: generated files"] = fuzz_figures.get(
        "school CSV: generated files", 0) + 1
    store, before = target

    def line(values: list[str]) -> str:
        if quote:
            values = ['"' + v.replace('"', '""') + '"' for v in values]
        return delimiter.join(values)

    text = HEADER.replace(",", delimiter) + "\n".join(line(r) for r in rows)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    try:
        parsed = school_csv.parse_class_csv(data)
    except school_csv.ClassFileError as exc:
        assert str(exc)
        return
    if not parsed.graduates:
        return
    try:
        store.save_class("Fuzz School", "Class of Fuzz", parsed.graduates)
    except (RecordInvalid, StoreError):
        assert export_bytes(store) == before


@fuzz(150)
@given(data=st.binary(max_size=3000))
def test_school_csv_random_bytes(data: bytes, fuzz_figures) -> None:
    fuzz_figures["school CSV: random bytes"] = fuzz_figures.get("school CSV: random bytes", 0) + 1
    try:
        school_csv.parse_class_csv(data)
    except school_csv.ClassFileError as exc:
        assert str(exc)
