"""Zoom insets: a two-hour crossing inside a month-long story, drawn large enough to read.

When some events are too short to show as bars, those lying close together form a cluster and
each cluster gets an inset below the main axes, connected to the window it enlarges. Too many
scattered clusters make no useful zoom: then there are no automatic insets (the markers and
their whiskers still show every event), but windows can be asked for explicitly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from timeline._errors import TimelineError
from timeline._plot._data import date_numbers
from timeline._zones import as_anchor

if TYPE_CHECKING:
    from timeline._plot._data import PlotData
    from timeline._plot._panel import Panel
    from timeline._plot._types import FloatArray, IntArray

__all__ = ["InsetPlan", "plan_insets", "MIN_ZOOM"]

#: An inset shows at most this fraction of the main window (else it enlarges too little).
MIN_ZOOM = 6.0
_MIN_WINDOW = 20.0 / 1440.0  # 20 minutes, in days
_AUTOMATIC = 3  # insets=True: at most this many


@attrs.frozen(eq=False)
class InsetPlan:
    x0: float
    x1: float
    items: IntArray  # indices of the main panel's items shown in the inset
    rows: FloatArray  # the main rows they sit on, in order; the inset renumbers them 0..k-1


def plan_insets(
    insets: bool | int | Sequence[tuple[Any, Any]], data: PlotData, main: Panel
) -> list[InsetPlan]:
    """Windows to enlarge: the ``(start, end)`` windows given, or clusters of the main panel's
    short events (``insets`` a number: at most that many; ``True``: at most three)."""
    import numpy as np

    if insets is False:
        return []
    automatic = isinstance(insets, int)  # True is an int too
    if isinstance(insets, int):
        limit = _AUTOMATIC if insets is True else insets
        spans = _clusters(main, limit)
    else:
        spans = _given_windows(insets, data)
    es, le = main.bounds.es[main.event], main.bounds.le[main.event]
    plans = []
    for a, b in sorted(spans):
        width = b - a
        inside = (le > a) & (es < b)
        if automatic:
            inside &= (le - es) <= 4 * width
        items = np.flatnonzero(inside)
        if len(items) == 0:
            continue
        rows = np.unique(main.y[items])
        plans.append(InsetPlan(x0=a, x1=b, items=items, rows=rows))
    return plans


def _given_windows(
    windows: Sequence[tuple[Any, Any]], data: PlotData
) -> list[tuple[float, float]]:
    """``(start, end)`` pairs of dates, datetimes or ISO strings as date numbers."""
    spans = []
    for start, end in windows:
        a = float(date_numbers(as_anchor(start, data.zone)))
        b = float(date_numbers(as_anchor(end, data.zone)))
        if not b > a:
            raise TimelineError(f"inset window ({start!r}, {end!r}) must end after it starts")
        spans.append((a, b))
    return spans


def _clusters(main: Panel, limit: int) -> list[tuple[float, float]]:
    """Windows round groups of nearby short events; none if there are more than ``limit``."""
    import numpy as np

    bounds, event, short, span = main.bounds, main.event, main.short, main.x1 - main.x0
    if limit <= 0 or not short.any():
        return []
    candidates = np.flatnonzero(short & ~bounds.open_start[event] & ~bounds.open_end[event])
    if len(candidates) == 0:
        return []
    es = bounds.es[event][candidates]
    le = bounds.le[event][candidates]
    order = np.argsort(es, kind="stable")
    groups: list[list[float]] = []
    for i in order:
        if groups and es[i] - groups[-1][1] <= 0.01 * span:
            groups[-1][1] = max(groups[-1][1], float(le[i]))
        else:
            groups.append([float(es[i]), float(le[i])])
    spans: list[tuple[float, float]] = []
    for lo, hi in groups:
        width = max(hi - lo, _MIN_WINDOW)
        middle = (lo + hi) / 2
        width *= 1.5
        if width * MIN_ZOOM > span:
            continue
        spans.append((middle - width / 2, middle + width / 2))
    if len(spans) > limit:
        return []
    return spans
