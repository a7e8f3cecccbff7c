"""The legend above the axes: the colours on top, then how certainty is drawn.

Each block is laid out in as many columns as fit the width of the axes; the legend says how tall
it is, so a new figure makes room for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from timeline._plot._draw import FADE
from timeline._plot._figure import root
from timeline._plot._layout import fit_columns
from timeline._plot._style import GREY, INK, fade_handler, tint

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from timeline._plot._data import PlotData
    from timeline._plot._panel import Panel

__all__ = ["Legend"]

Entry = tuple[Any, str]  # a handle and its text


@attrs.frozen
class _Block:
    entries: list[Entry]
    columns: int
    rows: int


@attrs.frozen(eq=False)
class Legend:
    """Legend blocks, bottom one last; no blocks when the legend is turned off."""

    blocks: tuple[_Block, ...]
    fontsize: float

    @classmethod
    def of(
        cls,
        data: PlotData,
        panel: Panel,
        categories: Sequence[tuple[str, Any]],
        *,
        claims: bool,
        fontsize: float,
        width: float,
    ) -> Legend:
        """The legend of what ``panel`` draws, in ``width`` inches."""
        colours, encoding = _entries(data, panel, categories, claims)
        blocks = tuple(
            _Block(entries, *fit_columns([text for _, text in entries], fontsize, width, gap=0.5))
            for entries in (colours, encoding)
        )
        return cls(blocks, fontsize)

    @classmethod
    def none(cls, fontsize: float) -> Legend:
        return cls((), fontsize)

    @property
    def height(self) -> float:
        """Inches the legend takes above the axes."""
        return sum(_height(block.rows, self.fontsize) for block in self.blocks)

    def draw(self, ax: Axes) -> None:
        """Legend blocks stacked above the axes: the colours on top, then the certainty."""
        from matplotlib.patches import Patch
        from matplotlib.transforms import ScaledTranslation

        figure = root(ax)
        fade = fade_handler()
        raise_by = 0.0
        for block in reversed(self.blocks):
            if not block.entries:
                continue
            handles = [handle for handle, _ in block.entries]
            labels = [text for _, text in block.entries]
            handler_map = {
                h: fade for h in handles if isinstance(h, Patch) and h.get_gid() == FADE
            }
            anchor = ax.transAxes + ScaledTranslation(0, raise_by, figure.dpi_scale_trans)
            legend = ax.legend(
                handles,
                labels,
                loc="lower left",
                bbox_to_anchor=(0.0, 1.0),
                bbox_transform=anchor,
                ncols=block.columns,
                fontsize=self.fontsize,
                frameon=False,
                handlelength=1.8,
                handleheight=0.9,
                columnspacing=1.4,
                borderaxespad=0.2,
                borderpad=0.2,
                handler_map=handler_map,
                labelcolor=INK,
            )
            legend.set_gid("timeline-legend")
            ax.add_artist(legend)
            legend.set_clip_on(False)  # add_artist clips to the axes; the legend sits above them
            raise_by += _height(block.rows, self.fontsize)


def _entries(
    data: PlotData,
    panel: Panel,
    categories: Sequence[tuple[str, Any]],
    claims: bool,
) -> tuple[list[Entry], list[Entry]]:
    """(handle, text) pairs: the colours, and how certainty is drawn."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    b = panel.bounds
    ev = panel.event
    bar = ~panel.short
    certain = bar & (b.ee[ev] > b.ls[ev])
    fades = certain & ((b.ls[ev] > b.es[ev]) | (b.le[ev] > b.ee[ev]))
    colours = [(Patch(facecolor=rgba, edgecolor=rgba), name) for name, rgba in categories]
    entries: list[Entry] = []
    if (b.ee > b.ls).any():  # a certain part somewhere (perhaps only in a zoom inset)
        entries.append((Patch(facecolor=GREY, edgecolor=GREY), "certain"))
    if fades.any():
        patch = Patch(facecolor=GREY)
        patch.set_gid(FADE)
        entries.append((patch, "uncertain start / end"))
    if (bar & ~certain).any():
        entries.append(
            (
                Patch(
                    facecolor=tint(GREY, 0.82),
                    edgecolor=tint(GREY, 0.35),
                    hatch="///",
                    linewidth=0,
                ),
                "possible window, no certain part",
            )
        )
    if panel.short.any():
        entries.append(
            (
                Line2D(
                    [],
                    [],
                    color=GREY,
                    marker="D",
                    markersize=5,
                    markeredgecolor="white",
                    linewidth=1.0,
                ),
                "short event, whiskers to its bounds",
            )
        )
    if (b.open_start[ev] | b.open_end[ev]).any():
        entries.append(
            (
                Line2D(
                    [],
                    [],
                    color=tint(GREY, 0.25),
                    marker=">",
                    markevery=[1],
                    markersize=5,
                    linestyle=(0, (1.5, 2.0)),
                    linewidth=1.1,
                ),
                "bound open",
            )
        )
    if data.relations:
        entries.append(
            (
                Line2D(
                    [], [], color="#555555", linewidth=0.8, marker=">", markevery=[1], markersize=4
                ),
                "certainly before",
            )
        )
    if data.anchor is not None:
        when = data.anchor
        shown = (
            when.strftime("%Y-%m-%d")
            if (when.hour, when.minute) == (0, 0)
            else (when.strftime("%Y-%m-%d %H:%M"))
        )
        entries.append(
            (
                Line2D(
                    [],
                    [],
                    color=INK,
                    linestyle=(0, (5, 3)),
                    linewidth=1.0,
                    marker="v",
                    markevery=[0],
                    markersize=5,
                ),
                f"report date {shown}",
            )
        )
    if claims and any(c is not None for c in data.claims):
        entries.append(
            (Patch(facecolor="none", edgecolor="none"), "[n · C3]: n claims, worst grade C3")
        )
    return colours, entries


def _height(rows: int, fontsize: float) -> float:
    return rows * fontsize * 1.5 / 72 + (0.1 if rows else 0.0)
