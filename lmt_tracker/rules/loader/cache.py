"""The parsed rules in force, kept in the user cache folder between runs.

Why: every command judges by the rules, and parsing and validating 54 TOML files
strictly costs more than the rest of a read command's own work. The files change only
when the app is upgraded or a rule pack is installed, so the validated result is
stored once and read back on every later start.

Never trusted blindly. The cache is used only when all of these hold, else it is
ignored and rebuilt from the files (the user sees no difference except time):

- **Same rules, same reader.** The file name carries a key: a SHA-256 over the app
  version, the rules schema version, the Python version, the source of the loader
  and of the rule records (a development checkout changes them without a new
  version), and the name and bytes of every rule file in force. Any change is a new
  key, so a stale cache is simply not found.
- **Written by this install.** The payload is signed with HMAC-SHA256 under a random
  key made once per install and kept beside the cache (owner-only). A file damaged,
  cut short, copied from another machine or edited by hand fails the check and is
  never decoded.
- **Decoded narrowly.** Even a signed payload is unpickled by an unpickler that can
  build only the rule records, ``Decimal``, ``date`` and read-only mappings, and the
  result must be a ``dict`` of ``Jurisdiction`` by code.

Writes go through ``lmt_tracker.portable.atomic_write`` (a crash leaves the old file
or the new one); a cache folder that cannot be written only costs the parse.
"""

from __future__ import annotations

import contextlib
import io
import pickle
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar

from lmt_tracker import digests
from lmt_tracker.domain.core.rules import Jurisdiction

MAGIC = b"LMT-RULES-CACHE 1\n"
KEY_NAME = "rules-cache.key"
KEY_BYTES = 32
_DIGEST = digests.DIGEST_SIZE
# The loader's own modules and the records it builds (paths inside the package): their
# source is part of the key, read from disk so the key does not depend on what is imported.
_READER_SOURCES = (
    "domain/core/rules.py",
    "domain/core/frozen.py",  # how a record is pickled (``__getstate__``/``__setstate__``)
    "domain/core/vocabulary.py",
    "rules/loader/document.py",
    "rules/loader/entry.py",
    "rules/loader/renewal.py",
    "rules/loader/ce.py",
    "rules/loader/versions.py",
    "rules/loader/sources.py",
    "rules/loader/reader.py",
    "rules/loader/schema.py",
    "rules/loader/files.py",
    "rules/loader/listing.py",
    "rules/loader/cache.py",
)


def _proxy(items: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    """Rebuild a read-only mapping (``mappingproxy`` itself cannot be pickled)."""
    return MappingProxyType(items)


def cache_folder() -> Path:
    from lmt_tracker.paths import user_cache_dir

    return user_cache_dir() / "rules"


def _reader_fingerprint() -> bytes:
    """The loader's source bytes (a frozen build without sources: the version decides)."""
    package = Path(__file__).resolve().parents[2]  # lmt_tracker/
    digest = digests.sha256()
    for name in _READER_SOURCES:
        digest.update(name.encode())
        with contextlib.suppress(OSError):
            digest.update((package / name).read_bytes())
    return digest.digest()


def cache_key(files: Sequence[Path], directory: Path) -> str:
    """The key of the rules read from ``files`` (of ``directory``) by this app and loader."""
    from lmt_tracker import __version__
    from lmt_tracker.rules.loader.schema import SCHEMA_VERSION

    digest = digests.sha256()
    header = f"{__version__}\0{SCHEMA_VERSION}\0{sys.version_info[:3]}\0{pickle.HIGHEST_PROTOCOL}"
    digest.update(header.encode())
    digest.update(_reader_fingerprint())
    for path in files:
        data = path.read_bytes()
        name = path.relative_to(directory).as_posix().encode()
        digest.update(len(name).to_bytes(4, "big") + name)
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _read_regular(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a regular file (never hangs on a pipe), else None."""
    from lmt_tracker import portable

    try:
        with portable.open_regular_file(path) as handle:
            return handle.read() if handle is not None else None
    except OSError:
        return None


def _install_key(folder: Path, *, create: bool) -> bytes | None:
    """This install's signing key; made (owner-only) on first write when ``create``."""
    from lmt_tracker import portable

    path = folder / KEY_NAME
    key = _read_regular(path)
    if key is not None and len(key) == KEY_BYTES:
        return key
    if not create:
        return None
    import secrets  # only the first write makes a key (base64, random: not for every read)

    key = secrets.token_bytes(KEY_BYTES)
    portable.atomic_write(path, key)
    return key


def _sign(key: bytes, cache_id: str, payload: bytes) -> bytes:
    return digests.hmac_sha256(key, MAGIC + cache_id.encode() + payload)


class _RulesUnpickler(pickle.Unpickler):
    """Builds the rule records and the few plain types they hold; nothing else."""

    _ALLOWED: ClassVar[frozenset[tuple[str, str]]] = frozenset(
        {("decimal", "Decimal"), ("datetime", "date"), (__name__, "_proxy")}
    )

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        if module == "lmt_tracker.domain.core.rules":
            found = super().find_class(module, name)
            if isinstance(found, type) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of the rules")


def _decode(payload: bytes) -> dict[str, Jurisdiction] | None:
    try:
        rules = _RulesUnpickler(io.BytesIO(payload)).load()
    except Exception:  # any damage at all means: parse the files again
        return None
    if not isinstance(rules, dict):
        return None
    for code, jurisdiction in rules.items():
        if not isinstance(jurisdiction, Jurisdiction) or jurisdiction.code != code:
            return None
    return rules


def read(folder: Path, cache_id: str) -> dict[str, Jurisdiction] | None:
    """The cached rules of ``cache_id``, or None when missing, damaged or not signed here."""
    data = _read_regular(folder / f"{cache_id}.rules")
    if data is None or not data.startswith(MAGIC):
        return None
    key = _install_key(folder, create=False)
    if key is None:
        return None
    mac = data[len(MAGIC) : len(MAGIC) + _DIGEST]
    payload = data[len(MAGIC) + _DIGEST :]
    if not digests.same(mac, _sign(key, cache_id, payload)):
        return None
    return _decode(payload)


def write(folder: Path, cache_id: str, rules: Mapping[str, Jurisdiction]) -> None:
    """Store ``rules`` under ``cache_id`` (signed, atomically); old entries are removed."""
    import copyreg

    from lmt_tracker import portable

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {
        **copyreg.dispatch_table,
        MappingProxyType: lambda m: (_proxy, (dict(m),)),
    }
    pickler.dump(dict(rules))
    payload = buffer.getvalue()
    portable.private_folder(folder)
    key = _install_key(folder, create=True)
    assert key is not None
    target = folder / f"{cache_id}.rules"
    portable.atomic_write(target, MAGIC + _sign(key, cache_id, payload) + payload)
    for old in folder.glob("*.rules"):
        if old != target:
            old.unlink(missing_ok=True)


def cached(
    files: Sequence[Path], directory: Path, parse: Callable[[], dict[str, Jurisdiction]]
) -> dict[str, Jurisdiction]:
    """The rules of ``files``: from the cache when it holds them intact, else ``parse()``
    (which may raise ``RulesError``: nothing is cached then), stored for the next run."""
    try:
        folder = cache_folder()
        cache_id = cache_key(files, directory)
    except OSError:
        return parse()
    found = read(folder, cache_id)
    if found is not None:
        return found
    rules = parse()
    with contextlib.suppress(OSError):  # an unwritable cache folder costs time, nothing else
        write(folder, cache_id, rules)
    return rules
