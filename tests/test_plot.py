"""timeline.plot: the picture says what is certain and what is not, in the right places."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from matplotlib.collections import LineCollection, PathCollection, PolyCollection  # noqa: E402
from matplotlib.testing.decorators import check_figures_equal  # noqa: E402

import timeline  # noqa: E402
from timeline import TimelineError  # noqa: E402

ZONE = "Asia/Pyongyang"
BOUNDS = ("earliest_start", "latest_start", "earliest_end", "latest_end")

Row = tuple[Any, ...]


def frame(rows: Sequence[Row], tz: str = ZONE, **columns: Sequence[Any]) -> pd.DataFrame:
    """A schedule frame as ``Schedule.to_frame()`` gives it.

    Each row is ``(label, earliest_start, latest_start, earliest_end, latest_end)`` with local
    ISO times (``None`` for an open bound), optionally followed by kind, place, min and max
    duration. Extra columns by keyword.
    """

    def moment(value: Any) -> Any:
        return pd.NaT if value is None else pd.Timestamp(value, tz=tz)

    def length(row: Row, k: int) -> Any:
        return pd.Timedelta(row[k]) if len(row) > k and row[k] else pd.NaT

    records = [
        {
            "label": row[0],
            **{name: moment(value) for name, value in zip(BOUNDS, row[1:5], strict=True)},
            "min_duration": length(row, 7),
            "max_duration": length(row, 8),
            "kind": row[5] if len(row) > 5 else None,
            "place": row[6] if len(row) > 6 else None,
            "actors": (),
            "claims": (),
        }
        for row in rows
    ]
    result = pd.DataFrame(
        records,
        columns=[
            "label",
            *BOUNDS,
            "min_duration",
            "max_duration",
            "kind",
            "place",
            "actors",
            "claims",
        ],
    )
    for name in BOUNDS:
        result[name] = pd.to_datetime(result[name], utc=True).dt.tz_convert(tz)
    for name, values in columns.items():
        result[name] = list(values)
    return result


def crossing_month() -> pd.DataFrame:
    """A month of events around a two-hour crossing and a crossing somewhere in a night."""
    return frame(
        [
            ("refusal", "2017-09-03", "2017-09-08", "2017-09-08", "2017-09-12", "customs"),
            ("storage", "2017-09-08", "2017-09-13", "2017-09-18", "2017-09-23", "storage"),
            ("loading", "2017-09-18", "2017-09-27", "2017-09-18", "2017-09-28", "transport"),
            (
                "first crossing",
                "2017-09-28 01:00",
                "2017-09-28 01:00",
                "2017-09-28 03:00",
                "2017-09-28 03:00",
                "crossing",
            ),
            (
                "second crossing",
                "2017-10-02 00:00",
                "2017-10-02 03:00",
                "2017-10-02 02:00",
                "2017-10-02 05:00",
                "crossing",
                None,
                "2h",
                "2h",
            ),
        ]
    )


def synthetic(n: int, *, seed: int = 0, days: float = 120.0) -> pd.DataFrame:
    """``n`` events over ``days`` days: crisp, fuzzy-ended, short and window-only ones."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2024-01-01", tz="Europe/Kyiv")
    rows: list[Row] = []
    kinds = ["meeting", "shipment", "payment", "inspection"]
    for i in range(n):
        es = start + pd.Timedelta(days=float(rng.uniform(0, days)))
        length = pd.Timedelta(days=float(rng.gamma(1.5, 2.0)))
        if i % 7 == 0:
            length = pd.Timedelta(hours=float(rng.uniform(0.5, 4)))
        slack = pd.Timedelta(days=float(rng.uniform(0, 3))) if i % 3 else pd.Timedelta(0)
        ls, ee = es + slack, es + slack + length
        le = ee + slack
        rows.append((f"event {i}", es, ls, ee, le, kinds[i % len(kinds)], f"place {i % 3}"))
    return frame(
        [tuple(str(v) if isinstance(v, pd.Timestamp) else v for v in r) for r in rows],
        tz="Europe/Kyiv",
    )


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def num(value: str, tz: str = ZONE) -> float:
    return float(mdates.date2num(pd.Timestamp(value, tz=tz).to_pydatetime()))


def collections(ax: Any, gid: str) -> list[Any]:
    return [c for c in ax.collections if c.get_gid() == gid]


def boxes(ax: Any, gid: str) -> list[tuple[float, float, float]]:
    """(left, right, middle y) of every polygon drawn with ``gid``, in data coordinates."""
    result = []
    for collection in collections(ax, gid):
        for path in collection.get_paths():
            xs, ys = path.vertices[:, 0], path.vertices[:, 1]
            result.append((float(xs.min()), float(xs.max()), float((ys.min() + ys.max()) / 2)))
    return sorted(result)


def label_texts(ax: Any) -> list[str]:
    return [t.get_text() for t in ax.texts if t.get_gid() == "timeline-label"]


def legend_texts(ax: Any) -> list[str]:
    texts: list[str] = []
    for artist in ax.artists:
        if isinstance(artist, matplotlib.legend.Legend):
            texts.extend(t.get_text() for t in artist.get_texts())
    return texts


def insets(ax: Any) -> list[Any]:
    return [child for child in ax.child_axes if child.get_gid() == "timeline-inset"]


# ----------------------------------------------------------------------------- what is drawn


def test_one_solid_bar_per_certain_part_between_latest_start_and_earliest_end() -> None:
    data = frame(
        [
            ("a", "2020-01-01", "2020-01-03", "2020-01-10", "2020-01-12"),
            ("b", "2020-01-05", "2020-01-05", "2020-01-20", "2020-01-20"),
        ]
    )
    ax = timeline.plot(data)
    bars = boxes(ax, "timeline-certain")
    assert len(bars) == 2
    assert bars[0][:2] == pytest.approx((num("2020-01-03"), num("2020-01-10")))
    assert bars[1][:2] == pytest.approx((num("2020-01-05"), num("2020-01-20")))
    # The possible extent is outlined exactly at the outer bounds.
    outlines = boxes(ax, "timeline-possible")
    assert outlines[0][:2] == pytest.approx((num("2020-01-01"), num("2020-01-12")))


def test_uncertain_ends_fade_from_the_certain_part_to_the_bounds() -> None:
    data = frame([("a", "2020-01-01", "2020-01-05", "2020-01-10", "2020-01-20")])
    ax = timeline.plot(data)
    (fade,) = collections(ax, "timeline-uncertain")
    pieces = boxes(ax, "timeline-uncertain")
    before = [p for p in pieces if p[1] <= num("2020-01-05") + 1e-9]
    after = [p for p in pieces if p[0] >= num("2020-01-10") - 1e-9]
    assert len(before) + len(after) == len(pieces) > 2
    assert before[0][0] == pytest.approx(num("2020-01-01"))
    assert before[-1][1] == pytest.approx(num("2020-01-05"))
    assert after[0][0] == pytest.approx(num("2020-01-10"))
    assert after[-1][1] == pytest.approx(num("2020-01-20"))
    # Lighter (closer to white) the further from the certain part.
    faces = fade.get_facecolors()
    lightness = faces[:, :3].sum(axis=1)
    order = np.argsort([p.vertices[:, 0].min() for p in fade.get_paths()])
    start_side = lightness[order][: len(before)]
    end_side = lightness[order][len(before) :]
    assert np.all(np.diff(start_side) < 0)
    assert np.all(np.diff(end_side) > 0)


def test_an_event_without_a_certain_part_is_a_hatched_window_with_its_duration() -> None:
    data = crossing_month()
    ax = timeline.plot(data, insets=False)
    windows = boxes(ax, "timeline-window")
    assert any(w[:2] == pytest.approx((num("2017-09-18"), num("2017-09-28"))) for w in windows)
    assert all(c.get_hatch() for c in collections(ax, "timeline-window"))
    assert "second crossing (2 h)" in label_texts(ax)


def test_short_events_are_markers_with_whiskers_to_their_bounds() -> None:
    ax = timeline.plot(crossing_month(), insets=False)
    (markers,) = collections(ax, "timeline-short")
    xs = sorted(markers.get_offsets()[:, 0])
    assert xs[0] == pytest.approx(num("2017-09-28 02:00"))
    whiskers = [c for c in collections(ax, "timeline-whiskers") if isinstance(c, LineCollection)]
    ends = sorted((seg[0][0], seg[1][0]) for seg in whiskers[0].get_segments())
    assert ends[0] == pytest.approx((num("2017-09-28 01:00"), num("2017-09-28 03:00")))
    assert ends[1] == pytest.approx((num("2017-10-02 00:00"), num("2017-10-02 05:00")))
    # Neither became a bar.
    assert len(boxes(ax, "timeline-certain")) == 1  # the storage


def test_an_instant_is_drawn_as_a_marker() -> None:
    data = frame(
        [
            (
                "signing",
                "2020-03-01 12:00",
                "2020-03-01 12:00",
                "2020-03-01 12:00",
                "2020-03-01 12:00",
            ),
            ("talks", "2020-02-01", "2020-02-01", "2020-03-20", "2020-03-20"),
        ]
    )
    ax = timeline.plot(data, insets=False)
    (markers,) = collections(ax, "timeline-short")
    assert markers.get_offsets()[0][0] == pytest.approx(num("2020-03-01 12:00"))


def test_open_bounds_run_off_the_axis_to_arrow_heads() -> None:
    data = frame(
        [
            ("before", None, "2020-01-10", None, "2020-01-15"),
            ("after", "2020-01-12", "2020-01-14", "2020-01-20", None),
            ("known", "2020-01-05", "2020-01-05", "2020-01-25", "2020-01-25"),
        ]
    )
    ax = timeline.plot(data)
    left, right = ax.get_xlim()
    heads = [c for c in collections(ax, "timeline-open") if isinstance(c, PathCollection)]
    xs = sorted(float(x) for c in heads for x in c.get_offsets()[:, 0])
    assert xs == pytest.approx([left, right])
    tails = [c for c in collections(ax, "timeline-open") if isinstance(c, LineCollection)]
    reach = [seg[:, 0] for c in tails for seg in c.get_segments()]
    assert min(r.min() for r in reach) < left and max(r.max() for r in reach) > right
    assert "bound open" in legend_texts(ax)


def test_all_bounds_open_and_no_anchor_is_an_error_that_says_what_to_give() -> None:
    data = frame([("unknown", None, None, None, None)])
    with pytest.raises(TimelineError, match="anchor"):
        timeline.plot(data)
    ax = timeline.plot(data, anchor="2020-01-01")
    assert label_texts(ax) == ["unknown"]


def test_every_label_is_drawn_beside_its_bar_in_one_row_per_event() -> None:
    data = crossing_month()
    ax = timeline.plot(data, insets=False)
    assert sorted(label_texts(ax)) == sorted(
        ["refusal", "storage", "loading", "first crossing", "second crossing (2 h)"]
    )
    assert ax.get_ylim() == (4.5, -0.5)  # five rows, the first on top


def test_rows_run_in_order_of_earliest_start() -> None:
    data = crossing_month().iloc[::-1]
    ax = timeline.plot(data, insets=False)
    rows = {t.get_text(): t.get_position()[1] for t in ax.texts if t.get_gid() == "timeline-label"}
    assert rows["refusal"] < rows["storage"] < rows["loading"] < rows["first crossing"]
    by_input = timeline.plot(data, insets=False, sort="input")
    rows = {
        t.get_text(): t.get_position()[1] for t in by_input.texts if t.get_gid() == "timeline-label"
    }
    assert rows["refusal"] > rows["storage"]


def test_legend_says_how_certainty_is_drawn_and_names_the_kinds() -> None:
    ax = timeline.plot(crossing_month(), anchor="2017-10-11")
    texts = legend_texts(ax)
    for expected in (
        "certain",
        "uncertain start / end",
        "possible window, no certain part",
        "short event, whiskers to its bounds",
        "report date 2017-10-11",
        "customs",
        "storage",
        "transport",
        "crossing",
    ):
        assert expected in texts


def test_colours_follow_the_kind_from_a_colour_blind_safe_palette() -> None:
    ax = timeline.plot(crossing_month(), insets=False)
    (bars,) = collections(ax, "timeline-certain")
    storage = matplotlib.colors.to_hex(bars.get_facecolors()[0])
    assert storage in {"#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7"}
    (markers,) = collections(ax, "timeline-short")
    crossing = {matplotlib.colors.to_hex(c) for c in markers.get_facecolors()}
    assert len(crossing) == 1 and crossing != {storage}


def test_a_single_colour_or_a_bad_colour_column() -> None:
    ax = timeline.plot(crossing_month(), color="black", insets=False)
    (bars,) = collections(ax, "timeline-certain")
    assert matplotlib.colors.to_hex(bars.get_facecolors()[0]) == "#000000"
    with pytest.raises(TimelineError, match="column"):
        timeline.plot(crossing_month(), color="nonsense-column")


def test_lanes_by_place_one_band_per_place_and_actors_in_every_lane() -> None:
    data = frame(
        [
            ("a", "2020-01-01", "2020-01-01", "2020-01-03", "2020-01-03", "k", "Hoeryong"),
            ("b", "2020-01-02", "2020-01-02", "2020-01-05", "2020-01-05", "k", "Hoeryong"),
            ("c", "2020-01-04", "2020-01-04", "2020-01-09", "2020-01-09", "k", "Sanhe"),
        ],
        actors=[("firm",), ("firm", "drivers"), ()],
    )
    ax = timeline.plot(data, lanes="place")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Hoeryong", "Sanhe"]
    rows = {y for _, _, y in boxes(ax, "timeline-certain")}
    assert len(rows) == 3  # a and b overlap in Hoeryong: two rows there
    by_actor = timeline.plot(data, lanes="actors")
    assert [t.get_text() for t in by_actor.get_yticklabels()] == ["firm", "drivers", "(none)"]
    assert len(boxes(by_actor, "timeline-certain")) == 4  # b is in both actors' lanes
    singular = timeline.plot(data, lanes="actor")
    assert [t.get_text() for t in singular.get_yticklabels()] == ["firm", "drivers", "(none)"]
    with pytest.raises(TimelineError, match="lanes='nowhere'"):
        timeline.plot(data, lanes="nowhere")


def test_the_anchor_is_a_dashed_line_at_the_report_date() -> None:
    data = crossing_month()
    ax = timeline.plot(data, anchor="2017-10-11", insets=False)
    lines = [line for line in ax.lines if line.get_gid() == "timeline-anchor"]
    xs = [float(x) for line in lines for x in line.get_xdata()]
    assert xs and xs == pytest.approx([num("2017-10-11")] * len(xs))
    data.attrs["anchor"] = "2017-10-11"
    from_attrs = timeline.plot(data, insets=False)
    assert any(line.get_gid() == "timeline-anchor" for line in from_attrs.lines)


def test_the_axis_names_the_zone_and_shows_local_times() -> None:
    ax = timeline.plot(crossing_month())
    assert ax.get_xlabel() == "Time, Asia/Pyongyang (UTC+08:30)"
    (first, _) = sorted(insets(ax), key=lambda a: a.get_xlim()[0])
    plt.gcf().canvas.draw()
    ticks = [t.get_text() for t in first.get_xticklabels()]
    assert "02:00" in ticks  # local clock, not UTC (17:30 the day before)


def test_a_two_hour_crossing_in_a_month_gets_a_zoom_inset() -> None:
    ax = timeline.plot(crossing_month())
    found = sorted(insets(ax), key=lambda a: a.get_xlim()[0])
    assert len(found) == 2
    lo, hi = found[0].get_xlim()
    assert lo < num("2017-09-28 01:00") and hi > num("2017-09-28 03:00")
    assert hi - lo < 1  # hours, not days
    inside = [t.get_text() for t in found[0].texts if t.get_gid() == "timeline-label"]
    assert inside == ["first crossing"]
    assert len(boxes(found[0], "timeline-certain")) == 1  # a bar again, at this scale
    zooms = [a for a in ax.artists if a.get_gid() == "timeline-zoom"]
    assert len(zooms) == 2
    assert insets(timeline.plot(crossing_month(), insets=False)) == []


def test_no_inset_when_nothing_is_short_and_explicit_windows_on_request() -> None:
    data = frame([("a", "2020-01-01", "2020-01-03", "2020-01-10", "2020-01-12")])
    assert insets(timeline.plot(data)) == []
    ax = timeline.plot(data, insets=[("2020-01-02", "2020-01-04")])
    (only,) = insets(ax)
    assert only.get_xlim() == pytest.approx((num("2020-01-02"), num("2020-01-04")))


def test_inset_windows_must_end_after_they_start() -> None:
    data = frame([("a", "2020-01-01", "2020-01-03", "2020-01-10", "2020-01-12")])
    with pytest.raises(TimelineError, match="must end after it starts"):
        timeline.plot(data, insets=[("2020-01-04", "2020-01-02")])
    assert insets(timeline.plot(crossing_month(), insets=[])) == []


def test_each_inset_and_the_window_it_enlarges_share_a_letter() -> None:
    ax = timeline.plot(crossing_month())
    letters = sorted(t.get_text() for t in ax.texts if t.get_text() in ("A", "B"))
    assert letters == ["A", "B"]
    found = sorted(insets(ax), key=lambda a: a.get_xlim()[0])
    assert [[t.get_text().strip() for t in a.texts if t.get_gid() is None] for a in found] == [
        ["A"],
        ["B"],
    ]


def test_labels_left_out_are_counted_under_the_axis() -> None:
    ax = timeline.plot(synthetic(40), lanes="packed", max_rows=3, insets=False)
    shown = len(label_texts(ax))
    assert 0 < shown < 40
    (note,) = [t.get_text() for t in ax.texts if t.get_gid() == "timeline-label-note"]
    assert note == f"labels shown for {shown} of 40 bars"
    full = timeline.plot(crossing_month(), insets=False)
    assert not [t for t in full.texts if t.get_gid() == "timeline-label-note"]


def test_the_figure_grows_with_the_rows_and_given_axes_are_used_as_they_are() -> None:
    small = timeline.plot(synthetic(5), insets=False).get_figure()
    large = timeline.plot(synthetic(40), insets=False).get_figure()
    assert small is not None and large is not None
    assert large.get_figheight() > small.get_figheight() + 5
    fig, ax = plt.subplots(figsize=(6, 3))
    count = len(plt.get_fignums())
    assert timeline.plot(synthetic(5), ax=ax) is ax
    assert len(plt.get_fignums()) == count
    assert tuple(fig.get_size_inches()) == (6, 3)


def test_many_events_are_packed_and_no_label_overlaps_another() -> None:
    data = synthetic(200, seed=3)
    ax = timeline.plot(data, insets=False)
    n_rows = ax.get_ylim()[0] + 0.5
    assert n_rows < 100
    figure = ax.get_figure()
    assert figure is not None
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    labels = [t for t in ax.texts if t.get_gid() == "timeline-label"]
    assert labels
    extents = [t.get_window_extent(renderer) for t in labels]
    for i, a in enumerate(extents):
        for b in extents[i + 1 :]:
            assert not a.overlaps(b) or a.intersection(a, b).height < 1  # type: ignore[union-attr]


def test_claim_markers_give_count_and_worst_grade() -> None:
    class Claim:
        def __init__(self, reliability: str, credibility: int) -> None:
            self.reliability, self.credibility = reliability, credibility

    data = frame([("a", "2020-01-01", "2020-01-01", "2020-01-03", "2020-01-03")])
    data["claims"] = [(Claim("B", 2), Claim("C", 3))]
    ax = timeline.plot(data, claims=True)
    assert label_texts(ax) == ["a  [2 · C3]"]
    assert "[n · C3]: n claims, worst grade C3" in legend_texts(ax)
    assert label_texts(timeline.plot(data)) == ["a"]


def test_relation_arrows_between_labelled_events() -> None:
    data = crossing_month()
    ax = timeline.plot(data, relations=[("storage", "loading"), ("loading", "first crossing")])
    arrows = [p for p in ax.patches if p.get_gid() == "timeline-relation"]
    assert len(arrows) == 2
    assert "certainly before" in legend_texts(ax)
    with pytest.raises(TimelineError, match="no event labelled 'nothing'"):
        timeline.plot(data, relations=[("storage", "nothing")])
    with pytest.raises(TimelineError, match="relations=True"):
        timeline.plot(data, relations=True)


def test_title_and_style_options() -> None:
    ax = timeline.plot(crossing_month(), title="Crossings", fontsize=10, width=8)
    assert ax.get_title(loc="left") == "Crossings"
    figure = ax.get_figure()
    assert figure is not None and figure.get_figwidth() == 8
    with pytest.raises(TypeError, match="unknown style option"):
        timeline.plot(crossing_month(), colour="red")


def test_inputs_that_are_not_a_schedule_are_refused_with_a_hint() -> None:
    with pytest.raises(TimelineError, match="Schedule.to_frame"):
        timeline.plot([1, 2, 3])
    with pytest.raises(TimelineError, match="latest_end"):
        timeline.plot(pd.DataFrame({"label": ["a"], "earliest_start": [pd.NaT]}))
    with pytest.raises(TimelineError, match="no events"):
        timeline.plot(frame([]))


@check_figures_equal(extensions=["png"])
def test_row_order_of_the_input_does_not_change_the_picture(fig_test: Any, fig_ref: Any) -> None:
    data = crossing_month()
    timeline.plot(data, ax=fig_ref.add_subplot(), anchor="2017-10-11", insets=False)
    shuffled = data.sample(frac=1.0, random_state=4)
    timeline.plot(shuffled, ax=fig_test.add_subplot(), anchor="2017-10-11", insets=False)


@check_figures_equal(extensions=["png"])
def test_a_frame_in_another_zone_draws_the_same_bars(fig_test: Any, fig_ref: Any) -> None:
    data = crossing_month()
    moved = data.copy()
    for name in BOUNDS:
        moved[name] = moved[name].dt.tz_convert("Asia/Shanghai")
    ax_ref = fig_ref.add_subplot()
    ax_test = fig_test.add_subplot()
    for ax, source in ((ax_ref, data), (ax_test, moved)):
        timeline.plot(source, ax=ax, insets=False, legend=False)
        # The clock differs by half an hour; the bars must not.
        ax.xaxis.set_major_formatter(matplotlib.ticker.NullFormatter())
        ax.set_xticks([])
        ax.set_xlabel("")


# ----------------------------------------------------------------------------- properties

moments = st.integers(min_value=0, max_value=60 * 24 * 90)  # minutes into a quarter


@st.composite
def schedules(draw: Any) -> pd.DataFrame:
    count = draw(st.integers(min_value=1, max_value=12))
    rows: list[Row] = []
    base = pd.Timestamp("2021-01-01")
    for i in range(count):
        a, b, c, d = sorted(draw(st.lists(moments, min_size=4, max_size=4)))
        bounds: list[Any] = [str(base + pd.Timedelta(minutes=m)) for m in (a, b, c, d)]
        if draw(st.booleans()) and i:
            bounds[0] = None
        if draw(st.booleans()) and i:
            bounds[3] = None
        rows.append((f"e{i}", *bounds, draw(st.sampled_from(["x", "y", None])), "p"))
    return frame(rows)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    schedules(),
    st.sampled_from([None, "packed", "kind"]),
    st.sampled_from(["beside", "key"]),
    st.booleans(),
)
def test_any_schedule_draws_and_bars_stay_inside_their_bounds(
    data: pd.DataFrame, lanes: str | None, labels: Any, zoom: bool
) -> None:
    ax = timeline.plot(data, lanes=lanes, labels=labels, insets=zoom)
    figure = ax.get_figure()
    assert figure is not None
    figure.canvas.draw()
    left, right = ax.get_xlim()
    assert left < right
    possible = boxes(ax, "timeline-possible")
    for lo, hi, y in boxes(ax, "timeline-certain"):
        assert any(
            p_lo <= lo + 1e-9 and hi <= p_hi + 1e-9 and p_y == y for p_lo, p_hi, p_y in possible
        )
    # No two events share a row where they would overlap.
    spans = boxes(ax, "timeline-possible")
    for i, (lo, hi, y) in enumerate(spans):
        for lo2, hi2, y2 in spans[i + 1 :]:
            if y == y2 and lanes is not None:
                assert hi <= lo2 + 1e-9 or hi2 <= lo + 1e-9
    plt.close("all")


def test_collections_not_an_artist_per_bar() -> None:
    ax = timeline.plot(synthetic(300), insets=False, lanes="packed")
    assert len([c for c in ax.collections if isinstance(c, PolyCollection)]) <= 5


# ----------------------------------------------------------------------------- schedules


def small_timeline() -> Any:
    """Storage in a fuzzy mid-month, loading after it, a two-hour crossing, a return after."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(ZONE)

    def at(*args: int) -> datetime:
        return datetime(*args, tzinfo=zone)  # type: ignore[misc]

    tl = timeline.Timeline(anchor="2017-10-11", tz=ZONE)
    storage = tl.event(
        "storage",
        timeline.TimeSpan.from_core(
            core=(at(2017, 9, 11), at(2017, 9, 21)), support=(at(2017, 9, 8), at(2017, 9, 24))
        ),
        duration=timedelta(days=10),
        kind="storage",
        place="Hoeryong",
        claim=timeline.Claim("kept in storage", reliability="C", credibility=3),
    )
    loading = tl.event("loading", kind="transport", place="Hoeryong")
    crossing = tl.event(
        "crossing",
        timeline.TimeSpan.crisp(at(2017, 9, 28, 1), at(2017, 9, 28, 3)),
        duration=timedelta(hours=2),
        kind="crossing",
        place="Inge-ri",
    )
    back = tl.event("return", kind="transport", place="Longjing")
    tl.relate(storage, "before", loading)
    tl.relate(loading, "before", crossing)
    tl.relate(crossing, "before", back)
    tl.constrain(back, end=at(2017, 10, 10))
    return tl


def test_a_timeline_is_solved_and_drawn_with_its_anchor_and_certain_order() -> None:
    tl = small_timeline()
    schedule = tl.solve()
    ax = timeline.plot(tl)
    assert sorted(label_texts(ax)) == ["crossing", "loading", "return", "storage"]
    anchor = [line for line in ax.lines if line.get_gid() == "timeline-anchor"]
    assert anchor and anchor[0].get_xdata()[0] == pytest.approx(num("2017-10-11"))
    arrows = [p for p in ax.patches if p.get_gid() == "timeline-relation"]
    assert len(arrows) == len(schedule.order()) == 3
    # The two-hour crossing (crisp, from its TimeSpan) is zoomed into.
    (zoom,) = insets(ax)
    (bar,) = boxes(zoom, "timeline-certain")
    assert bar[:2] == pytest.approx((num("2017-09-28 01:00"), num("2017-09-28 03:00")))
    # The storage's certain part is what the ten days in the support force.
    storage = schedule["storage"]
    (certain,) = [b for b in boxes(ax, "timeline-certain") if b[0] < num("2017-09-27")]
    assert certain[:2] == pytest.approx(
        (mdates.date2num(storage.latest_start), mdates.date2num(storage.earliest_end))
    )
    assert len(timeline.plot(schedule, relations=False).patches) == 0


def test_a_long_certain_order_is_drawn_only_when_asked() -> None:
    from datetime import datetime, timedelta, timezone

    tl = timeline.Timeline(anchor="2020-03-15", tz="UTC")
    day = datetime(2020, 1, 1, tzinfo=timezone.utc)
    for i in range(62):
        span = timeline.TimeSpan.crisp(day + timedelta(days=i), day + timedelta(days=i + 1))
        tl.event(f"day {i}", span)
    schedule = tl.solve()
    assert len(schedule.order()) == 61  # more than 60 arrows: too many to draw by default
    ax = timeline.plot(schedule)
    assert not [p for p in ax.patches if p.get_gid() == "timeline-relation"]
    assert "certainly before" not in legend_texts(ax)
    asked = timeline.plot(schedule, relations=True)
    assert len([p for p in asked.patches if p.get_gid() == "timeline-relation"]) == 61


@check_figures_equal(extensions=["png"])
def test_a_schedule_draws_as_its_frame_does(fig_test: Any, fig_ref: Any) -> None:
    schedule = small_timeline().solve()
    data = schedule.to_frame()
    order = [(a.label, b.label) for a, b in schedule.order()]
    timeline.plot(schedule, ax=fig_test.add_subplot())
    timeline.plot(data, ax=fig_ref.add_subplot(), anchor="2017-10-11", relations=order)


def test_a_schedule_frame_keeps_the_report_date_for_the_picture() -> None:
    schedule = small_timeline().solve()
    data = schedule.to_frame()
    assert data.attrs["anchor"] == schedule.timeline.anchor
    some = data[data["label"] != data["label"].iloc[0]]  # filtered as analysts do: attrs stay
    ax = timeline.plot(some)
    assert any(line.get_gid() == "timeline-anchor" for line in ax.lines)
    plt.close(ax.figure)


def test_lanes_by_place_from_a_schedule() -> None:
    ax = timeline.plot(small_timeline().solve(), lanes="place", claims=True)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Hoeryong", "Inge-ri", "Longjing"]
    assert "storage  [1 · C3]" in label_texts(ax)


def test_bounds_out_of_order_are_refused_with_the_event_named() -> None:
    data = frame([("backwards", "2020-01-05", "2020-01-01", "2020-01-06", "2020-01-07")])
    with pytest.raises(TimelineError, match="'backwards'.*earliest_start after latest_start"):
        timeline.plot(data)


def test_labels_can_move_into_a_numbered_key_or_be_left_out() -> None:
    data = synthetic(90, seed=5)
    ax = timeline.plot(data, labels="key", insets=False)
    numbers = label_texts(ax)
    assert sorted(numbers, key=int) == [str(k) for k in range(1, 91)]
    key = "\n".join(t.get_text() for t in ax.texts if t.get_gid() == "timeline-key")
    lines = key.splitlines()
    assert len(lines) == 90
    assert {line.split("  ", 1)[1] for line in lines} == set(data["label"])
    assert lines[0].split("  ")[0].strip("\u2007") == "1"
    # Number 1 is the top row's first event.
    top = min(t.get_position()[1] for t in ax.texts if t.get_gid() == "timeline-label")
    firsts = [t for t in ax.texts if t.get_gid() == "timeline-label" and t.get_position()[1] == top]
    assert min(firsts, key=lambda t: t.get_position()[0]).get_text() == "1"
    assert label_texts(timeline.plot(data, labels="none", insets=False)) == []
    with pytest.raises(TimelineError, match="labels='table'"):
        timeline.plot(data, labels="table")  # type: ignore[arg-type]


@check_figures_equal(extensions=["png"])
def test_schedule_plot_is_timeline_plot(fig_test: Any, fig_ref: Any) -> None:
    schedule = small_timeline().solve()
    assert schedule.plot(ax=fig_test.add_subplot(), lanes="place") is fig_test.axes[0]
    timeline.plot(schedule, ax=fig_ref.add_subplot(), lanes="place")
