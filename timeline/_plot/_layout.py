"""Where things go: the time window, what each event covers, which side of its bar a label takes.

All positions here are numbers: x in matplotlib date numbers (days), y in rows (row 0 on top).
Widths of text are measured in inches and turned into days with the panel's scale, so the same
code lays out the main axes and each zoom inset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from timeline._errors import TimelineError

if TYPE_CHECKING:
    from timeline._plot._data import PlotData
    from timeline._plot._types import BoolArray, FloatArray, IntArray

__all__ = [
    "Bounds",
    "view_range",
    "effective",
    "short_mask",
    "extents",
    "marker_x",
    "place_labels",
    "measure",
    "fit_columns",
]

#: Label sides.
RIGHT, LEFT, INSIDE, HIDDEN = 1, -1, 0, 2
LABEL_PAD = 0.06  # inches between a bar and its label
MARKER_HALF = 0.05  # inches: half the width a short event's marker takes


@attrs.frozen(eq=False)
class Bounds:
    """Bounds of every event inside one panel's window, open bounds pushed past its edges."""

    es: FloatArray
    ls: FloatArray
    ee: FloatArray
    le: FloatArray
    open_start: BoolArray
    open_end: BoolArray
    # The inner bounds that are known (latest start, earliest end), for where an open bound's
    # dotted tail begins, and whether the latest start is open (arrows then aim at the earliest).
    known_lo: FloatArray
    known_hi: FloatArray
    open_latest_start: BoolArray


def view_range(data: PlotData) -> tuple[float, float]:
    """The main time window: every finite bound (and the anchor, when near), with margins."""
    import numpy as np

    values = np.concatenate([data.es, data.ls, data.ee, data.le])
    values = values[np.isfinite(values)]
    anchor = data.anchor_num
    if len(values) == 0:
        if anchor is None:
            raise TimelineError(
                "nothing to place on a time axis: every bound of every event is open and there is "
                "no anchor; give at least one bound, or anchor= to centre the picture on"
            )
        lo = hi = anchor
    else:
        lo, hi = float(values.min()), float(values.max())
        if anchor is not None:
            reach = max(hi - lo, 1.0)
            if lo - reach <= anchor <= hi + reach:
                lo, hi = min(lo, anchor), max(hi, anchor)
    span = hi - lo
    if span <= 0:
        span = 1.0 / 24.0
        lo, hi = lo - span / 2, hi + span / 2
    left = 0.08 if np.isnan(data.es).any() else 0.025
    right = 0.08 if np.isnan(data.le).any() else 0.025
    return lo - left * span, hi + right * span


def effective(data: PlotData, x0: float, x1: float) -> Bounds:
    """Bounds with open ends placed just outside ``[x0, x1]`` so they run off the panel."""
    import numpy as np

    beyond = 0.05 * (x1 - x0)
    open_start = np.isnan(data.es)
    open_end = np.isnan(data.le)
    es = np.where(open_start, min(x0, np.nanmin(data.ls, initial=x0)) - beyond, data.es)
    le = np.where(open_end, max(x1, np.nanmax(data.ee, initial=x1)) + beyond, data.le)
    ls = np.where(np.isnan(data.ls), le, data.ls)
    ee = np.where(np.isnan(data.ee), es, data.ee)
    ls = np.maximum(ls, es)
    ee = np.minimum(np.maximum(ee, es), le)
    ls = np.minimum(ls, le)
    known_lo = np.fmin(data.ls, data.ee)
    known_hi = np.fmax(data.ls, data.ee)
    known_lo = np.where(np.isnan(known_lo), np.minimum(le, x1), known_lo)
    known_hi = np.where(np.isnan(known_hi), np.maximum(es, x0), known_hi)
    return Bounds(
        es=es,
        ls=ls,
        ee=ee,
        le=le,
        open_start=open_start,
        open_end=open_end,
        known_lo=known_lo,
        known_hi=known_hi,
        open_latest_start=np.isnan(data.ls),
    )


def short_mask(bounds: Bounds, x0: float, x1: float, fraction: float) -> BoolArray:
    """Events too short to show as bars in this window: drawn as a marker with whiskers."""
    import numpy as np

    width = bounds.le - bounds.es
    return np.asarray(width < fraction * (x1 - x0), dtype=bool)


def extents(
    bounds: Bounds, short: BoolArray, x0: float, x1: float, days_per_inch: float
) -> tuple[FloatArray, FloatArray]:
    """What each event covers on screen, clipped to the window; markers get their width."""
    import numpy as np

    lo = np.clip(bounds.es, x0, x1)
    hi = np.clip(bounds.le, x0, x1)
    mid = marker_x(bounds.es, bounds.ls, bounds.ee, bounds.le)
    half = MARKER_HALF * days_per_inch
    lo = np.where(short, np.minimum(lo, mid - half), lo)
    hi = np.where(short, np.maximum(hi, mid + half), hi)
    return lo, hi


def marker_x(es: FloatArray, ls: FloatArray, ee: FloatArray, le: FloatArray) -> FloatArray:
    """Where a short event's marker goes: the middle of its certain part, else of its extent."""
    import numpy as np

    return np.where(ee > ls, (ls + ee) / 2, (es + le) / 2)


def place_labels(
    lo: FloatArray,
    hi: FloatArray,
    label_width: FloatArray,
    y: FloatArray,
    x0: float,
    x1: float,
    pad: float,
    *,
    fallback: int,
) -> IntArray:
    """Side of each item's label: right of its bar if that is free, else left, else ``fallback``.

    Items on one row are taken in time order; a label may not run into the next bar, the
    previous bar or label, or off the panel. ``fallback`` is INSIDE (over the bar, for one row
    per event) or HIDDEN (thin the labels out).
    """
    import numpy as np

    n = len(lo)
    sides = np.full(n, HIDDEN, dtype=np.int64)
    gap = 0.003 * (x1 - x0)
    rows: dict[float, list[int]] = {}
    for i in np.argsort(lo, kind="stable"):
        rows.setdefault(float(y[i]), []).append(int(i))
    for members in rows.values():
        taken = -np.inf
        for k, i in enumerate(members):
            following = lo[members[k + 1]] if k + 1 < len(members) else np.inf
            width = label_width[i]
            if width <= 0:
                sides[i] = HIDDEN
            elif hi[i] + pad + width <= min(x1, following - gap):
                sides[i] = RIGHT
            elif lo[i] - pad - width >= max(x0, taken + gap):
                sides[i] = LEFT
            else:
                sides[i] = fallback
            end = hi[i] + pad + width if sides[i] == RIGHT else hi[i]
            taken = max(taken, end)
    return sides


def measure(texts: Sequence[str], fontsize: float) -> FloatArray:
    """Width of each text in inches, in the default sans-serif font."""
    import numpy as np
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    prop = FontProperties(size=fontsize)
    cache: dict[str, float] = {}
    widths = np.zeros(len(texts))
    for i, text in enumerate(texts):
        if not text:
            continue
        total = 0.0
        for char in text:
            width = cache.get(char)
            if width is None:
                width = float(text_to_path.get_text_width_height_descent(char, prop, False)[0])
                cache[char] = width
            total += width
        widths[i] = total / 72.0
    return widths


def fit_columns(
    texts: Sequence[str], fontsize: float, width: float, *, gap: float
) -> tuple[int, int]:
    """Columns and rows to set ``texts`` in: as many columns as fit ``width`` inches, each
    ``gap`` inches wider than the widest text."""
    import math

    if not texts:
        return 1, 0
    column = float(measure(texts, fontsize).max()) + gap
    columns = max(1, min(len(texts), int(width // column)))
    return columns, math.ceil(len(texts) / columns)
