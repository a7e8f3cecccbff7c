"""The colour of each event: by a column (``kind`` by default), or one colour for all.

Values take the palette's colours in order of their first event; when there are more values
than colours, the rarest share grey as "other".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline._errors import TimelineError
from timeline._plot._data import NO_VALUE
from timeline._plot._style import GREY, Style

if TYPE_CHECKING:
    from timeline._plot._data import PlotData

__all__ = ["event_colors"]


def event_colors(
    data: PlotData, color: str | None, style: Style
) -> tuple[Any, list[tuple[str, Any]]]:
    """RGBA per event, and the (name, colour) legend entries of the categories."""
    import numpy as np
    from matplotlib.colors import is_color_like, to_rgba

    n = len(data)
    frame = data.frame
    column = color
    if column is None:
        has_kind = "kind" in frame.columns and frame["kind"].notna().any()
        column = "kind" if has_kind else None
    if column is None or (column not in frame.columns and is_color_like(column)):
        single = to_rgba(style.palette[0] if column is None else column)
        return np.tile(single, (n, 1)), []
    if column not in frame.columns:
        raise TimelineError(
            f"color={color!r} is neither a column of the schedule nor a colour; use one of "
            f"{[c for c in frame.columns if c != 'claims']!r} or a colour such as '#0072B2'"
        )
    values = [names[0] if names[0] != NO_VALUE else None for names in data.names(column)]
    first_seen: dict[str, float] = {}
    counts: dict[str, int] = {}
    start = np.where(np.isnan(data.es), -np.inf, data.es)
    for value, when in zip(values, start, strict=True):
        if value is None:
            continue
        first_seen[value] = min(first_seen.get(value, np.inf), float(when))
        counts[value] = counts.get(value, 0) + 1
    names = sorted(first_seen, key=lambda v: (first_seen[v], v))
    palette = list(style.palette)
    if len(names) > len(palette):
        keep = set(sorted(names, key=lambda v: -counts[v])[: len(palette) - 1])
        names = [v for v in names if v in keep]
    chosen = {name: to_rgba(palette[i]) for i, name in enumerate(names)}
    grey = to_rgba(GREY)
    rgba = np.array([chosen.get(v, grey) if v is not None else grey for v in values])
    entries = [(name, chosen[name]) for name in names]
    if any(v is None or v not in chosen for v in values):
        entries.append(
            ("other" if any(v is not None and v not in chosen for v in values) else NO_VALUE, grey)
        )
    return rgba.reshape(n, 4), entries
