"""Drawing one panel (the main axes or a zoom inset) with a handful of collections.

Every kind of mark is one collection for all events (certain parts, fading ends, possible
windows, outlines, markers, whiskers), so two thousand events cost about as much as a bare
``broken_barh``. Only labels and relation arrows are one artist each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline._plot._layout import HIDDEN, INSIDE, LABEL_PAD, LEFT, MARKER_HALF, RIGHT, marker_x
from timeline._plot._style import INK, Style, edges, tints

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from timeline._plot._panel import Panel

__all__ = ["draw_panel", "draw_relations"]

#: Gids of the collections, so tests and users can find them: ``ax.findobj(match=...)``.
CERTAIN = "timeline-certain"
FADE = "timeline-uncertain"
WINDOW = "timeline-window"
OUTLINE = "timeline-possible"
MARKERS = "timeline-short"
WHISKERS = "timeline-whiskers"
OPEN = "timeline-open"
LABEL = "timeline-label"
RELATION = "timeline-relation"
OPEN_FADE = 0.45  # inches of fade before an open bound turns into a dotted tail


def _rects(lo: Any, hi: Any, y: Any, half: float) -> Any:
    import numpy as np

    n = len(lo)
    verts = np.empty((n, 4, 2))
    verts[:, 0, 0] = verts[:, 1, 0] = lo
    verts[:, 2, 0] = verts[:, 3, 0] = hi
    verts[:, 0, 1] = verts[:, 3, 1] = y + half
    verts[:, 1, 1] = verts[:, 2, 1] = y - half
    return verts


def draw_panel(
    ax: Axes,
    panel: Panel,
    colors: Any,
    style: Style,
    fontsize: float,
    crossings: tuple[float, ...] = (),
) -> None:
    """Draw the panel's events on ``ax``.

    ``crossings``: x of vertical lines (the report date) that labels may have to cross.
    """
    import numpy as np
    from matplotlib.collections import LineCollection, PolyCollection

    b = panel.bounds
    ev = panel.event
    y = panel.y
    half = style.bar_height / 2
    es, ls, ee, le = b.es[ev], b.ls[ev], b.ee[ev], b.le[ev]
    rgba = colors[ev]
    bar = ~panel.short
    certain = bar & (ee > ls)
    window = bar & ~certain
    # An open bound fades over a short stretch only, then a dotted tail runs to the edge.
    tail = OPEN_FADE * panel.days_per_inch
    open_start, open_end = b.open_start[ev], b.open_end[ev]
    tail_from = np.where(open_start, np.maximum(es, b.known_lo[ev] - tail), es)
    tail_to = np.where(open_end, np.minimum(le, b.known_hi[ev] + tail), le)
    _draw_tails(ax, y, es, tail_from, open_start, rgba)
    _draw_tails(ax, y, tail_to, le, open_end, rgba)
    es, le = tail_from, tail_to

    def add(verts: Any, gid: str, zorder: float, **kwargs: Any) -> None:
        if len(verts) == 0:
            return
        collection = PolyCollection(verts, zorder=zorder, **kwargs)
        collection.set_gid(gid)
        ax.add_collection(collection, autolim=False)

    # The possible extent, outlined: where the fades end, the event cannot reach.
    outline = edges(rgba[bar])
    add(
        _rects(es[bar], le[bar], y[bar], half),
        OUTLINE,
        2.0,
        facecolors="none",
        edgecolors=outline,
        linewidths=0.6,
    )

    # Uncertain ends: bands that pale towards the earliest start and the latest end.
    fade_verts, fade_faces = _fades(
        es, ls, ee, le, y, rgba, certain, half, 0.035 * panel.days_per_inch, style.fade_steps
    )
    if len(fade_verts):
        add(
            fade_verts,
            FADE,
            2.1,
            facecolors=fade_faces,
            edgecolors=fade_faces,
            linewidths=0.2,
        )

    # No certain part (it may have started late and ended early): a hatched possible window.
    if window.any():
        faces = tints(rgba[window], 0.82)
        hatch_edges = edges(rgba[window])
        add(
            _rects(es[window], le[window], y[window], half),
            WINDOW,
            2.1,
            facecolors=faces,
            edgecolors=hatch_edges,
            linewidths=0.0,
            hatch="///",
        )

    # The certain part, solid; a hairline edge keeps a very short one visible.
    add(
        _rects(ls[certain], ee[certain], y[certain], half),
        CERTAIN,
        2.2,
        facecolors=rgba[certain],
        edgecolors=rgba[certain],
        linewidths=0.6,
    )

    # Short events: a marker, whiskers out to the earliest start and the latest end.
    short = panel.short
    if short.any():
        xs = marker_x(es, ls, ee, le)[short]
        ys = y[short]
        segments = np.stack(
            [np.stack([es[short], ys], axis=1), np.stack([le[short], ys], axis=1)], axis=1
        )
        whiskers = LineCollection(list(segments), colors=rgba[short], linewidths=1.0, zorder=2.3)
        whiskers.set_gid(WHISKERS)
        ax.add_collection(whiskers, autolim=False)
        # Caps only where the whiskers reach out from under the marker.
        reach = (le[short] - es[short]) > 2.4 * MARKER_HALF * panel.days_per_inch
        caps = np.concatenate([es[short][reach], le[short][reach]])
        cap_y = np.concatenate([ys[reach], ys[reach]])
        cap_colors = np.concatenate([rgba[short][reach], rgba[short][reach]])
        cap_half = half * 0.55
        cap_ends = [np.stack([caps, cap_y - cap_half], 1), np.stack([caps, cap_y + cap_half], 1)]
        cap_lines = LineCollection(
            list(np.stack(cap_ends, 1)),
            colors=cap_colors,
            linewidths=1.0,
            zorder=2.3,
        )
        cap_lines.set_gid(WHISKERS)
        ax.add_collection(cap_lines, autolim=False)
        dots = ax.scatter(
            xs,
            ys,
            s=(fontsize * 0.85) ** 2,
            marker="D",
            c=rgba[short],
            edgecolors="white",
            linewidths=0.6,
            zorder=2.4,
        )
        dots.set_gid(MARKERS)

    # Open bounds: an arrow head at the panel's edge.
    for mask, x, marker in ((b.open_start[ev], panel.x0, "<"), (b.open_end[ev], panel.x1, ">")):
        if mask.any():
            heads = ax.scatter(
                np.full(int(mask.sum()), x),
                y[mask],
                marker=marker,
                s=(fontsize * 0.9) ** 2,
                c=rgba[mask],
                zorder=2.5,
                clip_on=False,
                linewidths=0,
            )
            heads.set_gid(OPEN)

    _draw_labels(ax, panel, fontsize, crossings)


def _fades(
    es: Any,
    ls: Any,
    ee: Any,
    le: Any,
    y: Any,
    rgba: Any,
    certain: Any,
    half: float,
    band: float,
    most: int,
) -> tuple[Any, Any]:
    """Polygons and colours of the fading bands of every uncertain end, all at once.

    Each end ``[lo, hi)`` is cut into bands about ``band`` wide (at most ``most``); a band's
    colour pales with its distance from the certain part.
    """
    import numpy as np

    verts = []
    faces = []
    index = np.flatnonzero(certain)
    for lo, hi, towards_lo in ((es[index], ls[index], True), (ee[index], le[index], False)):
        width = hi - lo
        keep = width > 0
        lo, width, which = lo[keep], width[keep], index[keep]
        if len(which) == 0:
            continue
        steps = np.clip(np.ceil(width / band), 1, most).astype(np.int64)
        owner = np.repeat(np.arange(len(which)), steps)
        k = np.arange(len(owner)) - np.repeat(np.cumsum(steps) - steps, steps)
        n = steps[owner]
        left = lo[owner] + width[owner] * k / n
        right = lo[owner] + width[owner] * (k + 1) / n
        distance = (k + 0.5) / n
        if towards_lo:  # the start side pales towards the earliest start, at ``lo``
            distance = 1 - distance
        color = rgba[which[owner]]
        face = np.ones((len(owner), 4))
        face[:, :3] = color[:, :3] + (1 - color[:, :3]) * (0.3 + 0.6 * distance)[:, None]
        verts.append(_rects(left, right, y[which[owner]], half))
        faces.append(face)
    if not verts:
        return np.empty((0, 4, 2)), np.empty((0, 4))
    return np.concatenate(verts), np.concatenate(faces)


def _draw_tails(ax: Axes, y: Any, lo: Any, hi: Any, mask: Any, rgba: Any) -> None:
    import numpy as np
    from matplotlib.collections import LineCollection

    if not mask.any():
        return
    segments = np.stack(
        [np.stack([lo[mask], y[mask]], axis=1), np.stack([hi[mask], y[mask]], axis=1)], axis=1
    )
    lines = LineCollection(
        list(segments),
        colors=tints(rgba[mask], 0.25),
        linewidths=1.1,
        linestyles=(0, (1.5, 2.0)),
        zorder=2.0,
    )
    lines.set_gid(OPEN)
    ax.add_collection(lines, autolim=False)


def _draw_labels(ax: Axes, panel: Panel, fontsize: float, crossings: tuple[float, ...]) -> None:
    """Labels beside their bars; one that must sit on its bar is white on a solid part.

    A label gets a white halo only where something runs under it (a vertical line such as the
    report date, or a bar it must sit on): halos are drawn as paths, and cost.
    """
    import numpy as np
    from matplotlib import patheffects

    pad = LABEL_PAD * panel.days_per_inch
    lo_i, hi_i = panel.lo, panel.hi
    halo = [patheffects.withStroke(linewidth=2.2, foreground="white")]
    b = panel.bounds
    widths = panel.widths
    lines = np.asarray(crossings, dtype=float)
    for i, side in enumerate(panel.sides):
        if side == HIDDEN or not panel.texts[i]:
            continue
        color = INK
        width = float(widths[i])
        if side == RIGHT:
            x, ha, start = hi_i[i] + pad, "left", hi_i[i] + pad
        elif side == LEFT:
            x, ha, start = lo_i[i] - pad, "right", lo_i[i] - pad - width
        else:
            assert side == INSIDE
            e = panel.event[i]
            solid_lo, solid_hi = max(b.ls[e], panel.x0), min(b.ee[e], panel.x1)
            if not panel.short[i] and solid_hi - solid_lo >= width + 2 * pad:
                x, ha, color = solid_lo + pad, "left", "white"
            else:
                x, ha = max(lo_i[i], panel.x0) + pad, "left"
            start = x
        crossed = bool(((lines >= start) & (lines <= start + width)).any())
        extra: dict[str, Any] = {}
        if color != "white" and (side == INSIDE or crossed):
            extra["path_effects"] = halo
        text = ax.text(
            x,
            panel.y[i],
            panel.texts[i],
            ha=ha,
            va="center",
            fontsize=fontsize,
            color=color,
            zorder=3.0,
            clip_on=False,  # placed inside the panel already; clipping costs a transform each
            **extra,
        )
        text.set_gid(LABEL)


def draw_relations(
    ax: Axes, panel: Panel, pairs: Any, fontsize: float, bar_height: float
) -> None:
    """Arrows from each earlier event's end to the later one's start, one per pair."""
    import numpy as np
    from matplotlib.patches import FancyArrowPatch

    b = panel.bounds
    first_item: dict[int, int] = {}
    for item, event in enumerate(panel.event):
        first_item.setdefault(int(event), item)
    mid = marker_x(b.es, b.ls, b.ee, b.le)
    half = bar_height / 2
    for a, c in pairs:
        if a not in first_item or c not in first_item:
            continue
        ia, ic = first_item[a], first_item[c]
        # From the earlier one's latest end to the start of the later one's solid part, or
        # into its window no earlier than that end: a's latest end <= b's latest start, so
        # the arrow never runs backwards.
        xa = mid[a] if panel.short[ia] else b.le[a]
        solid = b.ee[c] > b.ls[c] and not b.open_latest_start[c]
        xc = mid[c] if panel.short[ic] else (b.ls[c] if solid else max(b.es[c], xa))
        xa = float(np.clip(xa, panel.x0, panel.x1))
        xc = float(np.clip(xc, panel.x0, panel.x1))
        ya, yc = float(panel.y[ia]), float(panel.y[ic])
        if ya == yc:
            continue
        down = 1.0 if yc > ya else -1.0  # rows grow downwards
        arrow = FancyArrowPatch(
            (xa, ya + down * half),
            (xc, yc - down * half),
            arrowstyle="-|>",
            mutation_scale=fontsize * 0.9,
            connectionstyle=f"arc3,rad={-0.2 * down}",
            color="#555555",
            linewidth=0.7,
            shrinkA=1,
            shrinkB=1,
            zorder=2.8,
        )
        arrow.set_gid(RELATION)
        ax.add_patch(arrow)
