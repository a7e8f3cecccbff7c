"""What each bar is called: its label, with how long it lasts when it has no certain part, and
its claims' count and worst grade when asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline._plot._data import PlotData
    from timeline._plot._layout import Bounds

__all__ = ["label_texts"]


def label_texts(data: PlotData, bounds: Bounds, claims: bool) -> list[str]:
    """Each event's label; with its duration when it has no certain part, claims when asked."""
    texts = []
    for i, label in enumerate(data.labels):
        text = label
        no_certain = not bounds.ee[i] > bounds.ls[i]
        low, high = data.min_duration[i], data.max_duration[i]
        if no_certain and low == low and low > 0:
            text += f" ({_show_days(low, high)})"
        summary = data.claims[i]
        if claims and summary is not None:
            count, grade = summary
            text += f"  [{count}{' · ' + grade if grade else ''}]"
        texts.append(text)
    return texts


def _show_days(low: float, high: float) -> str:
    def one(days: float) -> tuple[float, str]:
        if days >= 1:
            return round(days, 1), "d"
        if days * 24 >= 1:
            return round(days * 24, 1), "h"
        return round(days * 1440), "min"

    a, unit = one(low)
    if high != high:
        return f"≥ {a:g} {unit}"
    b, unit_b = one(high)
    if (a, unit) == (b, unit_b):
        return f"{a:g} {unit}"
    if unit == unit_b:
        return f"{a:g}–{b:g} {unit}"
    return f"{a:g} {unit} – {b:g} {unit_b}"
