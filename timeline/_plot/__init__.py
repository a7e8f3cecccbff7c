"""Gantt-style pictures of a solved timeline that show what is certain and what is not.

How a picture is made: the input is read into numbers (``_data``); the main window of time
(``_layout``) and each event's colour (``_colors``) and label (``_labels``) are chosen; the
events go on rows (``_rows``) and form the main :class:`~timeline._plot._panel.Panel`; the parts
around the axes say how tall they are (``_legend``, ``_key``, ``_insets``, the title in
``_axes``) so a new figure fits them (``_figure``); then everything is drawn (``_draw``,
``_axes``, ``_insets``).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from timeline._errors import TimelineError
from timeline._plot._axes import draw_main, draw_title, title_height
from timeline._plot._colors import event_colors
from timeline._plot._data import read_input
from timeline._plot._figure import BOTTOM, axes_width, fitted_fontsize, left_margin, new_axes
from timeline._plot._inset_plan import plan_insets
from timeline._plot._insets import Insets
from timeline._plot._key import Key, number_bars, widest_numbers
from timeline._plot._labels import label_texts
from timeline._plot._layout import measure, view_range
from timeline._plot._legend import Legend
from timeline._plot._panel import Window, build_panel
from timeline._plot._rows import arrange_rows, lanes_of
from timeline._plot._style import read_style
from timeline._zones import AnchorLike

if TYPE_CHECKING:
    import pandas
    from matplotlib.axes import Axes

    from timeline._reason import Schedule, Timeline

__all__ = ["plot"]


def plot(
    obj: Schedule | Timeline | pandas.DataFrame,
    *,
    ax: Axes | None = None,
    lanes: str | None = None,
    color: str | None = None,
    anchor: AnchorLike | None = None,
    relations: bool | Iterable[tuple[Hashable, Hashable]] | None = None,
    claims: bool = False,
    insets: bool | int | Sequence[tuple[Any, Any]] = True,
    sort: Literal["start", "input"] = "start",
    labels: Literal["beside", "key", "none"] = "beside",
    **style: Any,
) -> Axes:
    """Draw a schedule as a Gantt-style timeline and return the matplotlib ``Axes``.

    ``obj`` is a ``Schedule``, a ``Timeline`` (solved here) or the frame of
    ``Schedule.to_frame()``. Each event's certain part ``[latest_start, earliest_end)`` is a solid
    bar; its uncertain ends (earliest to latest start, earliest to latest end) fade towards the
    bounds, outlined by the possible extent; an event with no certain part is a hatched window;
    an event too short to see is a diamond with whiskers out to its bounds; an open bound runs
    off the axis to an arrow head.

    Options:

    - ``ax``: draw into these axes; by default a new figure, sized to the rows, is made. The
      legend goes above given axes and zoom insets below them: leave room (or pass
      ``legend=False`` / ``insets=False``).
    - ``lanes``: ``"event"`` (one row per event, the default up to 60 events), ``"packed"``
      (as few rows as fit, the default beyond), or a column such as ``"place"``, ``"kind"`` or
      ``"actors"`` (one band per value; an event with two actors appears in both).
    - ``color``: the column that picks colours (default ``"kind"`` when present), or a colour.
    - ``anchor``: the report's date, drawn as a dashed line; taken from the Timeline or the
      frame's ``attrs["anchor"]`` when not given.
    - ``relations``: arrows for the certain order (default: a Schedule's ``order()`` when it
      has at most 60 pairs); ``False`` for none, or pairs of labels to connect.
    - ``claims``: add each event's claim count and worst grade to its label, e.g. ``[3 · C3]``.
    - ``insets``: zoom insets below the axes for clusters of short events: ``True`` (up to 3),
      a number (up to that many), ``False``, or explicit ``(start, end)`` windows.
    - ``sort``: rows in order of earliest start (default) or as given.
    - ``labels``: ``"beside"`` the bars (default; where they would collide some are left out
      and a note says how many), ``"key"`` (a number beside each bar, the labels in a numbered
      key under the picture: nothing is left out), or ``"none"``.
    - style keywords: ``width`` (inches), ``row_height``, ``bar_height``, ``fontsize``,
      ``palette``, ``fade_steps``, ``short``, ``max_rows``, ``legend``, ``title``.
    """
    st = read_style(dict(style))
    data = read_input(obj, anchor=anchor, relations=relations)
    x0, x1 = view_range(data)
    colors, categories = event_colors(data, color, st)
    if labels not in ("beside", "key", "none"):
        raise TimelineError(f"labels={labels!r}: use 'beside', 'key' or 'none'")
    mode, memberships = lanes_of(data, lanes)
    left = left_margin(memberships, st.fontsize)
    width = axes_width(ax, st, left)

    window = Window.of(data, x0, x1, days_per_inch=(x1 - x0) / width, short=st.short)
    names = label_texts(data, window.bounds, claims)
    texts = {"beside": names, "key": widest_numbers(len(data)), "none": [""] * len(data)}[labels]
    text_inches = measure(texts, st.fontsize)
    label_room = text_inches * window.days_per_inch
    rows = arrange_rows(mode, memberships, window, label_room, sort=sort, max_rows=st.max_rows)
    fontsize = st.fontsize if ax is None else fitted_fontsize(ax, rows.n_rows, st.fontsize)
    item_texts = [texts[e] for e in rows.event]
    panel = build_panel(
        window, rows.event, rows.y, item_texts, text_inches[rows.event], fallback=rows.fallback
    )
    key = Key.none(fontsize)
    if labels == "key":
        panel, numbers = number_bars(panel, fontsize)
        key = Key.of(numbers, names, fontsize=fontsize, width=width)

    zoom = Insets.of(plan_insets(insets, data, panel), st)
    legend = Legend.none(fontsize)
    if st.legend:
        legend = Legend.of(data, panel, categories, claims=claims, fontsize=fontsize, width=width)
    if ax is None:
        ax = new_axes(
            st,
            left=left,
            width=width,
            n_rows=rows.n_rows,
            above=(legend.height, title_height(st, fontsize)),
            below=(zoom.height, key.height),
        )
    draw_main(ax, data, panel, rows, colors, st, fontsize)
    zoom.draw(ax, data, panel, colors, st, fontsize)
    key.draw(ax, below=BOTTOM + zoom.height + 0.1)
    legend.draw(ax)
    draw_title(ax, st, fontsize, legend.height)
    return ax
