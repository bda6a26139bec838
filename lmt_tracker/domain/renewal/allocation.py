"""The best CE allocation under caps: which hours count, exactly, for the therapist's benefit.

The problem. Course hours are split into *segments* (a topic, a delivery mode, a day),
aggregated into *cells* of interchangeable segments. Choose counted amounts
``0 <= x[c] <= hours[c]`` so that no cap is exceeded (online, self-study, topic caps,
daily maximums), minimising first the sum of shortfalls against every minimum (the
total, topic minimums with or without a delivery, in-person hours), then maximising
the hours counted. Quantities are exact ``Decimal`` minutes.

Two exact solvers:

* **Min-cost flow** (the usual case). Topics partition the cells and the caps on
  deliveries are nested (self-study inside online), so the problem is a network:
  source -> topic (topic cap) -> delivery (cell capacity) -> self-study -> online
  -> sink -> super-sink. A minimum is a parallel arc carrying a reward ``-W`` per unit
  up to the minimum; every counted unit carries ``-1``. Successive shortest paths
  (Bellman-Ford on the residual graph) stop when no path has negative cost, which is
  the minimum-cost flow over all flow values; with ``W`` greater than any counted
  gain a single augmenting unit can bring, that is the lexicographic optimum.
  Integral data give integral flows (total unimodularity).
* **Simplex** (only when a daily maximum binds: days cross both topics and deliveries,
  so the problem is no longer a network). An exact dense simplex over ``Fraction``
  with Bland's rule on the same objective.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from typing import Final

from lmt_tracker.domain.core.frozen import frozen_record

ZERO: Final = Decimal(0)
GENERAL: Final = "general"
#: The cell tag of hours from courses no approving body of the rule approved.
UNAPPROVED: Final = "unapproved"
ONLINE: Final = frozenset({"live_online", "self_study"})
#: Reward per unit of shortfall removed, against 1 per unit counted.
W: Final = 1_000_000


@frozen_record
class Cell:
    topic: str  # a topic class: a topic with a minimum or cap, else "general"
    delivery: str  # in_person | live_online | self_study
    day: int | None  # ordinal of a day whose daily maximum binds, else None
    minutes: Decimal
    tag: str | None = None  # a class a tag cap limits (UNAPPROVED), else None


@frozen_record
class Minimum:
    name: str
    minutes: Decimal
    topic: str | None = None  # None: not restricted to a topic
    deliveries: frozenset[str] | None = None  # None: any delivery
    also: frozenset[str] = frozenset()  # other topics that count toward it ("A or B")

    def has(self, cell: Cell) -> bool:
        return (self.topic is None or cell.topic == self.topic or cell.topic in self.also) and (
            self.deliveries is None or cell.delivery in self.deliveries
        )


@frozen_record
class Problem:
    cells: tuple[Cell, ...]
    total_min: Decimal = ZERO
    topic_mins: tuple[Minimum, ...] = ()  # topic set; delivery optional
    in_person_min: Decimal = ZERO
    online_cap: Decimal | None = None
    self_study_cap: Decimal | None = None
    topic_caps: tuple[tuple[str, Decimal], ...] = ()
    daily_cap: Decimal | None = None  # applies per day to cells whose day is not None
    tag_caps: tuple[tuple[str, Decimal], ...] = ()  # (tag, limit) over the cells so tagged

    def minimums(self) -> tuple[Minimum, ...]:
        out = [Minimum("total", self.total_min)]
        out.extend(self.topic_mins)
        if self.in_person_min > 0:
            out.append(Minimum("in_person", self.in_person_min, None, frozenset({"in_person"})))
        return tuple(out)

    def caps(self) -> list[tuple[str, Decimal, list[int]]]:
        """Every cap as (name, limit, indices of the cells it covers)."""
        cells = self.cells
        out: list[tuple[str, Decimal, list[int]]] = []
        if self.online_cap is not None:
            idx = [i for i, c in enumerate(cells) if c.delivery in ONLINE]
            out.append(("online", self.online_cap, idx))
        if self.self_study_cap is not None:
            idx = [i for i, c in enumerate(cells) if c.delivery == "self_study"]
            out.append(("self_study", self.self_study_cap, idx))
        for topic, cap in self.topic_caps:
            out.append(
                (f"topic:{topic}", cap, [i for i, c in enumerate(cells) if c.topic == topic])
            )
        for tag, cap in self.tag_caps:
            out.append((f"tag:{tag}", cap, [i for i, c in enumerate(cells) if c.tag == tag]))
        if self.daily_cap is not None:
            days: dict[int, list[int]] = {}
            for i, c in enumerate(cells):
                if c.day is not None:
                    days.setdefault(c.day, []).append(i)
            for day, idx in sorted(days.items()):
                out.append((f"day:{day}", self.daily_cap, idx))
        return out

    def score(self, x: Sequence[Decimal]) -> tuple[Decimal, Decimal]:
        """(sum of shortfalls, counted): the objective, lower shortfall first."""
        short = ZERO
        for m in self.minimums():
            got = sum((x[i] for i, c in enumerate(self.cells) if m.has(c)), ZERO)
            short += max(m.minutes - got, ZERO)
        return short, sum(x, ZERO)

    def feasible(self, x: Sequence[Decimal]) -> bool:
        if any(v < 0 or v > c.minutes for v, c in zip(x, self.cells, strict=True)):
            return False
        return all(sum((x[i] for i in idx), ZERO) <= cap for _, cap, idx in self.caps())


def solve(problem: Problem) -> tuple[Decimal, ...]:
    """Counted minutes per cell, optimal for the therapist (see the module docstring)."""
    cells = problem.cells
    if not cells:
        return ()
    keys = [(c.topic, c.delivery, c.day, c.tag) for c in cells]
    if len(set(keys)) < len(keys):
        return _solve_merged(problem, keys)
    if _nothing_binds(problem):
        return tuple(c.minutes for c in cells)
    if not _is_network(problem):
        return _solve_simplex(problem)
    return _solve_flow(problem)


def _is_network(p: Problem) -> bool:
    """Whether the min-cost flow below models ``p`` exactly.

    Not when a daily maximum binds (days cross topics and deliveries), when a tag cap
    (hours from unapproved providers) crosses them, when a minimum accepts some but not
    all deliveries other than one, or several topics: those go to the exact simplex.
    """
    if p.daily_cap is not None and any(c.day is not None for c in p.cells):
        return False
    if p.tag_caps and any(c.tag is not None for c in p.cells):
        return False
    return all(
        not m.also and (m.deliveries is None or len(m.deliveries) == 1) for m in p.topic_mins
    )


_Key = tuple[str, str, int | None, str | None]


def _solve_merged(problem: Problem, keys: list[_Key]) -> tuple[Decimal, ...]:
    """Merge cells of one (topic, delivery, day, tag), solve, then fill them in order."""
    merged: dict[_Key, Decimal] = {}
    for key, c in zip(keys, problem.cells, strict=True):
        merged[key] = merged.get(key, ZERO) + c.minutes
    order = list(merged)
    inner = replace(problem, cells=tuple(Cell(k[0], k[1], k[2], merged[k], k[3]) for k in order))
    left = dict(zip(order, solve(inner), strict=True))
    out = []
    for key, c in zip(keys, problem.cells, strict=True):
        take = min(c.minutes, left[key])
        left[key] -= take
        out.append(take)
    return tuple(out)


def _nothing_binds(p: Problem) -> bool:
    """Counting everything respects every cap: then counting everything is optimal."""
    return all(sum((p.cells[i].minutes for i in idx), ZERO) <= cap for _, cap, idx in p.caps())


# ---------------------------------------------------------------------------------------
# Min-cost flow
# ---------------------------------------------------------------------------------------


class _Graph:
    __slots__ = ("adj", "cap", "cost", "head")

    def __init__(self, nodes: int) -> None:
        self.adj: list[list[int]] = [[] for _ in range(nodes)]
        self.head: list[int] = []
        self.cap: list[Decimal] = []
        self.cost: list[int] = []

    def arc(self, u: int, v: int, cap: Decimal, cost: int) -> int:
        e = len(self.head)
        self.head += [v, u]
        self.cap += [cap, ZERO]
        self.cost += [cost, -cost]
        self.adj[u].append(e)
        self.adj[v].append(e + 1)
        return e

    def min_cost_flow(self, s: int, t: int) -> None:
        n = len(self.adj)
        head, cap, cost, adj = self.head, self.cap, self.cost, self.adj
        while True:
            dist: list[int | None] = [None] * n
            prev = [-1] * n
            dist[s] = 0
            queue = deque([s])
            queued = [False] * n
            queued[s] = True
            while queue:
                u = queue.popleft()
                queued[u] = False
                du = dist[u]
                assert du is not None
                for e in adj[u]:
                    if cap[e] > 0:
                        v = head[e]
                        nd = du + cost[e]
                        dv = dist[v]
                        if dv is None or nd < dv:
                            dist[v] = nd
                            prev[v] = e
                            if not queued[v]:
                                queued[v] = True
                                queue.append(v)
            dt_ = dist[t]
            if dt_ is None or dt_ >= 0:
                return
            # bottleneck
            push: Decimal | None = None
            v = t
            while v != s:
                e = prev[v]
                if push is None or cap[e] < push:
                    push = cap[e]
                v = head[e ^ 1]
            assert push is not None
            v = t
            while v != s:
                e = prev[v]
                cap[e] -= push
                cap[e ^ 1] += push
                v = head[e ^ 1]


def _split(g: _Graph, u: int, v: int, cap: Decimal, reward: Decimal, base_cost: int) -> list[int]:
    """Arcs u->v of total capacity ``cap`` whose first ``reward`` units earn ``-W``."""
    arcs = []
    first = min(reward, cap)
    if first > 0:
        arcs.append(g.arc(u, v, first, base_cost - W))
    if cap - first > 0:
        arcs.append(g.arc(u, v, cap - first, base_cost))
    return arcs


def _solve_flow(p: Problem) -> tuple[Decimal, ...]:
    cells = p.cells
    big = sum((c.minutes for c in cells), ZERO) + 1
    topics = sorted({c.topic for c in cells})
    # nodes: 0 source, 1 sink, 2 super-sink, 3 in_person, 4 live_online, 5 self_study,
    # 6 online, then one per topic.
    s, sink, t, ip, lo, ss, on = 0, 1, 2, 3, 4, 5, 6
    tnode = {topic: 7 + i for i, topic in enumerate(topics)}
    dnode = {"in_person": ip, "live_online": lo, "self_study": ss}
    g = _Graph(7 + len(topics))
    caps = dict(p.topic_caps)
    plain: dict[str, Decimal] = {}
    restricted: dict[tuple[str, str], Decimal] = {}
    for m in p.topic_mins:
        if m.topic is None:
            continue
        if m.deliveries is None:
            plain[m.topic] = max(plain.get(m.topic, ZERO), m.minutes)
        else:
            (delivery,) = m.deliveries
            k = (m.topic, delivery)
            restricted[k] = max(restricted.get(k, ZERO), m.minutes)
    for topic in topics:
        _split(g, s, tnode[topic], caps.get(topic, big), plain.get(topic, ZERO), 0)
    cell_arcs: list[list[int]] = []
    for c in cells:
        node = dnode.get(c.delivery, ip)
        reward = restricted.get((c.topic, c.delivery), ZERO)
        cell_arcs.append(_split(g, tnode[c.topic], node, c.minutes, reward, 0))
    # cells are unique per (topic, delivery) here (``solve`` merges duplicates), so a
    # restricted minimum's reward is offered once.
    _split(g, ip, sink, big, p.in_person_min, 0)
    g.arc(lo, on, big, 0)
    g.arc(ss, on, p.self_study_cap if p.self_study_cap is not None else big, 0)
    g.arc(on, sink, p.online_cap if p.online_cap is not None else big, 0)
    _split(g, sink, t, big, p.total_min, -1)
    g.min_cost_flow(s, t)
    out = []
    for arcs in cell_arcs:
        out.append(sum((g.cap[e ^ 1] for e in arcs), ZERO))
    return tuple(out)


# ---------------------------------------------------------------------------------------
# Exact simplex (daily maximums)
# ---------------------------------------------------------------------------------------


def _solve_simplex(p: Problem) -> tuple[Decimal, ...]:
    cells = p.cells
    n_x = len(cells)
    mins = [m for m in p.minimums() if m.minutes > 0]
    n_y = len(mins)
    n = n_x + n_y
    rows: list[list[Fraction]] = []
    rhs: list[Fraction] = []

    def row(coefs: Iterable[tuple[int, int]], b: Decimal) -> None:
        r = [Fraction(0)] * n
        for j, a in coefs:
            r[j] += a
        rows.append(r)
        rhs.append(Fraction(b))

    for i, c in enumerate(cells):
        row([(i, 1)], c.minutes)
    for _, cap, idx in p.caps():
        row([(i, 1) for i in idx], cap)
    for k, m in enumerate(mins):
        row([(n_x + k, 1)], m.minutes)
        row([(n_x + k, 1)] + [(i, -1) for i, c in enumerate(cells) if m.has(c)], ZERO)
    objective = [Fraction(1)] * n_x + [Fraction(W)] * n_y
    x = _simplex_max(objective, rows, rhs)
    return tuple(_to_decimal(v) for v in x[:n_x])


def _to_decimal(v: Fraction) -> Decimal:
    if v.denominator == 1:
        return Decimal(v.numerator)
    return Decimal(v.numerator) / Decimal(v.denominator)


def _simplex_max(c: list[Fraction], a: list[list[Fraction]], b: list[Fraction]) -> list[Fraction]:
    """Maximise c.x subject to a.x <= b, x >= 0, with b >= 0 (the origin is feasible)."""
    m, n = len(a), len(c)
    width = n + m
    tab = [a[i] + [Fraction(int(i == j)) for j in range(m)] + [b[i]] for i in range(m)]
    z = [-cj for cj in c] + [Fraction(0)] * m + [Fraction(0)]
    basis = [n + i for i in range(m)]
    while True:
        enter = next((j for j in range(width) if z[j] < 0), -1)  # Bland: lowest index
        if enter < 0:
            break
        leave = -1
        best: Fraction | None = None
        for i in range(m):
            coef = tab[i][enter]
            if coef > 0:
                ratio = tab[i][-1] / coef
                if best is None or ratio < best or (ratio == best and basis[i] < basis[leave]):
                    best, leave = ratio, i
        if leave < 0:  # unbounded: impossible, every variable is bounded
            raise ArithmeticError("unbounded CE allocation")
        pivot_row = tab[leave]
        pv = pivot_row[enter]
        if pv != 1:
            pivot_row = [v / pv for v in pivot_row]
            tab[leave] = pivot_row
        nz = [j for j, v in enumerate(pivot_row) if v != 0]
        for i in range(m):
            if i != leave:
                f = tab[i][enter]
                if f != 0:
                    r = tab[i]
                    for j in nz:
                        r[j] -= f * pivot_row[j]
        f = z[enter]
        for j in nz:
            z[j] -= f * pivot_row[j]
        basis[leave] = enter
    x = [Fraction(0)] * n
    for i, j in enumerate(basis):
        if j < n:
            x[j] = tab[i][-1]
    return x

