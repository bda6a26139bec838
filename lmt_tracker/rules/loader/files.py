"""Rule files on disk: finding, reading and decoding them, and caching the rules in force.

This module reads the rule files: it turns read and decode failures into problems
like any other, and loads many files while checking that no code is used twice. The
rules in force are parsed once per process, and once per version of the files
across processes (``cache``: the validated result kept in the user cache folder).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from types import MappingProxyType

from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.rules.loader.listing import rule_files
from lmt_tracker.rules.loader.reader import Report, RulesError, show
from lmt_tracker.rules.loader.schema import NATIONAL_DIR


def _label(path: Path) -> str:
    """How messages name a file: ``FL.toml``, or ``national/NCBTMB.toml``."""
    if path.parent.name == NATIONAL_DIR:
        return f"{NATIONAL_DIR}/{path.name}"
    return path.name


def _load(path: Path) -> tuple[Jurisdiction | None, list[str]]:
    """Parse one file: the record, or None and every problem found."""
    # The parsers are imported here: a start that finds the rules cached never needs them.
    import tomllib

    from lmt_tracker.rules.loader.document import parse

    report = Report(_label(path))
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        report.add("(file)", ph(N_("cannot be read: {why}"), why=str(exc.strerror or exc)))
        return None, report.problems
    except tomllib.TOMLDecodeError as exc:
        report.add("(file)", ph(N_("is not valid TOML: {why}"), why=str(exc)))
        return None, report.problems
    except UnicodeDecodeError as exc:
        report.add("(file)", ph(N_("is not UTF-8 text: {why}"), why=exc.reason))
        return None, report.problems
    return parse(report, data, path), report.problems


def load_file(path: Path | str) -> Jurisdiction:
    """One rule file as a ``Jurisdiction``; ``RulesError`` listing every problem otherwise."""
    found, problems = _load(Path(path))
    if found is None:
        raise RulesError(problems)
    return found


def load_all(directory: Path | None = None) -> dict[str, Jurisdiction]:
    """Every jurisdiction of ``directory`` (default: the rules in force) by code, sorted.

    The rules in force are an installed rule pack while it is not older than the
    bundled rules, else the bundled rules (``lmt_tracker.rules.packs.installed``). They
    are parsed once per process; callers get their own dict.
    """
    if directory is None:
        return dict(_load_default())
    return _load_directory(directory)


@cache
def _load_default() -> Mapping[str, Jurisdiction]:
    from lmt_tracker.paths import rules_dir
    from lmt_tracker.rules.packs.state import rules_in_force_dir

    chosen = rules_in_force_dir()
    bundled = rules_dir()
    if chosen != bundled:
        try:
            return MappingProxyType(_load_cached(chosen))
        except RulesError:
            # The pack was verified and loaded when installed; a later change on disk
            # must not stop the app. ``rules status`` shows which set is in force.
            pass
    return MappingProxyType(_load_cached(bundled))


def _load_cached(directory: Path) -> dict[str, Jurisdiction]:
    """``_load_directory`` through the cross-process cache (only for the rules in force:
    a directory being checked, such as a rule pack before it is installed, is parsed)."""
    from lmt_tracker.rules.loader import cache

    return cache.cached(rule_files(directory), directory, lambda: _load_directory(directory))


def forget_cached() -> None:
    """Drop the parsed rules in force (after a pack is installed or rolled back)."""
    _load_default.cache_clear()


def _load_directory(directory: Path) -> dict[str, Jurisdiction]:
    found, problems = _load_many(rule_files(directory))
    if problems:
        raise RulesError(problems)
    return {code: found[code] for code in sorted(found)}


def _load_many(paths: Sequence[Path]) -> tuple[dict[str, Jurisdiction], list[str]]:
    """The files that loaded, by code, and every problem (a code used twice included)."""
    found: dict[str, Jurisdiction] = {}
    problems: list[str] = []
    for path in paths:
        jurisdiction, file_problems = _load(path)
        problems.extend(file_problems)
        if jurisdiction is None:
            continue
        if jurisdiction.code in found:
            other = _label(Path(found[jurisdiction.code].path))
            problems.append(ph(N_("{file}: code = {code}: also used by {other}"),
                               file=_label(path), code=show(jurisdiction.code), other=other))
        found[jurisdiction.code] = jurisdiction
    return found, problems


def validate(paths: Sequence[Path]) -> list[str]:
    """Every problem of the given files, in file order."""
    return _load_many(paths)[1]

