"""How fast Timeline.solve() is, against networkx Bellman–Ford on the same network, same run.

The network looks like a processed news corpus: documents of about twenty events each, a
publication day per document, a third of the events placed on a day or a week, Allen relations
between events of a document and between neighbouring documents (all true of a hidden schedule,
so the network is consistent), four relations per event.

The baseline does the same job with networkx: a negative-cycle check over the whole graph, then
the distances from the zero point (latest times) and to it (earliest times) with Bellman–Ford.
Graph construction is not timed for networkx; ``solve()`` is timed whole.

With ``--order`` (or ``--order-only``) Schedule.order() (the certain precedences, transitively
reduced) is measured too, each run in a fresh subprocess so the peak memory is its own: wall
time, the tracemalloc peak of the call, and the process's peak resident size. Its baseline is the
dense algorithm order() used before (n×n boolean matrices and a float32 product), kept below;
both must give the same pairs. At 20,000 events each takes minutes, the dense one ~6 GB.
With ``--instants`` the timeline is a chain of instants instead, three within each hour, each
'before' the next (neighbours may coincide): the case rich in ties.

    python benchmarks/solve.py                       # 20,000 events / 80,000 relations
    python benchmarks/solve.py 100000 --no-baseline # 100,000 / 400,000: build + solve
    python benchmarks/solve.py --order-only          # only order(), new and dense
    python benchmarks/solve.py 5000 --order-only --no-baseline  # order() alone, smaller
    python benchmarks/solve.py 1500 --order-only --instants      # 1,500 chained instants
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from timeline import Timeline, TimeSpan  # noqa: E402

UTC = timezone.utc
BASE = datetime(2017, 1, 1, tzinfo=UTC)
REPEAT = 3  # timings are the best of this many runs; CPU time is steadier on a shared machine


def allen(a0: float, a1: float, b0: float, b1: float) -> str:
    """The closed Allen relation that holds between two true intervals (generic positions)."""
    if a1 <= b0:
        return "before"
    if b1 <= a0:
        return "after"
    if a0 <= b0 and b1 <= a1:
        return "contains"
    if b0 <= a0 and a1 <= b1:
        return "during"
    return "overlaps" if a0 < b0 else "overlapped_by"


def build(events: int, relations: int, seed: int = 7) -> Timeline:
    rng = np.random.default_rng(seed)
    per_doc = 20
    docs = max(1, events // per_doc)
    doc_day = np.sort(rng.integers(0, 365 * 3, docs))
    doc_of = np.repeat(np.arange(docs), per_doc)[:events]
    doc_of = np.concatenate([doc_of, rng.integers(0, docs, events - len(doc_of))])
    hours = 3600.0
    day = doc_day[doc_of] - rng.uniform(0, 20, events)
    start = day * 86400 + rng.uniform(0, 24, events) * hours
    length = rng.exponential(6 * hours, events)
    end = start + length
    tl = Timeline(tz="UTC")
    made = []
    for i in range(events):
        label = f"e{i}"
        pick = rng.random()
        if pick < 0.2:
            day = BASE + timedelta(days=int(start[i] // 86400))
            last = BASE + timedelta(days=int(end[i] // 86400) + 1)
            made.append(tl.event(label, TimeSpan.crisp(day, last)))
        elif pick < 0.33:
            day = BASE + timedelta(days=int(start[i] // 86400) - 3)
            made.append(tl.event(label, start=TimeSpan.crisp(day, day + timedelta(days=7))))
        elif pick < 0.5:
            low = timedelta(seconds=float(length[i]) * 0.5)
            made.append(tl.event(label, duration=(low, timedelta(seconds=float(length[i]) * 2))))
        else:
            made.append(tl.event(label))
    # each document's publication: every event of it ends before its day is over
    for d in range(docs):
        day = BASE + timedelta(days=int(doc_day[d]))
        tl.event(f"doc{d}", TimeSpan.crisp(day, day + timedelta(days=1)))
    first = rng.integers(0, events, relations)
    near = np.clip(first + rng.integers(-40, 41, relations), 0, events - 1)
    far = rng.random(relations) < 0.1
    second = np.where(far, rng.integers(0, events, relations), near)
    for a, b in zip(first.tolist(), second.tolist(), strict=True):
        if a == b:
            b = (a + 1) % events
        relation = allen(start[a], end[a], start[b], end[b])
        tl.relate(made[a], relation, made[b])
    for i in range(0, events, 5):  # one in five events is tied to its document's day
        if end[i] <= (doc_day[doc_of[i]] + 1) * 86400:
            tl.relate(made[i], "before", f"doc{doc_of[i]}")
    return tl


def build_instants(events: int) -> Timeline:
    """A chain of instants, three within each hour, each 'before' the next."""
    tl = Timeline(tz="UTC")
    hour = timedelta(hours=1)
    for i in range(events):
        first = BASE + (i // 3) * hour
        tl.event(f"i{i}", TimeSpan.crisp(first, first + hour), duration=timedelta(0))
    for i in range(events - 1):
        tl.relate(f"i{i}", "before", f"i{i + 1}")
    return tl


def baseline(tl: Timeline) -> tuple[float, float, dict[int, float], dict[int, float]]:
    """networkx: negative-cycle check, then Bellman–Ford from and to the zero point."""
    import networkx as nx

    graph = nx.DiGraph()
    inf = float("inf")
    index = {event.label: number for number, event in enumerate(tl)}

    def point(at: tuple[str, str] | None) -> int:  # the zero point 0, then start/end per event
        return 0 if at is None else 1 + 2 * index[at[0]] + (at[1] == "end")

    def ms(length: timedelta | None, open_side: float) -> float:
        return open_side if length is None else length / timedelta(milliseconds=1)

    for made in tl.constraints():
        a, b = point(made.first), point(made.second)
        lo, hi = ms(made.least, -inf), ms(made.most, inf)
        for u, v, w in ((a, b, hi), (b, a, -lo)):
            if w < inf and (not graph.has_edge(u, v) or graph[u][v]["weight"] > w):
                graph.add_edge(u, v, weight=w)
    for i in range(len(tl)):
        if not graph.has_edge(2 + 2 * i, 1 + 2 * i):
            graph.add_edge(2 + 2 * i, 1 + 2 * i, weight=0.0)
    began, began_cpu = time.perf_counter(), time.process_time()
    assert not nx.negative_edge_cycle(graph)
    latest = nx.single_source_bellman_ford_path_length(graph, 0)
    earliest = nx.single_source_bellman_ford_path_length(graph.reverse(copy=False), 0)
    return time.perf_counter() - began, time.process_time() - began_cpu, latest, earliest


def dense_order(schedule: Any) -> list[tuple[Any, Any]]:
    """The order() of before (kept as the baseline): dense events×events matrices."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    count = len(schedule)
    if count < 2:
        return []
    solution = schedule._solution
    points = solution.network.points
    src = (solution.keys // points).astype(np.int64)
    dst = (solution.keys % points).astype(np.int64)
    potential = solution.potential
    reduced = np.maximum(solution.weight + potential[src] - potential[dst], 0.0)
    graph = csr_matrix((reduced, (src, dst)), shape=(points, points))
    starts = 1 + 2 * np.arange(count)
    ends = starts + 1
    before = np.zeros((count, count), dtype=bool)
    chunk = 256
    for first in range(0, count, chunk):
        sources = starts[first : first + chunk]
        found = dijkstra(graph, indices=sources)
        distance = found[:, ends] - potential[sources][:, None] + potential[ends][None, :]
        before[:, first : first + chunk] = (distance <= 0).T
    np.fill_diagonal(before, False)
    mutual = before & before.T
    strict = before & ~mutual
    through = (strict.astype(np.float32) @ strict.astype(np.float32)) > 0
    reduced_order = strict & ~through
    events = schedule.events
    firsts, seconds = np.nonzero(reduced_order)
    pairs = [(events[i], events[j]) for i, j in zip(firsts, seconds, strict=True)]
    firsts, seconds = np.nonzero(mutual)
    pairs += [(events[i], events[j]) for i, j in zip(firsts, seconds, strict=True) if i < j]
    return pairs


def _order_run(events: int, relations: int, which: str, instants: bool) -> None:
    """In a subprocess: build and solve, then time order() and measure its memory; print JSON."""
    tl = build_instants(events) if instants else build(events, relations)
    schedule = tl.solve()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    began = time.perf_counter()
    pairs = schedule.order() if which == "new" else dense_order(schedule)
    taken = time.perf_counter() - began
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    digest = hash(tuple((a.label, b.label) for a, b in pairs))
    print(
        json.dumps(
            {
                "seconds": taken,
                "traced_peak_mb": peak / 2**20,
                "rss_before_mb": rss_before / 1024,
                "rss_after_mb": rss_after / 1024,
                "pairs": len(pairs),
                "digest": digest,
            }
        )
    )


def order_figures(events: int, relations: int, baseline: bool, instants: bool = False) -> None:
    """order() new (and dense, the baseline) in fresh subprocesses; same pairs checked."""
    runs = {}
    shape = ["--instants"] if instants else []
    for which in ("new", "dense") if baseline else ("new",):
        done = subprocess.run(
            [sys.executable, __file__, str(events), str(relations), "--order-run", which, *shape],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        runs[which] = json.loads(done.stdout.strip().splitlines()[-1])
        run = runs[which]
        print(
            f"order() {which:5}: {run['seconds']:.2f} s, traced peak {run['traced_peak_mb']:.0f}"
            f" MB, peak RSS {run['rss_before_mb']:.0f} -> {run['rss_after_mb']:.0f} MB,"
            f" {run['pairs']:,} pairs"
        )
    if baseline:
        new, dense = runs["new"], runs["dense"]
        assert (new["pairs"], new["digest"]) == (dense["pairs"], dense["digest"]), "not the same"
        print(
            f"order() ratio: {dense['seconds'] / new['seconds']:.1f}x time,"
            f" {dense['traced_peak_mb'] / max(new['traced_peak_mb'], 1e-9):.0f}x traced memory"
            " (same pairs, same order)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", nargs="?", type=int, default=20_000)
    parser.add_argument("relations", nargs="?", type=int, default=None)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--order", action="store_true", help="also measure order()")
    parser.add_argument("--order-only", action="store_true", help="only measure order()")
    parser.add_argument(
        "--instants", action="store_true", help="order() of a chain of instants (3 per hour)"
    )
    parser.add_argument("--order-run", choices=["new", "dense"], help=argparse.SUPPRESS)
    options = parser.parse_args()
    events = options.events
    relations = options.relations or 4 * events
    if options.order_run:
        _order_run(events, relations, options.order_run, options.instants)
        return
    if options.order_only or options.instants:
        order_figures(events, relations, not options.no_baseline, options.instants)
        return

    began = time.perf_counter()
    tl = build(events, relations)
    built = time.perf_counter() - began
    warm = Timeline(tz="UTC")  # load numpy/scipy before timing, as networkx is loaded
    warm.relate(warm.event("a", duration=timedelta(hours=1)), "before", warm.event("b"))
    warm.solve()
    began = time.perf_counter()
    schedule = tl.solve()
    solved = first = time.perf_counter() - began
    cpu = float("inf")
    for _ in range(REPEAT):
        began, began_cpu = time.perf_counter(), time.process_time()
        tl.solve()
        solved = min(solved, time.perf_counter() - began)
        cpu = min(cpu, time.process_time() - began_cpu)
    print(f"{events:,} events, {relations:,} relations, {len(tl.constraints()):,} constraints")
    print(f"build {built:.2f} s   first solve {first:.2f} s   build+solve {built + first:.2f} s")
    print(f"solve, best of {REPEAT}: {solved:.3f} s wall, {cpu:.3f} s CPU")
    if options.no_baseline:
        if options.order:
            order_figures(events, relations, baseline=False)
        return
    runs = [baseline(tl) for _ in range(REPEAT)]
    taken = min(run[0] for run in runs)
    taken_cpu = min(run[1] for run in runs)
    latest, earliest = runs[0][2], runs[0][3]
    solution = schedule._solution
    for point in range(0, 1 + 2 * len(tl), max(1, len(tl) // 500)):
        assert solution.latest[point] == latest.get(point, float("inf")), point
        assert -solution.earliest[point] == earliest.get(point, float("inf")), point
    print(f"networkx Bellman–Ford, best of {REPEAT}: {taken:.3f} s wall, {taken_cpu:.3f} s CPU")
    print(
        f"ratio {taken / solved:.1f}x wall, {taken_cpu / cpu:.1f}x CPU"
        " (same bounds checked on a sample of points)"
    )
    if options.order:
        order_figures(events, relations, baseline=True)


if __name__ == "__main__":
    main()
