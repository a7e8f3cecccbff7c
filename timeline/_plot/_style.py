"""The look: a colour-blind-safe palette, sizes that read at 150 dpi, the legend's glyphs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from timeline._errors import TimelineError

__all__ = [
    "OKABE_ITO",
    "Style",
    "read_style",
    "tint",
    "tints",
    "edge",
    "edges",
    "GREY",
    "INK",
    "FRAME",
]

#: Okabe & Ito's palette, ordered for white paper (yellow and black last).
OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black
)
GREY = "#7A7A7A"  # events without the colouring attribute
INK = "#333333"  # text, axes, the anchor line
FRAME = "#8C8C8C"  # the time axis, the insets' frames, the boxes round what they enlarge


@attrs.frozen
class Style:
    """Sizes and colours; every field can be given to :func:`~timeline.plot` as a keyword."""

    width: float = 10.0  # figure width in inches, when plot creates the figure
    row_height: float | None = None  # inches per row; default 0.3, 0.24 beyond 25 rows
    bar_height: float = 0.62  # fraction of a row the bar fills
    fontsize: float = 8.0
    palette: tuple[str, ...] = OKABE_ITO
    fade_steps: int = 16  # bands in a fully drawn uncertain end
    short: float = 0.008  # events shorter than this fraction of the axis become markers
    max_rows: int = 60  # rows before labels are thinned instead of stacked
    legend: bool = True
    title: str | None = None

    def row_inches(self, rows: float) -> float:
        if self.row_height is not None:
            return self.row_height
        return 0.3 if rows <= 25 else 0.24

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(field.name for field in attrs.fields(cls))


def read_style(options: dict[str, Any]) -> Style:
    names = Style.field_names()
    unknown = sorted(set(options) - set(names))
    if unknown:
        raise TypeError(
            f"plot() got unknown style option(s) {unknown!r}; the style options are {list(names)!r}"
        )
    if "palette" in options:
        palette = options["palette"]
        if isinstance(palette, str) or not isinstance(palette, Sequence) or not palette:
            raise TimelineError(
                f"palette={palette!r} must be a non-empty sequence of colours, e.g. ['#0072B2']"
            )
        options = {**options, "palette": tuple(palette)}
    return Style(**options)


def tint(color: Any, amount: float) -> tuple[float, float, float, float]:
    """``color`` mixed with white: ``amount`` 0 keeps it, 1 gives white. Opaque, so it prints."""
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(color)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount, 1.0)


def edge(color: Any) -> tuple[float, float, float, float]:
    """The outline and hatch colour of a bar: a little paler, but darker for a light colour
    (yellow on white paper needs a darker edge to be seen at all)."""
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(color)
    if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.75:
        return (r * 0.62, g * 0.62, b * 0.62, 1.0)
    return tint(color, 0.3)


def tints(rgba: Any, amount: Any) -> Any:
    """:func:`tint` for an ``(n, 4)`` array of colours (``amount`` a number or ``(n,)``)."""
    import numpy as np

    colors = np.asarray(rgba, dtype=float).reshape(-1, 4)
    amount = np.asarray(amount, dtype=float).reshape(-1, 1)
    result = np.ones_like(colors)
    result[:, :3] = colors[:, :3] + (1 - colors[:, :3]) * amount
    return result


def edges(rgba: Any) -> Any:
    """:func:`edge` for an ``(n, 4)`` array of colours."""
    import numpy as np

    colors = np.asarray(rgba, dtype=float).reshape(-1, 4)
    light = colors[:, :3] @ np.array([0.2126, 0.7152, 0.0722]) > 0.75
    result = tints(colors, 0.3)
    result[light, :3] = colors[light, :3] * 0.62
    return result


def fade_handler() -> Any:
    """A legend handler that draws a small fading bar, as the uncertain ends are drawn."""
    from matplotlib.legend_handler import HandlerBase
    from matplotlib.patches import Rectangle

    class FadeHandler(HandlerBase):
        def create_artists(
            self,
            legend: Any,
            orig_handle: Any,
            xdescent: float,
            ydescent: float,
            width: float,
            height: float,
            fontsize: float,
            trans: Any,
        ) -> list[Any]:
            color = orig_handle.get_facecolor()
            steps = 5
            artists = []
            for i in range(steps):
                amount = 0.85 - 0.55 * (i + 0.5) / steps
                artists.append(
                    Rectangle(
                        (-xdescent + width * i / steps, -ydescent + height * 0.15),
                        width / steps + 0.3,
                        height * 0.7,
                        facecolor=tint(color, amount),
                        edgecolor="none",
                        transform=trans,
                    )
                )
            artists.append(
                Rectangle(
                    (-xdescent, -ydescent + height * 0.15),
                    width,
                    height * 0.7,
                    facecolor="none",
                    edgecolor=tint(color, 0.35),
                    linewidth=0.6,
                    transform=trans,
                )
            )
            return artists

    return FadeHandler()
