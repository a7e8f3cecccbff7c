"""resolve(): every phrase class of reporting language, with concrete bounds and TIMEX3.

The anchor is the seed report's date, 2017-10-11 (a Wednesday), in Asia/Pyongyang (UTC+08:30
in 2017) unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from timeline import OPEN_END, OPEN_START, TimeSpan, Timex, UnresolvableExpression, extract, resolve

PY = ZoneInfo("Asia/Pyongyang")
ANCHOR = "2017-10-11"


def at(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2017) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=PY)


def r(phrase: str, **options: object) -> TimeSpan:
    return resolve(phrase, ANCHOR, tz="Asia/Pyongyang", **options)  # type: ignore[arg-type]


def bounds(span: TimeSpan) -> tuple[datetime, datetime, datetime, datetime]:
    return span.earliest_start, span.latest_start, span.earliest_end, span.latest_end


def crisp(start: datetime, end: datetime) -> tuple[datetime, datetime, datetime, datetime]:
    return start, start, end, end


# ------------------------------------------------------------------ the seed table (issue 2)


def test_seed_sept_28() -> None:
    span = r("Sept. 28")
    assert bounds(span) == crisp(at(9, 28), at(9, 29))
    assert span.timex == Timex("DATE", "2017-09-28")
    assert span.earliest_start.utcoffset() == timedelta(hours=8, minutes=30)


def test_seed_oct_2() -> None:
    span = r("Oct. 2")
    assert bounds(span) == crisp(at(10, 2), at(10, 3))
    assert span.timex == Timex("DATE", "2017-10-02")


def test_seed_mid_september() -> None:
    span = r("mid-September")
    assert at(9, 1) <= span.earliest_start and span.latest_end <= at(10, 1)
    assert span.latest_start <= at(9, 11) and span.earliest_end >= at(9, 21)
    assert bounds(span) == (at(9, 8), at(9, 11), at(9, 21), at(9, 24))
    assert span.timex == Timex("DATE", "2017-09", "MID")
    assert span.granularity == "month"


def test_seed_ten_days_in_mid_september() -> None:
    span = r("for ten days in mid-September")
    support = r("mid-September").possible
    assert span.min_duration == span.max_duration == timedelta(days=10)
    assert at(9, 1) <= span.earliest_start and span.latest_end <= at(10, 1)
    assert span.earliest_start == support.earliest_start and span.latest_end == support.latest_end
    assert span.latest_start == support.latest_end - timedelta(days=10)
    assert span.earliest_end == support.earliest_start + timedelta(days=10)
    assert span.timex == Timex("DATE", "2017-09", "MID")


def test_seed_clock_range_on_sept_28() -> None:
    span = r("from 1:00 a.m. to 3:00 a.m. on Sept. 28")
    assert bounds(span) == crisp(at(9, 28, 1), at(9, 28, 3))
    assert span.timex == Timex("TIME", "2017-09-28T01:00")


def test_seed_early_morning_hours_of_oct_2() -> None:
    span = r("the early morning hours of Oct. 2")
    assert at(10, 2) <= span.earliest_start and span.latest_end <= at(10, 2, 8)
    assert span.latest_end - span.earliest_start >= timedelta(hours=3)
    assert span.timex.type == "TIME" and span.timex.value.startswith("2017-10-02")
    assert span.timex.value == "2017-10-02TMO"


def test_seed_recently() -> None:
    span = r("recently")
    assert span.earliest_end == span.latest_end == at(10, 12)
    assert span.earliest_start < span.latest_start < at(10, 11)
    assert span.timex == Timex("DATE", "PAST_REF")


@pytest.mark.parametrize(
    "phrase",
    [
        "Sept. 28",
        "Oct. 2",
        "mid-September",
        "for ten days in mid-September",
        "from 1:00 a.m. to 3:00 a.m. on Sept. 28",
        "the early morning hours of Oct. 2",
        "recently",
    ],
)
def test_seed_bounds_carry_pyongyang_offset(phrase: str) -> None:
    span = r(phrase)
    for moment in bounds(span):
        assert moment.utcoffset() == timedelta(hours=8, minutes=30)
    assert span.phrase == phrase
    assert span.anchor == datetime(2017, 10, 11, tzinfo=PY)


# ------------------------------------------------------------------ phrase classes

CRISP_DAYS = [
    # explicit dates, news spellings
    ("Sept. 28", (9, 28)),
    ("28 September 2017", (9, 28)),
    ("2017-09-28", (9, 28)),
    ("Oct 2nd", (10, 2)),
    ("September 28th, 2017", (9, 28)),
    ("the 28th of September", (9, 28)),
    ("the twenty-eighth of September", (9, 28)),
    ("Thursday, Sept. 28", (9, 28)),
    ("9/28/2017", (9, 28)),
    ("28/9/2017", (9, 28)),  # numbers are month first, unless only day first can be
    # relative days
    ("yesterday", (10, 10)),
    ("today", (10, 11)),
    ("tomorrow", (10, 12)),
    ("the day before yesterday", (10, 9)),
    ("Monday", (10, 9)),
    ("Wednesday", (10, 11)),
    ("last Monday", (10, 9)),
    ("this Friday", (10, 13)),
    ("next Monday", (10, 16)),
    ("three days ago", (10, 8)),
    ("last Oct. 23", (10, 23, 2016)),
    ("next Oct. 2", (10, 2, 2018)),
    ("now", (10, 11)),
    ("that same day", (10, 11)),
]


@pytest.mark.parametrize(("phrase", "day"), CRISP_DAYS)
def test_days(phrase: str, day: tuple[int, ...]) -> None:
    start = at(day[0], day[1], year=day[2] if len(day) > 2 else 2017)
    span = r(phrase)
    assert bounds(span) == crisp(start, start + timedelta(days=1))
    assert span.granularity == "day"


CRISP_PERIODS = [
    ("September", at(9, 1), at(10, 1), "DATE", "2017-09"),
    ("September 2017", at(9, 1), at(10, 1), "DATE", "2017-09"),
    ("2017", at(1, 1), at(1, 1, year=2018), "DATE", "2017"),
    ("fiscal 1989", at(1, 1, year=1989), at(1, 1, year=1990), "DATE", "1989"),
    ("nineteen ninety-six", at(1, 1, year=1996), at(1, 1, year=1997), "DATE", "1996"),
    ("the 1990s", at(1, 1, year=1990), at(1, 1, year=2000), "DATE", "199"),
    ("the '90s", at(1, 1, year=1990), at(1, 1, year=2000), "DATE", "199"),
    ("the nineties", at(1, 1, year=1990), at(1, 1, year=2000), "DATE", "199"),
    ("the 20th century", at(1, 1, year=1900), at(1, 1, year=2000), "DATE", "19"),
    ("last week", at(10, 2), at(10, 9), "DATE", "2017-W40"),
    ("this week", at(10, 9), at(10, 16), "DATE", "2017-W41"),
    ("next week", at(10, 16), at(10, 23), "DATE", "2017-W42"),
    ("two weeks ago", at(9, 25), at(10, 2), "DATE", "2017-W39"),
    ("last month", at(9, 1), at(10, 1), "DATE", "2017-09"),
    ("this month", at(10, 1), at(11, 1), "DATE", "2017-10"),
    ("next month", at(11, 1), at(12, 1), "DATE", "2017-11"),
    ("last year", at(1, 1, year=2016), at(1, 1), "DATE", "2016"),
    ("a year ago", at(1, 1, year=2016), at(1, 1), "DATE", "2016"),
    ("next year", at(1, 1, year=2018), at(1, 1, year=2019), "DATE", "2018"),
    ("last weekend", at(10, 7), at(10, 9), "DATE", "2017-W40-WE"),
    ("this weekend", at(10, 14), at(10, 16), "DATE", "2017-W41-WE"),
    ("the weekend", at(10, 7), at(10, 9), "DATE", "2017-W40-WE"),
    ("earlier this month", at(10, 1), at(10, 11), "DATE", "2017-10"),
    ("later this year", at(10, 12), at(1, 1, year=2018), "DATE", "2017"),
    ("the last week of September", at(9, 24), at(10, 1), "DATE", "2017-W39"),
    ("the first week of October", at(10, 1), at(10, 8), "DATE", "2017-W40"),
    ("in the past three days", at(10, 9), at(10, 12), "DURATION", "P3D"),
    ("the past year", at(10, 12, year=2016), at(10, 12), "DURATION", "P1Y"),
    ("past 20 years", at(10, 12, year=1997), at(10, 12), "DURATION", "P20Y"),
    ("the past couple of weeks", at(9, 28), at(10, 12), "DURATION", "P2W"),
    ("the third quarter", at(7, 1), at(10, 1), "DATE", "2017-Q3"),
    ("third-quarter", at(7, 1), at(10, 1), "DATE", "2017-Q3"),
    ("the third quarter of 2016", at(7, 1, year=2016), at(10, 1, year=2016), "DATE", "2016-Q3"),
    ("the fourth quarter of last year", at(10, 1, year=2016), at(1, 1), "DATE", "2016-Q4"),
    ("Q3 2017", at(7, 1), at(10, 1), "DATE", "2017-Q3"),
    ("the 1988 second quarter", at(4, 1, year=1988), at(7, 1, year=1988), "DATE", "1988-Q2"),
    ("the fiscal-first quarter", at(1, 1), at(4, 1), "DATE", "2017-Q1"),
    ("the first half of 2017", at(1, 1), at(7, 1), "DATE", "2017-H1"),
    ("the second half", at(7, 1), at(1, 1, year=2018), "DATE", "2017-H2"),
    ("the first half of September", at(9, 1), at(9, 16), "DATE", "2017-09"),
    ("past decade", at(10, 12, year=2007), at(10, 12), "DURATION", "P1DE"),
]


@pytest.mark.parametrize(("phrase", "start", "end", "kind", "value"), CRISP_PERIODS)
def test_crisp_periods(phrase: str, start: datetime, end: datetime, kind: str, value: str) -> None:
    span = r(phrase)
    assert bounds(span) == crisp(start, end)
    assert (span.timex.type, span.timex.value) == (kind, value)


FUZZY = [
    # fuzzy parts of months, years, weeks, decades, centuries, days
    ("early September", (at(9, 1), at(9, 1), at(9, 11), at(9, 14)), "2017-09", "START"),
    ("late September", (at(9, 18), at(9, 21), at(10, 1), at(10, 1)), "2017-09", "END"),
    ("the beginning of September", (at(9, 1), at(9, 1), at(9, 6), at(9, 9)), "2017-09", "START"),
    ("the end of September", (at(9, 23), at(9, 26), at(10, 1), at(10, 1)), "2017-09", "END"),
    ("the last days of September", (at(9, 23), at(9, 26), at(10, 1), at(10, 1)), "2017-09", "END"),
    ("mid-to-late September", (at(9, 8), at(9, 11), at(10, 1), at(10, 1)), "2017-09", "MID"),
    (
        "late September or early October",
        (at(9, 18), at(10, 1), at(10, 1), at(10, 14)),
        "2017-09",
        "END",
    ),
    ("Sept. 28 or 29", (at(9, 28), at(9, 29), at(9, 29), at(9, 30)), "2017-09-28", None),
    (
        "early 2016",
        (at(1, 1, year=2016), at(1, 1, year=2016), at(5, 1, year=2016), at(6, 1, year=2016)),
        "2016",
        "START",
    ),
    (
        "mid-2016",
        (at(4, 1, year=2016), at(5, 1, year=2016), at(9, 1, year=2016), at(10, 1, year=2016)),
        "2016",
        "MID",
    ),
    ("late 2016", (at(8, 1, year=2016), at(9, 1, year=2016), at(1, 1), at(1, 1)), "2016", "END"),
    ("early this week", (at(10, 9), at(10, 9), at(10, 11), at(10, 12)), "2017-W41", "START"),
    ("late last week", (at(10, 5), at(10, 6), at(10, 9), at(10, 9)), "2017-W40", "END"),
    (
        "the early 1990s",
        (at(1, 1, year=1990), at(1, 1, year=1990), at(1, 1, year=1993), at(1, 1, year=1994)),
        "199",
        "START",
    ),
    (
        "the late 19th century",
        (at(1, 1, year=1860), at(1, 1, year=1870), at(1, 1, year=1900), at(1, 1, year=1900)),
        "18",
        "END",
    ),
    ("early Monday", (at(10, 9), at(10, 9), at(10, 9, 8), at(10, 9, 10)), "2017-10-09", "START"),
    ("late on Sept. 28", (at(9, 28, 14), at(9, 28, 16), at(9, 29), at(9, 29)), "2017-09-28", "END"),
    ("year-end", (at(10, 1), at(11, 1), at(1, 1, year=2018), at(1, 1, year=2018)), "2017", "END"),
    ("the end of the second quarter", (at(6, 9), at(6, 16), at(7, 1), at(7, 1)), "2017-Q2", "END"),
    ("year's end", (at(10, 1), at(11, 1), at(1, 1, year=2018), at(1, 1, year=2018)), "2017", "END"),
    # approximation
    ("around Sept. 28", (at(9, 26), at(9, 28), at(9, 29), at(10, 1)), "2017-09-28", "APPROX"),
    (
        "almost four years ago",
        (at(11, 1, year=2012), at(1, 1, year=2013), at(1, 1, year=2014), at(3, 3, year=2014)),
        "2013",
        "APPROX",
    ),
    # seasons: meteorological months as core, three weeks of support either side
    ("this summer", (at(5, 11), at(6, 1), at(9, 1), at(9, 22)), "2017-SU", None),
    (
        "the summer of 2016",
        (at(5, 11, year=2016), at(6, 1, year=2016), at(9, 1, year=2016), at(9, 22, year=2016)),
        "2016-SU",
        None,
    ),
    (
        "last fall",
        (at(8, 11, year=2016), at(9, 1, year=2016), at(12, 1, year=2016), at(12, 22, year=2016)),
        "2016-FA",
        None,
    ),
]


def test_a_coming_season_is_not_one_whose_months_are_over() -> None:
    # Dec. 10: the autumn's months are over, its three weeks of support are not
    assert resolve("the autumn", "2017-12-10", prefer="future").timex.value == "2018-FA"
    assert resolve("the autumn", "2017-11-10", prefer="future").timex.value == "2017-FA"
    assert resolve("the autumn", "2017-12-10", prefer="past").timex.value == "2017-FA"
    assert resolve("December", "2017-12-10", prefer="future").timex.value == "2017-12"


@pytest.mark.parametrize(("phrase", "expected", "value", "mod"), FUZZY)
def test_fuzzy_periods(
    phrase: str, expected: tuple[datetime, ...], value: str, mod: str | None
) -> None:
    span = r(phrase)
    assert bounds(span) == expected
    assert (span.timex.value, span.timex.mod) == (value, mod)


CLOCKS = [
    ("1:00 a.m.", at(10, 11, 1), "2017-10-11T01:00"),
    ("3 a.m.", at(10, 11, 3), "2017-10-11T03:00"),
    ("noon", at(10, 11, 12), "2017-10-11T12:00"),
    ("midnight", at(10, 11, 0), "2017-10-11T00:00"),
    ("13:45", at(10, 11, 13, 45), "2017-10-11T13:45"),
    ("10:35 a.m.", at(10, 11, 10, 35), "2017-10-11T10:35"),
    ("4 in the morning", at(10, 11, 4), "2017-10-11T04:00"),
    ("three o'clock", at(10, 11, 3), "2017-10-11T03:00"),
    ("1:00 a.m. on Sept. 28", at(9, 28, 1), "2017-09-28T01:00"),
    ("Sept. 28 at 1:00 a.m.", at(9, 28, 1), "2017-09-28T01:00"),
    ("Monday at 3 p.m.", at(10, 9, 15), "2017-10-09T15:00"),
    ("3 p.m. Monday", at(10, 9, 15), "2017-10-09T15:00"),
    ("noon Friday", at(10, 6, 12), "2017-10-06T12:00"),
    ("2017-09-28T01:00", at(9, 28, 1), "2017-09-28T01:00"),
    # the instant in the zone; the TIMEX3 value the clock as written
    ("0735 GMT", at(10, 11, 16, 5), "2017-10-11T07:35"),  # 07:35 UTC is 16:05 at UTC+08:30
    ("4 a.m. EDT Thursday", at(10, 5, 16, 30), "2017-10-05T04:00"),
    # a clock in a part of a day named from the report's: that part's half of the day
    ("08:00 this morning", at(10, 11, 8), "2017-10-11T08:00"),
    ("6:30 tomorrow morning", at(10, 12, 6, 30), "2017-10-12T06:30"),
    ("8:10 yesterday evening", at(10, 10, 20, 10), "2017-10-10T20:10"),
    ("7:30 Monday evening", at(10, 9, 19, 30), "2017-10-09T19:30"),
    ("10 p.m. tonight", at(10, 11, 22), "2017-10-11T22:00"),
    ("2 a.m. tonight", at(10, 12, 2), "2017-10-12T02:00"),  # the night runs past midnight
    ("9:15 this morning", at(10, 11, 9, 15), "2017-10-11T09:15"),
]


@pytest.mark.parametrize(("phrase", "start", "value"), CLOCKS)
def test_clock_times(phrase: str, start: datetime, value: str) -> None:
    span = r(phrase)
    assert bounds(span) == crisp(start, start + timedelta(minutes=1))
    assert span.timex == Timex("TIME", value)


RANGES = [
    ("from 1:00 a.m. to 3:00 a.m. on Sept. 28", at(9, 28, 1), at(9, 28, 3)),
    ("from 1 to 3 a.m.", at(10, 11, 1), at(10, 11, 3)),
    ("from 11 p.m. to 2 a.m.", at(10, 11, 23), at(10, 12, 2)),
    ("between Sept. 28 and Oct. 2", at(9, 28), at(10, 3)),
    ("Sept. 28–Oct. 2", at(9, 28), at(10, 3)),
    ("Sept. 28 - Oct. 2", at(9, 28), at(10, 3)),
    ("Sept. 28-30", at(9, 28), at(10, 1)),
    ("Sept. 28-Oct. 2", at(9, 28), at(10, 3)),  # a hyphen between a day and a month
    ("Dec. 28-Jan. 3", at(12, 28, year=2016), at(1, 4)),
    ("28-30 September", at(9, 28), at(10, 1)),
    ("from Monday to Wednesday", at(10, 9), at(10, 12)),
    ("Dec. 28 to Jan. 3", at(12, 28, year=2016), at(1, 4)),
    ("2015-2017", at(1, 1, year=2015), at(1, 1, year=2018)),
    ("between 2015 and 2017", at(1, 1, year=2015), at(1, 1, year=2018)),
]


@pytest.mark.parametrize(("phrase", "start", "end"), RANGES)
def test_ranges(phrase: str, start: datetime, end: datetime) -> None:
    assert bounds(r(phrase)) == crisp(start, end)


def test_range_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(UnresolvableExpression, match="before it starts"):
        r("from 2017 to 2015")


@pytest.mark.parametrize(
    "phrase", ["7 a.m. Monday night", "3 p.m. Tuesday morning", "9 p.m. this morning"]
)
def test_a_clock_outside_the_part_of_day_it_is_said_in_is_refused(phrase: str) -> None:
    # the phrase contradicts itself: no reading would be honest
    with pytest.raises(UnresolvableExpression, match="is not in") as caught:
        r(phrase)
    assert caught.value.phrase == phrase


def test_a_clock_inside_its_part_of_day_is_on_the_parts_day() -> None:
    # guards: the part's own hours, its small hours (the next day), a clock without its half
    assert r("11 p.m. Monday night").timex.value == "2017-10-09T23:00"
    assert r("2 a.m. Monday night").timex.value == "2017-10-10T02:00"
    assert r("6:30 this evening").timex.value == "2017-10-11T18:30"


PARTS_OF_DAY = [
    ("morning", (at(10, 11, 5), at(10, 11, 7), at(10, 11, 11), at(10, 11, 12)), "TMO"),
    ("afternoon", (at(10, 11, 12), at(10, 11, 13), at(10, 11, 17), at(10, 11, 18)), "TAF"),
    ("evening", (at(10, 11, 17), at(10, 11, 18), at(10, 11, 21), at(10, 11, 23)), "TEV"),
    # night crosses midnight
    ("night", (at(10, 11, 20), at(10, 11, 22), at(10, 12, 4), at(10, 12, 6)), "TNI"),
    ("tonight", (at(10, 11, 20), at(10, 11, 22), at(10, 12, 4), at(10, 12, 6)), "TNI"),
    ("last night", (at(10, 10, 20), at(10, 10, 22), at(10, 11, 4), at(10, 11, 6)), "TNI"),
    ("the night of Sept. 28", (at(9, 28, 20), at(9, 28, 22), at(9, 29, 4), at(9, 29, 6)), "TNI"),
    # late at night on a day: its small hours or its late evening, nothing certain
    ("late at night", (at(10, 11), at(10, 11, 23), at(10, 11, 3), at(10, 12, 5)), "TNI"),
    (
        "late at night on Sept. 28",
        (at(9, 28), at(9, 28, 23), at(9, 28, 3), at(9, 29, 5)),
        "TNI",
    ),
    ("overnight", (at(10, 11), at(10, 11, 23), at(10, 11, 4), at(10, 12, 7)), "TNI"),
    (
        "the night of Sept. 28-29",
        (at(9, 28, 20), at(9, 28, 22), at(9, 29, 4), at(9, 29, 6)),
        "TNI",
    ),
    (
        "just before dawn",
        (at(10, 11, 4), at(10, 11, 4, 59), at(10, 11, 4, 1), at(10, 11, 5)),
        "TMO",
    ),
    (
        "the early morning hours",
        (at(10, 11), at(10, 11, 1), at(10, 11, 4), at(10, 11, 6)),
        "TMO",
    ),
    ("dawn", (at(10, 11, 4), at(10, 11, 5), at(10, 11, 6), at(10, 11, 7)), "TMO"),
    ("dusk", (at(10, 11, 17), at(10, 11, 18), at(10, 11, 19), at(10, 11, 20)), "TEV"),
    ("midday", (at(10, 11, 11), at(10, 11, 11, 30), at(10, 11, 13), at(10, 11, 14)), "T12:00"),
    ("Monday morning", (at(10, 9, 5), at(10, 9, 7), at(10, 9, 11), at(10, 9, 12)), "TMO"),
    (
        "yesterday afternoon",
        (at(10, 10, 12), at(10, 10, 13), at(10, 10, 17), at(10, 10, 18)),
        "TAF",
    ),
    ("the morning of Oct. 2", (at(10, 2, 5), at(10, 2, 7), at(10, 2, 11), at(10, 2, 12)), "TMO"),
]


@pytest.mark.parametrize(("phrase", "expected", "code"), PARTS_OF_DAY)
def test_parts_of_day(phrase: str, expected: tuple[datetime, ...], code: str) -> None:
    span = r(phrase)
    assert bounds(span) == expected
    assert span.timex.type == "TIME" and span.timex.value.endswith(code)
    assert span.granularity == "part_of_day"


def test_late_at_night_may_hold_the_seed_crossing() -> None:
    night, crossing = r("late at night on Sept. 28"), r("from 1:00 a.m. to 3:00 a.m. on Sept. 28")
    assert crossing.is_within(night)
    assert night.certain is None


def test_shortly_after_midnight_is_a_moment_within_the_hour() -> None:
    span = r("shortly after midnight")
    assert bounds(span) == (at(10, 11), at(10, 11, 1), at(10, 11, 0, 1), at(10, 11, 1, 1))
    assert span.timex == Timex("TIME", "2017-10-11T00:00", "AFTER")


def test_around_noon_is_a_moment_within_half_an_hour() -> None:
    span = r("around noon")
    assert span.earliest_start == at(10, 11, 11, 30) and span.latest_start == at(10, 11, 12, 30)
    assert span.timex == Timex("TIME", "2017-10-11T12:00", "APPROX")


@pytest.mark.parametrize("phrase", ["c. 1560", "ca. 1560", "circa 1560"])
def test_circa_with_a_year_is_an_approximate_year(phrase: str) -> None:
    assert r(phrase).timex == Timex("DATE", "1560", "APPROX")


@pytest.mark.parametrize("phrase", ["c 1560", "C. 1560"])
def test_a_c_without_its_dot_or_in_capitals_is_no_circa(phrase: str) -> None:
    with pytest.raises(UnresolvableExpression):
        r(phrase)


@pytest.mark.parametrize(
    ("phrase", "value", "mod"),
    [
        ("the last quarter of 2016", "2016-Q4", None),
        ("the final quarter of last year", "2016-Q4", None),
        ("the last quarter of the century", "20", "END"),
        ("the last quarter of the 1990s", "199", "END"),
    ],
)
def test_the_last_quarter_of_a_period(phrase: str, value: str, mod: str | None) -> None:
    timex = r(phrase).timex
    assert (timex.type, timex.value, timex.mod) == ("DATE", value, mod)


@pytest.mark.parametrize(
    ("phrase", "value", "mod"),
    [
        # ANCHOR is 2017-10-11, in ISO week 41
        ("week 39", "2017-W39", None),
        ("week 48 of 2016", "2016-W48", None),
        ("mid-century", "20", "MID"),
        ("mid-decade", "201", "MID"),
        ("H1", "2017-H1", None),
    ],
)
def test_weeks_by_number_mid_century_and_bare_halves(
    phrase: str, value: str, mod: str | None
) -> None:
    timex = r(phrase).timex
    assert (timex.type, timex.value, timex.mod) == ("DATE", value, mod)


def test_a_week_by_number_is_placed_by_preference() -> None:
    assert r("week 48").timex.value == "2016-W48"  # past: the last one begun
    assert resolve("week 48", ANCHOR, prefer="future").timex.value == "2017-W48"


@pytest.mark.parametrize("phrase", ["week 12 of the season", "week 2-3", "week 60"])
def test_a_numbered_week_not_of_a_year_is_no_date(phrase: str) -> None:
    with pytest.raises(UnresolvableExpression):
        r(phrase)


VAGUE = [
    ("recently", 90, 7),
    ("lately", 90, 7),
    ("in recent weeks", 60, 14),
    ("in recent days", 10, 2),
]


@pytest.mark.parametrize(("phrase", "support", "core"), VAGUE)
def test_vague_windows_end_with_the_anchor_day(phrase: str, support: int, core: int) -> None:
    span = r(phrase)
    end = at(10, 12)
    assert bounds(span) == (
        end - timedelta(days=support),
        end - timedelta(days=core),
        end,
        end,
    )
    assert span.timex == Timex("DATE", "PAST_REF")


def test_open_vague_references() -> None:
    assert bounds(r("the past"))[:2] == (OPEN_START, OPEN_START)
    assert r("the future").latest_end == OPEN_END
    assert r("currently").timex == Timex("DATE", "PRESENT_REF")
    assert r("soon").timex == Timex("DATE", "FUTURE_REF")


DURATIONS = [
    ("ten days", timedelta(days=10), timedelta(days=10), "P10D", None),
    ("twenty-eight days", timedelta(days=28), timedelta(days=28), "P28D", None),
    ("two hours", timedelta(hours=2), timedelta(hours=2), "PT2H", None),
    ("half an hour", timedelta(minutes=30), timedelta(minutes=30), "PT30M", None),
    ("a minute and a half", timedelta(seconds=90), timedelta(seconds=90), "PT1M30S", None),
    ("three months", timedelta(days=89), timedelta(days=93), "P3M", None),
    ("a year and a half", timedelta(days=546), timedelta(days=551), "P1Y6M", None),
    ("5 1/2 hours", timedelta(hours=5.5), timedelta(hours=5.5), "PT5H30M", None),
    ("half a day", timedelta(hours=12), timedelta(hours=12), "PT12H", None),
    ("two more weeks", timedelta(weeks=2), timedelta(weeks=2), "P2W", None),
    ("two or three days", timedelta(days=2), timedelta(days=3), "PXD", None),
    ("two to three weeks", timedelta(weeks=2), timedelta(weeks=3), "PXW", None),
    ("a decade", timedelta(days=3650), timedelta(days=3660), "P1DE", None),
    ("10-day", timedelta(days=10), timedelta(days=10), "P10D", None),
    ("two-year", timedelta(days=730), timedelta(days=732), "P2Y", None),
    ("several days", timedelta(days=3), timedelta(days=7), "PXD", None),
    ("a few weeks", timedelta(weeks=2), timedelta(weeks=4), "PXW", None),
    ("about two hours", timedelta(hours=1.5), timedelta(hours=2.5), "PT2H", "APPROX"),
    ("roughly ten days", timedelta(days=7.5), timedelta(days=12.5), "P10D", "APPROX"),
    ("more than ten days", timedelta(days=10), None, "P10D", "MORE_THAN"),
    ("at least a week", timedelta(days=7), None, "P1W", "EQUAL_OR_MORE"),
    ("up to three days", timedelta(0), timedelta(days=3), "P3D", "EQUAL_OR_LESS"),
    ("the first nine months", timedelta(days=273), timedelta(days=277), "P9M", None),
    ("years", timedelta(days=365), None, "PXY", None),
    ("a thousand days", timedelta(days=1000), timedelta(days=1000), "P1000D", None),
    ("two hundred days", timedelta(days=200), timedelta(days=200), "P200D", None),
    ("two thousand days", timedelta(days=2000), timedelta(days=2000), "P2000D", None),
    # lengths as adjectives: "a day-long meeting", "a yearlong inquiry", "a decades-long feud"
    ("day-long", timedelta(days=1), timedelta(days=1), "P1D", None),
    ("hour-long", timedelta(hours=1), timedelta(hours=1), "PT1H", None),
    ("yearlong", timedelta(days=365), timedelta(days=366), "P1Y", None),
    ("weeklong", timedelta(weeks=1), timedelta(weeks=1), "P1W", None),
    ("decades-long", timedelta(days=3650), None, "PXDE", None),
    # a length added to one gone by: "another week", "at least another two weeks"
    ("another week", timedelta(weeks=1), timedelta(weeks=1), "P1W", None),
    ("another two weeks", timedelta(weeks=2), timedelta(weeks=2), "P2W", None),
    ("at least another week", timedelta(days=7), None, "P1W", "EQUAL_OR_MORE"),
    # nights counted are days: TIMEX3 has no unit for a night, so "three nights" is P3D
    ("three nights", timedelta(days=3), timedelta(days=3), "P3D", None),
    ("two straight nights", timedelta(days=2), timedelta(days=2), "P2D", None),
]


@pytest.mark.parametrize(("phrase", "low", "high", "value", "mod"), DURATIONS)
def test_bare_durations(
    phrase: str, low: timedelta, high: timedelta | None, value: str, mod: str | None
) -> None:
    span = r(phrase)
    assert not span.is_bounded
    assert (span.min_duration, span.max_duration) == (low, high)
    assert span.timex == Timex("DURATION", value, mod)  # type: ignore[arg-type]


def test_bare_duration_is_unknown_span() -> None:
    assert r("ten days") == TimeSpan.unknown(timedelta(days=10), timedelta(days=10))


RECURRENCES = [
    ("weekly", "P1W"),
    ("daily", "P1D"),
    ("every Monday", "XXXX-WXX-1"),
    ("each year", "P1Y"),
    ("twice a month", "P1M"),
    ("three times a week", "P1W"),
]


@pytest.mark.parametrize(("phrase", "value"), RECURRENCES)
def test_recurrences_are_sets(phrase: str, value: str) -> None:
    span = r(phrase)
    assert span.timex == Timex("SET", value)
    assert not span.is_bounded


BOUNDS = [
    ("before Oct. 2", (OPEN_START, OPEN_START, at(10, 2), at(10, 2)), "BEFORE"),
    ("after Sept. 28", (at(9, 29), at(9, 29), OPEN_END, OPEN_END), "AFTER"),
    ("since 2015", (at(1, 1, year=2015), at(1, 1, year=2015), at(10, 12), at(10, 12)), None),
    ("until Friday", (OPEN_START, OPEN_START, at(10, 7), at(10, 7)), "ON_OR_BEFORE"),
]


@pytest.mark.parametrize(("phrase", "expected", "mod"), BOUNDS)
def test_bounding_prepositions(phrase: str, expected: tuple[datetime, ...], mod: str) -> None:
    span = r(phrase)
    assert bounds(span) == expected
    if mod:
        assert span.timex.mod == mod


def test_leading_preposition_is_ignored() -> None:
    assert r("on Sept. 28") == r("Sept. 28")
    assert r("in mid-September") == r("mid-September")
    assert r("at night") == r("night")


# ------------------------------------------------------------------ anaphora, context


def test_anaphoric_words_count_from_the_reference() -> None:
    from timeline._resolve import resolve_in_context

    day = r("Sept. 28")
    options = {"anchor": ANCHOR, "reference": day, "tz": "Asia/Pyongyang"}
    assert bounds(resolve_in_context("the next day", **options)) == crisp(at(9, 29), at(9, 30))  # type: ignore[arg-type]
    assert bounds(resolve_in_context("two days later", **options)) == crisp(at(9, 30), at(10, 1))  # type: ignore[arg-type]
    assert resolve_in_context("that night", **options).earliest_start == at(9, 28, 20)  # type: ignore[arg-type]
    # deictic words still count from the anchor
    assert bounds(resolve_in_context("yesterday", **options)) == crisp(at(10, 10), at(10, 11))  # type: ignore[arg-type]
    # a bare clock time falls on the reference day
    assert resolve_in_context("1:00 a.m.", **options).earliest_start == at(9, 28, 1)  # type: ignore[arg-type]
    assert resolve_in_context("late at night", **options) == r("late at night on Sept. 28")  # type: ignore[arg-type]


def test_a_vague_count_from_the_reference_is_placed_against_the_anchor() -> None:
    from timeline._resolve import resolve_in_context

    # a few days after Sept. 28 is before the report of Oct. 11: the past, not the future
    later = resolve_in_context("a few days later", anchor=ANCHOR, reference=r("Sept. 28"))
    assert later.timex == Timex("DATE", "PAST_REF")
    assert later.earliest_start > r("Sept. 28").earliest_start
    # a few days before a day still ahead of the report is ahead of it too
    earlier = resolve_in_context("a few days earlier", anchor=ANCHOR, reference=r("Dec. 20, 2017"))
    assert earlier.timex == Timex("DATE", "FUTURE_REF")


def test_reference_places_a_date_without_a_year() -> None:
    from timeline._resolve import resolve_in_context

    # narrative in early 2016, report in 2017: "Oct. 2" is the one nearest the narrative
    span = resolve_in_context("Oct. 2", anchor=ANCHOR, reference="2016-01-15", tz=PY)
    assert span.earliest_start == at(10, 2, year=2015)
    assert resolve_in_context("Oct. 2", anchor=ANCHOR, tz=PY) == r("Oct. 2")


def test_a_year_earlier_from_reference() -> None:
    from timeline._resolve import resolve_in_context

    span = resolve_in_context("a year earlier", anchor=ANCHOR, reference="2015-06-01", tz=PY)
    assert span.timex == Timex("DATE", "2014")


# ------------------------------------------------------------------ year choice


@pytest.mark.parametrize(
    ("phrase", "anchor", "prefer", "expected"),
    [
        ("Sept. 28", "2017-10-11", "past", "2017-09-28"),
        ("Sept. 28", "2017-10-11", "future", "2018-09-28"),
        ("Sept. 28", "2017-10-11", "nearest", "2017-09-28"),
        ("Oct. 11", "2017-10-11", "past", "2017-10-11"),
        ("Oct. 11", "2017-10-11", "future", "2017-10-11"),
        ("Oct. 12", "2017-10-11", "past", "2016-10-12"),
        ("Dec. 30", "2018-01-02", "past", "2017-12-30"),
        ("Jan. 3", "2017-12-30", "future", "2018-01-03"),
        ("Jan. 3", "2017-12-30", "nearest", "2018-01-03"),
        ("Dec. 30", "2018-01-02", "nearest", "2017-12-30"),
        ("Feb. 29", "2017-10-11", "past", "2016-02-29"),
        ("Feb. 29", "2017-10-11", "future", "2020-02-29"),
        ("Feb. 29", "2016-02-29", "past", "2016-02-29"),
        ("Feb. 29", "2016-03-01", "future", "2020-02-29"),
        ("October", "2017-10-11", "past", "2017-10"),
        ("November", "2017-10-11", "past", "2016-11"),
        ("November", "2017-10-11", "future", "2017-11"),
        ("Monday", "2017-10-11", "future", "2017-10-16"),
        ("Monday", "2017-10-11", "nearest", "2017-10-09"),
    ],
)
def test_year_choice(phrase: str, anchor: str, prefer: str, expected: str) -> None:
    span = resolve(phrase, anchor, prefer=prefer)  # type: ignore[arg-type]
    assert span.timex.value == expected


def test_weekday_in_the_date_picks_the_year() -> None:
    # Sept. 28 was a Monday in 2015
    assert r("Monday, Sept. 28").timex.value == "2015-09-28"
    with pytest.raises(UnresolvableExpression, match="Thursday"):
        r("Monday, Sept. 28, 2017")


# ------------------------------------------------------------------ zones


def test_zone_default_is_the_anchors_else_utc() -> None:
    assert resolve("Sept. 28", "2017-10-11").earliest_start.utcoffset() == timedelta(0)
    aware = datetime(2017, 10, 11, 9, 58, tzinfo=ZoneInfo("Asia/Shanghai"))
    span = resolve("Sept. 28", aware)
    assert span.earliest_start == datetime(2017, 9, 28, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert span.anchor == aware


def test_tz_accepts_tzinfo_and_keeps_historical_offsets() -> None:
    fixed = timezone(timedelta(hours=9))
    assert resolve("Sept. 28", ANCHOR, tz=fixed).earliest_start.utcoffset() == timedelta(hours=9)
    # Pyongyang moved to UTC+09:00 in May 2018
    later = resolve("June 1, 2018", ANCHOR, tz="Asia/Pyongyang")
    assert later.earliest_start.utcoffset() == timedelta(hours=9)
    earlier = resolve("June 1, 2015", ANCHOR, tz="Asia/Pyongyang")
    assert earlier.earliest_start.utcoffset() == timedelta(hours=9)
    assert r("Sept. 28").earliest_start.utcoffset() == timedelta(hours=8, minutes=30)


def test_daylight_saving_days_are_23_and_25_hours() -> None:
    spring = resolve("March 12, 2017", ANCHOR, tz="America/New_York")
    autumn = resolve("Nov. 5, 2017", ANCHOR, tz="America/New_York")

    def hours(span: TimeSpan) -> timedelta:
        return span.latest_end.astimezone(timezone.utc) - span.earliest_start.astimezone(
            timezone.utc
        )

    assert hours(spring) == timedelta(hours=23)
    assert hours(autumn) == timedelta(hours=25)
    # 1:30 a.m. on the day clocks go back happens twice: the first is taken
    twice = resolve("1:30 a.m. on Nov. 5, 2017", ANCHOR, tz="America/New_York")
    assert twice.earliest_start.utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize(
    ("phrase", "instant", "value"),
    [
        # March 12, 2017: clocks go from 02:00 EST to 03:00 EDT; midnight is 05:00 UTC
        ("an hour after midnight Saturday", datetime(2017, 3, 12, 6), "2017-03-12T01:00"),
        ("two hours after midnight Saturday", datetime(2017, 3, 12, 7), "2017-03-12T03:00"),
        ("three hours after midnight Saturday", datetime(2017, 3, 12, 8), "2017-03-12T04:00"),
        ("ten minutes before 3:00 a.m. Sunday", datetime(2017, 3, 12, 6, 50), "2017-03-12T01:50"),
        # a day after keeps the wall clock: midnight EDT
        ("a day after midnight Saturday", datetime(2017, 3, 13, 4), "2017-03-13T00:00"),
    ],
)
def test_hours_after_a_time_pass_in_absolute_time(
    phrase: str, instant: datetime, value: str
) -> None:
    span = resolve(phrase, "2017-03-14", tz="America/New_York")
    assert span.earliest_start == instant.replace(tzinfo=timezone.utc)
    assert span.latest_end - span.earliest_start == timedelta(minutes=1)
    assert span.timex == Timex("TIME", value)


def test_hours_across_clocks_set_back_reach_the_second_occurrence() -> None:
    # Nov. 5, 2017: 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST)
    span = resolve("an hour after 1:30 a.m. Nov. 5", "2017-11-14", tz="America/New_York")
    # (compared in UTC: Python never finds an ambiguous wall time equal to another zone's)
    utc = span.earliest_start.astimezone(timezone.utc)
    assert utc == datetime(2017, 11, 5, 6, 30, tzinfo=timezone.utc)
    assert span.earliest_start.utcoffset() == timedelta(hours=-5)
    assert span.timex == Timex("TIME", "2017-11-05T01:30")
    hour = resolve("the hour before 3:00 a.m. Nov. 5", "2017-11-14", tz="America/New_York")
    utc_hour = [
        moment.astimezone(timezone.utc) for moment in (hour.earliest_start, hour.latest_end)
    ]
    assert utc_hour == [
        datetime(2017, 11, 5, 7, tzinfo=timezone.utc),
        datetime(2017, 11, 5, 8, tzinfo=timezone.utc),
    ]


def test_anchor_converted_to_tz() -> None:
    late = datetime(2017, 10, 11, 20, 0, tzinfo=timezone.utc)  # already Oct. 12 in Pyongyang
    assert resolve("today", late, tz="Asia/Pyongyang").timex.value == "2017-10-12"


# ------------------------------------------------------------------ refusals

BAD = [
    ("Sept. 31", "30 days"),
    ("Feb. 30", "29 days"),
    ("", "empty"),
    ("   ", "empty"),
    ("a second source", "not a date"),
    ("a second", "not a date"),
    ("Leejin Jun", "only 'Jun'"),
    ("five 15-ton trucks", "not a date"),
    ("800 Trading Company", ""),
    ("$1", ""),
    ("they may march", ""),
    ("Feb. 29, 2017", "2017 has no"),
    ("the morning of September", "only 'the morning'"),
    ("the first half of the summer", "needs a day, week"),
]


@pytest.mark.parametrize(("phrase", "reason"), BAD)
def test_refusals_name_the_phrase(phrase: str, reason: str) -> None:
    with pytest.raises(UnresolvableExpression) as caught:
        r(phrase)
    assert caught.value.phrase == phrase
    assert reason in caught.value.reason


@pytest.mark.parametrize(
    "phrase",
    [
        "a day after Dec. 31, 9999",
        "Dec. 31, 9999",  # its day would end in the year 10000
        "a year after Dec. 31, 9998",
        "the week of 9999-12-31",
        "the week of Jan. 1, 0001",  # the first instant stands for an open start
        "Jan. 1, 0001",
        "a day before Jan. 2, 0001",
        "a day before 0001-01-01",
        "December 9999",
    ],
)
def test_dates_beyond_the_calendar_are_refused_as_such(phrase: str) -> None:
    with pytest.raises(UnresolvableExpression, match="falls outside the calendar") as error:
        resolve(phrase, ANCHOR)
    assert "out of range" not in str(error.value)  # no Python error text for the user


def test_the_calendar_edges_that_exist_resolve() -> None:
    utc = timezone.utc
    last = resolve("Dec. 30, 9999", ANCHOR)
    assert (last.earliest_start, last.latest_end) == (
        datetime(9999, 12, 30, tzinfo=utc),
        datetime(9999, 12, 31, tzinfo=utc),
    )
    assert resolve("Jan. 2, 0001", ANCHOR).timex == Timex("DATE", "0001-01-02")
    # the year in a TIMEX3 value has four digits even before the year 1000
    early = resolve("two hours before Jan. 2, 0001", ANCHOR)
    assert early.timex == Timex("TIME", "0001-01-01T22:00")


def test_bad_prefer_and_zone_are_timeline_errors() -> None:
    from timeline import TimelineError

    with pytest.raises(TimelineError, match="prefer"):
        resolve("Sept. 28", ANCHOR, prefer="later")  # type: ignore[arg-type]
    with pytest.raises(TimelineError, match="time zone"):
        resolve("Sept. 28", ANCHOR, tz="Mars/Olympus")


def test_dateparser_fallback_only_for_whole_dates() -> None:
    assert bounds(r("28.09.2017")) == crisp(at(9, 28), at(9, 29))
    with pytest.raises(UnresolvableExpression):
        r("Jun 5 and something else 2017")


@pytest.mark.parametrize(
    "phrase",
    ["2:30 hours", "the 32nd", "3 days 2017", "4 hours 2017"],
)
def test_dateparser_fallback_refuses_words_it_would_read_as_something_else(phrase: str) -> None:
    # dateparser reads unit words as "that long ago" and "the 9th" as September
    with pytest.raises(UnresolvableExpression) as error:
        r(phrase)
    assert error.value.phrase == phrase


# ------------------------------------------------------------------ vocabulary


def test_vocabulary_is_replaceable() -> None:
    import attrs

    from timeline import DEFAULT_VOCABULARY, PeriodPart

    wide = attrs.evolve(
        DEFAULT_VOCABULARY,
        month=attrs.evolve(DEFAULT_VOCABULARY.month, mid=PeriodPart(10, 20, slack=5)),
    )
    span = r("mid-September", vocabulary=wide)
    assert (span.earliest_start, span.latest_end) == (at(9, 6), at(9, 26))
    assert r("mid-September").earliest_start == at(9, 8)


# ------------------------------------------------------------------ holidays

HOLIDAYS = [
    ("Thanksgiving Day", "2016-11-24"),
    ("Thanksgiving Day 1989", "1989-11-23"),
    ("last Thanksgiving", "2016-11-24"),
    ("Christmas", "2016-12-25"),
    ("next Christmas", "2017-12-25"),
    ("Christmas Eve", "2016-12-24"),
    ("New Year's Day", "2017-01-01"),
    ("Election Day", "2016-11-08"),
    ("Easter", "2017-04-16"),
    ("Good Friday 2017", "2017-04-14"),
    ("Memorial Day", "2017-05-29"),
    ("Labor Day", "2017-09-04"),
    ("Easter week", "2017-W15"),  # Holy Week, ending on Easter Sunday
]


@pytest.mark.parametrize(("phrase", "value"), HOLIDAYS)
def test_holidays(phrase: str, value: str) -> None:
    span = r(phrase)
    assert span.timex == Timex("DATE", value)
    days = 7 if "week" in phrase else 1
    assert span.latest_end - span.earliest_start == timedelta(days=days)


@pytest.mark.parametrize(
    ("anchor", "phrase", "year"),
    [
        ("2001-04-18", "Oct. 17", 2001),  # 182 days ahead vs 183 days back
        ("2001-04-17", "Oct. 17", 2000),  # 182 days back vs 183 ahead
        ("2001-04-18", "Oct. 18", 2000),
    ],
)
def test_nearest_counts_whole_days_from_the_anchor_day(anchor: str, phrase: str, year: int) -> None:
    assert resolve(phrase, anchor, prefer="nearest").earliest_start.year == year


# ------------------------------------------------------------------ anchored to another date
# News-text gaps; the anchor is a Monday, 1989-10-30, in UTC.

UTC = timezone.utc
ANCHOR_89 = "1989-10-30"


def r89(phrase: str, **options: object) -> TimeSpan:
    return resolve(phrase, ANCHOR_89, tz="UTC", **options)  # type: ignore[arg-type]


def u(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def one_day(year: int, month: int, day: int) -> tuple[datetime, datetime, datetime, datetime]:
    return crisp(u(year, month, day), u(year, month, day) + timedelta(days=1))


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("the day before Oct. 12", (1989, 10, 11)),
        ("the day after Christmas", (1988, 12, 26)),  # Christmas 1988: the latest by the anchor
        ("two days after Christmas", (1988, 12, 27)),
        ("the day before last Tuesday", (1989, 10, 23)),  # last Tuesday is Oct. 24
        ("a week after Sept. 28", (1989, 10, 5)),
        ("three days before Oct. 2", (1989, 9, 29)),
        ("a month after Sept. 28", (1989, 10, 28)),
        ("the day after the weekend", (1989, 10, 30)),  # the weekend Oct. 28-29: its Monday
        ("the day after Friday night", (1989, 10, 28)),
    ],
)
def test_day_counted_from_a_date(phrase: str, day: tuple[int, int, int]) -> None:
    span = r89(phrase)
    assert bounds(span) == one_day(*day)
    assert span.timex == Timex("DATE", "{:04d}-{:02d}-{:02d}".format(*day))
    assert span.granularity == "day"


def test_offset_as_coarse_as_its_base_moves_it_whole() -> None:
    span = r89("a year after the third quarter of 1988")
    assert bounds(span) == crisp(u(1989, 7, 1), u(1989, 10, 1))
    assert span.timex == Timex("DATE", "1989-Q3")
    span = r89("an hour after 3 p.m.")
    assert bounds(span) == crisp(u(1989, 10, 30, 16), u(1989, 10, 30, 16, 1))
    assert span.timex == Timex("TIME", "1989-10-30T16:00")


def test_the_unit_before_a_date_is_the_unit_next_to_it() -> None:
    span = r89("the week after Christmas")
    assert bounds(span) == crisp(u(1988, 12, 26), u(1989, 1, 2))
    assert span.timex == Timex("DATE", "1988-W52")
    span = r89("the week before Christmas")  # Dec. 18-24: no calendar week, so the bound
    assert bounds(span) == crisp(u(1988, 12, 18), u(1988, 12, 25))
    assert span.timex == Timex("DATE", "1988-12-25", "BEFORE")


def test_vague_count_after_a_date_is_uncertain() -> None:
    span = r89("a few days after Sept. 28")  # two to four days
    assert bounds(span) == (u(1989, 9, 30), u(1989, 10, 2), u(1989, 10, 1), u(1989, 10, 3))
    assert span.timex == Timex("DATE", "1989-10-01", "APPROX")


@pytest.mark.parametrize(
    "phrase", ["three weeks before the election", "the day before the stock market plunge"]
)
def test_offset_from_no_date_is_unresolvable(phrase: str) -> None:
    with pytest.raises(UnresolvableExpression, match="only"):
        r89(phrase)


def test_the_day_before_alone_stays_anaphoric() -> None:
    from timeline._resolve import resolve_in_context

    span = resolve_in_context("the day before", anchor=ANCHOR_89, reference="1989-10-12", tz="UTC")
    assert bounds(span) == one_day(1989, 10, 11)


@pytest.mark.parametrize(
    ("phrase", "start", "days", "value"),
    [
        ("the week of March 6", (1989, 3, 6), 7, "1989-W10"),
        ("the week of Oct. 12", (1989, 10, 9), 7, "1989-W41"),  # a Thursday: its ISO week
        ("the week of Christmas", (1988, 12, 19), 7, "1988-W51"),
        ("the weekend of Oct. 14", (1989, 10, 14), 2, "1989-W41-WE"),
        ("the weekend of Oct. 12", (1989, 10, 14), 2, "1989-W41-WE"),
    ],
)
def test_the_week_of_a_day(phrase: str, start: tuple[int, int, int], days: int, value: str) -> None:
    span = r89(phrase)
    assert bounds(span) == crisp(u(*start), u(*start) + timedelta(days=days))
    assert span.timex == Timex("DATE", value)
    assert span.granularity == "week"


# ------------------------------------------------------------------ the previous / following day


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("the previous Friday", (1989, 10, 27)),
        ("the preceding Monday", (1989, 10, 23)),  # strictly before the Monday anchor
        ("the following Monday", (1989, 11, 6)),  # strictly after it
        ("the next Tuesday", (1989, 10, 31)),
    ],
)
def test_the_previous_and_following_weekday(phrase: str, day: tuple[int, int, int]) -> None:
    span = r89(phrase)
    assert bounds(span) == one_day(*day)
    assert span.timex == Timex("DATE", "{:04d}-{:02d}-{:02d}".format(*day))
    assert span.phrase == phrase


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("the previous Friday", (1989, 10, 6)),
        ("the previous Thursday", (1989, 10, 5)),
        ("the following Monday", (1989, 10, 16)),
        ("the next Thursday", (1989, 10, 19)),
    ],
)
def test_the_previous_weekday_counts_from_the_reference(
    phrase: str, day: tuple[int, int, int]
) -> None:
    from timeline._resolve import resolve_in_context

    # the story is on Thursday, Oct. 12
    span = resolve_in_context(phrase, anchor=ANCHOR_89, reference="1989-10-12", tz="UTC")
    assert bounds(span) == one_day(*day)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("that Sunday", "1989-10-15"),  # the story is on Thursday, Oct. 12
        ("that Monday", "1989-10-09"),
        ("that same Friday", "1989-10-13"),
        ("6 a.m. that Sunday", "1989-10-15T06:00"),
    ],
)
def test_that_weekday_is_the_one_of_the_storys_week(phrase: str, value: str) -> None:
    from timeline._resolve import resolve_in_context

    span = resolve_in_context(phrase, anchor=ANCHOR_89, reference="1989-10-12", tz="UTC")
    assert span.timex.value == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("10 o'clock Monday night", "1989-10-30T22:00"),  # told on Monday, Oct. 30
        ("11 p.m. Saturday night", "1989-10-28T23:00"),
        ("2 a.m. Saturday night", "1989-10-29T02:00"),  # the small hours after it
        ("2 a.m. on Saturday night", "1989-10-29T02:00"),
        ("12:30 a.m. on Friday night", "1989-10-28T00:30"),
        ("7 p.m. on Friday evening", "1989-10-27T19:00"),
        ("9 a.m. on Saturday", "1989-10-28T09:00"),  # no part: the day itself
    ],
)
def test_a_clock_in_a_weekdays_night(phrase: str, value: str) -> None:
    assert r89(phrase).timex == Timex("TIME", value)


# ------------------------------------------------------------------ midnight of a named day


@pytest.mark.parametrize(
    "phrase", ["midnight Friday", "midnight on Friday", "Friday at midnight", "Friday midnight"]
)
def test_midnight_of_a_named_day_ends_it(phrase: str) -> None:
    span = r89(phrase)
    assert bounds(span) == crisp(u(1989, 10, 28), u(1989, 10, 28, 0, 1))
    assert span.timex == Timex("TIME", "1989-10-27T24:00")


def test_midnight_of_a_date_ends_it() -> None:
    span = r89("midnight Oct. 12")
    assert bounds(span) == crisp(u(1989, 10, 13), u(1989, 10, 13, 0, 1))
    assert span.timex == Timex("TIME", "1989-10-12T24:00")


def test_bare_midnight_starts_the_reference_day() -> None:
    span = r89("midnight")
    assert bounds(span) == crisp(u(1989, 10, 30), u(1989, 10, 30, 0, 1))
    assert span.timex == Timex("TIME", "1989-10-30T00:00")


def test_shortly_after_midnight_friday_is_early_friday() -> None:
    span = r89("shortly after midnight Friday")
    assert span.earliest_start == u(1989, 10, 27)
    assert span.latest_end == u(1989, 10, 27, 1, 1)


def test_midnight_in_ranges() -> None:
    deadline = r89("from 9 p.m. to midnight Friday")
    assert bounds(deadline) == crisp(u(1989, 10, 27, 21), u(1989, 10, 28))
    small_hours = r89("from midnight to 3 a.m. on Sept. 28")
    assert bounds(small_hours) == crisp(u(1989, 9, 28), u(1989, 9, 28, 3))


# ------------------------------------------------------------------ mid-morning, mid-afternoon


@pytest.mark.parametrize(
    ("phrase", "day", "core", "support", "value"),
    [
        ("mid-afternoon", 30, ((14, 20), (15, 40)), (13, 17), "1989-10-30TAF"),
        ("mid-morning", 30, ((8, 20), (9, 40)), (7, 11), "1989-10-30TMO"),
        ("mid-afternoon yesterday", 29, ((14, 20), (15, 40)), (13, 17), "1989-10-29TAF"),
        ("mid-morning Tuesday", 24, ((8, 20), (9, 40)), (7, 11), "1989-10-24TMO"),
        ("midafternoon Friday", 27, ((14, 20), (15, 40)), (13, 17), "1989-10-27TAF"),
        ("Tuesday mid-morning", 24, ((8, 20), (9, 40)), (7, 11), "1989-10-24TMO"),
    ],
)
def test_mid_part_of_day_is_the_middle_third(
    phrase: str,
    day: int,
    core: tuple[tuple[int, int], tuple[int, int]],
    support: tuple[int, int],
    value: str,
) -> None:
    span = r89(phrase)
    (h0, m0), (h1, m1) = core
    assert bounds(span) == (
        u(1989, 10, day, support[0]), u(1989, 10, day, h0, m0),
        u(1989, 10, day, h1, m1), u(1989, 10, day, support[1]),
    )  # fmt: skip
    assert span.timex == Timex("TIME", value, "MID")
    assert span.granularity == "part_of_day"


def test_a_part_of_day_missing_from_the_vocabulary_is_unresolvable() -> None:
    import attrs

    from timeline import DEFAULT_VOCABULARY

    plain = attrs.evolve(
        DEFAULT_VOCABULARY,
        parts_of_day=tuple(p for p in DEFAULT_VOCABULARY.parts_of_day if p.name != "mid-morning"),
    )
    with pytest.raises(UnresolvableExpression, match="mid-morning"):
        r89("mid-morning", vocabulary=plain)


# ------------------------------------------------------------------ business and calendar days


@pytest.mark.parametrize(
    ("phrase", "value", "shortest", "longest"),
    [
        ("eight trading days", "P8D", 10, 12),  # Mon..Wed next week; Thu..Mon after next
        ("three business days", "P3D", 3, 5),
        ("five working days", "P5D", 5, 7),
        ("six business days", "P6D", 8, 8),  # always one weekend inside
        ("two business days", "P2D", 2, 4),  # Friday and Monday: four days
        ("a business day", "P1D", 1, 1),
        ("ten calendar days", "P10D", 10, 10),
    ],
)
def test_business_days_keep_their_count_and_say_their_calendar_length(
    phrase: str, value: str, shortest: int, longest: int
) -> None:
    span = r89(phrase)
    assert span.timex == Timex("DURATION", value)
    assert (span.min_duration, span.max_duration) == (
        timedelta(days=shortest),
        timedelta(days=longest),
    )
    assert (span.earliest_start, span.latest_end) == (OPEN_START, OPEN_END)


# ------------------------------------------------------------------ the first months of a year


@pytest.mark.parametrize(
    ("phrase", "start", "end", "timex", "granularity"),
    [
        ("the first two quarters of 1990", (1990, 1, 1), (1990, 7, 1), ("1990-H1", None), "half"),
        ("the last half of 1989", (1989, 7, 1), (1990, 1, 1), ("1989-H2", None), "half"),
        ("the last six months of 1989", (1989, 7, 1), (1990, 1, 1), ("1989-H2", None), "half"),
        ("the first three quarters of 1989", (1989, 1, 1), (1989, 10, 1), ("1989", "START"),
         "month"),
        ("the first nine months of 1989", (1989, 1, 1), (1989, 10, 1), ("1989", "START"), "month"),
        ("the last four months of 1988", (1988, 9, 1), (1989, 1, 1), ("1988", "END"), "month"),
        ("the first three months of the year", (1989, 1, 1), (1989, 4, 1), ("1989-Q1", None),
         "quarter"),
        ("the final three months of last year", (1988, 10, 1), (1989, 1, 1), ("1988-Q4", None),
         "quarter"),
        ("the first month of 1990", (1990, 1, 1), (1990, 2, 1), ("1990-01", None), "month"),
    ],
)  # fmt: skip
def test_leading_and_trailing_months_of_a_year(
    phrase: str,
    start: tuple[int, int, int],
    end: tuple[int, int, int],
    timex: tuple[str, str | None],
    granularity: str,
) -> None:
    span = r89(phrase)
    assert bounds(span) == crisp(u(*start), u(*end))
    assert span.timex == Timex("DATE", timex[0], timex[1])  # type: ignore[arg-type]
    assert span.granularity == granularity


def test_the_last_six_months_alone_is_a_window_to_the_anchor() -> None:
    span = r89("the last six months")
    assert span.timex == Timex("DURATION", "P6M")
    assert bounds(span) == crisp(u(1989, 4, 30), u(1989, 10, 31))


# ------------------------------------------------------------------ years said in words


@pytest.mark.parametrize(
    ("phrase", "start", "end", "value"),
    [
        ("January nineteen ninety-seven", (1997, 1, 1), (1997, 2, 1), "1997-01"),
        ("January of nineteen ninety-seven", (1997, 1, 1), (1997, 2, 1), "1997-01"),
        ("Jan. 5, nineteen ninety-seven", (1997, 1, 5), (1997, 1, 6), "1997-01-05"),
        ("the third quarter of nineteen eighty-nine", (1989, 7, 1), (1989, 10, 1), "1989-Q3"),
    ],
)
def test_spoken_years_with_months_and_quarters(
    phrase: str, start: tuple[int, int, int], end: tuple[int, int, int], value: str
) -> None:
    span = r89(phrase)
    assert bounds(span) == crisp(u(*start), u(*end))
    assert span.timex == Timex("DATE", value)


@pytest.mark.parametrize(
    "phrase", ["the winter of nineteen ninety-four", "winter nineteen ninety-four"]
)
def test_spoken_year_with_a_season(phrase: str) -> None:
    span = r89(phrase)
    # core: the meteorological winter from December 1994; support three weeks either side
    assert bounds(span) == (u(1994, 11, 10), u(1994, 12, 1), u(1995, 3, 1), u(1995, 3, 22))
    assert span.timex == Timex("DATE", "1994-WI")


# ------------------------------------------------------------------ "current"


def test_current_alone_is_the_present() -> None:
    span = r89("current")
    assert bounds(span) == one_day(1989, 10, 30)
    assert span.timex == Timex("DATE", "PRESENT_REF")


@pytest.mark.parametrize(
    ("phrase", "start", "end", "value"),
    [
        ("the current quarter", (1989, 10, 1), (1990, 1, 1), "1989-Q4"),
        ("the current year", (1989, 1, 1), (1990, 1, 1), "1989"),
        ("the current fiscal year", (1989, 1, 1), (1990, 1, 1), "1989"),
        ("current month", (1989, 10, 1), (1989, 11, 1), "1989-10"),
    ],
)
def test_the_current_unit_is_the_one_under_way(
    phrase: str, start: tuple[int, int, int], end: tuple[int, int, int], value: str
) -> None:
    span = r89(phrase)
    assert bounds(span) == crisp(u(*start), u(*end))
    assert span.timex == Timex("DATE", value)


@pytest.mark.parametrize("phrase", ["alternating current", "current account", "current assets"])
def test_current_as_a_noun_or_term_is_no_time(phrase: str) -> None:
    with pytest.raises(UnresolvableExpression):
        r89(phrase)


@pytest.mark.parametrize(
    ("phrase", "expected", "value", "mod"),
    [
        # summer 2017 is surely June-August, possibly from May 11 to Sept. 22 (season slack)
        ("early summer", (at(5, 11), at(6, 1), at(7, 1), at(7, 29)), "2017-SU", "START"),
        ("the end of the summer", (at(7, 20), at(8, 17), at(9, 1), at(9, 22)), "2017-SU", "END"),
        ("late spring", (at(4, 2), at(4, 30), at(6, 1), at(6, 22)), "2017-SP", "END"),
        (
            "mid-winter",
            (at(12, 3, year=2016), at(12, 31, year=2016), at(1, 30), at(2, 27)),
            "2016-WI",
            "MID",
        ),
    ],
)
def test_parts_of_a_season_are_counted_in_its_sure_core(
    phrase: str, expected: tuple[datetime, ...], value: str, mod: str
) -> None:
    span = r(phrase)
    assert bounds(span) == expected
    assert (span.timex.value, span.timex.mod) == (value, mod)
    assert r(phrase).is_within(r(phrase.split()[-1]))


@pytest.mark.parametrize(
    ("phrase", "value", "mod"),
    [
        ("a hundred years", "P100Y", None),
        ("almost a hundred years", "P100Y", "LESS_THAN"),
        ("more than two thousand years", "P2000Y", "MORE_THAN"),
    ],
)
def test_round_numbers_in_words_count_units(phrase: str, value: str, mod: str | None) -> None:
    assert r(phrase).timex == Timex("DURATION", value, mod)  # type: ignore[arg-type]
    # ... while a year said in words stays a year
    assert r("two thousand").timex == Timex("DATE", "2000")
    assert r("January two thousand and one").timex == Timex("DATE", "2001-01")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1000000 days", "P1000000D"),  # not "P1e+06D"
        ("10000000 hours", "PT10000000H"),
        ("the past 1000000 hours", "PT1000000H"),
        ("1.5 seconds", "PT1.5S"),
        ("0.1 seconds", "PT0.1S"),
    ],
)
def test_duration_counts_are_written_in_plain_digits(phrase: str, value: str) -> None:
    assert r(phrase).timex.value == value


def test_a_year_by_its_last_two_digits_is_the_latest_not_far_ahead() -> None:
    assert r("in '98").timex == Timex("DATE", "1998")
    assert r("'25").timex == Timex("DATE", "2025")  # at most ten years after the 2017 anchor
    assert r("'28").timex == Timex("DATE", "1928")
    assert bounds(r("'98")) == crisp(at(1, 1, year=1998), at(1, 1, year=1999))


def test_an_apostrophe_a_quote_mark_closes_is_a_title() -> None:
    with pytest.raises(UnresolvableExpression):
        r("'50 First Dates'")
    assert r("'98").timex == Timex("DATE", "1998")


def test_a_phrase_takes_a_year_in_words_after_a_comma() -> None:
    # scanning refuses it ("In January, two thousand and one soldiers"); a whole phrase is one
    assert r("January 1, nineteen ninety-seven").timex == Timex("DATE", "1997-01-01")
    assert r("twelve fifty").timex == Timex("DATE", "1250")


def test_offsets_know_which_units_are_coarser() -> None:
    from timeline._resolve._anchored import _RANK

    order = ["second", "minute", "hour", "part_of_day", "day", "week", "month", "quarter", "year"]
    assert [_RANK[unit] for unit in order] == sorted(_RANK[unit] for unit in order)
    assert len({_RANK[unit] for unit in order}) == len(order)
    assert _RANK["fortnight"] == _RANK["week"] < _RANK["season"] < _RANK["half"] < _RANK["year"]
    assert _RANK["year"] < _RANK["decade"] < _RANK["century"]


# ------------------------------------------------------------------ modern news (news engineer)


def news(phrase: str, anchor: str = "2019-03-14") -> TimeSpan:
    return resolve(phrase, anchor)  # UTC


def test_this_past_weekend_is_the_weekend_just_gone_not_a_week_long_window() -> None:
    # 2017-08-25 is a Friday: the weekend before it is Aug. 19-20
    for phrase in ("this past weekend", "the past weekend", "last weekend"):
        span = news(phrase, "2017-08-25")
        assert span.timex == Timex("DATE", "2017-W33-WE")
        assert span.earliest_start.date().isoformat() == "2017-08-19"
    assert news("this past week", "2017-08-25").timex == Timex("DATE", "2017-W33")
    assert news("this coming Friday", "2017-08-25").timex == Timex("DATE", "2017-09-01")
    assert news("the past week", "2017-08-25").timex.type == "DURATION"  # a window, still


def test_the_unit_before_or_after_counts_from_the_narrative() -> None:
    from timeline._resolve import resolve_in_context

    def near(phrase: str) -> Timex:
        return resolve_in_context(phrase, anchor="2018-09-04", reference="2009-06-10").timex

    assert near("the year before") == Timex("DATE", "2008")
    assert near("the month after") == Timex("DATE", "2009-07")
    assert near("the week before") == Timex("DATE", "2009-W23")
    with pytest.raises(UnresolvableExpression):  # a year counted from an event: not ours
        news("the year before the war")


def test_earlier_this_unit_is_its_start_as_timeml_marks_it() -> None:
    assert news("earlier this month").timex == Timex("DATE", "2019-03", "START")
    assert news("earlier this year").timex == Timex("DATE", "2019", "START")
    assert news("later this month").timex == Timex("DATE", "2019-03")


@pytest.mark.parametrize(
    ("phrase", "anchor", "utc_hour"),
    [
        ("8:30 a.m. ET", "2020-07-08", 12),  # summer: EDT
        ("8:30 a.m. ET", "2020-01-08", 13),  # winter: EST
        ("10 p.m. PT", "2020-07-08", 5),  # the next day in UTC
        ("9 a.m. Pacific time", "2020-01-08", 17),
        ("3 p.m. Eastern", "2020-07-08", 19),
        ("3 p.m. Eastern Standard Time", "2020-07-08", 20),
        ("noon ET", "2020-07-08", 16),
        ("14:00 GMT", "2020-07-08", 14),
        ("6 p.m. IST", "2020-07-08", 12),
    ],
)
def test_clock_times_with_zones_keep_the_written_value_and_the_true_instant(
    phrase: str, anchor: str, utc_hour: int
) -> None:
    span = resolve(phrase, anchor)
    assert span.timex.type == "TIME"
    written = phrase.split()[0]
    hour = 12 if written == "noon" else int(written.split(":")[0])
    hour += 12 if "p.m." in phrase and hour != 12 else 0
    assert span.timex.value[11:13] == f"{hour:02d}"
    assert span.earliest_start.astimezone(timezone.utc).hour == utc_hour


def test_a_local_time_named_by_its_place_is_the_clock_as_written() -> None:
    for phrase in ("noon local time", "2:45 a.m. Cairo time", "11 a.m. New York time"):
        assert resolve(phrase, "2016-05-19").timex.type == "TIME"
    assert resolve("2:45 a.m. Cairo time", "2016-05-19").timex.value == "2016-05-19T02:45"
    with pytest.raises(UnresolvableExpression):
        resolve("3 p.m. Tuesday time", "2016-05-19")  # a weekday names no zone


@pytest.mark.parametrize(
    ("phrase", "value", "minimum"),
    [
        ("an hour and 45 minutes", "PT1H45M", timedelta(hours=1, minutes=45)),
        ("two years and three months", "P2Y3M", timedelta(days=819)),
        ("three days and two hours", "P3DT2H", timedelta(days=3, hours=2)),
    ],
)
def test_a_length_in_two_units_is_one_duration(phrase: str, value: str, minimum: timedelta) -> None:
    span = news(phrase)
    assert span.timex == Timex("DURATION", value)
    assert span.min_duration == minimum
    about = news(f"about {phrase}")
    assert about.timex == Timex("DURATION", value, "APPROX")
    assert about.min_duration is not None and about.min_duration < minimum


@pytest.mark.parametrize(
    ("phrase", "value", "minimum"),
    [
        ("2 hours 23 minutes 5 seconds", "PT2H23M5S", timedelta(hours=2, minutes=23, seconds=5)),
        ("1 minute 31.4 seconds", "PT1M31.4S", timedelta(minutes=1, seconds=31.4)),
        ("two hours, 10 minutes", None, None),
    ],
)
def test_a_race_time_in_three_units_or_tenths_of_seconds_is_one_duration(
    phrase: str, value: str | None, minimum: timedelta | None
) -> None:
    from timeline._resolve import scan

    text = f"won in {phrase} on Sunday"
    if value is None:  # a comma parts two lengths
        assert len(scan(text)) == 3
        return
    assert [text[a:b] for a, b in scan(text)] == [phrase, "Sunday"]
    span = news(phrase)
    assert span.timex == Timex("DURATION", value)
    assert span.min_duration == minimum


def test_a_length_then_on_at_a_clause_end_is_later() -> None:
    from timeline._resolve import scan

    assert resolve("ten years on", "2019-06-03").timex == Timex("DATE", "2029")
    text = "Ten years on, the town has recovered; he spent two years on the job."
    assert [text[a:b] for a, b in scan(text)] == ["Ten years on", "two years"]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("2.5 years", "P2Y6M"),
        ("2.3 hours", "PT2H18M"),
        ("3.2 years", "P3.2Y"),  # 2.4 months: no whole number of the smaller unit
        ("2.4 months", "P2M12D"),  # months split into 30 days
    ],
)
def test_a_decimal_length_splits_only_into_whole_smaller_units(phrase: str, value: str) -> None:
    assert news(phrase).timex == Timex("DURATION", value)


def test_only_seconds_may_be_a_fraction_inside_a_length() -> None:
    from timeline._resolve import scan

    text = "after 1 hour 2.5 minutes"
    assert [text[a:b] for a, b in scan(text)] == ["1 hour", "2.5 minutes"]


def test_a_length_in_two_units_takes_them_largest_first() -> None:
    from timeline._resolve import scan

    text = "after 45 minutes and an hour"
    assert [text[a:b] for a, b in scan(text)] == ["45 minutes", "an hour"]
    text = "after an hour and 45 minutes"
    assert [text[a:b] for a, b in scan(text)] == ["an hour and 45 minutes"]


@pytest.mark.parametrize(
    ("words", "year", "day"),
    [
        ("Black Friday", 2020, "2020-11-27"),
        ("Cyber Monday", 2020, "2020-11-30"),
        ("Mother's Day", 2023, "2023-05-14"),
        ("Father's Day", 2023, "2023-06-18"),
        ("Martin Luther King Jr. Day", 2024, "2024-01-15"),
        ("Presidents' Day", 2024, "2024-02-19"),
        ("Juneteenth", 2023, "2023-06-19"),
        ("Veterans Day", 2023, "2023-11-11"),
        ("Palm Sunday", 2024, "2024-03-24"),
        ("Ash Wednesday", 2024, "2024-02-14"),
    ],
)
def test_named_days_of_modern_news_are_known(words: str, year: int, day: str) -> None:
    # the rule itself (the grammar's dispatch table decides where it is tried)
    from timeline._resolve._api import document_reading
    from timeline._resolve._holidays import holiday
    from timeline._resolve._tokens import Stream

    hit = holiday(Stream(f"{words} {year}", strict=True), 0)
    assert hit is not None
    ctx = document_reading(f"{year}-12-31").context(None, "past")
    assert hit[0].evaluate(ctx).timex == Timex("DATE", day)


def test_a_weekday_in_a_named_day_is_not_that_weekday() -> None:
    from timeline._resolve._dates import weekday
    from timeline._resolve._tokens import Stream

    for text in ("Black Friday", "Super Tuesday", "Bloody Sunday", "Cyber Monday"):
        assert weekday(Stream(text, strict=True), 1) is None
    assert weekday(Stream("on Friday", strict=True), 1) is not None
    assert weekday(Stream("black Friday", strict=True), 1) is not None  # a colour, not a name


def test_half_years_and_fiscal_years_as_business_news_writes_them() -> None:
    from timeline._resolve._dates import half, year_expression
    from timeline._resolve._tokens import Stream

    def read(rule: object, text: str) -> object:
        hit = rule(Stream(text, strict=True), 0)  # type: ignore[operator]
        return None if hit is None else hit[0]

    assert repr(read(half, "H1 2021")) == "Half(number=1, year=2021)"
    assert read(half, "H2") is None  # alone, as often hydrogen
    assert read(half, "H1N1 flu") is None
    assert repr(read(year_expression, "FY2024")) == "YearDate(year=2024)"
    assert repr(read(year_expression, "FY24")) == "YearDate(year=2024)"


def test_half_years_and_fiscal_years_resolve() -> None:
    assert news("H1 2021").timex == Timex("DATE", "2021-H1")
    assert news("FY2024").timex == Timex("DATE", "2024")


def test_clock_times_with_a_dot_resolve() -> None:
    assert resolve("4.30am", "2017-06-09").timex == Timex("TIME", "2017-06-09T04:30")


def test_a_dotted_clock_time_needs_its_meridiem() -> None:
    from timeline._resolve._times import clock
    from timeline._resolve._tokens import Stream

    hit = clock(Stream("4.30am", strict=True), 0)
    assert hit is not None and (hit[0].hour, hit[0].minute) == (4, 30)  # type: ignore[attr-defined]
    assert clock(Stream("3.15 p.m.", strict=True), 0) is not None
    assert clock(Stream("4.30 percent", strict=True), 0) is None
    assert clock(Stream("13.30pm", strict=True), 0) is None


def test_the_unit_before_a_named_day_is_counted_from_that_day() -> None:
    from timeline._resolve import scan

    text = "sales the week before Christmas rose"
    assert [text[a:b] for a, b in scan(text)] == ["the week before Christmas"]
    text = "it came the week after."
    assert [text[a:b] for a, b in scan(text)] == ["the week after"]


def test_a_unit_in_apposition_to_a_date_is_that_date() -> None:
    from timeline._resolve._api import resolve_found, scan_found

    text = "founded in June 2009, the month before the merger"
    month = [f for f in scan_found(text) if f.text == "the month before"]
    assert len(month) == 1
    span = resolve_found(month[0], anchor="2018-09-04", reference="2009-06-01")
    assert span.timex == Timex("DATE", "2009-06")
    alone = [f for f in scan_found("It fell the month before.") if f.text == "the month before"]
    span = resolve_found(alone[0], anchor="2018-09-04", reference="2009-06-01")
    assert span.timex == Timex("DATE", "2009-05")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("eight straight months", "P8M"), ("three consecutive days", "P3D"),
     ("two full years", "P2Y"), ("two more weeks", "P2W")],
)  # fmt: skip
def test_a_count_keeps_its_unit_across_an_adjective(phrase: str, value: str) -> None:
    assert news(phrase).timex == Timex("DURATION", value)


def test_easter_week_is_holy_week() -> None:
    # the week that ends on Easter Sunday (April 23 in 2000): "as Easter week began" on Palm Sunday
    span = resolve("Easter week", "2000-04-17")
    assert span.timex == Timex("DATE", "2000-W16")
    assert span.latest_end.date().isoformat() == "2000-04-24"


@pytest.mark.parametrize(
    ("phrase", "anchor", "value"),
    [
        ("a year ago this week", "2019-12-02", "2018-W49"),
        ("Fifty years ago this month", "2019-07-22", "1969-07"),
        ("a decade ago this month", "2019-07-22", "2009-07"),
        ("a year ago", "2019-12-02", "2018"),
    ],
)
def test_an_anniversary_is_the_week_or_month_that_far_back(
    phrase: str, anchor: str, value: str
) -> None:
    assert resolve(phrase, anchor).timex == Timex("DATE", value)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("the April-June quarter", "2020-Q2"),
        ("the July-September period", "2020-Q3"),
        ("the October-December quarter of 2019", "2019-Q4"),
    ],
)
def test_a_quarter_named_by_its_months(phrase: str, value: str) -> None:
    assert resolve(phrase, "2020-10-30").timex == Timex("DATE", value)


def test_three_months_that_are_no_quarter_are_not_one() -> None:
    with pytest.raises(UnresolvableExpression):
        resolve("the August-October quarter", "2020-10-30")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("the past weeks", "PXW"),
        ("the coming days", "PXD"),
        ("the next days", "PXD"),
        ("the following weeks", "PXW"),
        ("the coming hours", "PTXH"),
    ],
)
def test_a_window_of_a_plural_unit_is_of_unstated_length(phrase: str, value: str) -> None:
    assert news(phrase).timex == Timex("DURATION", value)


def test_a_singular_window_or_anaphor_keeps_its_meaning() -> None:
    assert news("the coming week").timex == Timex("DATE", "2019-W12")
    assert news("the next day").timex == Timex("DATE", "2019-03-15")
    assert news("the past week").timex == Timex("DURATION", "P1W")


@pytest.mark.parametrize(
    ("phrase", "anchor", "value", "saturday"),
    [
        ("Memorial Day weekend", "2023-06-01", "2023-W21-WE", "2023-05-27"),  # before a Monday
        ("Thanksgiving weekend", "2023-12-01", "2023-W47-WE", "2023-11-25"),  # after a Thursday
        ("Easter weekend", "2023-06-01", "2023-W14-WE", "2023-04-08"),  # holding a Sunday
        ("the Labor Day weekend", "2023-10-01", "2023-W35-WE", "2023-09-02"),  # its article
    ],
)
def test_a_holiday_weekend_is_the_weekend_nearest_the_day(
    phrase: str, anchor: str, value: str, saturday: str
) -> None:
    span = resolve(phrase, anchor)
    assert span.timex == Timex("DATE", value)
    assert span.earliest_start.date().isoformat() == saturday


def test_the_article_belongs_only_to_a_holidays_weekend() -> None:
    from timeline._resolve import scan

    text = "Over the Labor Day weekend, and at the Christmas party"
    assert [text[a:b] for a, b in scan(text)] == ["the Labor Day weekend", "Christmas"]


@pytest.mark.parametrize(
    "phrase",
    ["the early hours of Sunday", "the small hours of Sunday", "the early hours of Sunday morning"],
)
def test_the_early_hours_of_a_day(phrase: str) -> None:
    span = news(phrase)  # the Sunday before Thursday 2019-03-14
    assert span.timex == Timex("TIME", "2019-03-10TMO", "START")
    assert span.earliest_start.date().isoformat() == "2019-03-10"


def test_the_week_ended_a_day_is_the_seven_days_up_to_it() -> None:
    from timeline._resolve._api import resolve_found, scan_found

    # two expressions, as TimeML marks "[the quarter] ended [Sept. 30]"
    text = "claims fell in the week ended Sept. 9."
    found = scan_found(text)
    assert [f.text for f in found] == ["the week", "Sept. 9"]
    span = resolve_found(found[0], anchor="2023-09-14")
    assert span.timex == Timex("DATE", "2023-W36")
    assert (span.earliest_start.date().isoformat(), span.latest_end.date().isoformat()) == (
        "2023-09-03",
        "2023-09-10",
    )
    week = scan_found("in the week ending Friday")[0]
    assert resolve_found(week, anchor="2023-09-14").timex == Timex("DATE", "2023-W36")


def test_year_end_of_a_named_year() -> None:
    assert news("year-end 2023").timex == Timex("DATE", "2023", "END")
    assert news("year-end").timex == Timex("DATE", "2019", "END")


def test_a_relative_date_in_two_units() -> None:
    assert resolve("5 years and 2 months ago", "2023-05-10").timex == Timex("DATE", "2018-03")
    assert resolve("two weeks and three days ago", "2023-05-10").timex == Timex(
        "DATE", "2023-04-23"
    )


@pytest.mark.parametrize("phrase", ["45 minutes and an hour", "1H 2021", "2019-20"])
def test_dateparser_is_not_asked_about_lengths_or_spans_of_years(phrase: str) -> None:
    # it reads a length as that long ago ("45 minutes and an hour" was yesterday) and
    # "2019-20" as May 20, 2019
    with pytest.raises(UnresolvableExpression):
        resolve(phrase, "2023-05-10")
    assert resolve("28.09.2017", "2023-05-10").timex == Timex("DATE", "2017-09-28")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("the first Tuesday in November 2012", "2012-11-06"),
        ("the second Sunday of May 2013", "2013-05-12"),
        ("the last Friday of June 2013", "2013-06-28"),
        ("the third Monday of next month", "2013-05-20"),
    ],
)
def test_a_weekday_counted_in_its_month(phrase: str, value: str) -> None:
    assert resolve(phrase, "2013-04-10").timex == Timex("DATE", value)


def test_a_month_without_that_many_weekdays() -> None:
    with pytest.raises(UnresolvableExpression, match="no weekday number 5"):
        resolve("the fifth Friday in February 2013", "2013-04-10")


def test_a_clock_time_in_a_night_falls_inside_it() -> None:
    from timeline._resolve import resolve_in_context

    night = resolve("Monday night", "2021-01-07")
    at = {c: resolve_in_context(c, anchor="2021-01-07", reference=night).timex.value
          for c in ("2 a.m.", "11 p.m.", "7 p.m.", "7 a.m.")}  # fmt: skip
    assert at == {
        "2 a.m.": "2021-01-05T02:00",  # the small hours of Monday night are Tuesday's
        "11 p.m.": "2021-01-04T23:00",
        "7 p.m.": "2021-01-04T19:00",  # before the night: still Monday
        "7 a.m.": "2021-01-04T07:00",  # after the night's end: not pulled into it
    }


def test_day_first_reads_only_an_ambiguous_numeric_date_day_first() -> None:
    from timeline import TimelineError

    assert resolve("02/03/2022", "2022-06-01").timex == Timex("DATE", "2022-02-03")
    assert resolve("02/03/2022", "2022-06-01", day_first=True).timex == Timex("DATE", "2022-03-02")
    assert resolve("14/06/2021", "2022-06-01").timex == Timex("DATE", "2021-06-14")
    assert resolve("06/14/2021", "2022-06-01", day_first=True).timex == Timex("DATE", "2021-06-14")
    with pytest.raises(TimelineError, match="day_first"):
        resolve("02/03/2022", "2022-06-01", day_first="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("phrase", "start", "end", "value"),
    [
        # from the anchor's day (a Wednesday) to the end of the period, with its value
        ("the rest of the week", at(10, 11), at(10, 16), "2017-W41"),
        ("the remainder of the year", at(10, 11), at(1, 1, year=2018), "2017"),
        ("the rest of this month", at(10, 11), at(11, 1), "2017-10"),
        # a period the anchor is outside of is whole
        ("the rest of 2019", at(1, 1, year=2019), at(1, 1, year=2020), "2019"),
    ],
)
def test_the_rest_of_a_period_runs_to_its_end(
    phrase: str, start: datetime, end: datetime, value: str
) -> None:
    span = r(phrase)
    assert bounds(span) == crisp(start, end)
    assert span.timex == Timex("DATE", value)


@pytest.mark.parametrize(
    ("phrase", "value", "mod"),
    [
        ("late tonight", "2017-10-11TNI", "END"),
        ("late last night", "2017-10-10TNI", "END"),
        ("early this morning", "2017-10-11TMO", "START"),
        ("late this afternoon", "2017-10-11TAF", "END"),
        ("the early hours of the morning", "2017-10-11TMO", "START"),
        ("the small hours of the morning", "2017-10-11TMO", "START"),
    ],
)
def test_early_and_late_parts_of_named_parts_of_days(phrase: str, value: str, mod: str) -> None:
    assert r(phrase).timex == Timex("TIME", value, mod)


@pytest.mark.parametrize(
    ("phrase", "value", "mod"),
    [
        ("early that morning", "2017-09-28TMO", "START"),
        ("late that night", "2017-09-28TNI", "END"),
        ("early the next morning", "2017-09-29TMO", "START"),
        ("late the following evening", "2017-09-29TEV", "END"),
    ],
)
def test_early_and_late_parts_of_the_storys_days(phrase: str, value: str, mod: str) -> None:
    from timeline._resolve import resolve_in_context

    span = resolve_in_context(phrase, anchor="2017-10-11", reference="2017-09-28")
    assert span.timex == Timex("TIME", value, mod)


@pytest.mark.parametrize(
    ("phrase", "value", "mod"),
    [
        ("the end of the afternoon", "2017-09-28TAF", "END"),
        ("the start of the evening", "2017-09-28TEV", "START"),
        ("the middle of the night", "2017-09-28TNI", None),
        ("the middle of the night of Sept. 30", "2017-09-30TNI", None),
    ],
)
def test_the_edges_and_middle_of_a_part_of_the_day(
    phrase: str, value: str, mod: str | None
) -> None:
    from timeline._resolve import resolve_in_context

    span = resolve_in_context(phrase, anchor="2017-10-11", reference="2017-09-28")
    assert span.timex == Timex("TIME", value, mod)


def test_the_next_decade_is_the_ten_years_ahead_as_the_past_decade_is_behind() -> None:
    ahead, behind = r("the next decade"), r("the past decade")
    assert ahead.timex == behind.timex == Timex("DURATION", "P1DE")
    assert ahead.earliest_start == behind.latest_end
    assert r("the next century").timex == Timex("DURATION", "P1CE")
    assert r("next decade").timex == Timex("DATE", "202")  # the calendar decade
    assert r("the next year").timex == Timex("DATE", "2018")  # anaphoric, as before


def test_as_recently_as_is_no_vague_reference() -> None:
    from timeline._resolve import scan

    text = "threats as recently as last year"
    assert [text[a:b] for a, b in scan(text)] == ["last year"]
    assert r("recently").timex == Timex("DATE", "PAST_REF")


@pytest.mark.parametrize(
    ("phrase", "value", "mod"),
    [
        # a bound written after the length is part of it, as TimeML marks "or so"
        ("a decade or more", "P1DE", "EQUAL_OR_MORE"),
        ("72 hours or longer", "PT72H", "EQUAL_OR_MORE"),
        ("three hours or less", "PT3H", "EQUAL_OR_LESS"),
        ("a week or so", "P1W", "APPROX"),
        # parts of a decade or century are counted in years
        ("a quarter century", "P25Y", None),
        ("half a century", "P50Y", None),
        ("nearly a quarter century", "P25Y", "LESS_THAN"),
    ],
)
def test_a_bound_after_a_length(phrase: str, value: str, mod: str | None) -> None:
    assert r(phrase).timex == Timex("DURATION", value, mod)


def test_or_more_leaves_the_length_open_above() -> None:
    assert r("a decade or more").duration_range == (timedelta(days=3650), None)


def test_a_length_or_so_ago_is_an_approximate_date() -> None:
    assert r("a week or so ago").timex == Timex("DATE", "2017-W40", "APPROX")
    assert r("two years or so earlier").timex == Timex("DATE", "2015", "APPROX")


def test_a_length_or_more_ago_still_finds_the_length() -> None:
    from timeline._resolve import scan

    # no date rule reads "or more ago": the length alone is found, as before "or more" was read
    text = "It ended a decade or more ago."
    assert [text[a:b] for a, b in scan(text)] == ["a decade"]


def test_a_part_of_a_holiday() -> None:
    assert r("Christmas night").timex == Timex("TIME", "2016-12-25TNI")
    assert r("Christmas morning").timex == Timex("TIME", "2016-12-25TMO")


@pytest.mark.parametrize(
    ("phrase", "anchor", "value"),
    [
        ("this time last year", "2015-06-10", "2014-06-10"),
        ("this time next year", "2015-06-10", "2016-06-10"),
        ("this time a year ago", "2016-02-29", "2015-02-28"),
        ("two weeks from today", "2015-06-10", "2015-W26"),
        ("the turn of the century", "1998-03-02", "2000"),
        ("the turn of the century", "2015-06-10", "2000"),
        ("the turn of the century", "1921-05-05", "1900"),
    ],
)
def test_the_same_day_a_year_away_and_the_turn_of_the_century(
    phrase: str, anchor: str, value: str
) -> None:
    assert resolve(phrase, anchor).timex.value == value


# ---------- resolve() and extract() on the hour and the moment of the report and the middle

_MO_ANCHOR = date(2021, 3, 17)  # a Wednesday, in ISO week 11


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("this hour", Timex("DATE", "PRESENT_REF")),
        ("a moment ago", Timex("DATE", "PAST_REF")),
        ("moments ago", Timex("DATE", "PAST_REF")),
        ("a few moments ago", Timex("DATE", "PAST_REF")),
        ("midweek", Timex("DATE", "2021-W11", "MID")),
        ("mid-week", Timex("DATE", "2021-W11", "MID")),
    ],
)
def test_the_moment_and_the_middle_of_the_week_resolve(phrase: str, timex: Timex) -> None:
    span = resolve(phrase, _MO_ANCHOR)
    assert span.timex == timex
    assert span.possibly_overlaps(resolve("today", _MO_ANCHOR))


def test_midweek_is_the_middle_of_the_week() -> None:
    assert resolve("midweek", _MO_ANCHOR) == resolve("the middle of the week", _MO_ANCHOR)


def test_they_are_found_in_running_text() -> None:
    text = (
        "Rail traffic is light this hour. The last train left a moment ago, and the board "
        "expects to vote on the timetable midweek."
    )
    got = [(m.text, m.timex) for m in extract(text, _MO_ANCHOR)]
    assert got == [
        ("this hour", Timex("DATE", "PRESENT_REF")),
        ("a moment ago", Timex("DATE", "PAST_REF")),
        ("midweek", Timex("DATE", "2021-W11", "MID")),
    ]


def test_an_hour_long_show_is_a_length_not_this_hour() -> None:
    got = [(m.text, m.timex.value) for m in extract("We watched this hour-long show.", _MO_ANCHOR)]
    assert got == [("hour-long", "PT1H")]


@pytest.mark.parametrize(
    "phrase", ["Oct. 2 to Sept. 28", "Oct. 2-Sept. 28", "between Oct. 2 and Sept. 28"]
)
def test_a_range_of_days_written_end_before_start_is_refused(phrase: str) -> None:
    with pytest.raises(UnresolvableExpression, match="ends .* before it starts") as caught:
        resolve(phrase, "2017-10-11")
    assert phrase in str(caught.value)


@pytest.mark.parametrize(
    ("phrase", "anchor", "start", "end"),
    [
        ("Dec. 28 to Jan. 3", "2017-12-30", date(2017, 12, 28), date(2018, 1, 4)),
        ("28 December to 3 January", "2017-12-30", date(2017, 12, 28), date(2018, 1, 4)),
        ("Nov. 1 to March 31", "2017-12-30", date(2017, 11, 1), date(2018, 4, 1)),
        ("July 1 to June 30", "2017-10-11", date(2017, 7, 1), date(2018, 7, 1)),
        ("Oct. 2, 2016 to Sept. 28", "2017-10-11", date(2016, 10, 2), date(2017, 9, 29)),
    ],
)
def test_a_range_of_days_over_the_new_year_still_reads(
    phrase: str, anchor: str, start: date, end: date
) -> None:
    span = resolve(phrase, anchor)
    assert (span.earliest_start.date(), span.latest_end.date()) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "latest_end"),
    [
        ("no later than March 1", datetime(2022, 3, 2, tzinfo=timezone.utc)),
        ("not later than March 1", datetime(2022, 3, 2, tzinfo=timezone.utc)),
        ("not after March 1", datetime(2022, 3, 2, tzinfo=timezone.utc)),
        ("on or before March 1", datetime(2022, 3, 2, tzinfo=timezone.utc)),
    ],
)
def test_a_latest_bound_said_in_words_reads_as_by(phrase: str, latest_end: datetime) -> None:
    span = resolve(phrase, "2022-03-10")
    assert span.timex == Timex("DATE", "2022-03-01", "ON_OR_BEFORE")
    assert span.earliest_start == OPEN_START
    assert span.latest_end == latest_end
    by = resolve("by March 1", "2022-03-10")
    assert (by.earliest_end, by.latest_end, by.timex) == (span.earliest_end, latest_end, span.timex)


@pytest.mark.parametrize(
    "phrase", ["not before Feb. 20", "no earlier than Feb. 20", "on or after Feb. 20"]
)
def test_an_earliest_bound_said_in_words_starts_on_the_day_and_stays_open(phrase: str) -> None:
    span = resolve(phrase, "2022-03-10")
    assert span.timex == Timex("DATE", "2022-02-20", "ON_OR_AFTER")
    assert span.earliest_start == span.latest_start == datetime(2022, 2, 20, tzinfo=timezone.utc)
    assert span.latest_end == OPEN_END


def test_within_a_length_is_a_length_of_at_most_that() -> None:
    span = resolve("within 72 hours", "2022-03-10")
    assert span.timex == Timex("DURATION", "PT72H", "EQUAL_OR_LESS")
    assert (span.min_duration, span.max_duration) == (timedelta(0), timedelta(hours=72))
    assert span.earliest_start == OPEN_START and span.latest_end == OPEN_END
    with pytest.raises(UnresolvableExpression):
        resolve("within hours", "2022-03-10")  # no length to be within


@pytest.mark.parametrize("phrase", ["between 10 and 12 March", "from 10 to 12 March"])
def test_a_range_of_days_in_words_reads_as_with_a_dash(phrase: str) -> None:
    span = resolve(phrase, "2022-03-20")
    dashed = resolve("10-12 March", "2022-03-20")
    assert (span.earliest_start, span.latest_end) == (dashed.earliest_start, dashed.latest_end)
    assert span.latest_end == datetime(2022, 3, 13, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "phrase", ["winter 2021/22", "winter 2021-22", "the winter of 2021/2022", "winter 2021–22"]
)
def test_a_winter_named_by_both_its_years_is_the_winter_from_the_first(phrase: str) -> None:
    span = resolve(phrase, "2022-03-10")
    assert span.timex == Timex("DATE", "2021-WI")
    one_year = resolve("winter 2021", "2022-03-10")
    assert (span.earliest_start, span.latest_end) == (one_year.earliest_start, one_year.latest_end)
    with pytest.raises(UnresolvableExpression):
        resolve("winter 2021/23", "2022-03-10")  # no one winter


def test_a_day_then_about_a_clock_reads_as_about_the_clock_on_the_day() -> None:
    span = resolve("Feb. 24, 2022 at about 4 a.m. Kyiv time", "2022-03-10")
    assert span.timex == Timex("TIME", "2022-02-24T04:00", "APPROX")
    same = resolve("about 4 a.m. Kyiv time on Feb. 24, 2022", "2022-03-10")
    assert (span.earliest_start, span.latest_end) == (same.earliest_start, same.latest_end)
    assert span.earliest_start < datetime(2022, 2, 24, 2, tzinfo=timezone.utc) < span.latest_end


def test_an_iso_week_written_as_timex3_writes_it() -> None:
    span = resolve("2022-W08", "2022-03-10")
    assert span.timex == Timex("DATE", "2022-W08")
    assert span.earliest_start == datetime(2022, 2, 21, tzinfo=timezone.utc)
    assert span.latest_end == datetime(2022, 2, 28, tzinfo=timezone.utc)
    with pytest.raises(UnresolvableExpression, match="no ISO week 53"):
        resolve("2021-W53", "2022-03-10")


@pytest.mark.parametrize(
    ("phrase", "moment"),
    [
        ("24:00", datetime(2022, 3, 11)),
        ("at 24:00 on Feb. 24", datetime(2022, 2, 25)),
        ("Feb. 24 at 24:00", datetime(2022, 2, 25)),
    ],
)
def test_24_00_is_the_midnight_that_ends_the_day(phrase: str, moment: datetime) -> None:
    span = resolve(phrase, "2022-03-10")
    assert span.earliest_start == moment.replace(tzinfo=timezone.utc)
    assert span.timex.type == "TIME"


def test_a_range_of_clock_times_may_end_at_24_00() -> None:
    span = resolve("from 18:00 to 24:00 on Feb. 24", "2022-03-10")
    assert span.earliest_start == datetime(2022, 2, 24, 18, tzinfo=timezone.utc)
    assert span.latest_end == datetime(2022, 2, 25, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("2017-09-28/2017-10-02", datetime(2017, 9, 28), datetime(2017, 10, 3)),
        ("2017-09-28T01:00/2017-09-28T03:00", datetime(2017, 9, 28, 1), datetime(2017, 9, 28, 3)),
        ("2017-09/2017-10", datetime(2017, 9, 1), datetime(2017, 11, 1)),
    ],
)
def test_an_iso_interval_runs_from_its_first_to_the_end_of_its_last(
    phrase: str, start: datetime, end: datetime
) -> None:
    span = resolve(phrase, "2017-10-11")
    assert span.earliest_start == span.latest_start == start.replace(tzinfo=timezone.utc)
    assert span.earliest_end == span.latest_end == end.replace(tzinfo=timezone.utc)


def test_an_iso_interval_may_be_open_and_may_not_run_backwards() -> None:
    assert resolve("2017-09-28/..", "2017-10-11").latest_end == OPEN_END
    assert resolve("../2017-10-02", "2017-10-11").earliest_start == OPEN_START
    with pytest.raises(UnresolvableExpression, match="before it starts"):
        resolve("2017-10-02/2017-09-28", "2017-10-11")


def test_earlier_today_ends_at_a_report_s_time_and_later_today_starts_there() -> None:
    earlier = resolve("earlier today", "2022-03-10T15:00")
    assert earlier.earliest_start == datetime(2022, 3, 10, tzinfo=timezone.utc)
    report = datetime(2022, 3, 10, 15, tzinfo=timezone.utc)
    assert earlier.earliest_end == earlier.latest_end == report
    later = resolve("later today", "2022-03-10T15:00")
    assert later.earliest_start == later.latest_start == earlier.latest_end
    assert later.latest_end == datetime(2022, 3, 11, tzinfo=timezone.utc)


def test_earlier_today_in_a_report_dated_without_its_time_is_the_day() -> None:
    span = resolve("earlier today", "2022-03-10")
    assert span.latest_end == datetime(2022, 3, 11, tzinfo=timezone.utc)
