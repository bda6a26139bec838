"""``cli.json_text.indented`` writes exactly what ``json.dumps(indent=2)`` writes.

It hands lists of flat objects to json's C encoder and splits that text into lines
itself, so the texts that could fool a splitter are what these documents hold: strings
with line breaks, braces, commas, quotes, ``},`` followed by spaces and ``{``, NUL,
non-ASCII; empty objects and lists; nested lists; numbers of every JSON kind; values
only ``default`` can write.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lmt_tracker.cli.json_text import indented

TRICKY = ["", "a", "}", "{", "},\n        {", '"},\n      {"', "line\nbreak", "tab\there",
          "\x00", "naïve – ✓", "\\", "[1, 2]", '{"k": 1}', "\u2028"]


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20),
    st.floats(allow_nan=False), st.sampled_from([math.inf, -math.inf, 0.1, 1e-7, 2.5]),
    st.sampled_from(TRICKY), st.text(max_size=12),
)
keys = st.one_of(st.sampled_from(TRICKY), st.text(max_size=6))
flat_objects = st.dictionaries(keys, scalars, min_size=1, max_size=4)
documents = st.recursive(
    st.one_of(scalars, st.lists(flat_objects, max_size=4),
              st.lists(st.dictionaries(keys, scalars, max_size=2), max_size=3),
              st.sampled_from([Decimal("1.50"), Decimal(3), dt.date(2026, 12, 4)])),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.lists(inner, max_size=3).map(tuple),
                            st.dictionaries(keys, inner, max_size=4)),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_the_same_text_as_the_indenting_encoder(document: Any) -> None:
    expected = json.dumps(document, indent=2, ensure_ascii=False, default=_default)
    assert indented(document, _default) == expected


def test_a_status_like_document() -> None:
    items = [{"course_id": n, "hours": n / 3 if n % 2 else n, "reason": TRICKY[n % len(TRICKY)]}
             for n in range(50)]
    document = [{"id": 1, "missing": [], "topics": [{}], "not_counted": items,
                 "mixed": [{}, {"a": 1}], "nested": [[items[:2]], {"deeper": items[:3]}]},
                items, []]
    expected = json.dumps(document, indent=2, ensure_ascii=False)
    assert indented(document) == expected
    assert indented(items) == json.dumps(items, indent=2, ensure_ascii=False)


def test_the_cores_phrases_are_written_as_their_text_in_the_fast_lists(monkeypatch) -> None:
    """``not_counted`` reasons and finding messages are phrases (a ``str`` subclass): their
    lists still go through the C encoder, and read exactly as ``json.dumps`` writes them."""
    from lmt_tracker.cli import json_text
    from lmt_tracker.domain.core.phrases import ph

    why = ph("completed {completed}, before this CE period began on {start}",
             completed=dt.date(2024, 1, 2), start=dt.date(2025, 9, 1))
    document = {"not_counted": [{"course_id": n, "reason": why} for n in range(3)]}
    flat_lists: list[Any] = []
    real = json_text._flat_list
    monkeypatch.setattr(json_text, "_flat_list",
                        lambda items, depth: flat_lists.append(items) or real(items, depth))
    assert indented(document) == json.dumps(document, indent=2, ensure_ascii=False)
    assert flat_lists == [document["not_counted"]]  # the fast path took the list
    assert "before this CE period began on 2025-09-01" in indented(document)
