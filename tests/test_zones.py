"""Anchors and zones: what users pass becomes an aware datetime, never in the machine's zone."""

from __future__ import annotations

import pickle
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from timeline import (
    InconsistentTimeline,
    TimelineError,
    UnresolvableExpression,
    extract,
    resolve,
)
from timeline._zones import as_anchor, as_tzinfo, zone_name, zone_of_place


def test_date_anchor_is_midnight_in_zone() -> None:
    anchor = as_anchor(date(2017, 10, 11), "Asia/Pyongyang")
    assert anchor == datetime(2017, 10, 11, tzinfo=ZoneInfo("Asia/Pyongyang"))
    assert anchor.utcoffset() == timedelta(hours=8, minutes=30)


def test_iso_text_anchors() -> None:
    assert as_anchor("2017-10-11") == datetime(2017, 10, 11, tzinfo=timezone.utc)
    moment = as_anchor("2017-10-11T09:58:00+09:00")
    assert moment.utcoffset() == timedelta(hours=9)
    assert as_anchor("2017-10-11T09:58:00Z", "Asia/Shanghai").hour == 17


def test_naive_datetime_read_in_given_zone() -> None:
    anchor = as_anchor(datetime(2017, 10, 11, 9, 58), "Asia/Shanghai")
    assert anchor.utcoffset() == timedelta(hours=8)


def test_pyongyang_offset_changes_in_2018() -> None:
    zone = as_tzinfo("Asia/Pyongyang")
    assert datetime(2017, 10, 11, tzinfo=zone).utcoffset() == timedelta(hours=8, minutes=30)
    assert datetime(2018, 6, 1, tzinfo=zone).utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize("bad", ["yesterday", "2017-13-01", "", "11/10/2017"])
def test_bad_anchor_text_raises(bad: str) -> None:
    with pytest.raises(TimelineError, match="anchor"):
        as_anchor(bad)


def test_bad_zone_raises() -> None:
    with pytest.raises(TimelineError, match="unknown time zone 'Mars/Olympus'"):
        as_tzinfo("Mars/Olympus")


@pytest.mark.parametrize(
    ("name", "hours"), [("UTC+09:00", 9), ("UTC-03:30", -3.5), ("+08:30", 8.5), ("UTC+8", 8)]
)
def test_a_fixed_offset_reads_as_zone_name_writes_it(name: str, hours: float) -> None:
    zone = as_tzinfo(name)
    assert zone.utcoffset(None) == timedelta(hours=hours)
    assert as_tzinfo(zone_name(zone)) == zone


def test_a_span_in_a_fixed_offset_round_trips_through_its_dict() -> None:
    from timeline import TimeSpan, resolve

    span = resolve("Sept. 28", "2017-10-11T10:00+09:00")  # the anchor's offset, no zone name
    assert TimeSpan.from_dict(span.to_dict()) == span  # 'tz': 'UTC+09:00' was refused


def test_an_offset_out_of_range_is_refused() -> None:
    with pytest.raises(TimelineError, match="unknown time zone"):
        as_tzinfo("UTC+25:00")


def test_errors_pickle_and_inherit() -> None:
    error = UnresolvableExpression("Sept. 31", "September has 30 days")
    assert isinstance(error, ValueError) and isinstance(error, TimelineError)
    assert str(error) == "cannot resolve 'Sept. 31': September has 30 days"
    back = pickle.loads(pickle.dumps(error))
    assert (back.phrase, back.reason) == ("Sept. 31", "September has 30 days")
    conflict = InconsistentTimeline("a before b before a", claims=("c1", "c2"))
    assert pickle.loads(pickle.dumps(conflict)).claims == ("c1", "c2")


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Moscow", "Europe/Moscow"),
        ("New York", "America/New_York"),
        ("Tokyo", "Asia/Tokyo"),
        ("London", "Europe/London"),
        ("Beijing", "Asia/Shanghai"),
        ("New Delhi", "Asia/Kolkata"),
        ("Washington", "America/New_York"),
        ("Japan", "Japan"),
        ("Israel", "Israel"),
    ],
)
def test_a_place_names_its_iana_zone(place: str, zone: str) -> None:
    assert zone_of_place(place) == zone


def test_kyiv_and_kiev_name_the_same_zone_and_words_name_none() -> None:
    assert zone_of_place("Kyiv") == zone_of_place("Kiev") in ("Europe/Kyiv", "Europe/Kiev")
    for word in ("Christmas", "Easter", "West", "Mars", "Prime"):
        assert zone_of_place(word) is None


@pytest.mark.parametrize(
    ("phrase", "anchor", "tz", "utc"),
    [
        ("9 a.m. Moscow time on Feb. 24, 2022", "2022-03-10", None, datetime(2022, 2, 24, 6)),
        ("1:00 a.m. Beijing time", "2017-10-11", "Asia/Pyongyang", datetime(2017, 10, 10, 17)),
        ("noon Tokyo time", "2016-05-19", None, datetime(2016, 5, 19, 3)),
        ("midnight London time", "2016-07-19", None, datetime(2016, 7, 18, 23)),
        ("11 a.m. New York time", "2016-05-19", None, datetime(2016, 5, 19, 15)),
        ("4 a.m. Kyiv local time", "2022-02-24", None, datetime(2022, 2, 24, 2)),
        ("0400 Kyiv time", "2022-02-24", None, datetime(2022, 2, 24, 2)),
    ],
)
def test_a_clock_in_a_named_place_s_time_is_that_zone_s_clock(
    phrase: str, anchor: str, tz: str | None, utc: datetime
) -> None:
    span = resolve(phrase, anchor, tz=tz)
    assert span.earliest_start == utc.replace(tzinfo=timezone.utc)


def test_a_place_s_time_keeps_the_clock_as_written_in_timex3() -> None:
    span = resolve("1:00 a.m. Beijing time", "2017-10-11", tz="Asia/Pyongyang")
    assert span.timex.value == "2017-10-11T01:00"
    assert span.earliest_start.utcoffset() == timedelta(hours=8, minutes=30)
    assert span.earliest_start.hour == 1 and span.earliest_start.minute == 30


def test_a_time_named_by_no_known_place_keeps_the_clock() -> None:
    span = resolve("3 p.m. Mars time", "2016-05-19")
    assert span.earliest_start == datetime(2016, 5, 19, 15, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text",
    [
        "The strike hit at 4 a.m. Kyiv time on Feb. 24.",
        "The strike hit at 4 a.m. Kyiv local time on Feb. 24. Then it stopped.",
    ],
)
def test_extract_reads_a_place_s_time(text: str) -> None:
    (mention,) = [m for m in extract(text, "2022-03-10") if "4 a.m." in m.text]
    assert mention.timex.value == "2022-02-24T04:00"
    assert mention.span is not None
    assert mention.span.earliest_start == datetime(2022, 2, 24, 2, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("phrase", "utc"),
    [
        ("1:00 a.m. UTC+8", datetime(2017, 10, 10, 17)),
        ("1:00 a.m. GMT+8", datetime(2017, 10, 10, 17)),
        ("1:00 a.m. UTC+08:00", datetime(2017, 10, 10, 17)),
        ("1:00 a.m. UTC+0530", datetime(2017, 10, 10, 19, 30)),
        ("13:00 UTC-5", datetime(2017, 10, 11, 18)),
        ("0400 UTC+3", datetime(2017, 10, 11, 1)),
    ],
)
def test_a_clock_with_a_utc_offset_is_read_at_that_offset(phrase: str, utc: datetime) -> None:
    span = resolve(phrase, "2017-10-11", tz="Asia/Pyongyang")
    assert span.earliest_start == utc.replace(tzinfo=timezone.utc)
    assert span.earliest_start.utcoffset() == timedelta(hours=8, minutes=30)
    assert span.timex.value[:10] == "2017-10-11"  # the clock as written


def test_an_offset_alone_is_refused_as_a_zone_not_a_time() -> None:
    with pytest.raises(UnresolvableExpression, match="names a time zone"):
        resolve("UTC+8", "2017-10-11")


def test_a_day_a_zone_skipped_is_refused_not_an_empty_span() -> None:
    with pytest.raises(UnresolvableExpression, match="did not exist in Pacific/Apia"):
        resolve("Dec. 30, 2011", "2012-01-10", tz="Pacific/Apia")
    before = resolve("Dec. 29, 2011", "2012-01-10", tz="Pacific/Apia")
    assert before.latest_end == datetime(2011, 12, 31, tzinfo=ZoneInfo("Pacific/Apia"))
    month = resolve("December 2011", "2012-01-10", tz="Pacific/Apia")
    utc = timezone.utc
    length = month.latest_end.astimezone(utc) - month.earliest_start.astimezone(utc)
    assert length == timedelta(days=30)  # a month of 31 dates, one of which never came
