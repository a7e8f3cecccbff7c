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

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from timeline._plot._layout import Bounds

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

__all__ = ["InsetPlan", "plan_insets", "MIN_ZOOM"]

#: An inset shows at most this fraction of the main window (else it enlarges too little).
MIN_ZOOM = 6.0
_MIN_WINDOW = 20.0 / 1440.0  # 20 minutes, in days


@attrs.frozen(eq=False)
class InsetPlan:
    x0: float
    x1: float
    items: IntArray  # indices of the main panel's items shown in the inset
    rows: FloatArray  # the main rows they sit on, in order; the inset renumbers them 0..k-1


def plan_insets(
    bounds: Bounds,
    event: IntArray,
    y: FloatArray,
    short: BoolArray,
    x0: float,
    x1: float,
    *,
    limit: int,
    windows: Sequence[tuple[float, float]] = (),
) -> list[InsetPlan]:
    """Windows to enlarge: the given ones, or clusters of the short events (at most ``limit``)."""
    import numpy as np

    span = x1 - x0
    if windows:
        spans = [(float(a), float(b)) for a, b in windows]
    else:
        spans = _clusters(bounds, event, short, span, limit)
    plans = []
    for a, b in sorted(spans):
        width = b - a
        es, le = bounds.es[event], bounds.le[event]
        inside = (le > a) & (es < b)
        if not windows:
            inside &= (le - es) <= 4 * width
        items = np.flatnonzero(inside)
        if len(items) == 0:
            continue
        rows = np.unique(y[items])
        plans.append(InsetPlan(x0=a, x1=b, items=items, rows=rows))
    return plans


def _clusters(
    bounds: Bounds, event: IntArray, short: BoolArray, span: float, limit: int
) -> list[tuple[float, float]]:
    import numpy as np

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


def zone_ticks(ax: Any, zone: Any, fontsize: float, *, minticks: int = 4) -> None:
    """A concise date axis in ``zone``, from minutes to years."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(  # type: ignore[no-untyped-call]
        tz=zone, minticks=minticks, maxticks=9
    )
    formatter = mdates.ConciseDateFormatter(  # type: ignore[no-untyped-call]
        locator, tz=zone, show_offset=True
    )
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.tick_params(axis="x", labelsize=fontsize)
    ax.xaxis.get_offset_text().set_fontsize(fontsize)
