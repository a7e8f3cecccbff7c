"""``labels="key"``: a number beside each bar, and a key of the numbered labels under the picture.

Numbers run in reading order (top row first, then left to right), so nothing is left out however
crowded the rows are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from timeline._plot._figure import inches_below
from timeline._plot._layout import fit_columns, measure
from timeline._plot._style import INK

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from timeline._plot._panel import Panel

__all__ = ["Key", "widest_numbers", "number_bars"]

FIGURE_SPACE = "\u2007"  # as wide as a digit: numbers in the key line up
_LINE = 1.4  # line height of the key, in font sizes


def widest_numbers(n: int) -> list[str]:
    """A stand-in label per event, as wide as the widest number, to lay the rows out with."""
    return ["8" * len(str(n))] * n


def number_bars(panel: Panel, fontsize: float) -> tuple[Panel, list[int]]:
    """``panel`` with numbers for labels, and each event's number."""
    numbers = _reading_order(panel)
    texts = [str(numbers[e]) for e in panel.event]
    widths = measure(texts, fontsize) * panel.days_per_inch
    return attrs.evolve(panel, texts=tuple(texts), widths=widths), numbers


def _reading_order(panel: Panel) -> list[int]:
    """1, 2, 3... for the events in reading order: top row first, then left to right."""
    first: dict[int, tuple[float, float]] = {}
    for e, y, lo in zip(panel.event, panel.y, panel.lo, strict=True):
        place = (float(y), float(lo))
        if int(e) not in first or place < first[int(e)]:
            first[int(e)] = place
    numbers = [0] * len(panel.bounds.es)
    for k, e in enumerate(sorted(first, key=lambda e: first[e]), 1):
        numbers[e] = k
    return numbers


@attrs.frozen
class Key:
    """The lines of the key, set in as many columns as fit; no lines, no key."""

    lines: tuple[str, ...]
    columns: int
    rows: int
    fontsize: float

    @classmethod
    def of(
        cls, numbers: Sequence[int], labels: Sequence[str], *, fontsize: float, width: float
    ) -> Key:
        """The key of ``labels`` by their ``numbers``, ``width`` inches wide."""
        digits = len(str(len(labels)))
        lines = tuple(
            f"{k:{FIGURE_SPACE}>{digits}}  {labels[e]}"
            for k, e in sorted(zip(numbers, range(len(labels)), strict=True))
        )
        columns, rows = fit_columns(lines, fontsize * 0.95, width, gap=0.3)
        return cls(lines, columns, rows, fontsize)

    @classmethod
    def none(cls, fontsize: float) -> Key:
        return cls((), 1, 0, fontsize)

    @property
    def height(self) -> float:
        """Inches the key takes under whatever is above it."""
        return (self.rows * self.fontsize * _LINE / 72 + 0.2) if self.lines else 0.0

    def draw(self, ax: Axes, below: float) -> None:
        """The key in columns, from ``below`` inches under the axes."""
        if not self.lines:
            return
        transform = inches_below(ax)
        for c in range(self.columns):
            lines = self.lines[c * self.rows : (c + 1) * self.rows]
            if not lines:
                break
            text = ax.text(
                c / self.columns,
                -below,
                "\n".join(lines),
                transform=transform,
                ha="left",
                va="top",
                fontsize=self.fontsize * 0.95,
                color=INK,
                linespacing=_LINE,
            )
            text.set_gid("timeline-key")
