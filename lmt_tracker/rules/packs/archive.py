"""Building a rule pack, and reading one back into a verified, fully loaded rule set.

Reading checks everything before anything is installed, in this order: the archive
opens, the manifest parses, the signature is the release key's (or the caller has
explicitly allowed an untrusted pack), every listed file is present with its SHA-256,
nothing unlisted is present, the pack carries every jurisdiction the app ships, and the
whole set loads through the strict rules loader. Any failure is a ``PackError`` whose
message names the file, and nothing has been written anywhere.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lmt_tracker import portable
from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.rules.packs import manifest as mf
from lmt_tracker.rules.packs.errors import PackError

if TYPE_CHECKING:
    # ``cryptography`` loads only when a pack is built or read: deciding which rules are
    # in force (every start) must not pay for it.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from lmt_tracker.domain.core.rules import Jurisdiction
    from lmt_tracker.rules.packs.signing import Trust

#: Limits that keep a hostile archive from filling the disk or memory.
MAX_FILES = 400
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class VerifiedPack:
    """A pack whose files match its manifest and load strictly; ``trust`` says who signed."""

    manifest: mf.Manifest
    manifest_bytes: bytes
    signature: bytes | None
    files: dict[str, bytes]  # rule file name -> contents
    rules: dict[str, Jurisdiction]
    trust: Trust


def _rule_names(directory: Path) -> list[str]:
    from lmt_tracker.rules.loader.listing import rule_files

    return [p.relative_to(directory).as_posix() for p in rule_files(directory)]


def build_pack(
    out: Path,
    key: Ed25519PrivateKey,
    *,
    source: Path | None = None,
    pack_version: int | None = None,
    date: dt.date | None = None,
) -> mf.Manifest:
    """Write a signed pack of ``source`` (default: the bundled rules) to ``out``.

    The rule files are loaded strictly first: a pack is never built from files the app
    would refuse. The archive is written under a temporary name and renamed into place.
    """
    from lmt_tracker.paths import rules_dir
    from lmt_tracker.rules.loader import SCHEMA_VERSION, load_all
    from lmt_tracker.rules.packs.signing import sign

    source = source or rules_dir()
    load_all(source)  # RulesError if any file is wrong
    date = date or dt.date.today()
    version = pack_version if pack_version is not None else int(date.strftime("%Y%m%d"))
    files = {name: (source / name).read_bytes() for name in _rule_names(source)}
    manifest = mf.Manifest(
        pack_version=version,
        date=date,
        schema=SCHEMA_VERSION,
        files={name: mf.sha256(data) for name, data in files.items()},
    )
    raw = manifest.to_bytes()
    signature = base64.b64encode(sign(key, raw)) + b"\n"
    stamp = (date.year, date.month, date.day, 0, 0, 0)
    buffer = io.BytesIO()  # a pack is a few hundred KB: built in memory, written atomically
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(mf.MANIFEST_NAME, stamp), raw)
        archive.writestr(zipfile.ZipInfo(mf.SIGNATURE_NAME, stamp), signature)
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{mf.FILES_DIR}/{name}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    portable.atomic_write(out, buffer.getvalue())
    return manifest


def read_pack(path: Path, *, allow_untrusted: bool = False) -> VerifiedPack:
    """The pack at ``path``, verified and loaded; ``PackError`` naming what is wrong."""
    from lmt_tracker.rules.packs.signing import check

    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackError(ph(N_("{path}: no such file"), path=str(path))) from None
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackError(ph(N_("{name}: not a rule pack (not a readable zip archive: {why})"),
                           name=name, why=str(exc))) from None
    with archive:
        entries = _entries(archive, name)
        manifest_bytes = entries.pop(mf.MANIFEST_NAME, None)
        if manifest_bytes is None:
            raise PackError(ph(N_("{name}: {manifest} is missing — not a rule pack"), name=name,
                               manifest=mf.MANIFEST_NAME))
        signature = _signature(entries.pop(mf.SIGNATURE_NAME, None), name)
        try:
            manifest = mf.parse(manifest_bytes)
        except mf.ManifestError as exc:
            raise PackError(_named(name, exc.args[0])) from None
        trust = check(manifest_bytes, signature)
        if not trust.trusted and not allow_untrusted:
            raise PackError(ph(
                N_("{name}: refused — {reason}. Only install it if you know who made it: pass "
                   "--allow-untrusted and confirm"), name=name, reason=trust.reason))
        files = _checked_files(entries, manifest, name)
    rules = _load_strictly(files, manifest, name)
    return VerifiedPack(manifest, manifest_bytes, signature, files, rules, trust)


def _entries(archive: zipfile.ZipFile, name: str) -> dict[str, bytes]:
    infos = archive.infolist()
    if len(infos) > MAX_FILES:
        raise PackError(ph(N_("{name}: {n} entries — more than a rule pack holds ({most})"),
                           name=name, n=len(infos), most=MAX_FILES))
    out: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        if info.filename in out:
            raise PackError(ph(N_("{name}: {entry} appears twice in the archive"), name=name,
                               entry=info.filename))
        if info.file_size > MAX_FILE_BYTES:
            raise PackError(_too_large(name, info.filename))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackError(ph(N_("{name}: the archive unpacks to more than a rule pack holds"),
                               name=name))
        try:
            with archive.open(info) as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except (OSError, zipfile.BadZipFile, EOFError, ValueError, zlib.error) as exc:
            raise PackError(ph(N_("{name}: {entry} is corrupt ({why})"), name=name,
                               entry=info.filename, why=str(exc))) from None
        if len(data) > MAX_FILE_BYTES:
            raise PackError(_too_large(name, info.filename))
        out[info.filename] = data
    return out


def _signature(raw: bytes | None, name: str) -> bytes | None:
    if raw is None:
        return None
    try:
        return base64.b64decode(raw.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise PackError(ph(N_("{name}: {signature} is not a base64 signature"), name=name,
                           signature=mf.SIGNATURE_NAME)) from None


def _checked_files(entries: dict[str, bytes], manifest: mf.Manifest, name: str) -> dict[str, bytes]:
    problems: list[str] = []
    files: dict[str, bytes] = {}
    prefix = f"{mf.FILES_DIR}/"
    for rel, digest in sorted(manifest.files.items()):
        data = entries.pop(prefix + rel, None)
        if data is None:
            problems.append(ph(N_("{name}: {file} is listed in the manifest but missing from "
                                  "the pack"), name=name, file=rel))
        elif mf.sha256(data) != digest:
            problems.append(ph(
                N_("{name}: {file} differs from the manifest (its SHA-256 does not match): the "
                   "file was changed after the pack was signed"), name=name, file=rel))
        else:
            files[rel] = data
    for extra in sorted(entries):
        problems.append(ph(N_("{name}: {file} is not listed in the manifest"), name=name,
                           file=extra))
    if problems:
        raise PackError(problems)
    return files


def _load_strictly(
    files: dict[str, bytes], manifest: mf.Manifest, name: str
) -> dict[str, Jurisdiction]:
    """Every file through the strict loader; the pack must also carry every shipped file."""
    from lmt_tracker.paths import rules_dir
    from lmt_tracker.rules.loader import SCHEMA_VERSION, RulesError, load_all

    if manifest.schema != SCHEMA_VERSION:
        raise PackError(ph(
            N_("{name}: {manifest}: schema = {schema}; this version of the app reads rule schema "
               "{version} — update the app to use this pack"), name=name,
            manifest=mf.MANIFEST_NAME, schema=manifest.schema, version=SCHEMA_VERSION))
    lacking = sorted(set(_rule_names(rules_dir())) - set(files))
    if lacking:
        raise PackError(ph(
            N_("{name}: partial pack — it lacks {files}, which the app's own rules have; a pack "
               "carries every rule file"), name=name, files=", ".join(lacking)))
    with tempfile.TemporaryDirectory(prefix="lmt-pack-") as tmp:
        root = Path(tmp)
        write_files(root, files)
        try:
            return load_all(root)
        except RulesError as exc:
            raise PackError([_named(name, problem) for problem in exc.problems]) from None


def _too_large(name: str, entry: str) -> Phrase:
    return ph(N_("{name}: {entry} is too large for a rule file"), name=name, entry=entry)


def _named(name: str, problem: str) -> Phrase:
    """"pack.zip: <problem>" (the problem a phrase where the app words it)."""
    return Phrase("{name}: {problem}", {"name": name, "problem": problem})


def write_files(root: Path, files: dict[str, bytes]) -> None:
    """Write rule files under ``root`` (names were checked against the rule-file pattern)."""
    for rel, data in files.items():
        target = root / rel
        portable.private_folder(target.parent)
        portable.write_new(target, data)
