"""Which row each event sits on: one row per event, packed into few rows, or in lanes.

Lanes group the events by a column (``place``, ``kind``, ``actors``...); an event with several
values (two actors) appears in the lane of each. Inside a lane, or when packing, an event takes
the first row where it, and its label beside it, fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from timeline._errors import TimelineError
from timeline._plot._data import NO_VALUE
from timeline._plot._layout import HIDDEN, INSIDE

if TYPE_CHECKING:
    from timeline._plot._data import PlotData
    from timeline._plot._panel import Window
    from timeline._plot._types import FloatArray, IntArray

__all__ = ["Rows", "arrange_rows", "lanes_of"]

_EVENT_ROWS_UP_TO = 60  # lanes=None: one row per event up to this many events, then packed


@attrs.frozen(eq=False)
class Rows:
    """The drawn items (an event may appear in several lanes), their rows, and the lanes."""

    event: IntArray  # item -> event row in the data
    y: FloatArray  # item -> row position
    n_rows: float
    lane_names: tuple[str, ...]
    lane_spans: tuple[tuple[float, float], ...]  # first and last row of each lane
    fallback: int  # where a label goes that fits on neither side: INSIDE its bar, or HIDDEN


def lanes_of(data: PlotData, lanes: str | None) -> tuple[str, list[tuple[str, ...]]]:
    """The rows' mode for ``lanes``: ``"event"``, ``"packed"`` or a column; with a column, the
    lane(s) of each event (a column's value, or each member of a tuple-valued column).

    ``None`` is one row per event up to 60 events, packed beyond.
    """
    if lanes is None:
        lanes = "event" if len(data) <= _EVENT_ROWS_UP_TO else "packed"
    if lanes in ("event", "packed"):
        return lanes, []
    mode = lanes
    columns = data.frame.columns
    if lanes == "actor" and lanes not in columns and "actors" in columns:
        lanes = "actors"
    if lanes not in columns:
        known = [c for c in columns if c not in ("claims",)]
        raise TimelineError(
            f"lanes={lanes!r} is not a column of the schedule; use 'event', 'packed', or one "
            f"of {known!r}"
        )
    return mode, data.names(lanes)


def arrange_rows(
    mode: str,
    memberships: Sequence[tuple[str, ...]],
    window: Window,
    label_room: FloatArray,
    *,
    sort: str,
    max_rows: int,
) -> Rows:
    """Rows for ``mode`` ``"event"``, ``"packed"`` or lanes (with each event's ``memberships``).

    ``label_room`` is the width of each event's label in days; where stacking labels beside
    their bars would take more than ``max_rows`` rows, the bars are packed without them.
    """
    import numpy as np

    n = len(window.lo)
    if sort not in ("start", "input"):
        raise TimelineError(f"sort={sort!r}: use 'start' or 'input'")
    if mode == "event":
        if sort == "start":
            order = np.lexsort((window.bounds.le, window.bounds.es))
        else:
            order = np.arange(n)
        ys = np.empty(n)
        ys[order] = np.arange(n, dtype=float)
        return Rows(np.arange(n), ys, float(n), (), (), fallback=INSIDE)
    packed = mode == "packed"
    groups: dict[str, list[int]] = {"": list(range(n))} if packed else {}
    for i, names in enumerate(memberships):
        for name in names:
            groups.setdefault(name, []).append(i)
    first = {name: min(float(window.lo[i]) for i in items) for name, items in groups.items()}
    lane_order = sorted(groups, key=lambda g: (g == NO_VALUE, first[g], g))

    def stack(with_labels: bool) -> tuple[list[int], list[float], list[tuple[float, float]]]:
        items: list[int] = []
        rows: list[float] = []
        spans: list[tuple[float, float]] = []
        offset = 0.0
        for name in lane_order:
            members = groups[name]
            placed = _first_fit(window, label_room, members, with_labels=with_labels)
            depth = max(placed) + 1
            items.extend(members)
            rows.extend(offset + r for r in placed)
            spans.append((offset, offset + depth - 1))
            offset += depth + (0.0 if packed else 0.5)
        return items, rows, spans

    items, rows, spans = stack(True)
    if spans and spans[-1][1] + 1 > max_rows:
        items, rows, spans = stack(False)
    return Rows(
        np.array(items, dtype=np.int64),
        np.array(rows, dtype=float),
        spans[-1][1] + 1 if spans else 0.0,
        () if packed else tuple(lane_order),
        () if packed else tuple(spans),
        fallback=HIDDEN,
    )


def _first_fit(
    window: Window, label_room: FloatArray, items: Sequence[int], *, with_labels: bool
) -> list[int]:
    """Row of each of ``items`` (first fit in time order), rows never overlapping on screen."""
    lo, hi, x0, x1, pad = window.lo, window.hi, window.x0, window.x1, window.pad
    order = sorted(items, key=lambda i: (lo[i], hi[i]))
    gap = 0.004 * (x1 - x0)
    row_ends: list[float] = []
    row_of: dict[int, int] = {}
    for i in order:
        start, end = float(lo[i]), float(hi[i])
        if with_labels and label_room[i] > 0:
            if end + pad + label_room[i] <= x1:
                end = end + pad + label_room[i]
            elif start - pad - label_room[i] >= x0:
                start = start - pad - label_room[i]
        for row, row_end in enumerate(row_ends):
            if row_end + gap <= start:
                row_ends[row] = end
                row_of[i] = row
                break
        else:
            row_of[i] = len(row_ends)
            row_ends.append(end)
    return [row_of[i] for i in items]
