"""pandas in and out: the schedule frame others build on, and timelines through frames."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Claim, Timeline, TimelineError, TimeSpan

UTC = timezone.utc
BASE = datetime(2017, 9, 1, tzinfo=UTC)
HOUR = timedelta(hours=1)


def at(hours: float) -> datetime:
    return BASE + timedelta(hours=hours)


def small() -> Timeline:
    tl = Timeline(tz="Asia/Shanghai")
    said = Claim("stored, then loaded", "source", reliability="B", credibility=2)
    tl.event(
        "storage",
        TimeSpan.crisp(at(0), at(240)),
        duration=timedelta(days=4),
        claim=said,
        kind="storage",
        place="Hoeryong",
        actors=("firm",),
        trucks=5,
    )
    tl.event("loading", kind="loading")
    tl.event("free")
    tl.relate("storage", "before", "loading", claim=said)
    return tl


def test_schedule_frame_has_the_agreed_columns_and_types() -> None:
    frame = small().solve().to_frame()
    assert list(frame.columns[:10]) == [
        "label",
        "earliest_start",
        "latest_start",
        "earliest_end",
        "latest_end",
        "min_duration",
        "max_duration",
        "kind",
        "place",
        "actors",
    ]
    assert frame.columns[-1] == "claims"
    assert "trucks" in frame.columns
    for column in ("earliest_start", "latest_start", "earliest_end", "latest_end"):
        assert str(frame[column].dt.tz) == "Asia/Shanghai"
    row = frame.set_index("label").loc["storage"]
    assert row["earliest_start"] == pd.Timestamp(at(0))
    assert row["min_duration"] == pd.Timedelta(days=4)
    assert row["actors"] == ("firm",)
    assert row["claims"][0].grade == "B2"
    free = frame.set_index("label").loc["free"]
    assert pd.isna(free["earliest_start"]) and pd.isna(free["latest_end"])
    assert pd.isna(free["max_duration"])
    loading = frame.set_index("label").loc["loading"]
    assert loading["earliest_start"] == pd.Timestamp(at(96))
    assert pd.isna(loading["latest_end"])


def test_schedule_frame_keeps_times_outside_pandas_nanosecond_range() -> None:
    # nanosecond Timestamps only reach from 1677 to 2262; a historian's events lie outside it
    tl = Timeline(anchor="1700-01-01")
    tl.event("siege", when="October 1648")
    tl.event("reign", start="1066", end="1400")
    frame = tl.solve().to_frame().set_index("label")
    assert frame.loc["siege", "earliest_start"] == pd.Timestamp("1648-10-01", tz="UTC")
    assert frame.loc["siege", "latest_end"] == pd.Timestamp("1648-11-01", tz="UTC")
    assert frame.loc["reign", "earliest_start"].year == 1066
    assert frame.loc["reign", "max_duration"] == pd.Timestamp("1401-01-01") - pd.Timestamp(
        "1066-01-01"
    )
    recent = small().solve().to_frame()  # in range: pandas' usual nanoseconds
    assert recent["earliest_start"].dtype.unit == "ns"


def test_timeline_survives_a_round_trip_through_its_frame() -> None:
    tl = small()
    back = Timeline.from_frame(tl.to_frame(), tz="Asia/Shanghai")
    first, second = tl.solve(), back.solve()
    assert [event.label for event in first] == [event.label for event in second]
    for event in first:
        assert first[event] == second[event]
    assert back["storage"].attributes["trucks"] == 5
    assert back["storage"].claims == tl["storage"].claims


def test_constraints_added_as_records_survive_the_frame() -> None:
    import io

    from timeline.io import read_timeline_csv, to_csv

    read = read_timeline_csv(io.StringIO(to_csv(small())))  # made with add_constraint
    back = Timeline.from_frame(read.to_frame(), tz="Asia/Shanghai")
    assert back.constraints() == read.constraints() != ()
    assert [back.solve()[e.label] for e in read] == [read.solve()[e] for e in read]


def test_from_frame_reads_simple_columns() -> None:
    frame = pd.DataFrame(
        {
            "label": ["refusal", "storage", "crossing"],
            "when": [None, TimeSpan.crisp(at(0), at(240)), None],
            "start": [None, None, at(600)],
            "duration": [None, timedelta(days=2), (HOUR, 2 * HOUR)],
            "before": ["storage", "", None],
            "after": [None, None, "storage; refusal"],
            "claim": ["customs said no", None, Claim("road closed", "resident")],
            "trucks": [None, None, 5],
        }
    )
    tl = Timeline.from_frame(frame)
    schedule = tl.solve()
    assert schedule["refusal"].latest_end == at(240 - 48)
    assert schedule["crossing"].latest_end == at(602)
    assert tl["crossing"].attributes["trucks"] == 5
    assert tl["refusal"].claims == (Claim("customs said no"),)


@pytest.mark.parametrize(
    ("column", "value", "needle"),
    [
        ("duration", "soon-ish", "duration"),
        ("before", "nobody", "before"),
        ("when", 42, "when"),
        ("relations", [("sideways", "a")], "relations"),
    ],
)
def test_a_bad_row_names_its_row_and_column(column: str, value: object, needle: str) -> None:
    frame = pd.DataFrame({"label": ["a", "b"], column: [None, value]})
    with pytest.raises(TimelineError, match=rf"row 1, column '{needle}'"):
        Timeline.from_frame(frame, anchor="2017-10-11")


def test_a_bad_row_of_a_filtered_frame_names_its_index_too() -> None:
    frame = pd.DataFrame({"label": ["a", "b"], "duration": [None, "soon-ish"]}, index=[10, 20])
    with pytest.raises(TimelineError, match=r"row 1 \(index 20\), column 'duration'"):
        Timeline.from_frame(frame, anchor="2017-10-11")


def test_an_iso_duration_reads_as_in_a_csv_table() -> None:
    frame = pd.DataFrame({"label": ["a", "b"], "duration": ["P1D", "PT2H30M"]})
    schedule = Timeline.from_frame(frame, anchor="2017-10-11").solve()
    assert schedule["a"].min_duration == schedule["a"].max_duration == timedelta(days=1)
    assert schedule["b"].max_duration == timedelta(hours=2, minutes=30)


def test_from_frame_needs_labels() -> None:
    with pytest.raises(TimelineError, match="'label' column"):
        Timeline.from_frame(pd.DataFrame({"when": [None]}))
    with pytest.raises(TimelineError, match="row 0, column 'label'"):
        Timeline.from_frame(pd.DataFrame({"label": [None]}))


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 100), st.integers(0, 50), st.sampled_from(["before", "during"])),
        min_size=1,
        max_size=6,
    )
)
def test_round_trip_keeps_every_bound(rows: list[tuple[int, int, str]]) -> None:
    tl = Timeline()
    for i, (start, length, _) in enumerate(rows):
        tl.event(f"e{i}", TimeSpan.crisp(at(start), at(start + length + 60)))
    for i, (_, _, relation) in enumerate(rows[1:], 1):
        tl.relate(f"e{i - 1}", relation, f"e{i}")
    back = Timeline.from_frame(tl.to_frame())
    try:
        expected = tl.solve()
    except TimelineError:
        with pytest.raises(TimelineError):
            back.solve()
        return
    solved = back.solve()
    for event in expected:
        assert expected[event] == solved[event]
