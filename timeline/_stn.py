"""The numeric core: a Simple Temporal Network solved over its distance graph with numpy/scipy.

Points are integers; point 0 is the zero point (the epoch). A constraint ``lo ≤ p[b] − p[a] ≤ hi``
becomes the edges ``a → b`` of weight ``hi`` and ``b → a`` of weight ``−lo``; an edge ``u → v`` of
weight ``w`` says ``p[v] ≤ p[u] + w``. Then, with ``d`` the shortest-path distance:

* the network is consistent iff the graph has no negative cycle (checked over the whole graph,
  from a virtual source joined to every point);
* ``d(0, v)`` is the latest value of ``v`` and ``−d(v, 0)`` its earliest; both are tight.

An edge may be *strict* (``p[v] < p[u] + weight``). Points are whole milliseconds, so a strict
edge holds as one of weight ``weight − 1``: consistency is checked with those tightened weights.
The bounds are reported with the weights as given, which makes them the closure of what the
strict edges allow (the supremum ``p[v] → weight`` rather than ``weight − 1``): a schedule shows
an event said to lie within Sept. 28 as starting by Sept. 29 00:00, not by 23:59:59.999.

The virtual-source distances are found in *rounds*: a few vectorised Bellman–Ford passes over
the edges of weight ≤ 0, with pointer doubling along the predecessor forest now and then (so a
chain of ten thousand "before"s settles in a handful of steps, not ten thousand passes), then
Dijkstra (scipy, compiled) over the edges of weight ≥ 0 seeded with the current distances; repeat
until nothing improves. A cycle in the predecessor graph (found with scipy's strongly connected
components) shows a negative cycle. The feasible potential found makes every reduced weight ≥ 0
(Johnson), so the distances from and to the zero point are two more Dijkstra runs. Memory is
O(points + edges).
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "Network",
    "NegativeCycle",
    "Solution",
    "solve_network",
    "path_edges",
    "shorter_cycle",
    "certain_order",
]

Array = Any  # numpy arrays; numpy is imported lazily

#: Vectorised relaxation passes over the edges of weight ≤ 0 between two Dijkstra runs.
_PASSES = 8
#: After which of those passes to relax along the predecessor forest (pointer doubling).
_DOUBLING = (2, 8)
#: Up to this many intervals :func:`certain_order` holds the order as intervals × intervals
#: boolean matrices and reduces it with a float32 matrix product: one shortest-path search per
#: interval, ~7 bytes per pair of intervals (~60 MB traced at the limit). Above it, the blocked
#: search keeps memory linear at the cost of a second search per interval (and more for tied
#: instants): about twice as slow, but the only way at tens of thousands of events (the dense
#: one needs ~3 GB at 20,000). Both give the same pairs in the same order.
_DENSE_ORDER_LIMIT = 3000
#: Intervals per block of shortest-path searches in the blocked :func:`certain_order`: the
#: block's distances (block × points floats) are the largest thing it holds.
_ORDER_BLOCK = 64
#: The same in the dense one (bounded by the limit, so a larger block costs little).
_DENSE_BLOCK = 256
#: Rows per float32 product in the dense transitive reduction.
_PRODUCT_ROWS = 512


@attrs.frozen
class Network:
    """Edges of the distance graph: ``p[dst] ≤ p[src] + weight``; ``edge`` ids for explanations.

    ``strict`` (booleans, or None for none) marks edges whose bound is exclusive.
    """

    points: int
    src: Array
    dst: Array
    weight: Array
    edge: Array
    strict: Array | None = None

    def tightened(self) -> Array:
        """The weights the consistency check uses: a strict edge one millisecond tighter."""
        return self.weight if self.strict is None else self.weight - self.strict


@attrs.frozen
class NegativeCycle:
    """The ids of the edges of a negative cycle, in cycle order."""

    edges: tuple[int, ...]


@attrs.frozen
class Solution:
    """Tightest bounds of every point and the shortest-path trees that explain them.

    ``keys`` are ``src * points + dst`` of the edges kept (the tightest per pair), sorted, with
    their ids in ``edge_of_key``, weights in ``weight`` and whether each is strict in ``strict``.
    ``latest[v] = d(0, v)`` (``inf`` when unbounded), ``earliest[v] = −d(v, 0)`` (``-inf``).
    ``toward[v]`` is the predecessor of ``v`` on a shortest path from 0 (``-1`` none) and
    ``back[v]`` the next point after ``v`` on a shortest path to 0; both take a path through a
    strict edge where a shortest one exists (the bound is then exclusive). ``potential`` is a
    feasible schedule.
    """

    network: Network
    keys: Array
    edge_of_key: Array
    weight: Array
    latest: Array
    earliest: Array
    toward: Array
    back: Array
    potential: Array
    strict: Array

    def edge_between(self, u: int, v: int) -> int:
        """The id of the tightest edge ``u → v`` kept in the graph."""
        import numpy as np

        key = u * self.network.points + v
        at = int(np.searchsorted(self.keys, key))
        return int(self.edge_of_key[at])


def _dedup(network: Network) -> tuple[Array, Array, Array, Array, Array]:
    """Keep the tightest edge for each (src, dst), sorted by (src, dst): CSR order.

    Tightest by the tightened weight, then by the weight as given: in whole milliseconds that
    edge is also the least as given, so one edge per pair serves both (``x < 5`` and ``x ≤ 4``
    keep ``x ≤ 4``; ``x < 5`` and ``x ≤ 5`` keep ``x < 5``). Returns src, dst, weight, edge id
    and strictness.
    """
    import numpy as np

    key = network.src.astype(np.int64) * network.points + network.dst
    tight = network.tightened()
    order = np.lexsort((network.weight, tight, key))  # stable: ties keep the order given
    key = key[order]
    keep = np.ones(len(order), dtype=bool)
    if len(order) > 1:
        keep[1:] = key[1:] != key[:-1]
    order = order[keep]
    strict = np.zeros(len(order), dtype=bool) if network.strict is None else network.strict[order]
    return (
        network.src[order],
        network.dst[order],
        network.weight[order],
        network.edge[order],
        strict.astype(bool),
    )


def _csr(src: Array, dst: Array, weight: Array, size: int) -> Any:
    """A CSR matrix straight from edges already sorted by (src, dst) (no duplicates)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    indptr = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=size), out=indptr[1:])
    return csr_matrix((weight, dst, indptr), shape=(size, size))


def _pred_cycle(pred: Array, points: int) -> list[int] | None:
    """The points of a cycle in the predecessor graph, in path order, or None."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    child = np.flatnonzero(pred >= 0)
    parent = pred[child]
    selfloop = child[parent == child]
    if len(selfloop):
        return [int(selfloop[0])]
    graph = csr_matrix(
        (np.ones(len(child)), (parent, child)), shape=(points, points), dtype=np.float64
    )
    count, labels = connected_components(graph, directed=True, connection="strong")
    if count == points:
        return None
    sizes = np.bincount(labels)
    member = int(np.flatnonzero(sizes[labels] > 1)[0])
    cycle = [member]
    node = int(pred[member])
    while node != member:
        cycle.append(node)
        node = int(pred[node])
    cycle.reverse()  # pred points backwards: walk forwards
    return cycle


def _along_forest(dist: Array, pred: Array, pred_weight: Array, depth: int) -> Array:
    """Relax along the predecessor forest in O(log depth) vectorised steps (pointer doubling).

    ``best(v) = min(dist(v), best(pred(v)) + w)`` down every path of the forest at once: after
    step k each point has seen the ancestors less than 2**k edges up. A cycle (only possible
    with a negative cycle) just stops after ``depth`` steps.
    """
    import numpy as np

    best = dist.copy()
    ancestor = pred.copy()
    length = pred_weight.copy()
    for _ in range(depth):
        live = np.flatnonzero(ancestor >= 0)
        if not len(live):
            break
        up = ancestor[live]
        reached = best[up] + length[live]
        length_up = length[up]
        ancestor_up = ancestor[up]
        best[live] = np.minimum(best[live], reached)
        length[live] = length[live] + length_up
        ancestor[live] = ancestor_up
    return best


def _potential(
    points: int, src: Array, dst: Array, weight: Array
) -> tuple[Array, list[int] | None, Array]:
    """Virtual-source distances (a feasible potential) or a negative cycle of points."""
    import numpy as np
    from scipy.sparse.csgraph import dijkstra

    negative = weight < 0
    light = weight <= 0  # relaxed by vectorised passes; the rest by Dijkstra
    order = np.argsort(dst[light], kind="stable")
    nsrc, ndst, nweight = src[light][order], dst[light][order], weight[light][order]
    starts = np.flatnonzero(np.r_[True, ndst[1:] != ndst[:-1]]) if len(ndst) else ndst
    psrc, pdst, pweight = src[~negative], dst[~negative], weight[~negative]
    seed = points  # the extra row of the Dijkstra graph: a source joined to every point
    graph = _csr(
        np.concatenate([psrc, np.full(points, seed)]),
        np.concatenate([pdst, np.arange(points)]),
        np.concatenate([pweight, np.zeros(points)]),
        points + 1,
    )
    seed_slice = slice(int(graph.indptr[seed]), int(graph.indptr[seed + 1]))
    seed_cols = graph.indices[seed_slice].copy()

    dist = np.zeros(points)
    pred = np.full(points, -1, dtype=np.int64)
    pred_weight = np.zeros(points)
    keys = src.astype(np.int64) * points + dst
    depth = int(np.ceil(np.log2(points + 1))) + 1
    rounds = 0
    if not negative.any():
        return dist, None, pred
    active = np.ones(points, dtype=bool)  # points whose light edges are still to relax
    while True:
        rounds += 1
        changed = False
        for count in range(1, _PASSES + 1):
            chosen = np.flatnonzero(active[nsrc])
            if not len(chosen):
                break
            if len(chosen) == len(nsrc):
                esrc, edst, eweight, estarts = nsrc, ndst, nweight, starts
            else:
                esrc, edst, eweight = nsrc[chosen], ndst[chosen], nweight[chosen]
                estarts = np.flatnonzero(np.r_[True, edst[1:] != edst[:-1]])
            candidate = dist[esrc] + eweight
            best = np.minimum.reduceat(candidate, estarts)
            targets = edst[estarts]
            improve = best < dist[targets]
            active[:] = False
            if not improve.any():
                break
            changed = True
            group = np.repeat(np.arange(len(estarts)), np.diff(np.r_[estarts, len(edst)]))
            winners = (candidate == best[group]) & improve[group]
            dist[targets[improve]] = best[improve]
            active[targets[improve]] = True
            pred[edst[winners]] = esrc[winners]
            pred_weight[edst[winners]] = eweight[winners]
            if count in _DOUBLING:  # now and then: along whole paths
                along = _along_forest(dist, pred, pred_weight, depth)
                active |= along < dist
                dist = along
        if not changed:
            return dist, None, pred
        if rounds % 4 == 0:
            cycle = _pred_cycle(pred, points)
            if cycle is not None:
                return dist, cycle, pred
        low = dist.min()
        graph.data[seed_slice] = dist[seed_cols] - low
        found, tree = dijkstra(graph, indices=seed, return_predecessors=True)
        found = found[:points] + low
        tree = tree[:points]
        moved = (tree != seed) & (tree >= 0) & (found < dist)
        active |= found < dist
        dist = np.minimum(dist, found)
        pred[moved] = tree[moved]
        moved_to = np.flatnonzero(moved)
        at = np.searchsorted(keys, pred[moved_to] * points + moved_to)
        pred_weight[moved_to] = weight[at]
        if rounds % 4 == 0:
            cycle = _pred_cycle(pred, points)
            if cycle is not None:
                return dist, cycle, pred
        if rounds > 4 * points + 8:  # cannot happen without a cycle; guard against float trouble
            raise RuntimeError("temporal network did not settle")


def solve_network(network: Network) -> Solution | NegativeCycle:
    """Tightest bounds for every point, or a negative cycle if the constraints contradict."""
    import numpy as np
    from scipy.sparse.csgraph import dijkstra

    points = network.points
    src, dst, weight, edge, strict = _dedup(network)
    potential, cycle, _ = _potential(points, src, dst, weight - strict)
    keys = src.astype(np.int64) * points + dst
    if cycle is not None:
        return NegativeCycle(_cycle_edges(cycle, keys, edge, points))
    # feasible for the tightened weights, so for the weights as given: reduced weights ≥ 0
    reduced = weight + potential[src] - potential[dst]
    np.maximum(reduced, 0.0, out=reduced)  # exact in integer milliseconds; guard rounding
    graph = _csr(src, dst, reduced, points)
    forward, toward = dijkstra(graph, indices=0, return_predecessors=True)
    backward, back = dijkstra(graph.T.tocsr(), indices=0, return_predecessors=True)
    toward = _strict_first(src, dst, reduced, strict, forward, toward)
    back = _strict_first(dst, src, reduced, strict, backward, back)
    latest = forward - potential[0] + potential
    earliest = -(backward - potential + potential[0])
    return Solution(
        network=network,
        keys=keys,
        edge_of_key=edge,
        weight=weight,
        latest=latest,
        earliest=earliest,
        toward=toward.astype(np.int64),
        back=back.astype(np.int64),
        potential=potential - potential[0],
        strict=strict,
    )


def _strict_first(
    src: Array, dst: Array, reduced: Array, strict: Array, dist: Array, tree: Array
) -> Array:
    """``tree`` with a path through a strict edge wherever a shortest one exists.

    A bound reached both by a path with an exclusive step and by one without is a supremum
    (not reached): the explanation must show the exclusive one. One breadth-first search over
    the edges tight on the shortest paths, in two layers (B: a strict edge passed); a point
    reached in B takes its B predecessor. No loop: a tight cycle holding a strict edge would be
    a negative cycle of the tightened weights.
    """
    import numpy as np
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import breadth_first_order

    with np.errstate(invalid="ignore"):
        tight = np.isfinite(dist[src]) & (dist[src] + reduced == dist[dst])
    if not (tight & strict).any():
        return tree
    points = len(dist)
    s, d, k = src[tight], dst[tight], strict[tight]
    rows = np.concatenate([s[~k], s + points, s[k]])  # A → A, B → B, A → B (strict)
    cols = np.concatenate([d[~k], d + points, d[k] + points])
    layered = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(2 * points, 2 * points))
    _, pred = breadth_first_order(layered, 0, directed=True, return_predecessors=True)
    upper = pred[points:]
    reached = upper >= 0
    tree = tree.copy()
    tree[reached] = upper[reached] % points
    return tree


def _cycle_edges(cycle: list[int], keys: Array, edge: Array, points: int) -> tuple[int, ...]:
    import numpy as np

    ids = []
    for k, u in enumerate(cycle):
        v = cycle[(k + 1) % len(cycle)]
        at = int(np.searchsorted(keys, u * points + v))
        ids.append(int(edge[at]))
    return tuple(ids)


def path_edges(solution: Solution, point: int, towards_zero: bool) -> list[int]:
    """Edge ids of the shortest path ``0 → point`` (or ``point → 0``), in path order."""
    nodes = [point]
    tree = solution.back if towards_zero else solution.toward
    node = point
    while node != 0:
        node = int(tree[node])
        if node < 0:
            return []
        nodes.append(node)
    if not towards_zero:
        nodes.reverse()
    return [solution.edge_between(u, v) for u, v in zip(nodes[:-1], nodes[1:], strict=True)]


def shorter_cycle(network: Any, edges: tuple[int, ...]) -> tuple[int, ...]:
    """A negative cycle with fewer edges through a point of ``edges``, when cheap to look for.

    Hop-limited Bellman–Ford from each point of the cycle found (vectorised); skipped when the
    graph is big, so the cycle reported is the smallest *found*, not always the smallest.
    """
    import numpy as np

    length = len(edges)
    size = len(network.src)
    if length <= 2 or length * length * size > 20_000_000:
        return edges
    position = {int(e): k for k, e in enumerate(network.edge)}
    src, dst, weight = network.src, network.dst, network.tightened()
    best = tuple(edges)
    for origin in [int(src[position[e]]) for e in edges]:
        dist = np.full(network.points, float("inf"))
        dist[origin] = 0.0
        history = []
        for _ in range(len(best) - 1):
            candidate = dist[src] + weight
            order = np.lexsort((candidate, dst))
            first = np.ones(len(order), dtype=bool)
            first[1:] = dst[order][1:] != dst[order][:-1]
            targets, values, chosen_edges = dst[order][first], candidate[order][first], order[first]
            better = values < dist[targets]
            chosen = np.full(network.points, -1, dtype=np.int64)
            dist = dist.copy()
            dist[targets[better]] = values[better]
            chosen[targets[better]] = chosen_edges[better]
            history.append(chosen)
            if dist[origin] < 0:
                walk: list[int] = []
                node = origin
                for level in range(len(history) - 1, -1, -1):
                    at = int(history[level][node])
                    if at >= 0:
                        walk.append(at)
                        node = int(src[at])
                walk.reverse()
                found = _negative_piece(walk, src, dst, weight)
                if found and len(found) < len(best):
                    best = tuple(int(network.edge[k]) for k in found)
                break
    return best


def _negative_piece(walk: list[int], src: Any, dst: Any, weight: Any) -> list[int]:
    """A negative simple cycle inside a closed walk of negative weight (edge positions)."""
    stack: list[int] = []
    seen: dict[int, int] = {}
    for at in walk:
        node = int(src[at])
        if node in seen:
            start = seen[node]
            piece = stack[start:]
            if sum(float(weight[k]) for k in piece) < 0:
                return piece
            for k in piece:
                seen.pop(int(src[k]), None)
            del stack[start:]
        seen[node] = len(stack)
        stack.append(at)
    if (
        stack
        and sum(float(weight[k]) for k in stack) < 0
        and int(dst[stack[-1]]) == int(src[stack[0]])
    ):
        return stack
    return []


# ---------------------------------------------------------------------------- certain order


def _coinciding(solution: Solution, starts: Array, ends: Array) -> tuple[Array, Array]:
    """Which intervals are surely instants, and a class number each: equal for intervals that
    surely coincide (instants at surely the same moment), distinct otherwise.

    Two points surely coincide iff the feasible potential gives them the same value and each
    reaches the other by edges of reduced weight 0 (a path of real weight 0 both ways): one
    strongly-connected-components pass over those edges.
    """
    import numpy as np
    from scipy.sparse.csgraph import connected_components

    points = solution.network.points
    potential = solution.potential
    src, dst = solution.keys // points, solution.keys % points
    tight = solution.weight + potential[src] - potential[dst] <= 0
    graph = _csr(src[tight], dst[tight], np.ones(int(tight.sum())), points)
    _, component = connected_components(graph, directed=True, connection="strong")
    instant = (component[starts] == component[ends]) & (potential[starts] == potential[ends])
    keys = np.stack([component[starts].astype(np.float64), potential[starts]], axis=1)
    _, group = np.unique(keys, axis=0, return_inverse=True)
    group = group.reshape(-1).astype(np.int64)
    count = len(starts)
    classes = np.where(instant, group, count + np.arange(count))  # an interval is its own class
    return instant, classes


def _witness_graph(graph: Any, extra: int, src: Array, dst: Array, weight: Array) -> Any:
    """``graph`` with ``extra`` more points whose out-edges are ``src`` (sorted) → ``dst``."""
    import numpy as np
    from scipy.sparse import csr_matrix

    size = graph.shape[0]
    indptr = np.concatenate(
        [graph.indptr, graph.indptr[-1] + np.cumsum(np.bincount(src - size, minlength=extra))]
    )
    return csr_matrix(
        (
            np.concatenate([graph.data, weight]),
            np.concatenate([graph.indices, dst]),
            indptr,
        ),
        shape=(size + extra, size + extra),
    )


def certain_order(solution: Solution, starts: Array, ends: Array) -> tuple[Array, Array]:
    """The certain order between intervals ``[starts[i], ends[i]]`` (points of the network).

    ``a`` is *before* ``b`` when ``end(a) ≤ start(b)`` in every solution, i.e. the distance
    ``d(start(b) → end(a)) ≤ 0``. Returns two arrays of index pairs ``(a, b)``, each sorted:

    * the transitive reduction of the strict order (``a`` before ``b``, not both ways): pairs
      with no ``k`` strictly between;
    * the pairs before each other both ways (``a ≠ b``; instants that surely coincide).

    Up to :data:`_DENSE_ORDER_LIMIT` intervals with matrices (:func:`_dense_order`, fast),
    above it in blocks (:func:`_blocked_order`, memory linear); the same arrays either way.
    """
    import numpy as np

    empty = np.zeros((0, 2), dtype=np.int64)
    if len(starts) < 2:
        return empty, empty
    if len(starts) <= _DENSE_ORDER_LIMIT:
        return _dense_order(solution, starts, ends)
    return _blocked_order(solution, starts, ends)


def _reduced_graph(solution: Solution) -> Any:
    """The kept edges with their reduced weights (≥ 0 by the feasible potential), as CSR."""
    import numpy as np

    points = solution.network.points
    potential = solution.potential
    src, dst = solution.keys // points, solution.keys % points
    reduced = np.maximum(solution.weight + potential[src] - potential[dst], 0.0)
    return _csr(src, dst, reduced, points)


def _before_rows(solution: Solution, graph: Any, block: Array, starts: Array, ends: Array) -> Array:
    """``before[i, a]``: ``a`` surely ends no later than ``block[i]`` starts (``a`` may be
    ``block[i]`` itself): one search from each start of the block."""
    from scipy.sparse.csgraph import dijkstra

    potential = solution.potential
    sources = starts[block]
    found = dijkstra(graph, indices=sources)[:, ends]
    found += potential[ends][None, :] - potential[sources][:, None]  # real distances
    return found <= 0


def _dense_order(solution: Solution, starts: Array, ends: Array) -> tuple[Array, Array]:
    """:func:`certain_order` with intervals × intervals matrices: the relation row block by row
    block, its mutual part ``before & beforeᵀ``, and the pairs with nothing strictly between
    (``strict @ strict`` in float32 row blocks: a sum of 0/1 products is 0 only when all are)."""
    import numpy as np

    count = len(starts)
    graph = _reduced_graph(solution)
    after = np.empty((count, count), dtype=bool)  # after[b, a]: a before b
    for first in range(0, count, _DENSE_BLOCK):
        block = np.arange(first, min(first + _DENSE_BLOCK, count))
        after[block] = _before_rows(solution, graph, block, starts, ends)
    np.fill_diagonal(after, False)
    before = after.T  # before[a, b]: a before b
    mutual = before & after
    strict = before & ~mutual
    del after, before
    weights = strict.astype(np.float32)
    for first in range(0, count, _PRODUCT_ROWS):
        rows = slice(first, first + _PRODUCT_ROWS)
        strict[rows] &= (weights[rows] @ weights) <= 0  # nothing strictly between
    reduced, both = np.argwhere(strict), np.argwhere(mutual)  # row-major: sorted pairs
    return reduced.astype(np.int64, copy=False), both.astype(np.int64, copy=False)


def _blocked_order(solution: Solution, starts: Array, ends: Array) -> tuple[Array, Array]:
    """:func:`certain_order` without intervals × intervals matrices.

    Memory O(points + edges + pairs + block × points). For each block of intervals ``b``: one
    search from each ``start(b)`` gives the strict predecessors ``P(b)``; one search from a
    virtual point joined (weight 0) to every ``start(k)``, ``k`` in ``P(b)``, gives
    ``min_k d(start(k) → end(a))`` for every ``a`` at once, and ``a`` is kept when no ``k`` of
    ``P(b)`` outside ``a``'s own coincidence class has it ``≤ 0``. Only an instant ``a`` can be
    its own witness (at distance exactly 0); when its least distance is 0, a second pass over
    the edges tight on those shortest paths tells which classes reach it.
    """
    import numpy as np
    from scipy.sparse.csgraph import dijkstra

    count = len(starts)
    empty = np.zeros((0, 2), dtype=np.int64)
    points = solution.network.points
    potential = solution.potential
    graph = _reduced_graph(solution)
    instant, classes = _coinciding(solution, starts, ends)

    # both ways: every pair within a class of coinciding instants
    order = np.argsort(classes, kind="stable")
    sorted_classes = classes[order]
    bounds = np.flatnonzero(np.r_[True, sorted_classes[1:] != sorted_classes[:-1], True])
    mutual_parts = []
    for first, last in zip(bounds[:-1], bounds[1:], strict=True):
        if last - first > 1:
            members = np.sort(order[first:last])
            a, b = np.meshgrid(members, members, indexing="ij")
            keep = a != b
            mutual_parts.append(np.stack([a[keep], b[keep]], axis=1))
    mutual = np.concatenate(mutual_parts) if mutual_parts else empty
    if len(mutual):
        mutual = mutual[np.lexsort((mutual[:, 1], mutual[:, 0]))]

    top = float(potential.max())  # the virtual points' potential: their edges weigh ≥ 0
    kept: list[Array] = []
    for first in range(0, count, _ORDER_BLOCK):
        block = np.arange(first, min(first + _ORDER_BLOCK, count))
        before = _before_rows(solution, graph, block, starts, ends)  # before[i, a]
        before[np.arange(len(block)), block] = False
        before &= classes[None, :] != classes[block][:, None]  # not both ways
        rows, members = np.nonzero(before)  # members of P(b) for each b of the block
        del before
        sizes = np.bincount(rows, minlength=len(block))
        single = sizes == 1
        if single.any():  # a lone predecessor is the cover
            alone = single[rows]
            kept.append(np.stack([members[alone], block[rows[alone]]], axis=1))
        many = sizes > 1
        if not many.any():
            continue
        chosen = many[rows]
        rows, members = rows[chosen], members[chosen]
        searched = np.flatnonzero(many)
        slot = np.full(len(block), -1, dtype=np.int64)
        slot[searched] = np.arange(len(searched))
        virtual = points + slot[rows]
        witness = _witness_graph(
            graph, len(searched), virtual, starts[members], top - potential[starts[members]]
        )
        distance = dijkstra(witness, indices=points + np.arange(len(searched)))[:, :points]
        distance += potential[None, :] - top  # real distances from each virtual point
        least = distance[slot[rows], ends[members]]
        cover = least > 0
        tie = (least == 0) & instant[members]
        if tie.any():
            cover |= _tie_covers(
                solution, distance, slot, rows, members, tie, starts, ends, classes
            )
        kept.append(np.stack([members[cover], block[rows[cover]]], axis=1))
    pairs = np.concatenate(kept) if kept else empty
    if len(pairs):
        pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
    return pairs, mutual


def _tie_covers(
    solution: Solution,
    distance: Array,
    slot: Array,
    rows: Array,
    members: Array,
    tie: Array,
    starts: Array,
    ends: Array,
    classes: Array,
) -> Array:
    """Which tied instants (least witness distance exactly 0) are covers after all: those
    reached, along edges tight on the virtual point's shortest paths, only by ``k`` of their
    own coincidence class. The least and greatest class reaching each point tell it."""
    import numpy as np
    from scipy.sparse.csgraph import dijkstra

    points = solution.network.points
    src, dst, weight = solution.keys // points, solution.keys % points, solution.weight
    result = np.zeros(len(members), dtype=bool)
    label_count = float(classes.max() + 1)
    for row in np.unique(rows[tie]):
        here = rows == row
        found = distance[slot[row]]
        with np.errstate(invalid="ignore"):
            tight = np.isfinite(found[src]) & (found[src] + weight == found[dst])
        group = members[here]
        roots = group[found[starts[group]] == 0]
        labels = classes[roots].astype(np.float64)
        along = _csr(src[tight], dst[tight], np.zeros(int(tight.sum())), points)
        reach = []
        for values in (labels, label_count - 1 - labels):  # least class, then greatest
            graph = _witness_graph(
                along,
                1,
                np.full(len(roots), points),
                starts[roots],
                values,
            )
            reach.append(dijkstra(graph, indices=points)[ends])
        least, greatest = reach[0], label_count - 1 - reach[1]
        targets = np.flatnonzero(here & tie)
        own = classes[members[targets]]
        alone = (least[members[targets]] == own) & (greatest[members[targets]] == own)
        result[targets] = alone
    return result
