"""The figure around the axes: its size when plot makes it, and positions in inches below the axes.

Above the axes stand the title and the legend; below them, in turn, the tick labels and the axis
label (:data:`BOTTOM`), the zoom insets and the numbered key. Each part says how tall it is, so
a new figure fits them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from timeline._plot._layout import measure

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from timeline._plot._style import Style

__all__ = [
    "BOTTOM",
    "root",
    "left_margin",
    "axes_width",
    "fitted_fontsize",
    "new_axes",
    "inches_below",
]

BOTTOM = 0.62  # inches under the axes for tick labels and the axis label
_TOP = 0.12  # inches over the axes (and under the legend)
_LEFT = 0.3  # inches left of the axes, where there are no lane names
_RIGHT = 0.3  # inches right of the axes


def root(ax: Axes) -> Figure:
    """The figure that holds ``ax`` (through any subfigures)."""
    figure = ax.get_figure(root=True)
    assert figure is not None
    return figure


def left_margin(lanes: Iterable[tuple[str, ...]], fontsize: float) -> float:
    """Inches left of the axes: room for the names of the events' ``lanes``, if any."""
    names = sorted({name for names in lanes for name in names})
    if not names:
        return _LEFT
    return float(measure(names, fontsize).max()) + 0.35


def axes_width(ax: Axes | None, style: Style, left: float) -> float:
    """Width in inches of the given axes, or of those plot makes (``left`` inches in)."""
    if ax is None:
        width = style.width - left - _RIGHT
    else:
        width = ax.get_position().width * root(ax).get_figwidth()
    return max(width, 1.0)


def fitted_fontsize(ax: Axes, n_rows: float, fontsize: float) -> float:
    """In axes given to plot the rows get what they get: text shrinks to fit (not below 4.5 pt)."""
    height = ax.get_position().height * root(ax).get_figheight()
    row_points = height * 72 / max(n_rows, 1)
    return max(4.5, min(fontsize, row_points * 0.72))


def new_axes(
    style: Style,
    *,
    left: float,
    width: float,
    n_rows: float,
    above: Iterable[float],
    below: Iterable[float],
) -> Axes:
    """A new figure, tall enough for the rows and the parts ``above`` and ``below`` (inches)."""
    import matplotlib.pyplot as plt

    top_in = sum(above, _TOP)
    bottom_in = sum(below, BOTTOM)
    body = max(n_rows, 1) * style.row_inches(n_rows) + 0.15
    height = top_in + body + bottom_in
    fig = plt.figure(figsize=(style.width, height), facecolor="white")
    return fig.add_axes(
        (left / style.width, bottom_in / height, width / style.width, body / height)
    )


def inches_below(ax: Axes) -> Any:
    """x in axes fractions, y in inches from the bottom of the axes (negative: below them)."""
    from matplotlib.transforms import ScaledTranslation, blended_transform_factory

    inches_from_axes = root(ax).dpi_scale_trans + ScaledTranslation(
        0,
        0,
        ax.transAxes,  # type: ignore[arg-type]  # any transform works at draw time
    )
    return blended_transform_factory(ax.transAxes, inches_from_axes)
