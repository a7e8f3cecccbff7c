"""Gantt-style pictures of a solved timeline that show what is certain and what is not."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from timeline._errors import TimelineError
from timeline._plot._data import PlotData, date_numbers, read_input
from timeline._plot._draw import ANCHOR, FADE, Panel, draw_panel, draw_relations
from timeline._plot._insets import InsetPlan, plan_insets, zone_ticks
from timeline._plot._layout import (
    HIDDEN,
    INSIDE,
    LABEL_PAD,
    LEFT,
    MARKER_HALF,
    RIGHT,
    Bounds,
    effective,
    extents,
    lane_values,
    measure,
    pack_rows,
    place_labels,
    short_mask,
    view_range,
)
from timeline._plot._style import GREY, INK, Style, fade_handler, read_style, tint
from timeline._zones import AnchorLike

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pandas
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from timeline._reason import Schedule, Timeline

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]

__all__ = ["plot"]

LaneMode = Literal["event", "packed"]
_EVENT_ROWS_UP_TO = 60  # lanes=None: one row per event up to this many events, then packed
_BOTTOM = 0.62  # inches under the axes for tick labels and the axis label
_INSET_GAP = 0.18  # inches between the axis label and the insets
_INSET_TICKS = 0.42  # inches under an inset for its tick labels
_KEY_LINE = 1.4  # line height of the label key, in font sizes
FIGURE_SPACE = "\u2007"  # as wide as a digit: numbers in the key line up


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
    n = len(data)
    if n == 0:
        raise TimelineError("the schedule has no events to plot; add events before drawing it")
    if relations is None and len(data.relations) > 60:
        data = _without_relations(data)
    fontsize = st.fontsize
    x0, x1 = view_range(data)
    bounds = effective(data, x0, x1)
    colors, categories = _colors(data, color, st)
    if labels not in ("beside", "key", "none"):
        raise TimelineError(f"labels={labels!r}: use 'beside', 'key' or 'none'")
    full_texts = _texts(data, bounds, claims)
    if labels == "beside":
        texts = full_texts
    elif labels == "key":
        texts = ["8" * len(str(n))] * n  # the widest number, for the layout
    else:
        texts = [""] * n
    text_inches = measure(texts, fontsize)

    mode: str = lanes if lanes is not None else ("event" if n <= _EVENT_ROWS_UP_TO else "packed")
    lane_names: list[str] = []
    memberships: list[tuple[str, ...]] = []
    if mode not in ("event", "packed"):
        memberships = lane_values(data, mode)
    left_in = 0.3
    if memberships:
        names = sorted({name for names in memberships for name in names})
        left_in = float(measure(names, fontsize).max()) + 0.35

    created = ax is None
    if ax is None:
        axes_width = st.width - left_in - 0.3
    else:
        axes_width = ax.get_position().width * _root(ax).get_figwidth()
    axes_width = max(axes_width, 1.0)
    per_inch = (x1 - x0) / axes_width
    short = short_mask(bounds, x0, x1, st.short)
    lo, hi = extents(bounds, short, x0, x1, per_inch)
    widths = text_inches * per_inch
    pad = LABEL_PAD * per_inch

    event, ys, n_rows, lane_spans, lane_names, fallback = _rows(
        mode, memberships, lo, hi, widths, bounds, x0, x1, pad, sort, st.max_rows
    )
    if ax is not None:
        # Axes given: the rows get what they get; text shrinks to fit a row (not below 4.5 pt).
        axes_height = ax.get_position().height * _root(ax).get_figheight()
        row_points = axes_height * 72 / max(n_rows, 1)
        fontsize = max(4.5, min(fontsize, row_points * 0.72))
    sides = place_labels(lo[event], hi[event], widths[event], ys, x0, x1, pad, fallback=fallback)
    key: list[str] = []
    if labels == "key":
        numbers = _numbers(event, ys, lo)
        texts = [str(k) for k in numbers]
        widths = measure(texts, fontsize) * per_inch
        digits = len(str(n))
        key = [
            f"{k:{FIGURE_SPACE}>{digits}}  {full_texts[e]}"
            for k, e in sorted(zip(numbers, range(n), strict=True))
        ]
    item_texts = tuple(texts[e] for e in event)
    panel = Panel(
        x0=x0,
        x1=x1,
        days_per_inch=per_inch,
        bounds=bounds,
        event=event,
        y=ys,
        short=short[event],
        lo=lo[event],
        hi=hi[event],
        sides=sides,
        texts=item_texts,
        widths=widths[event],
    )

    plans = _insets(insets, data, bounds, panel, x0, x1)
    inset_heights = [0.3 + len(plan.rows) * st.row_inches(len(plan.rows)) for plan in plans]
    inset_block = (max(inset_heights) + _INSET_GAP + _INSET_TICKS) if plans else 0.0

    blocks = []
    if st.legend:
        colours, encoding = _legend_entries(
            data, panel, categories, claims, bool(len(data.relations))
        )
        for entries in (colours, encoding):
            blocks.append((entries, *_legend_shape(entries, fontsize, axes_width)))
    legend_in = sum(_legend_height(rows, fontsize) for _, _, rows in blocks)
    key_columns, key_rows = _key_shape(key, fontsize, axes_width)
    key_in = (key_rows * fontsize * _KEY_LINE / 72 + 0.2) if key else 0.0
    title_in = (fontsize * 1.3 * 1.6 / 72 + 0.05) if st.title else 0.0

    if created:
        import matplotlib.pyplot as plt

        top_in = 0.12 + legend_in + title_in
        bottom_in = _BOTTOM + inset_block + key_in
        body = max(n_rows, 1) * st.row_inches(n_rows) + 0.15
        height = top_in + body + bottom_in
        fig = plt.figure(figsize=(st.width, height), facecolor="white")
        ax = fig.add_axes(
            (left_in / st.width, bottom_in / height, axes_width / st.width, body / height)
        )
    assert ax is not None
    ax.set_facecolor("white")
    ax.set_xlim(x0, x1)
    ax.set_ylim(n_rows - 0.5, -0.5)

    _draw_lanes(ax, lane_names, lane_spans, fontsize)
    crossings = () if data.anchor_num is None else (data.anchor_num,)
    drawn = draw_panel(ax, panel, colors, st, fontsize, crossings)
    if data.relations:
        if draw_relations(ax, panel, data.relations, fontsize, st.bar_height):
            drawn.add("relation")
    if data.anchor is not None:
        _draw_anchor(ax, data, x0, x1, fontsize)
        drawn.add(ANCHOR)

    zone_ticks(ax, data.zone, fontsize)
    ax.set_xlabel(f"Time, {data.zone_label()}", fontsize=fontsize, color=INK)
    _tidy(ax)
    shown = int(
        sum(1 for side, text in zip(sides, item_texts, strict=True) if side != HIDDEN and text)
    )
    if shown < len(item_texts):
        note = ax.text(
            0.0,
            -_BOTTOM + 0.05,
            f"labels shown for {shown} of {len(item_texts)} bars",
            transform=_inches_below(ax),
            ha="left",
            va="bottom",
            fontsize=fontsize * 0.9,
            color="#6E6E6E",
            fontstyle="italic",
        )
        note.set_gid("timeline-label-note")

    for plan, height in zip(plans, inset_heights, strict=True):
        _draw_inset(ax, plan, plans, height, data, panel, colors, st, fontsize, mode)

    if key:
        _draw_key(ax, key, key_columns, key_rows, fontsize, _BOTTOM + inset_block + 0.1)
    if blocks:
        _legend(ax, blocks, fontsize)
    if st.title:
        pad_points = legend_in * 72 + 4
        ax.set_title(
            st.title,
            loc="left",
            fontsize=fontsize * 1.3,
            fontweight="bold",
            color=INK,
            pad=pad_points,
        )
    return ax


# ----------------------------------------------------------------------------- pieces


def _root(ax: Axes) -> Figure:
    """The figure that holds ``ax`` (through any subfigures)."""
    figure = ax.get_figure(root=True)
    assert figure is not None
    return figure


def _without_relations(data: PlotData) -> PlotData:
    import attrs

    return attrs.evolve(data, relations=())


def _colors(data: PlotData, color: str | None, st: Style) -> tuple[Any, list[tuple[str, Any]]]:
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
        single = to_rgba(st.palette[0] if column is None else column)
        return np.tile(single, (n, 1)), []
    if column not in frame.columns:
        raise TimelineError(
            f"color={color!r} is neither a column of the schedule nor a colour; use one of "
            f"{[c for c in frame.columns if c != 'claims']!r} or a colour such as '#0072B2'"
        )
    values = [names[0] if names[0] != "(none)" else None for names in lane_values(data, column)]
    first_seen: dict[str, float] = {}
    counts: dict[str, int] = {}
    start = np.where(np.isnan(data.es), -np.inf, data.es)
    for value, when in zip(values, start, strict=True):
        if value is None:
            continue
        first_seen[value] = min(first_seen.get(value, np.inf), float(when))
        counts[value] = counts.get(value, 0) + 1
    names = sorted(first_seen, key=lambda v: (first_seen[v], v))
    palette = list(st.palette)
    if len(names) > len(palette):
        keep = set(sorted(names, key=lambda v: -counts[v])[: len(palette) - 1])
        names = [v for v in names if v in keep]
    chosen = {name: to_rgba(palette[i]) for i, name in enumerate(names)}
    grey = to_rgba(GREY)
    rgba = np.array([chosen.get(v, grey) if v is not None else grey for v in values])
    entries = [(name, chosen[name]) for name in names]
    if any(v is None or v not in chosen for v in values):
        entries.append(
            ("other" if any(v is not None and v not in chosen for v in values) else "(none)", grey)
        )
    return rgba.reshape(n, 4), entries


def _texts(data: PlotData, bounds: Bounds, claims: bool) -> list[str]:
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


def _rows(
    mode: str,
    memberships: list[tuple[str, ...]],
    lo: FloatArray,
    hi: FloatArray,
    widths: FloatArray,
    bounds: Bounds,
    x0: float,
    x1: float,
    pad: float,
    sort: str,
    max_rows: int,
) -> tuple[Any, Any, float, list[tuple[float, float]], list[str], int]:
    """Items, their rows, the number of rows, lane spans and names, and the label fallback."""
    import numpy as np

    n = len(lo)
    if sort not in ("start", "input"):
        raise TimelineError(f"sort={sort!r}: use 'start' or 'input'")
    if mode == "event":
        if sort == "start":
            order = np.lexsort((bounds.le, bounds.es))
        else:
            order = np.arange(n)
        ys = np.empty(n)
        ys[order] = np.arange(n, dtype=float)
        return np.arange(n), ys, float(n), [], [], INSIDE
    if mode == "packed":
        groups: dict[str, list[int]] = {"": list(range(n))}
    else:
        groups = {}
        for i, names in enumerate(memberships):
            for name in names:
                groups.setdefault(name, []).append(i)
    order_of = {name: min(float(lo[i]) for i in items) for name, items in groups.items()}
    lane_order = sorted(groups, key=lambda g: (g == "(none)", order_of[g], g))

    def layout(with_labels: bool) -> tuple[list[int], list[float], list[tuple[float, float]]]:
        items: list[int] = []
        rows: list[float] = []
        spans: list[tuple[float, float]] = []
        offset = 0.0
        for name in lane_order:
            members = groups[name]
            placed = pack_rows(lo, hi, widths, members, x0, x1, pad, with_labels=with_labels)
            depth = max(placed) + 1
            items.extend(members)
            rows.extend(offset + r for r in placed)
            spans.append((offset, offset + depth - 1))
            offset += depth + (0.5 if mode != "packed" else 0.0)
        return items, rows, spans

    items, rows, spans = layout(True)
    if spans and spans[-1][1] + 1 > max_rows:
        items, rows, spans = layout(False)
    n_rows = spans[-1][1] + 1 if spans else 0.0
    lane_names = list(lane_order) if mode != "packed" else []
    return (
        np.array(items, dtype=np.int64),
        np.array(rows, dtype=float),
        n_rows,
        spans if mode != "packed" else [],
        lane_names,
        HIDDEN,
    )


def _numbers(event: Any, ys: Any, lo: Any) -> list[int]:
    """1, 2, 3... for the events in reading order: top row first, then left to right."""
    first: dict[int, tuple[float, float]] = {}
    for e, y in zip(event, ys, strict=True):
        place = (float(y), float(lo[e]))
        if int(e) not in first or place < first[int(e)]:
            first[int(e)] = place
    order = sorted(first, key=lambda e: first[e])
    numbers = [0] * len(lo)
    for k, e in enumerate(order, 1):
        numbers[e] = k
    return numbers


def _key_shape(key: list[str], fontsize: float, width: float) -> tuple[int, int]:
    import math

    if not key:
        return 1, 0
    column = float(measure(key, fontsize * 0.95).max()) + 0.3
    columns = max(1, min(len(key), int(width // column)))
    return columns, math.ceil(len(key) / columns)


def _draw_key(
    ax: Axes, key: list[str], columns: int, rows: int, fontsize: float, below: float
) -> None:
    """The numbered labels, in columns under the axes (and any insets)."""
    transform = _inches_below(ax)
    for c in range(columns):
        lines = key[c * rows : (c + 1) * rows]
        if not lines:
            break
        text = ax.text(
            c / columns,
            -below,
            "\n".join(lines),
            transform=transform,
            ha="left",
            va="top",
            fontsize=fontsize * 0.95,
            color=INK,
            linespacing=_KEY_LINE,
        )
        text.set_gid("timeline-key")


def _insets(
    insets: bool | int | Sequence[tuple[Any, Any]],
    data: PlotData,
    bounds: Bounds,
    panel: Panel,
    x0: float,
    x1: float,
) -> list[InsetPlan]:
    from timeline._zones import as_anchor

    if insets is False:
        return []
    if insets is True or isinstance(insets, int):
        limit = 3 if insets is True else int(insets)
        return plan_insets(bounds, panel.event, panel.y, panel.short, x0, x1, limit=limit)
    windows = []
    for start, end in insets:
        a = float(date_numbers(as_anchor(start, data.zone)))
        b = float(date_numbers(as_anchor(end, data.zone)))
        if not b > a:
            raise TimelineError(f"inset window ({start!r}, {end!r}) must end after it starts")
        windows.append((a, b))
    return plan_insets(
        bounds, panel.event, panel.y, panel.short, x0, x1, limit=len(windows), windows=windows
    )


def _draw_inset(
    ax: Axes,
    plan: InsetPlan,
    plans: list[InsetPlan],
    height: float,
    data: PlotData,
    main: Panel,
    colors: Any,
    st: Style,
    fontsize: float,
    mode: str,
) -> Axes:
    import numpy as np

    figure = _root(ax)
    count = len(plans)
    index = plans.index(plan)
    gap = 0.04
    width = min(0.48, (1 - gap * (count - 1)) / count)
    total = width * count + gap * (count - 1)
    left = (1 - total) / 2 + index * (width + gap)
    below = _BOTTOM + _INSET_GAP + height
    inset = ax.inset_axes((left, -below, width, height), transform=_inches_below(ax))
    inset.set_gid("timeline-inset")

    x0, x1 = plan.x0, plan.x1
    fig_width = figure.get_figwidth() * ax.get_position().width * width
    per_inch = (x1 - x0) / max(fig_width, 0.5)
    bounds = effective(data, x0, x1)
    event = main.event[plan.items]
    renumber = {float(r): float(k) for k, r in enumerate(plan.rows)}
    ys = np.array([renumber[float(r)] for r in main.y[plan.items]])
    short_all = short_mask(bounds, x0, x1, st.short)
    lo, hi = extents(bounds, short_all, x0, x1, per_inch)
    texts = [main.texts[i] for i in plan.items]
    widths = measure(texts, fontsize * 0.95) * per_inch
    pad = LABEL_PAD * per_inch
    sides = place_labels(lo[event], hi[event], widths, ys, x0, x1, pad, fallback=INSIDE)
    panel = Panel(
        x0=x0,
        x1=x1,
        days_per_inch=per_inch,
        bounds=bounds,
        event=event,
        y=ys,
        short=short_all[event],
        lo=lo[event],
        hi=hi[event],
        sides=sides,
        texts=tuple(texts),
        widths=widths,
    )
    inset.set_xlim(x0, x1)
    inset.set_ylim(len(plan.rows) - 0.5, -0.5)
    crossings = () if data.anchor_num is None else (data.anchor_num,)
    draw_panel(inset, panel, colors, st, fontsize * 0.95, crossings)
    if data.anchor is not None:
        _draw_anchor(inset, data, x0, x1, fontsize * 0.9, note=False)
    zone_ticks(inset, data.zone, fontsize * 0.9, minticks=3)
    inset.set_yticks([])
    inset.set_facecolor("white")
    inset.grid(axis="x", color="#E6E6E6", linewidth=0.6)
    inset.set_axisbelow(True)
    for spine in inset.spines.values():
        spine.set_color("#8C8C8C")
        spine.set_linewidth(0.8)
    # On the main axes: a light box round what is enlarged, at least as wide as a marker.
    top, bottom = float(plan.rows.min()) - 0.42, float(plan.rows.max()) + 0.42
    least = 2.6 * MARKER_HALF * main.days_per_inch
    box_left, box_right = x0, x1
    if box_right - box_left < least:
        middle = (box_left + box_right) / 2
        box_left, box_right = middle - least / 2, middle + least / 2
    box = ax.indicate_inset(
        bounds=(box_left, top, box_right - box_left, bottom - top),
        edgecolor="#8C8C8C",
        alpha=1.0,
        linewidth=0.7,
    )
    box.set_gid("timeline-zoom")
    letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index % 26]
    # The letter goes beside the box, on a side none of the enlarged events has its label.
    label_sides = {int(side) for side in main.sides[plan.items]}
    if LEFT not in label_sides:
        where, offset, ha, va = (box_left, (top + bottom) / 2), (-3, 0), "right", "center"
    elif RIGHT not in label_sides:
        where, offset, ha, va = (box_right, (top + bottom) / 2), (3, 0), "left", "center"
    else:
        where, offset, ha, va = ((box_left + box_right) / 2, top), (0, 1), "center", "bottom"
    ax.annotate(
        letter,
        xy=where,
        xytext=offset,
        textcoords="offset points",
        ha=ha,
        va=va,
        fontsize=fontsize,
        fontweight="bold",
        color=INK,
        zorder=3.2,
    )
    inset.text(
        0.0,
        1.0,
        f"{letter}  ",
        transform=inset.transAxes,
        ha="right",
        va="top",
        fontsize=fontsize,
        fontweight="bold",
        color=INK,
        zorder=3.2,
    )
    return inset


def _inches_below(ax: Axes) -> Any:
    """x in axes fractions, y in inches from the bottom of the axes (negative: below them)."""
    from matplotlib.transforms import ScaledTranslation, blended_transform_factory

    figure = _root(ax)
    inches_from_axes = figure.dpi_scale_trans + ScaledTranslation(
        0,
        0,
        ax.transAxes,  # type: ignore[arg-type]  # any transform works at draw time
    )
    return blended_transform_factory(ax.transAxes, inches_from_axes)


def _draw_lanes(
    ax: Axes, names: list[str], spans: list[tuple[float, float]], fontsize: float
) -> None:
    if not names:
        ax.set_yticks([])
        return
    for k, (first, last) in enumerate(spans):
        if k % 2 == 0:
            ax.axhspan(
                first - 0.5 - 0.25, last + 0.5 + 0.25, color="#F3F3F3", zorder=0.5, linewidth=0
            )
    ax.set_yticks([(first + last) / 2 for first, last in spans], labels=names, fontsize=fontsize)
    ax.tick_params(axis="y", length=0, labelcolor=INK)


def _draw_anchor(
    ax: Axes, data: PlotData, x0: float, x1: float, fontsize: float, *, note: bool = True
) -> None:
    """The report's date: a dashed line with a triangle on top of the axes."""
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


def _tidy(ax: Axes) -> None:
    for name in ("top", "right", "left"):
        ax.spines[name].set_visible(False)
    ax.spines["bottom"].set_color("#8C8C8C")
    ax.grid(axis="x", color="#E6E6E6", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.tick_params(axis="x", colors=INK, length=3)


def _legend_entries(
    data: PlotData,
    panel: Panel,
    categories: list[tuple[str, Any]],
    claims: bool,
    relations: bool,
) -> tuple[list[tuple[Any, str]], list[tuple[Any, str]]]:
    """(handle, text) pairs: the colours, and how certainty is drawn."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    b = panel.bounds
    ev = panel.event
    bar = ~panel.short
    certain = bar & (b.ee[ev] > b.ls[ev])
    fades = certain & ((b.ls[ev] > b.es[ev]) | (b.le[ev] > b.ee[ev]))
    colours = [(Patch(facecolor=rgba, edgecolor=rgba), name) for name, rgba in categories]
    entries: list[tuple[Any, str]] = []
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
    if relations:
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


def _legend_shape(entries: list[tuple[Any, str]], fontsize: float, width: float) -> tuple[int, int]:
    """Columns and rows of a legend block that fits ``width`` inches."""
    import math

    if not entries:
        return 1, 0
    texts = [text for _, text in entries]
    column = float(measure(texts, fontsize).max()) + 0.5
    columns = max(1, min(len(entries), int(width // column)))
    return columns, math.ceil(len(entries) / columns)


def _legend_height(rows: int, fontsize: float) -> float:
    return rows * fontsize * 1.5 / 72 + (0.1 if rows else 0.0)


def _legend(
    ax: Axes, blocks: list[tuple[list[tuple[Any, str]], int, int]], fontsize: float
) -> None:
    """Legend blocks stacked above the axes: the colours on top, then how certainty is drawn."""
    from matplotlib.patches import Patch
    from matplotlib.transforms import ScaledTranslation

    figure = _root(ax)
    fade = fade_handler()
    raise_by = 0.0
    for entries, columns, rows in reversed(blocks):
        if not entries:
            continue
        handles = [handle for handle, _ in entries]
        labels = [text for _, text in entries]
        handler_map = {h: fade for h in handles if isinstance(h, Patch) and h.get_gid() == FADE}
        anchor = ax.transAxes + ScaledTranslation(0, raise_by, figure.dpi_scale_trans)
        legend = ax.legend(
            handles,
            labels,
            loc="lower left",
            bbox_to_anchor=(0.0, 1.0),
            bbox_transform=anchor,
            ncols=columns,
            fontsize=fontsize,
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
        raise_by += _legend_height(rows, fontsize)
