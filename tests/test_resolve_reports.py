"""The resolver on the way incident logs, panel reports, filings and translated statements write
time: 24-hour clocks in four digits, spoken clock times, ISO timestamps, days of the month named
alone, anaphoric seasons and parts of the day, compound lengths, numbered quarters and numeric
dates in a document that writes the day first. Phrases written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from timeline import TimeSpan, Timex, UnresolvableExpression, resolve
from timeline._resolve import resolve_found, resolve_in_context, scan, scan_found

ANCHOR = "2019-09-16"


def timex(phrase: str, anchor: str = ANCHOR) -> Timex:
    return resolve(phrase, anchor).timex


def in_story(phrase: str, reference: str, anchor: str = ANCHOR) -> Timex:
    return resolve_in_context(phrase, anchor=anchor, reference=reference).timex


def extents(text: str) -> list[str]:
    return [text[a:b] for a, b in scan(text)]


# ----------------------------------------------------------------- four-digit 24-hour clocks


@pytest.mark.parametrize(
    ("phrase", "value", "mod"),
    [
        ("0340 local time", "2019-09-16T03:40", None),
        ("at 2200 GMT", "2019-09-16T22:00", None),
        ("0340Z", "2019-09-16T03:40", None),
        ("0515 LT", "2019-09-16T05:15", None),
        ("1730 hrs", "2019-09-16T17:30", None),
        ("0340h", "2019-09-16T03:40", None),
        ("at approximately 1100 hours", "2019-09-16T11:00", "APPROX"),
        ("at 1430", "2019-09-16T14:30", None),
        ("at around 2215", "2019-09-16T22:15", "APPROX"),
        ("21:45 hours", "2019-09-16T21:45", None),
        ("09:05 hrs", "2019-09-16T09:05", None),
    ],
)
def test_a_clock_in_four_digits_with_a_cue_is_a_time(
    phrase: str, value: str, mod: str | None
) -> None:
    assert timex(phrase) == Timex("TIME", value, mod)  # type: ignore[arg-type]


def test_until_and_by_a_four_digit_clock_bound_a_time() -> None:
    until = resolve("until 0615", ANCHOR)
    assert until.timex == Timex("TIME", "2019-09-16T06:15", "ON_OR_BEFORE")
    assert until.latest_end == datetime(2019, 9, 16, 6, 16, tzinfo=timezone.utc)
    assert timex("By 0400") == Timex("TIME", "2019-09-16T04:00", "ON_OR_BEFORE")


def test_a_range_of_four_digit_clocks_takes_its_zone_from_the_second() -> None:
    span = resolve("between 1400 and 1600 UTC", ANCHOR, tz="Europe/Berlin")
    berlin = span.earliest_start.tzinfo
    assert span.earliest_start == datetime(2019, 9, 16, 16, 0, tzinfo=berlin)
    assert span.latest_end == datetime(2019, 9, 16, 18, 0, tzinfo=berlin)
    assert span.timex.type == "TIME"


def test_a_four_digit_clock_names_the_zone_it_is_written_in() -> None:
    span = resolve("0340 GMT", ANCHOR, tz="Asia/Tokyo")
    assert span.earliest_start.utcoffset() == timedelta(hours=9)
    assert span.earliest_start.astimezone(timezone.utc).hour == 3
    assert span.timex.value == "2019-09-16T03:40"  # as written


def test_a_four_digit_clock_with_a_leading_zero_takes_the_day_after_it() -> None:
    assert timex("0930 on 5 March", "2022-03-10") == Timex("TIME", "2022-03-05T09:30")
    assert extents("At 0930 on 5 March the convoy left.") == ["0930 on 5 March"]
    assert extents("In 1930 on the eve of the crash") == ["1930"]  # a year still


def test_a_four_digit_clock_falls_on_the_story_day() -> None:
    assert in_story("0345 local time", "2019-09-14") == Timex("TIME", "2019-09-14T03:45")
    assert in_story("at around 2200 on 17 October", "2019-09-14") == Timex(
        "TIME", "2018-10-17T22:00", "APPROX"
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "1400",  # a bare year
        "by 2015",  # a year: could be one, and nothing says clock
        "between 1914 and 1918",
        "in 1640",
        "since 1990",
        "by 2100",  # forecasts name the year 2100
        "after 2050",
        "from 1400 to 1600",
    ],
)
def test_four_digits_that_may_be_a_year_stay_a_year(phrase: str) -> None:
    assert resolve(phrase, ANCHOR).timex.type == "DATE"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("for 1500 hours", "PT1500H"), ("1500 hours of community service", None)],
)
def test_a_count_of_hours_in_four_digits_is_no_clock(phrase: str, value: str | None) -> None:
    if value is None:
        with pytest.raises(UnresolvableExpression):
            resolve(phrase, ANCHOR)
    else:
        assert timex(phrase) == Timex("DURATION", value)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("At 0345 local time, two blasts were heard.", ["0345 local time"]),
        ("The convoy left at 2330 and returned by 0215.", ["2330", "0215"]),
        ("Shelling stopped between 1400 and 1600 UTC.", ["between 1400 and 1600 UTC"]),
        ("Contact was lost at approximately 1100 hours.", ["approximately 1100 hours"]),
        ("The patrol reported in at 21:45 hours.", ["21:45 hours"]),
        ("Turnout reached 2200 in the village.", []),
        ("The plane climbed to 2200 metres.", []),
        ("Some 1400 people fled.", []),
        ("The death toll rose to about 2300.", ["about 2300"]),  # a year, as before: no clock
        ("The index closed at 1530.", ["1530"]),
        ("Fighting lasted from 2330 to 0115.", ["from 2330 to 0115"]),
        ("Curfew runs between 2300 and 0500 daily.", ["between 2300 and 0500", "daily"]),
        ("The wall stood until 1989.", ["1989"]),
        ("He served 1500 hours of community work.", ["1500 hours"]),
    ],
)
def test_scanning_finds_four_digit_clocks_only_with_a_cue(text: str, wanted: list[str]) -> None:
    assert extents(text) == wanted


def test_numbers_after_a_level_or_in_a_count_are_no_clock() -> None:
    for text in ("The death toll rose to about 2300.", "The index closed at 1530."):
        [found] = scan_found(text)
        assert resolve_found(found, anchor=ANCHOR).timex.type == "DATE"  # the old year reading


def test_scanned_four_digit_clock_resolves_as_a_time() -> None:
    [found] = scan_found("Fires were visible from the town by 0400.")
    assert resolve_found(found, anchor=ANCHOR, reference="2019-09-14").timex == Timex(
        "TIME", "2019-09-14T04:00"
    )


# ------------------------------------------------------------------- spoken clock times


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("half past six", "2019-09-16T06:30"),
        ("ten past one", "2019-09-16T01:10"),
        ("a quarter to five", "2019-09-16T04:45"),
        ("quarter past ten", "2019-09-16T10:15"),
        ("twenty-five to eight", "2019-09-16T07:35"),
        ("20 minutes past 3", "2019-09-16T03:20"),
        ("half past six in the evening", "2019-09-16T18:30"),
        ("a quarter to nine p.m.", "2019-09-16T20:45"),
        ("a quarter past midnight", "2019-09-16T00:15"),
        ("ten to midnight", "2019-09-16T23:50"),
    ],
)
def test_a_clock_time_said_in_words(phrase: str, value: str) -> None:
    assert timex(phrase) == Timex("TIME", value)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The shooting began at half past six.", ["half past six"]),
        ("Ages nine to twelve were tested.", []),
        ("It takes five to ten years.", ["five to ten years"]),
        ("The board voted twenty to one.", []),
        ("Staff grew from twenty to eleven.", []),
        ("from 9 to 12 June", ["from 9 to 12 June"]),
    ],
)
def test_spoken_clocks_leave_ranges_of_numbers_alone(text: str, wanted: list[str]) -> None:
    found = extents(text)
    assert found == wanted or text == "from 9 to 12 June" and "12 June" in found[-1]
    assert all(resolve(phrase, ANCHOR).timex.type != "TIME" for phrase in found[1:])


# ------------------------------------------------------------------------ ISO timestamps


@pytest.mark.parametrize(
    ("phrase", "value", "utc_hour"),
    [
        ("2019-03-05T09:14:00Z", "2019-03-05T09:14:00", 9),
        ("2019-03-05T09:14:00+03:00", "2019-03-05T09:14:00", 6),
        ("2019-03-05T09:14:00-05:00", "2019-03-05T09:14:00", 14),
        ("2019-03-05T09:14Z", "2019-03-05T09:14", 9),
        ("2019-03-05T09:14:07.250Z", "2019-03-05T09:14:07", 9),
    ],
)
def test_an_iso_timestamp_keeps_its_seconds_and_zone(
    phrase: str, value: str, utc_hour: int
) -> None:
    span = resolve(phrase, ANCHOR)
    assert span.timex == Timex("TIME", value)
    assert span.earliest_start.astimezone(timezone.utc).hour == utc_hour
    assert extents(f"The file was written {phrase} by the camera.") == [phrase]


# ----------------------------------------------------------- a day of the month named alone


def test_a_year_before_through_opens_a_stretch_of_years() -> None:
    text = "The scheme ran from in or around 2015 through at least March 2017."
    assert extents(text) == ["around 2015", "March 2017"]
    assert timex("around 2015 through March 2017").value == "2015"


def test_a_part_of_the_nth() -> None:
    assert timex("the night of the 9th", "2022-03-10") == Timex("TIME", "2022-03-09TNI")
    assert timex("the morning of the 5th", "2022-03-10") == Timex("TIME", "2022-03-05TMO")
    assert extents("Shots were heard on the night of the 9th, residents said.") == [
        "the night of the 9th"
    ]


def test_the_nth_of_this_month() -> None:
    assert timex("the 5th of this month", "2019-12-20") == Timex("DATE", "2019-12-05")
    assert timex("the 28th of last month", "2019-12-20") == Timex("DATE", "2019-11-28")
    assert timex("the 2nd of next month", "2019-12-20") == Timex("DATE", "2020-01-02")


def test_the_nth_of_the_month_is_the_story_month() -> None:
    assert in_story("the 3rd of the month", "2019-06-17", "2019-12-20") == Timex(
        "DATE", "2019-06-03"
    )


def test_the_nth_alone_is_placed_as_a_yearless_date() -> None:
    assert timex("the 9th", "2019-12-20") == Timex("DATE", "2019-12-09")
    assert timex("the 25th", "2019-12-20") == Timex("DATE", "2019-11-25")  # past by default
    future = resolve("the 25th", "2019-12-20", prefer="future")
    assert future.timex == Timex("DATE", "2019-12-25")
    assert timex("the 31st", "2019-12-20") == Timex("DATE", "2019-10-31")  # skips November
    assert timex("until the 9th", "2019-12-20") == Timex("DATE", "2019-12-09", "ON_OR_BEFORE")
    assert in_story("the 9th", "2019-03-12", "2019-12-20") == Timex("DATE", "2019-03-09")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("They held him until the 9th, when he was released.", ["the 9th"]),
        ("The vote is on the 21st.", ["the 21st"]),
        ("the 5th of this month", ["the 5th of this month"]),
        ("He served with the 9th Infantry.", []),
        ("She lives on the 9th floor.", []),
        ("It was the 9th time he ran.", []),
        ("They came from the 3rd and 4th battalions.", []),
    ],
)
def test_scanning_takes_the_nth_alone_only_as_a_day(text: str, wanted: list[str]) -> None:
    assert extents(text) == wanted


# ------------------------------------------------- anaphoric seasons and parts of the day


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("that summer", "2017-SU"),
        ("That summer", "2017-SU"),
        ("the same summer", "2017-SU"),
        ("that same autumn", "2017-FA"),
        ("the following winter", "2017-WI"),
        ("the previous spring", "2017-SP"),
        ("the next spring", "2018-SP"),
    ],
)
def test_a_season_said_of_the_story_takes_its_year(phrase: str, value: str) -> None:
    assert in_story(phrase, "2017-07-04", "2020-02-02") == Timex("DATE", value)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("the same evening", "2022-03-02TEV"),
        ("that same morning", "2022-03-02TMO"),
        ("the same night", "2022-03-02TNI"),
        ("that morning", "2022-03-02TMO"),
    ],
)
def test_a_part_of_the_story_day(phrase: str, value: str) -> None:
    assert in_story(phrase, "2022-03-02", "2022-03-20") == Timex("TIME", value)


def test_the_same_evening_is_scanned_whole() -> None:
    assert extents("Police arrived the same evening.") == ["the same evening"]
    assert extents("That summer the river flooded.") == ["That summer"]


# ---------------------------------------------------------------- weeks of a month


def test_the_last_week_of_a_month_is_valued_as_a_week() -> None:
    span = resolve("the last week of March", "2022-04-11")
    assert span.timex == Timex("DATE", "2022-W13")
    assert span.earliest_start == datetime(2022, 3, 25, tzinfo=timezone.utc)
    assert span.latest_end == datetime(2022, 4, 1, tzinfo=timezone.utc)


# ------------------------------------------------------------------------ lengths


@pytest.mark.parametrize(
    ("phrase", "value", "length"),
    [
        ("6 hours 35 minutes", "PT6H35M", timedelta(hours=6, minutes=35)),
        ("four years and three months", "P4Y3M", None),
        ("2 days 4 hours", "P2DT4H", timedelta(days=2, hours=4)),
    ],
)
def test_a_length_in_two_units(phrase: str, value: str, length: timedelta | None) -> None:
    span = resolve(phrase, ANCHOR)
    assert span.timex == Timex("DURATION", value)
    if length is not None:
        assert span.min_duration == span.max_duration == length


def test_a_compound_later_is_scanned_whole() -> None:
    assert extents("It left 2 hours 40 minutes later for Doha.") == ["2 hours 40 minutes later"]


def test_minutes_later_from_a_day_is_no_clock_time_at_midnight() -> None:
    span = resolve_in_context("40 minutes later", anchor="2020-01-15", reference="2020-01-07")
    assert span.timex == Timex("TIME", "2020-01-07")
    assert span.earliest_start == datetime(2020, 1, 7, 0, 40, tzinfo=timezone.utc)
    assert span.latest_end == datetime(2020, 1, 8, 0, 40, tzinfo=timezone.utc)
    assert span.timex.value != "2020-01-07T00:40"


def test_minutes_later_from_a_clock_time_is_a_clock_time() -> None:
    reference = TimeSpan.crisp(
        datetime(2020, 1, 7, 10, 0, tzinfo=timezone.utc),
        datetime(2020, 1, 7, 10, 1, tzinfo=timezone.utc),
        granularity="minute",
    )
    span = resolve_in_context("2 hours 40 minutes later", anchor="2020-01-15", reference=reference)
    assert span.timex == Timex("TIME", "2020-01-07T12:40")


def test_minutes_later_from_a_part_of_the_day_keeps_that_part() -> None:
    evening = resolve("that evening", "2020-01-07")
    span = resolve_in_context("20 minutes later", anchor="2020-01-15", reference=evening)
    assert span.timex == Timex("TIME", "2020-01-07TEV")
    assert span.earliest_start == evening.earliest_start + timedelta(minutes=20)


# ------------------------------------------------------------- quarters and fiscal years


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Q3 2016", "2016-Q3"),
        ("3Q 2016", "2016-Q3"),
        ("3Q16", "2016-Q3"),
        ("H2 2018", "2018-H2"),
        ("FY2019", "2019"),
        ("FY 2020", "2020"),
        ("fiscal 2019", "2019"),
    ],
)
def test_quarters_halves_and_fiscal_years(phrase: str, value: str) -> None:
    assert timex(phrase) == Timex("DATE", value)
    assert extents(f"Sales fell in {phrase}, the filing says.") == [phrase]


# -------------------------------------------------------------- day-first numeric dates


@pytest.mark.parametrize(
    ("phrase", "day_first", "value"),
    [
        ("02/03/2022", None, "2022-02-03"),
        ("02/03/2022", False, "2022-02-03"),
        ("02/03/2022", True, "2022-03-02"),
        ("14/06/2021", None, "2021-06-14"),  # only one reading
        ("06/14/2021", True, "2021-06-14"),  # only one reading, whatever the document says
        ("03/03/2022", True, "2022-03-03"),
    ],
)
def test_day_first_reads_an_ambiguous_numeric_date(
    phrase: str, day_first: bool | None, value: str
) -> None:
    span = resolve_in_context(phrase, anchor="2022-06-01", day_first=day_first)
    assert span.timex == Timex("DATE", value)


def test_day_first_reaches_dates_inside_larger_expressions() -> None:
    span = resolve_in_context("at 3 p.m. on 02/03/2022", anchor="2022-06-01", day_first=True)
    assert span.timex == Timex("TIME", "2022-03-02T15:00")
    [found] = scan_found("The order was signed on 04/05/2021.")
    assert resolve_found(found, anchor="2022-06-01", day_first=True).timex.value == "2021-05-04"
    assert resolve_found(found, anchor="2022-06-01").timex.value == "2021-04-05"


def test_day_first_must_be_a_bool_or_none() -> None:
    from timeline import TimelineError

    with pytest.raises(TimelineError, match="day_first"):
        resolve_in_context("02/03/2022", anchor="2022-06-01", day_first="yes")  # type: ignore[arg-type]


# ------------------------------------------------- waiting on the tokenizer and the grammar


def test_five_to_nine_needs_an_opening() -> None:
    assert timex("five to nine") == Timex("TIME", "2019-09-16T08:55")
    assert extents("The raid ended at ten to one.") == ["ten to one"]


def test_dotted_dates_are_scanned() -> None:
    assert extents("The contract was signed on 30.09.2021 in Minsk.") == ["30.09.2021"]
    assert extents("Version 1.2.2024.5 shipped; rates rose 1.25 percent.") == []


def test_dotted_dates_are_extracted_day_first() -> None:
    from timeline import extract

    (mention,) = extract("The contract was signed on 30.09.2021 in Minsk.", "2022-01-10")
    assert (mention.text, mention.timex) == ("30.09.2021", Timex("DATE", "2021-09-30"))
    (mention,) = extract("Signed on 03.04.2021.", "2022-01-10")
    assert mention.timex == Timex("DATE", "2021-04-03")


def test_a_reference_at_the_calendar_edge_is_refused_as_the_phrase_error() -> None:
    for phrase in ("the next day", "the 9th", "40 minutes later"):
        with pytest.raises(UnresolvableExpression) as error:
            resolve_in_context(phrase, anchor="2019-02-10", reference="9999-12-31")
        assert error.value.phrase == phrase


def test_spoken_clocks_in_running_text_need_a_word_of_time() -> None:
    from timeline import extract

    found = [
        (m.text, m.timex.value) for m in extract("The raid ended at ten to one.", "2019-09-16")
    ]
    assert found == [("ten to one", "2019-09-16T12:50")]
    found = [(m.text, m.timex.value) for m in extract("We met at six o'clock.", "2019-09-16")]
    assert found == [("six o'clock", "2019-09-16T06:00")]
    assert extract("The vote was five to four.", "2019-09-16") == []


# ----------------------------------------------------------------- military date-time groups


@pytest.mark.parametrize(
    ("phrase", "anchor", "value"),
    [
        ("090600Z OCT 23", "2023-10-09", "2023-10-09T06:00"),
        ("090600Z Oct 2023", "2023-10-09", "2023-10-09T06:00"),
        ("081800Z", "2023-10-09", "2023-10-08T18:00"),
        ("091800Z", "2023-10-09", "2023-10-09T18:00"),
        ("310600Z", "2023-11-02", "2023-10-31T06:00"),  # the nearest 31st, the month before
        ("090600Z OCT 0099", "2023-10-09", "0099-10-09T06:00"),  # four digits: as written
    ],
)
def test_a_date_time_group_is_a_time_on_its_day(phrase: str, anchor: str, value: str) -> None:
    assert in_story(phrase, anchor, anchor) == Timex("TIME", value)


def test_the_month_and_year_after_a_date_time_group_are_part_of_it() -> None:
    text = "Period covered: 081800Z to 090600Z OCT 23."
    assert "090600Z OCT 23" in " ".join(extents(text))
    assert "OCT 23" not in extents(text)


@pytest.mark.parametrize("text", ["Part 123456Z was ordered.", "Route 081800z is shut."])
def test_six_digits_that_are_no_date_time_group_stay_no_time(text: str) -> None:
    assert extents(text) == []
