"""Time of timeline.plot against bare ``broken_barh`` drawing the same bars, same run.

    python benchmarks/plot.py [--events N] [--repeat R] [--dpi D]

Both draw N synthetic events (a year of crisp, fuzzy-ended, short and window-only events in
five places) into a PNG in memory at D dpi, on a figure of the same size. The baseline packs the
events into rows first-fit and calls ``broken_barh`` once per row with each event's possible
extent, one colour per bar: no fades, markers, labels, legend or insets. The best of R runs
counts, measured as this process's CPU time with the two interleaved (the machine may be
shared). Prints both times and their ratio (goal: timeline.plot at most 3x the baseline).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout


def synthetic(n: int, seed: int = 0) -> Any:
    """A schedule frame of ``n`` events over a year."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    zone = "Europe/Kyiv"
    start = pd.Timestamp("2024-01-01", tz=zone)
    kinds = ["meeting", "shipment", "payment", "inspection", "transfer", "report"]
    records = []
    for i in range(n):
        es = start + pd.Timedelta(days=float(rng.uniform(0, 365)))
        length = pd.Timedelta(days=float(rng.gamma(1.5, 3.0)))
        shape = i % 6
        if shape == 0:
            length = pd.Timedelta(hours=float(rng.uniform(0.5, 6)))
        ls, ee, le = es, es + length, es + length
        if shape in (1, 2):
            slack = pd.Timedelta(days=float(rng.uniform(0.5, 4)))
            ls, ee, le = es + slack, es + slack + length, es + 2 * slack + length
        elif shape == 3:
            le = es + 3 * length
            ls, ee = le - length, es + length
        records.append(
            {
                "label": f"{kinds[i % 6]} {i}",
                "earliest_start": es,
                "latest_start": ls,
                "earliest_end": ee,
                "latest_end": le,
                "min_duration": length,
                "max_duration": length,
                "kind": kinds[int(rng.integers(len(kinds)))],
                "place": f"port {int(rng.integers(5))}",
                "actors": (),
                "claims": (),
            }
        )
    return pd.DataFrame(records)


def _ours(data: Any, dpi: int) -> tuple[float, float]:
    import matplotlib.pyplot as plt

    import timeline

    ax = timeline.plot(data, lanes="place")
    figure = ax.get_figure()
    assert figure is not None
    size = (float(figure.get_figwidth()), float(figure.get_figheight()))
    figure.savefig(io.BytesIO(), format="png", dpi=dpi)
    plt.close(figure)
    return size


def _baseline(data: Any, dpi: int, size: tuple[float, float]) -> None:
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    starts = mdates.date2num(data["earliest_start"].dt.tz_convert("UTC").dt.tz_localize(None))
    ends = mdates.date2num(data["latest_end"].dt.tz_convert("UTC").dt.tz_localize(None))
    palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9"]
    kinds = {kind: palette[i % 6] for i, kind in enumerate(sorted(set(data["kind"])))}
    rows: list[list[int]] = []
    row_ends: list[float] = []
    for i in sorted(range(len(starts)), key=lambda k: starts[k]):
        for r, end in enumerate(row_ends):
            if end <= starts[i]:
                rows[r].append(i)
                row_ends[r] = ends[i]
                break
        else:
            rows.append([i])
            row_ends.append(ends[i])
    figure, ax = plt.subplots(figsize=size)
    for r, members in enumerate(rows):
        ax.broken_barh(
            [(starts[i], ends[i] - starts[i]) for i in members],
            (r - 0.3, 0.6),
            facecolors=[kinds[data["kind"].iloc[i]] for i in members],
        )
    ax.xaxis_date()
    ax.set_ylim(len(rows), -1)
    figure.savefig(io.BytesIO(), format="png", dpi=dpi)
    plt.close(figure)


def _cpu(action: Callable[[], object]) -> float:
    began = time.process_time()  # CPU time of this process: fair on a shared machine
    action()
    return time.process_time() - began


def main() -> None:
    import matplotlib

    matplotlib.use("Agg")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dpi", type=int, default=150)
    args = parser.parse_args()

    data = synthetic(args.events)
    size = _ours(data, args.dpi)  # warm up: imports, fonts; and the figure size to match
    _baseline(data, args.dpi, size)
    ours = bare = float("inf")
    for _ in range(args.repeat):  # interleaved, best of each
        ours = min(ours, _cpu(lambda: _ours(data, args.dpi)))
        bare = min(bare, _cpu(lambda: _baseline(data, args.dpi, size)))
    print(f"{args.events} events, figure {size[0]:.1f} x {size[1]:.1f} in at {args.dpi} dpi")
    print(f"timeline.plot + savefig: {ours:.3f} s")
    print(f"broken_barh + savefig:   {bare:.3f} s")
    print(f"ratio: {ours / bare:.2f}x (goal <= 3x)")


if __name__ == "__main__":
    main()
