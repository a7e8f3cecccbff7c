"""What one axes shows, the main axes or a zoom inset: a window of time at a scale, the events
drawn in it on their rows, and the side each label takes.

:class:`Window` is what every event covers in the window; :func:`build_panel` puts chosen
events on rows and places their labels, the same way for every axes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from timeline._plot._layout import LABEL_PAD, Bounds, effective, extents, place_labels, short_mask

if TYPE_CHECKING:
    from timeline._plot._data import PlotData
    from timeline._plot._types import BoolArray, FloatArray, IntArray

__all__ = ["Window", "Panel", "build_panel"]


@attrs.frozen(eq=False)
class Window:
    """``[x0, x1]`` drawn at ``days_per_inch``, and what each event covers there (per event)."""

    x0: float
    x1: float
    days_per_inch: float
    bounds: Bounds  # open bounds pushed just past the window's edges
    short: BoolArray  # too short for a bar here: drawn as a marker
    lo: FloatArray  # left end of what the event covers on screen, clipped to the window
    hi: FloatArray  # right end

    @classmethod
    def of(
        cls, data: PlotData, x0: float, x1: float, *, days_per_inch: float, short: float
    ) -> Window:
        """The window ``[x0, x1]``; events shorter than ``short`` of it become markers."""
        bounds = effective(data, x0, x1)
        is_short = short_mask(bounds, x0, x1, short)
        lo, hi = extents(bounds, is_short, x0, x1, days_per_inch)
        return cls(x0, x1, days_per_inch, bounds, is_short, lo, hi)

    @property
    def pad(self) -> float:
        """The gap between a bar and its label, in days."""
        return LABEL_PAD * self.days_per_inch


@attrs.frozen(eq=False)
class Panel:
    """Everything needed to draw the events of one axes."""

    x0: float
    x1: float
    days_per_inch: float
    bounds: Bounds
    event: IntArray  # per item: the event it draws
    y: FloatArray  # per item: its row
    short: BoolArray  # per item: drawn as a marker
    lo: FloatArray  # per item: left end of what it covers on screen (clipped to the panel)
    hi: FloatArray  # per item: right end
    sides: IntArray  # per item: where its label goes
    texts: tuple[str, ...]  # per item: its label
    widths: FloatArray  # per item: its label's width, in days on this panel


def build_panel(
    window: Window,
    event: IntArray,
    y: FloatArray,
    texts: Sequence[str],
    text_inches: FloatArray,
    *,
    fallback: int,
) -> Panel:
    """The items ``event`` on rows ``y`` of ``window``, labelled ``texts`` (``text_inches`` wide).

    Each label goes right of its bar where that is free, else left, else to ``fallback``.
    """
    widths = text_inches * window.days_per_inch
    lo, hi = window.lo[event], window.hi[event]
    sides = place_labels(
        lo, hi, widths, y, window.x0, window.x1, window.pad, fallback=fallback
    )
    return Panel(
        x0=window.x0,
        x1=window.x1,
        days_per_inch=window.days_per_inch,
        bounds=window.bounds,
        event=event,
        y=y,
        short=window.short[event],
        lo=lo,
        hi=hi,
        sides=sides,
        texts=tuple(texts),
        widths=widths,
    )
