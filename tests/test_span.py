"""TimeSpan: invariants, views, comparisons and text forms."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import (
    OPEN_END,
    OPEN_START,
    InvalidSpan,
    NotRepresentable,
    TimelineError,
    TimeSpan,
    Timex,
)

PY = ZoneInfo("Asia/Pyongyang")


def day(month: int, dom: int, tz: object = PY) -> datetime:
    return datetime(2017, month, dom, tzinfo=tz)  # type: ignore[arg-type]


def test_crisp_day_views() -> None:
    span = TimeSpan.crisp(day(9, 28), day(9, 29))
    assert span.is_crisp and span.is_bounded
    assert span.certain == span == span.possible
    assert span.duration_range == (timedelta(days=1), timedelta(days=1))
    assert span.timex == Timex("DATE", "2017-09-28")
    assert span.earliest_start.utcoffset() == timedelta(hours=8, minutes=30)


def test_durations_are_elapsed_time_across_an_offset_change() -> None:
    new_york = ZoneInfo("America/New_York")
    spring_forward = TimeSpan.crisp(day(3, 12, new_york), day(3, 13, new_york))
    assert spring_forward.duration_range == (timedelta(hours=23), timedelta(hours=23))
    assert spring_forward.timex == Timex("DATE", "2017-03-12")
    # bounds in two zones whose offsets differ: the least length is never above the greatest
    shanghai, pyongyang = ZoneInfo("Asia/Shanghai"), ZoneInfo("Asia/Pyongyang")
    odd = TimeSpan(
        datetime(1945, 1, 1, tzinfo=shanghai),
        datetime(1945, 1, 1, tzinfo=pyongyang),
        datetime(2000, 1, 1, 0, 0, 0, 1, tzinfo=pyongyang),
        datetime(2000, 1, 1, tzinfo=shanghai),
    )
    low, high = odd.duration_range
    assert high is not None and low <= high


def test_fuzzy_span_certain_and_possible() -> None:
    span = TimeSpan.from_core((day(9, 11), day(9, 21)), (day(9, 8), day(9, 24)))
    assert span.certain == TimeSpan.crisp(day(9, 11), day(9, 21))
    assert span.possible == TimeSpan.crisp(day(9, 8), day(9, 24))
    assert span.possibly_contains(day(9, 9)) and not span.certainly_contains(day(9, 9))
    assert span.certainly_contains(day(9, 15))


def test_empty_certain_part_is_none() -> None:
    span = TimeSpan(day(9, 1), day(9, 20), day(9, 11), day(9, 30))
    assert span.certain is None


@pytest.mark.parametrize(
    "bounds",
    [
        (day(9, 2), day(9, 1), day(9, 3), day(9, 4)),  # starts ordered wrongly
        (day(9, 1), day(9, 2), day(9, 4), day(9, 3)),  # ends ordered wrongly
        (day(9, 5), day(9, 5), day(9, 1), day(9, 6)),  # ends before it can start
    ],
)
def test_impossible_bounds_raise(bounds: tuple[datetime, ...]) -> None:
    with pytest.raises(InvalidSpan):
        TimeSpan(*bounds)


def test_naive_bounds_raise() -> None:
    with pytest.raises(InvalidSpan, match="no time zone"):
        TimeSpan.crisp(datetime(2017, 9, 28), datetime(2017, 9, 29))


def test_impossible_durations_raise() -> None:
    with pytest.raises(InvalidSpan, match="min_duration"):
        TimeSpan.crisp(day(9, 28), day(9, 29), min_duration=timedelta(days=2))
    with pytest.raises(InvalidSpan, match="exceeds"):
        TimeSpan.unknown(timedelta(days=2), timedelta(days=1))


def test_comparisons() -> None:
    sept = TimeSpan.crisp(day(9, 1), day(10, 1))
    sept28 = TimeSpan.crisp(day(9, 28), day(9, 29))
    oct2 = TimeSpan.crisp(day(10, 2), day(10, 3))
    assert sept28.is_within(sept) and sept28 in sept and oct2 not in sept
    assert sept28.certainly_before(oct2) and not oct2.possibly_before(sept28)
    assert sept.certainly_overlaps(sept28) and not sept.possibly_overlaps(oct2)


def test_equality_ignores_phrase_and_zone_display() -> None:
    a = TimeSpan.crisp(day(9, 28), day(9, 29), phrase="Sept. 28")
    b = a.astimezone("UTC")
    assert a == b and hash(a) == hash(b)
    assert b.earliest_start.tzinfo == timezone.utc


def test_timex_of_calendar_units() -> None:
    utc = timezone.utc
    cases = {
        (datetime(2017, 1, 1, tzinfo=utc), datetime(2018, 1, 1, tzinfo=utc)): "2017",
        (datetime(2017, 9, 1, tzinfo=utc), datetime(2017, 10, 1, tzinfo=utc)): "2017-09",
        (datetime(2017, 7, 1, tzinfo=utc), datetime(2017, 10, 1, tzinfo=utc)): "2017-Q3",
        (datetime(2017, 9, 25, tzinfo=utc), datetime(2017, 10, 2, tzinfo=utc)): "2017-W39",
        (datetime(1990, 1, 1, tzinfo=utc), datetime(2000, 1, 1, tzinfo=utc)): "199",
        (datetime(2017, 9, 28, 1, tzinfo=utc), datetime(2017, 9, 28, 3, tzinfo=utc)):
            "2017-09-28T01:00",
    }
    for (start, end), value in cases.items():
        assert TimeSpan.crisp(start, end).timex.value == value


def test_iso_round_trip() -> None:
    span = TimeSpan.crisp(day(9, 28) + timedelta(hours=1), day(9, 28) + timedelta(hours=3))
    assert span.to_iso() == "2017-09-28T01:00:00+08:30/2017-09-28T03:00:00+08:30"
    assert TimeSpan.from_iso(span.to_iso()) == span


def test_iso_refuses_fuzzy() -> None:
    fuzzy = TimeSpan.from_core((day(9, 11), day(9, 21)), (day(9, 8), day(9, 24)))
    with pytest.raises(NotRepresentable, match="fuzzy"):
        fuzzy.to_iso()
    with pytest.raises(NotRepresentable):
        fuzzy.to_edtf()


def test_edtf_round_trip_in_zone() -> None:
    for start, end, text in [
        (day(9, 28), day(9, 29), "2017-09-28"),
        (day(9, 1), day(10, 1), "2017-09"),
        (day(9, 28), day(10, 3), "2017-09-28/2017-10-02"),
    ]:
        span = TimeSpan.crisp(start, end)
        assert span.to_edtf() == text
        assert TimeSpan.from_edtf(text, tz=PY) == span


def test_edtf_refuses_clock_times() -> None:
    span = TimeSpan.crisp(day(9, 28) + timedelta(hours=1), day(9, 28) + timedelta(hours=3))
    with pytest.raises(NotRepresentable, match="clock-time"):
        span.to_edtf()


def test_open_ended_spans() -> None:
    unknown = TimeSpan.unknown(timedelta(days=10), timedelta(days=10))
    assert not unknown.is_bounded
    assert unknown.timex == Timex("DURATION", "P10D")
    assert "anytime" in repr(unknown)
    assert unknown.astimezone(PY) == unknown


def test_dict_round_trip_keeps_details() -> None:
    span = TimeSpan.from_core(
        (day(9, 11), day(9, 21)),
        (day(9, 8), day(9, 24)),
        min_duration=timedelta(days=10),
        max_duration=timedelta(days=10),
        phrase="for ten days in mid-September",
        timex=Timex("DATE", "2017-09", "MID"),
    )
    back = TimeSpan.from_dict(span.to_dict())
    assert back == span
    assert back.phrase == span.phrase and back.timex == span.timex
    assert back.tz == PY and repr(back) == repr(span)  # the zone, not only its offset


def test_a_bad_dict_is_a_timeline_error() -> None:
    with pytest.raises(NotRepresentable, match="'garbage'"):
        TimeSpan.from_dict({"earliest_start": "garbage"})


def test_in_asks_about_moments_and_spans_and_refuses_a_date() -> None:
    span = TimeSpan.crisp(day(9, 28), day(9, 29))
    assert day(9, 28) in span and day(9, 29) not in span
    assert TimeSpan.crisp(day(9, 28), day(9, 28)) in span
    with pytest.raises(TimelineError, match="date"):
        _ = date(2017, 9, 28) in span  # was False: a date is no moment


def test_repr_is_readable() -> None:
    span = TimeSpan.crisp(day(9, 28), day(9, 29), phrase="Sept. 28")
    assert repr(span) == "TimeSpan['Sept. 28': 2017-09-28 → 2017-09-29 Asia/Pyongyang +08:30]"


# ----------------------------------------------------------------- properties

ZONES = st.sampled_from(
    [timezone.utc, PY, ZoneInfo("Asia/Shanghai"), ZoneInfo("America/New_York")]
)
MOMENTS = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=ZONES
)


@st.composite
def spans(draw: st.DrawFn) -> TimeSpan:
    a, b, c, d = sorted(draw(st.lists(MOMENTS, min_size=4, max_size=4)))
    es, ls, ee, le = draw(st.sampled_from([(a, b, c, d), (a, c, b, d), (a, a, d, d)]))
    return TimeSpan(es, ls, ee, le)


@given(spans())
def test_certain_inside_possible(span: TimeSpan) -> None:
    assert span.possible.earliest_start <= span.earliest_start
    if span.certain is not None:
        assert span.certain.is_within(span.possible)
        assert span.certainly_overlaps(span)
    low, high = span.duration_range
    assert high is not None and low <= high


@given(spans(), ZONES)
def test_zone_change_keeps_meaning(span: TimeSpan, zone: ZoneInfo) -> None:
    moved = span.astimezone(zone)
    assert moved == span and hash(moved) == hash(span)
    assert moved.tz == zone


@given(spans())
def test_dict_round_trip(span: TimeSpan) -> None:
    assert TimeSpan.from_dict(span.to_dict()) == span


@given(MOMENTS, MOMENTS)
def test_iso_round_trip_property(a: datetime, b: datetime) -> None:
    span = TimeSpan.crisp(min(a, b), max(a, b))
    assert TimeSpan.from_iso(span.to_iso()) == span


@given(
    st.dates(min_value=datetime(1900, 1, 1).date(), max_value=datetime(9998, 1, 1).date()),
    st.integers(1, 400),
    ZONES,
)
def test_edtf_round_trip_property(first: object, days: int, zone: ZoneInfo) -> None:
    start = datetime.combine(first, datetime.min.time(), tzinfo=zone)  # type: ignore[call-overload]
    end = datetime.combine(
        first + timedelta(days=days), datetime.min.time(), tzinfo=zone  # type: ignore[operator]
    )
    span = TimeSpan.crisp(start, end)
    assert TimeSpan.from_edtf(span.to_edtf(), tz=zone) == span


@given(st.lists(MOMENTS, min_size=4, max_size=4))
def test_construction_never_swaps(moments: list[datetime]) -> None:
    es, ls, ee, le = moments
    ordered = es <= ls and ee <= le and es <= ee and ls <= le
    if ordered:
        span = TimeSpan(es, ls, ee, le)
        assert (span.earliest_start, span.latest_end) == (es, le)
    else:
        with pytest.raises(InvalidSpan):
            TimeSpan(es, ls, ee, le)


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=100_000)))
def test_iso_duration_is_exact(length: timedelta) -> None:
    from timeline._timex import iso_duration, parse_iso_duration

    assert parse_iso_duration(iso_duration(length)) == length


def test_equal_across_zones_at_an_ambiguous_wall_time() -> None:
    # 1947-09-28 01:00 happened twice in New York; Python's datetime == refuses such cross-zone
    # comparisons (PEP 495), TimeSpan compares instants.
    new_york = datetime(1947, 9, 28, 1, tzinfo=ZoneInfo("America/New_York"))
    later = datetime(2000, 1, 1, tzinfo=timezone.utc)
    span = TimeSpan.crisp(new_york, later)
    assert TimeSpan.from_iso(span.to_iso()) == span


def test_repr_of_half_open_spans() -> None:
    moment = datetime(2017, 9, 1, tzinfo=timezone.utc)
    after = TimeSpan(OPEN_START, OPEN_START, moment, OPEN_END)
    assert repr(after) == "TimeSpan[start open, end ≥ 2017-09-01 UTC]"
    assert repr(TimeSpan.crisp(OPEN_START, moment)) == "TimeSpan[.. → 2017-09-01 UTC]"


def test_repr_says_durations_in_words() -> None:
    span = TimeSpan(day(9, 28), day(9, 29), day(9, 28), day(9, 29), max_duration=timedelta(hours=2))
    assert repr(span).endswith("lasting at most 2 h Asia/Pyongyang +08:30]")
    exact = TimeSpan.unknown(timedelta(days=10), timedelta(days=10))
    assert repr(exact) == "TimeSpan[anytime, lasting 10 days UTC]"
