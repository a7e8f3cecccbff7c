"""Schedule.order(): the certain precedences, against a small dense reference implementation.

order() takes a dense path up to ``timeline._stn._DENSE_ORDER_LIMIT`` events and a blocked one
above it; the comparisons run both (the limit patched to 0 and to more than any test uses).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline._stn
from timeline import InconsistentTimeline, Schedule, Timeline, TimeSpan

UTC = timezone.utc
BASE = datetime(2020, 1, 1, tzinfo=UTC)
HOUR = timedelta(hours=1)
RELATIONS = ["before", "after", "meets", "met_by", "overlaps", "during", "contains", "equals",
             "starts", "finishes", "before|meets"]  # fmt: skip


def dense_order(schedule: Schedule, *, both_ways: bool = False) -> list[tuple[str, str]]:
    """The reference: every pairwise distance by Floyd–Warshall over the kept edges, then the
    relation, its mutual part and the transitive reduction as events × events matrices."""
    solution = schedule._solution
    points = solution.network.points
    dist = np.full((points, points), np.inf)
    np.fill_diagonal(dist, 0.0)
    for key, weight in zip(solution.keys.tolist(), solution.weight.tolist(), strict=True):
        u, v = divmod(key, points)
        dist[u, v] = min(dist[u, v], weight)
    for k in range(points):
        dist = np.minimum(dist, dist[:, k : k + 1] + dist[k : k + 1, :])
    count = len(schedule)
    starts = 1 + 2 * np.arange(count)
    ends = starts + 1
    before = dist[np.ix_(starts, ends)].T <= 0  # before[a, b]: d(b.start -> a.end) <= 0
    np.fill_diagonal(before, False)
    mutual = before & before.T
    strict = before & ~mutual
    through = (strict.astype(int) @ strict.astype(int)) > 0
    labels = [event.label for event in schedule]
    pairs = [(labels[i], labels[j]) for i, j in zip(*np.nonzero(strict & ~through), strict=True)]
    pairs += [
        (labels[i], labels[j])
        for i, j in zip(*np.nonzero(mutual), strict=True)
        if both_ways or i < j
    ]
    return pairs


def labels(pairs: list[tuple[Any, Any]]) -> list[tuple[str, str]]:
    return [(a.label, b.label) for a, b in pairs]


PATHS = {"dense": 10**9, "blocked": 0}  # _DENSE_ORDER_LIMIT that makes order() take each path


@pytest.fixture(params=sorted(PATHS))
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test on the dense path, then on the blocked one."""
    monkeypatch.setattr(timeline._stn, "_DENSE_ORDER_LIMIT", PATHS[request.param])
    return str(request.param)


def both_paths(schedule: Schedule, *, both_ways: bool = False) -> list[list[tuple[str, str]]]:
    """order() (or its both-ways variant) by the dense path and by the blocked one."""
    found = []
    for limit in PATHS.values():
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(timeline._stn, "_DENSE_ORDER_LIMIT", limit)
            found.append(labels(schedule._order(both_ways=both_ways)))
    return found


@st.composite
def networks(draw: st.DrawFn) -> Timeline:
    """Small timelines rich in instants, coinciding events and chains (hours from BASE)."""
    count = draw(st.integers(2, 9))
    tl = Timeline(tz="UTC")
    for i in range(count):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            tl.event(f"e{i}", duration=timedelta(0))  # an instant
        elif kind == 1:
            tl.event(f"e{i}", BASE + draw(st.integers(0, 6)) * HOUR)  # an instant at a time
        elif kind == 2:
            first = draw(st.integers(0, 6))
            tl.event(f"e{i}", TimeSpan.crisp(BASE + first * HOUR, BASE + (first + 2) * HOUR))
        elif kind == 3:
            tl.event(f"e{i}", duration=(HOUR, 2 * HOUR))
        else:
            tl.event(f"e{i}")
    for _ in range(draw(st.integers(0, 2 * count))):
        a, b = draw(st.integers(0, count - 1)), draw(st.integers(0, count - 1))
        if a != b:
            tl.relate(f"e{a}", draw(st.sampled_from(RELATIONS)), f"e{b}")
    return tl


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks())
def test_order_is_the_dense_references(tl: Timeline) -> None:
    try:
        schedule = tl.solve()
    except InconsistentTimeline:
        return
    assert both_paths(schedule) == [dense_order(schedule)] * 2
    assert both_paths(schedule, both_ways=True) == [dense_order(schedule, both_ways=True)] * 2


def test_order_takes_the_dense_path_up_to_the_limit_only(monkeypatch: pytest.MonkeyPatch) -> None:
    tl = _chain_of_instants(4)
    tl.relate("i1", "equals", "i2")
    schedule = tl.solve()
    taken = []
    for name in ("_dense_order", "_blocked_order"):
        real = getattr(timeline._stn, name)

        def spy(*args: Any, _name: str = name, _real: Any = real) -> Any:
            taken.append(_name)
            return _real(*args)

        monkeypatch.setattr(timeline._stn, name, spy)
    for limit in (4, 3):
        monkeypatch.setattr(timeline._stn, "_DENSE_ORDER_LIMIT", limit)
        assert labels(schedule.order()) == [("i0", "i1"), ("i0", "i2"), ("i1", "i3"),
                                            ("i2", "i3"), ("i1", "i2")]  # fmt: skip
    assert taken == ["_dense_order", "_blocked_order"]


def _chain_of_instants(count: int) -> Timeline:
    tl = Timeline(tz="UTC")
    for i in range(count):
        tl.event(f"i{i}", duration=timedelta(0))
    for i in range(count - 1):
        tl.relate(f"i{i}", "before", f"i{i + 1}")  # closed: neighbours may coincide
    return tl


def test_instants_that_may_coincide_are_ordered_but_not_merged(path: str) -> None:
    schedule = _chain_of_instants(6).solve()
    expected = [(f"i{i}", f"i{i + 1}") for i in range(5)]
    assert labels(schedule.order()) == expected == dense_order(schedule)


def test_instants_that_surely_coincide_come_once_after_the_rest(path: str) -> None:
    tl = _chain_of_instants(3)
    tl.event("echo", duration=timedelta(0))
    tl.event("later", duration=HOUR)
    tl.relate("i1", "equals", "echo")
    tl.relate("echo", "before", "later")
    schedule = tl.solve()
    order = labels(schedule.order())
    assert order == dense_order(schedule)
    assert order[-1] == ("i1", "echo")  # the coinciding pair, once, made order
    assert ("i0", "i1") in order and ("i0", "echo") in order  # both covers of i0
    assert ("echo", "i1") in labels(schedule._order(both_ways=True))


def test_a_long_chain_is_reduced_to_its_links(path: str) -> None:
    count = 400
    tl = Timeline(tz="UTC")
    for i in range(count):
        tl.event(f"e{i}", duration=(HOUR, None))
    for i in range(count - 1):
        tl.relate(f"e{i}", "before", f"e{i + 1}")
        if i + 5 < count:
            tl.relate(f"e{i}", "before", f"e{i + 5}")  # implied by the chain: reduced away
    assert labels(tl.solve().order()) == [(f"e{i}", f"e{i + 1}") for i in range(count - 1)]


def test_the_seed_order_is_the_dense_references(path: str) -> None:
    pytest.importorskip("timeline._resolve")
    import runpy

    example = Path(__file__).resolve().parents[1] / "examples" / "seed_timeline.py"
    schedule = runpy.run_path(str(example))["build_seed_timeline"]().solve()
    assert labels(schedule.order()) == dense_order(schedule)
    assert labels(schedule._order(both_ways=True)) == dense_order(schedule, both_ways=True)


@pytest.mark.parametrize("seed", range(3))
def test_a_few_hundred_events_match_the_reference(seed: int, path: str) -> None:
    rng = np.random.default_rng(seed)
    count = 150
    start = rng.integers(0, 500, count)
    length = rng.integers(0, 6, count)
    tl = Timeline(tz="UTC")
    for i in range(count):
        if rng.random() < 0.2:
            tl.event(f"e{i}", BASE + int(start[i]) * HOUR, duration=timedelta(0))
        elif rng.random() < 0.3:
            tl.event(
                f"e{i}",
                TimeSpan.crisp(BASE + int(start[i]) * HOUR, BASE + int(start[i] + 12) * HOUR),
                duration=int(length[i]) * HOUR,
            )
        else:
            tl.event(f"e{i}", duration=(int(length[i]) * HOUR, None))
    for _ in range(3 * count):
        a = int(rng.integers(0, count))
        b = int(min(count - 1, max(0, a + rng.integers(-15, 16))))
        if a != b and start[a] + length[a] <= start[b]:
            tl.relate(f"e{a}", "before", f"e{b}")
    schedule = tl.solve()
    assert labels(schedule.order()) == dense_order(schedule)
