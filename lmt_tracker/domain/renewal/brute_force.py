"""The allocation by exhaustive search: an independent answer the solvers are tested against.

Too slow for real use (it tries every split of every course in steps); small
problems only.
"""

from __future__ import annotations

from decimal import Decimal

from lmt_tracker.domain.renewal.allocation import ZERO, Problem


def brute_force(problem: Problem, step: Decimal = Decimal(1)) -> tuple[Decimal, Decimal]:
    """The best (shortfall, counted) over every allocation in ``step`` increments.

    For tests only: exponential in the number of cells.
    """
    cells = problem.cells
    best: tuple[Decimal, Decimal] | None = None
    choice = [ZERO] * len(cells)

    def walk(i: int) -> None:
        nonlocal best
        if i == len(cells):
            if problem.feasible(choice):
                short, counted = problem.score(choice)
                if best is None or (short, -counted) < (best[0], -best[1]):
                    best = (short, counted)
            return
        v = ZERO
        while v <= cells[i].minutes:
            choice[i] = v
            walk(i + 1)
            v += step
        choice[i] = ZERO

    walk(0)
    assert best is not None
    return best
