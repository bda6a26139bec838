"""Figures for docs/reliability.md: each test records what it did; the summary prints it.

A plugin (``pytest_plugins`` in tests/conftest.py), not this folder's conftest: the main
process of a pytest-xdist run collects no test, so it would never load a conftest here.

``kill_figures`` maps a scenario to its tally of rounds, kills and outcomes;
``fuzz_figures`` maps an input kind to the number of generated inputs tried;
``soak_figures`` maps an engine to the ten editors' operations and conflicts;
``hostile_figures`` maps a hostile file to its peak memory and time.

Under pytest-xdist (``make test`` runs two workers) each worker records the figures of
the tests it ran; it hands them to the main process when it ends, which prints them all.
"""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace
from typing import Any

import pytest

_KILLS = pytest.StashKey[dict[str, Any]]()
_FUZZ = pytest.StashKey[dict[str, int]]()
_SOAK = pytest.StashKey[dict[str, Any]]()
_HOSTILE = pytest.StashKey[dict[str, Any]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_KILLS] = {}
    config.stash[_FUZZ] = {}
    config.stash[_SOAK] = {}
    config.stash[_HOSTILE] = {}


@pytest.fixture
def kill_figures(request: pytest.FixtureRequest) -> dict[str, Any]:
    return request.config.stash[_KILLS]


@pytest.fixture
def fuzz_figures(request: pytest.FixtureRequest) -> dict[str, int]:
    return request.config.stash[_FUZZ]


@pytest.fixture
def hostile_figures(request: pytest.FixtureRequest) -> dict[str, Any]:
    return request.config.stash[_HOSTILE]


@pytest.fixture
def soak_figures(request: pytest.FixtureRequest) -> dict[str, Any]:
    return request.config.stash[_SOAK]


FIGURES = "reliability figures"


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A pytest-xdist worker: send its figures to the main process (plain values only)."""
    sent = getattr(session.config, "workeroutput", None)
    if sent is None:
        return
    stash = session.config.stash
    sent[FIGURES] = {
        "kills": {name: dataclasses.asdict(t) for name, t in stash.get(_KILLS, {}).items()},
        "fuzz": dict(stash.get(_FUZZ, {})), "soak": dict(stash.get(_SOAK, {})),
        "hostile": dict(stash.get(_HOSTILE, {}))}


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """The main process under pytest-xdist: gather a finished worker's figures."""
    got = getattr(node, "workeroutput", {}).get(FIGURES)
    if not got:
        return
    stash = node.config.stash
    stash.setdefault(_KILLS, {}).update(
        {name: SimpleNamespace(**t) for name, t in got["kills"].items()})
    for key, part in ((_FUZZ, "fuzz"), (_SOAK, "soak"), (_HOSTILE, "hostile")):
        stash.setdefault(key, {}).update(got[part])


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    kills = config.stash.get(_KILLS, {})
    fuzz = config.stash.get(_FUZZ, {})
    soak = config.stash.get(_SOAK, {})
    hostile = config.stash.get(_HOSTILE, {})
    if not kills and not fuzz and not soak and not hostile:
        return
    write = terminalreporter.write_line
    terminalreporter.section("reliability figures")
    for name, t in kills.items():
        write(f"kill  {name:<22} rounds {t.rounds:>3}  killed {t.killed:>3}  "
              f"during the write {t.killed_during_write:>3}  -> old {t.before:>3}, "
              f"new {t.after:>3}, half-written 0")
    if kills:
        write(f"kill  total killed: {sum(t.killed for t in kills.values())}")
    for name, n in fuzz.items():
        write(f"fuzz  {name:<40} {n:>6} inputs")
    if fuzz:
        write(f"fuzz  total inputs: {sum(fuzz.values())}")
    for engine, f in soak.items():
        write(f"soak  {engine:<11} {f['operations']} operations in {f['seconds']:.0f} s "
              f"({f['ops/s']:.1f}/s), "
              f"{f['saved']} saved, {f['conflicts']} refused as changed elsewhere, 0 lost")
        write(f"soak  {engine:<11} saved: {f['by kind']}")
        write(f"soak  {engine:<11} conflicts: {f['conflicts by kind']}")
    for name, r in hostile.items():
        write(f"file  {name:<45} peak {r['rss_mb']:>4} MB  {r['seconds']:>6.2f} s "
              f"({r['cpu_seconds']:.2f} s CPU)  exit {r['status']}")
