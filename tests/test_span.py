"""TimeSpan: invariants, views, comparisons and text forms."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from timeline import InvalidSpan, NotRepresentable, TimeSpan, Timex

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


def test_repr_is_readable() -> None:
    span = TimeSpan.crisp(day(9, 28), day(9, 29), phrase="Sept. 28")
    assert repr(span) == "TimeSpan['Sept. 28': 2017-09-28 → 2017-09-29 Asia/Pyongyang +08:30]"
