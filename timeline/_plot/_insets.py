"""Drawing the zoom insets under the main axes, each tied to the window it enlarges by a box
and a letter. Which windows to enlarge is :mod:`timeline._plot._inset_plan`'s business.
"""

from __future__ import annotations

from collections.abc import Sequence
from string import ascii_uppercase
from typing import TYPE_CHECKING, Any

import attrs

from timeline._plot._axes import draw_anchor, grid, zone_ticks
from timeline._plot._draw import draw_panel
from timeline._plot._figure import BOTTOM, inches_below, root
from timeline._plot._layout import INSIDE, LEFT, MARKER_HALF, RIGHT, measure
from timeline._plot._panel import Panel, Window, build_panel
from timeline._plot._style import FRAME, INK, Style

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from timeline._plot._data import PlotData
    from timeline._plot._inset_plan import InsetPlan

__all__ = ["Insets"]

_GAP = 0.18  # inches between the axis label and the insets
_TICKS = 0.42  # inches under an inset for its tick labels
_BETWEEN = 0.04  # between two insets, as a fraction of the axes' width
_WIDEST = 0.48  # an inset's width at most, as a fraction of the axes' width


@attrs.frozen(eq=False)
class Insets:
    """Insets side by side under the main axes, each as tall as its rows."""

    plans: tuple[InsetPlan, ...]
    heights: tuple[float, ...]  # inches

    @classmethod
    def of(cls, plans: Sequence[InsetPlan], style: Style) -> Insets:
        heights = (0.3 + len(plan.rows) * style.row_inches(len(plan.rows)) for plan in plans)
        return cls(tuple(plans), tuple(heights))

    @property
    def height(self) -> float:
        """Inches the insets take under the main axes' tick labels (none without insets)."""
        return (max(self.heights) + _GAP + _TICKS) if self.plans else 0.0

    def draw(
        self, ax: Axes, data: PlotData, main: Panel, colors: Any, style: Style, fontsize: float
    ) -> None:
        """Each inset under ``ax``, a box round the window it enlarges on ``main``."""
        count = len(self.plans)
        if not count:
            return
        width = min(_WIDEST, (1 - _BETWEEN * (count - 1)) / count)
        total = width * count + _BETWEEN * (count - 1)
        for index, (plan, height) in enumerate(zip(self.plans, self.heights, strict=True)):
            left = (1 - total) / 2 + index * (width + _BETWEEN)
            below = BOTTOM + _GAP + height
            inset = ax.inset_axes((left, -below, width, height), transform=inches_below(ax))
            inset.set_gid("timeline-inset")
            inches = root(ax).get_figwidth() * ax.get_position().width * width
            panel = _enlarged(plan, data, main, style, inches, fontsize)
            _draw_inset(inset, panel, len(plan.rows), data, colors, style, fontsize)
            _tie(ax, inset, plan, main, ascii_uppercase[index % 26], fontsize)


def _enlarged(
    plan: InsetPlan, data: PlotData, main: Panel, style: Style, inches: float, fontsize: float
) -> Panel:
    """The main panel's items in ``plan``, on rows of their own, across ``inches``."""
    import numpy as np

    x0, x1 = plan.x0, plan.x1
    window = Window.of(data, x0, x1, days_per_inch=(x1 - x0) / max(inches, 0.5), short=style.short)
    renumber = {float(r): float(k) for k, r in enumerate(plan.rows)}
    y = np.array([renumber[float(r)] for r in main.y[plan.items]])
    texts = [main.texts[i] for i in plan.items]
    text_inches = measure(texts, fontsize * 0.95)
    return build_panel(window, main.event[plan.items], y, texts, text_inches, fallback=INSIDE)


def _draw_inset(
    inset: Axes,
    panel: Panel,
    n_rows: int,
    data: PlotData,
    colors: Any,
    style: Style,
    fontsize: float,
) -> None:
    inset.set_xlim(panel.x0, panel.x1)
    inset.set_ylim(n_rows - 0.5, -0.5)
    crossings = () if data.anchor_num is None else (data.anchor_num,)
    draw_panel(inset, panel, colors, style, fontsize * 0.95, crossings)
    if data.anchor is not None:
        draw_anchor(inset, data, panel.x0, panel.x1, fontsize * 0.9, note=False)
    zone_ticks(inset, data.zone, fontsize * 0.9, minticks=3)
    inset.set_yticks([])
    inset.set_facecolor("white")
    grid(inset)
    for spine in inset.spines.values():
        spine.set_color(FRAME)
        spine.set_linewidth(0.8)


def _tie(
    ax: Axes, inset: Axes, plan: InsetPlan, main: Panel, letter: str, fontsize: float
) -> None:
    """A light box on the main axes round what the inset enlarges, and a letter on both."""
    # The box is at least as wide as a marker.
    top, bottom = float(plan.rows.min()) - 0.42, float(plan.rows.max()) + 0.42
    least = 2.6 * MARKER_HALF * main.days_per_inch
    box_left, box_right = plan.x0, plan.x1
    if box_right - box_left < least:
        middle = (box_left + box_right) / 2
        box_left, box_right = middle - least / 2, middle + least / 2
    box = ax.indicate_inset(
        bounds=(box_left, top, box_right - box_left, bottom - top),
        edgecolor=FRAME,
        alpha=1.0,
        linewidth=0.7,
    )
    box.set_gid("timeline-zoom")
    # The letter goes beside the box, on a side none of the enlarged events has its label.
    label_sides = {int(side) for side in main.sides[plan.items]}
    if LEFT not in label_sides:
        where, offset, ha, va = (box_left, (top + bottom) / 2), (-3, 0), "right", "center"
    elif RIGHT not in label_sides:
        where, offset, ha, va = (box_right, (top + bottom) / 2), (3, 0), "left", "center"
    else:
        where, offset, ha, va = ((box_left + box_right) / 2, top), (0, 1), "center", "bottom"
    letter_style: dict[str, Any] = {
        "fontsize": fontsize,
        "fontweight": "bold",
        "color": INK,
        "zorder": 3.2,
    }
    ax.annotate(
        letter, xy=where, xytext=offset, textcoords="offset points", ha=ha, va=va, **letter_style
    )
    inset.text(
        0.0, 1.0, f"{letter}  ", transform=inset.transAxes, ha="right", va="top", **letter_style
    )
