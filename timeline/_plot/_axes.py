"""The main axes around the events: lane bands, the report date, local time ticks, the grid,
the note on labels left out, and the title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline._plot._draw import draw_panel, draw_relations
from timeline._plot._figure import BOTTOM, inches_below
from timeline._plot._layout import HIDDEN
from timeline._plot._style import FRAME, INK, Style

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from timeline._plot._data import PlotData
    from timeline._plot._panel import Panel
    from timeline._plot._rows import Rows

__all__ = ["draw_main", "draw_anchor", "zone_ticks", "grid", "title_height", "draw_title"]

ANCHOR = "timeline-anchor"  # gid of the report date's line and mark


def draw_main(
    ax: Axes,
    data: PlotData,
    panel: Panel,
    rows: Rows,
    colors: Any,
    style: Style,
    fontsize: float,
) -> None:
    """The events on their rows, the lanes, arrows, the report date, the time axis."""
    ax.set_facecolor("white")
    ax.set_xlim(panel.x0, panel.x1)
    ax.set_ylim(rows.n_rows - 0.5, -0.5)
    _draw_lanes(ax, rows, fontsize)
    crossings = () if data.anchor_num is None else (data.anchor_num,)
    draw_panel(ax, panel, colors, style, fontsize, crossings)
    if data.relations:
        draw_relations(ax, panel, data.relations, fontsize, style.bar_height)
    if data.anchor is not None:
        draw_anchor(ax, data, panel.x0, panel.x1, fontsize)
    zone_ticks(ax, data.zone, fontsize)
    ax.set_xlabel(f"Time, {data.zone_label()}", fontsize=fontsize, color=INK)
    for name in ("top", "right", "left"):
        ax.spines[name].set_visible(False)
    ax.spines["bottom"].set_color(FRAME)
    grid(ax)
    ax.tick_params(axis="x", colors=INK, length=3)
    _note_labels_left_out(ax, panel, fontsize)


def _draw_lanes(ax: Axes, rows: Rows, fontsize: float) -> None:
    if not rows.lane_names:
        ax.set_yticks([])
        return
    for k, (first, last) in enumerate(rows.lane_spans):
        if k % 2 == 0:
            ax.axhspan(
                first - 0.5 - 0.25, last + 0.5 + 0.25, color="#F3F3F3", zorder=0.5, linewidth=0
            )
    middles = [(first + last) / 2 for first, last in rows.lane_spans]
    ax.set_yticks(middles, labels=list(rows.lane_names), fontsize=fontsize)
    ax.tick_params(axis="y", length=0, labelcolor=INK)


def _note_labels_left_out(ax: Axes, panel: Panel, fontsize: float) -> None:
    """Where labels had to be left out, say how many are shown, under the axis."""
    shown = sum(
        1 for side, text in zip(panel.sides, panel.texts, strict=True) if side != HIDDEN and text
    )
    if shown == len(panel.texts):
        return
    note = ax.text(
        0.0,
        -BOTTOM + 0.05,
        f"labels shown for {shown} of {len(panel.texts)} bars",
        transform=inches_below(ax),
        ha="left",
        va="bottom",
        fontsize=fontsize * 0.9,
        color="#6E6E6E",
        fontstyle="italic",
    )
    note.set_gid("timeline-label-note")


def draw_anchor(
    ax: Axes, data: PlotData, x0: float, x1: float, fontsize: float, *, note: bool = True
) -> None:
    """The report's date: a dashed line with a triangle on top of the axes.

    Far outside the window it is not drawn; with ``note``, a word at the edge says where it is.
    """
    from matplotlib.transforms import blended_transform_factory

    where = data.anchor_num
    assert where is not None
    if not x0 <= where <= x1:
        if not note:
            return
        # Far outside the events: say where it is instead of stretching the axis to it.
        after = where > x1
        beyond = ax.text(
            1.0 if after else 0.0,
            1.0,
            "report date →" if after else "← report date",
            transform=ax.transAxes,
            ha="right" if after else "left",
            va="top",
            fontsize=fontsize * 0.9,
            color=INK,
            zorder=3.1,
        )
        beyond.set_gid(ANCHOR)
        return
    line = ax.axvline(where, color=INK, linestyle=(0, (5, 3)), linewidth=1.0, zorder=2.6)
    line.set_gid(ANCHOR)
    top = blended_transform_factory(ax.transData, ax.transAxes)
    (mark,) = ax.plot(
        [where],
        [1.0],
        marker="v",
        markersize=fontsize * 0.8,
        color=INK,
        transform=top,
        clip_on=False,
        zorder=3.1,
        linestyle="none",
    )
    mark.set_gid(ANCHOR)


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


def grid(ax: Axes) -> None:
    """Light vertical lines at the time ticks, under everything else."""
    ax.grid(axis="x", color="#E6E6E6", linewidth=0.6)
    ax.set_axisbelow(True)


def title_height(style: Style, fontsize: float) -> float:
    """Inches the title takes above the legend (none without a title)."""
    return (fontsize * 1.3 * 1.6 / 72 + 0.05) if style.title else 0.0


def draw_title(ax: Axes, style: Style, fontsize: float, above_legend: float) -> None:
    """The title, left, over a legend ``above_legend`` inches tall."""
    if not style.title:
        return
    ax.set_title(
        style.title,
        loc="left",
        fontsize=fontsize * 1.3,
        fontweight="bold",
        color=INK,
        pad=above_legend * 72 + 4,
    )
