"""``tasks.held()``: work asked for while the window attaches a database starts when it is
attached (the two threads would otherwise share the interpreter lock: issue 17)."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QThreadPool

from lmt_tracker.gui import tasks


class _Pool:
    """Stands in for Qt's pool: records what was started, in order."""

    started: ClassVar[list[Any]] = []

    @classmethod
    def globalInstance(cls) -> type[_Pool]:
        return cls

    @classmethod
    def start(cls, task: Any) -> None:
        cls.started.append(task)



@pytest.fixture
def recorded(app, qtbot, store, monkeypatch):
    """(a context, the tasks started); each is run for real afterwards, so it finishes."""
    from lmt_tracker.gui.context import AppContext

    ctx = AppContext(store)
    _Pool.started = []
    with monkeypatch.context() as patch:
        patch.setattr(tasks, "QThreadPool", _Pool)
        yield ctx, _Pool.started
    for task in _Pool.started:
        QThreadPool.globalInstance().start(task)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=20_000)


def test_tasks_asked_for_in_the_block_start_at_its_end_in_order(recorded) -> None:
    ctx, started = recorded
    with tasks.held():
        first = tasks.start(ctx, lambda progress: 1, on_done=print)
        with tasks.held():  # nested: still the outer block's
            second = tasks.start(ctx, lambda progress: 2, on_done=print)
        assert started == []
    assert started == [first, second]
    third = tasks.start(ctx, lambda progress: 3, on_done=print)
    assert started == [first, second, third]  # outside a block: at once


def test_a_failure_in_the_block_still_starts_what_was_asked(recorded) -> None:
    ctx, started = recorded
    with pytest.raises(RuntimeError), tasks.held():
        asked = tasks.start(ctx, lambda progress: 1, on_done=print)
        raise RuntimeError("attaching failed")
    assert started == [asked]
