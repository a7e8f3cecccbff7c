"""extract() on short sentences in the manner of modern wire news (2010s-2020s): what a reader of
such a report relies on. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from extracted import found

from timeline import Timex, extract


def test_weekdays_fall_in_the_past_or_the_future_by_the_verb() -> None:
    # 2019-03-14 is a Thursday
    got = found("The central bank said on Tuesday that lawmakers will vote Friday.", "2019-03-14")
    assert got == {"Tuesday": Timex("DATE", "2019-03-12"), "Friday": Timex("DATE", "2019-03-15")}


def test_the_weekend_just_gone() -> None:
    # 2017-08-25 is a Friday
    got = found("Crews worked this past weekend to reopen the bridge.", "2017-08-25")
    assert got == {"this past weekend": Timex("DATE", "2017-W33-WE")}
    got = found("Crews worked over the weekend to reopen the bridge.", "2017-08-25")
    assert got == {"the weekend": Timex("DATE", "2017-W33-WE")}


def test_a_clock_time_keeps_its_zone_in_its_extent() -> None:
    got = found("Trading resumes at 9:30 a.m. ET, the exchange said.", "2020-04-08")
    assert got == {"9:30 a.m. ET": Timex("TIME", "2020-04-08T09:30")}
    got = found("The curfew starts at noon local time.", "2020-04-08")
    assert got == {"noon local time": Timex("TIME", "2020-04-08T12:00")}


def test_a_clock_time_zone_and_day_are_one_expression() -> None:
    # 2024-06-27 is a Thursday; the finale is on the Sunday after it
    got = found("The finale will air at 10 p.m. PT Sunday.", "2024-06-27")
    assert got == {"10 p.m. PT Sunday": Timex("TIME", "2024-06-30T22:00")}


def test_a_clock_time_on_a_day_is_one_time() -> None:
    # TIMEX3: "noon on Oct. 2" is one TIME, as "noon Saturday" is
    got = found("The ceasefire takes effect at noon on Oct. 2, a spokesman said.", "2017-09-29")
    assert got == {"noon on Oct. 2": Timex("TIME", "2017-10-02T12:00")}
    got = found("The fire was reported at 2 a.m. on May 14, 2019.", "2019-05-20")
    assert got == {"2 a.m. on May 14, 2019": Timex("TIME", "2019-05-14T02:00")}
    # its zone and its hedge inside it: 2016-05-09 is a Monday
    got = found("He was last seen at about 11:30 p.m. local time on Friday.", "2016-05-09")
    assert got == {
        "about 11:30 p.m. local time on Friday": Timex("TIME", "2016-05-06T23:30", "APPROX")
    }
    # midnight on a day is the one that ends it, as "midnight Friday" is
    (midnight,) = extract("The offer expires at midnight on Dec. 31.", "1999-11-23")
    assert midnight.timex == Timex("TIME", "1999-12-31T24:00")
    assert midnight.span is not None
    assert midnight.span.earliest_start == datetime(2000, 1, 1, tzinfo=timezone.utc)
    # but just after it, the day has begun
    got = found("The fire broke out shortly after midnight on 17 July.", "2018-07-20")
    assert got == {"shortly after midnight on 17 July": Timex("TIME", "2018-07-17T00:00", "AFTER")}
    # each end of a range on a day of its own
    got = found("The line was down between 22:00 on 4 May and 04:00 on 5 May.", "2022-05-10")
    assert got == {
        "22:00 on 4 May": Timex("TIME", "2022-05-04T22:00"),
        "04:00 on 5 May": Timex("TIME", "2022-05-05T04:00"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a range of clock times keeps apart from the day the range is on
        ("The road will close from 9 a.m. to 4 p.m. on Saturday.",
         {"9 a.m.": "2020-01-11T09:00", "4 p.m.": "2020-01-11T16:00", "Saturday": "2020-01-11"}),
        ("The road will close between 9 a.m. and 4 p.m. on Saturday.",
         {"9 a.m.": "2020-01-11T09:00", "4 p.m.": "2020-01-11T16:00", "Saturday": "2020-01-11"}),
        # a part of the day is no clock time
        ("Trucks crossed late at night on Jan. 4.",
         {"late at night": "2020-01-04TNI", "Jan. 4": "2020-01-04"}),
    ],
)  # fmt: skip
def test_what_stays_apart_from_the_day(text: str, expected: dict[str, str]) -> None:
    # 2020-01-09 is a Thursday
    assert {m.text: m.timex.value for m in extract(text, "2020-01-09")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare first hour stays a mention, with the day of the range's end
        ("The road will close between 2 and 5 a.m. on Saturday.",
         {"2": "2020-01-11T02:00", "5 a.m.": "2020-01-11T05:00", "Saturday": "2020-01-11"}),
        ("The road was closed between 2 and 5 a.m. on Saturday.",
         {"2": "2020-01-04T02:00", "5 a.m.": "2020-01-04T05:00", "Saturday": "2020-01-04"}),
        # without "on", the end and its day are one TIME, as TimeML writes "noon Saturday" and
        # as "from 1:00 a.m. to [3:00 a.m. Saturday]" is read; the start takes that day
        ("The road will close from 2 to 5 a.m. Saturday.",
         {"2": "2020-01-11T02:00", "5 a.m. Saturday": "2020-01-11T05:00"}),
        ("The road will close from 1:00 a.m. to 3:00 a.m. Saturday.",
         {"1:00 a.m.": "2020-01-11T01:00", "3:00 a.m. Saturday": "2020-01-11T03:00"}),
        # a range across midnight begins on the day before its end's
        ("The road will close from 11 p.m. to 3 a.m. Saturday.",
         {"11 p.m.": "2020-01-10T23:00", "3 a.m. Saturday": "2020-01-11T03:00"}),
        # the two hours joined by a dash alone: the end is no part of a number glued to "2-"
        ("The bridge is closed 2-5 a.m. on Saturday.",
         {"2": "2020-01-11T02:00", "5 a.m.": "2020-01-11T05:00", "Saturday": "2020-01-11"}),
        ("The bridge was closed 10:30–11:45 a.m. on Saturday.",
         {"10:30": "2020-01-04T10:30", "11:45 a.m.": "2020-01-04T11:45",
          "Saturday": "2020-01-04"}),
    ],
)  # fmt: skip
def test_a_range_of_hours_on_a_day_keeps_both_ends(text: str, expected: dict[str, str]) -> None:
    # 2020-01-09 is a Thursday
    assert {m.text: m.timex.value for m in extract(text, "2020-01-09")} == expected


@pytest.mark.parametrize(
    ("text", "phrase", "timex"),
    [
        ("The curfew will stay in place for at least another week.",
         "at least another week", Timex("DURATION", "P1W", "EQUAL_OR_MORE")),
        ("Talks will go on for another two weeks.", "another two weeks", Timex("DURATION", "P2W")),
        # TIMEX3 has no night unit; a count of nights is a count of days
        ("The family spent three nights in the terminal.",
         "three nights", Timex("DURATION", "P3D")),
        ("The rule changed a while ago.", "a while ago", Timex("DATE", "PAST_REF")),
        # no weekday token in TIMEX3: "WD", as TIDES annotation and tools write it
        ("The bridge is shut on weekdays.", "weekdays", Timex("SET", "XXXX-WXX-WD")),
        ("Trains run every weekday.", "every weekday", Timex("SET", "XXXX-WXX-WD")),
        ("The show airs weeknights.", "weeknights", Timex("SET", "XXXX-WXX-WDTNI")),
    ],
)  # fmt: skip
def test_lengths_vague_times_and_weekdays(text: str, phrase: str, timex: Timex) -> None:
    assert found(text, "2021-09-14") == {phrase: timex}


def test_a_count_of_weekdays_is_no_recurrence() -> None:
    assert "weekdays" not in found("The refund takes five weekdays.", "2021-09-14")


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Sales will recover by mid-year.", "2023-03-10", "2023"),
        ("Sales recovered by midyear.", "2023-09-10", "2023"),
        # told in the past before this year's middle: last year's
        ("Sales had recovered by midyear, the company said.", "2023-03-10", "2022"),
        # told as coming after this year's middle: next year's
        ("Sales will recover by mid-year.", "2023-09-10", "2024"),
    ],
)
def test_mid_year_is_the_middle_of_the_year_its_tense_points_to(
    text: str, anchor: str, value: str
) -> None:
    assert [m.timex for m in extract(text, anchor)] == [Timex("DATE", value, "MID")]


@pytest.mark.parametrize(
    "text",
    [
        # a date naming an event, told in the past, days ahead of the report
        "Voters went to the polls in the June 8 election.",
        "He said he met the envoy on June 8.",
    ],
)
def test_a_date_days_ahead_of_the_report_is_this_year_whatever_the_tense(text: str) -> None:
    assert found(text, "2017-06-05")["June 8"] == Timex("DATE", "2017-06-08")


def test_a_date_told_in_the_past_further_ahead_or_since_is_last_year() -> None:
    assert found("He met the envoy on June 20.", "2017-06-05")["June 20"].value == "2016-06-20"
    got = found("Turnout has fallen since the June 8 vote.", "2017-06-05")
    assert got["June 8"].value == "2016-06-08"
    got = found("In the year-ago quarter, the quarter ended Oct. 31, it lost money.", "1989-10-27")
    assert got["Oct. 31"].value == "1988-10-31"


def test_a_named_day_is_not_its_weekday() -> None:
    got = found("Shoppers lined up for Black Friday deals.", "2020-11-26")
    assert "Friday" not in got
    got = found("Candidates campaigned ahead of Super Tuesday.", "2020-02-28")
    assert "Tuesday" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers answer the hotline 24/7.",
        "A 10-year-old boy and his 42-year-old mother were rescued.",
        "The Lakers beat the Celtics 112-104 and are 21-7 at home.",
        "Retail sales rose 3.1 percent, and the index gained 2.5%.",
    ],
)
def test_counts_ages_and_scores_are_no_dates(text: str) -> None:
    assert [m for m in extract(text, date(2016, 2, 29)) if m.timex.type in ("DATE", "TIME")] == []


def test_the_year_before_counts_from_the_year_just_named() -> None:
    got = found("The firm was founded in 2009. The year before, its founder left a bank.",
                "2018-09-04")  # fmt: skip
    assert got == {"2009": Timex("DATE", "2009"), "The year before": Timex("DATE", "2008")}


def test_quarters_halves_and_fiscal_years() -> None:
    got = found("Profit in the first quarter of 2013 rose, and the outlook for fiscal 2013 "
                "improved.", "2013-04-17")  # fmt: skip
    assert got == {"the first quarter of 2013": Timex("DATE", "2013-Q1"),
                   "fiscal 2013": Timex("DATE", "2013")}  # fmt: skip
    got = found("Revenue in Q3 is expected to beat estimates.", "2021-07-19")
    assert got == {"Q3": Timex("DATE", "2021-Q3")}


def test_written_and_numeric_dates() -> None:
    got = found("The filing is dated 2013-03-21; a notice dated 3/21/2013 followed.", "2013-03-22")
    day = Timex("DATE", "2013-03-21")
    assert got == {"2013-03-21": day, "3/21/2013": day}


def test_pandemic_era_phrasing() -> None:
    got = found("Unemployment has doubled since March 2020.", "2021-03-10")
    assert got == {"March 2020": Timex("DATE", "2020-03")}


def test_holidays_of_the_us_calendar() -> None:
    got = found("Families stayed home on Thanksgiving, and churches plan services on Christmas "
                "Eve.", "2020-11-26")  # fmt: skip
    assert got == {"Thanksgiving": Timex("DATE", "2020-11-26"),
                   "Christmas Eve": Timex("DATE", "2020-12-24")}  # fmt: skip


def test_decades_and_their_parts() -> None:
    got = found("Prices have not risen this fast since the 1990s; the boom of the mid-2000s "
                "ended badly.", "2018-01-30")  # fmt: skip
    assert got == {"the 1990s": Timex("DATE", "199"), "the mid-2000s": Timex("DATE", "200", "MID")}


def test_a_day_in_apposition_to_a_date_is_that_date() -> None:
    got = found("He was last seen on Nov. 3, the day before the raid.", "2018-11-20")
    assert got == {"Nov. 3": Timex("DATE", "2018-11-03"),
                   "the day before": Timex("DATE", "2018-11-03")}  # fmt: skip
    got = found("He was last seen on Nov. 3. Police searched the house the day before.",
                "2018-11-20")  # fmt: skip
    assert got["the day before"] == Timex("DATE", "2018-11-02")


def test_wire_economics_copy() -> None:
    got = found("The economy shrank at a record rate in the April-June quarter.", "2020-07-30")
    assert got == {"the April-June quarter": Timex("DATE", "2020-Q2")}
    got = found("A year ago this week, workers staged their last strike.", "2019-12-02")
    assert got == {"A year ago this week": Timex("DATE", "2018-W49")}


def test_holiday_weekends_and_small_hours() -> None:
    got = found("Travel over Memorial Day weekend set a record.", "2023-06-01")
    assert got == {"Memorial Day weekend": Timex("DATE", "2023-W21-WE")}
    got = found("Police made the arrest in the early hours of Sunday.", "2019-03-14")
    assert got == {"the early hours of Sunday": Timex("TIME", "2019-03-10TMO", "START")}


def test_a_weekday_counted_in_its_month_is_one_date() -> None:
    got = found("The vote will be held on the last Friday of June.", "2013-04-10")
    assert got == {"the last Friday of June": Timex("DATE", "2013-06-28")}


def test_a_past_verb_before_a_date_outweighs_a_verb_after_a_comma() -> None:
    # the present "has" of the main clause does not place the relative clause's January
    text = "The president, who took office in January, has until the end of the month to sign."
    got = found(text, "2021-08-30")
    assert got["January"] == Timex("DATE", "2021-01")
    assert got["the end of the month"] == Timex("DATE", "2021-08", "END")
    # without a comma the nearer verb still decides
    got = found("The board took office in January and has met twice since.", "2021-08-30")
    assert got["January"] == Timex("DATE", "2021-01")


def test_a_verb_of_release_is_no_label_before_a_period() -> None:
    # "release 3" may be a label; "release third-quarter results" names the quarter
    got = found("The company will release third-quarter results on Thursday.", "2021-10-25")
    assert got == {
        "third-quarter": Timex("DATE", "2021-Q3"),
        "Thursday": Timex("DATE", "2021-10-28"),
    }


def test_a_quarter_told_as_coming_is_the_next_such_quarter_once_it_is_long_over() -> None:
    got = found("The reactor will stay shut until the end of the first quarter.", "2017-12-04")
    assert got == {"the end of the first quarter": Timex("DATE", "2018-Q1", "END")}
    # the quarter just over may still be booked; results are told of quarters that are over
    got = found("The company will take a charge in the third quarter.", "2017-10-05")
    assert got == {"the third quarter": Timex("DATE", "2017-Q3")}
    got = found("The company will report first-quarter results.", "2017-12-04")
    assert got == {"first-quarter": Timex("DATE", "2017-Q1")}


def test_a_weekday_counted_in_each_month_is_one_recurrence() -> None:
    got = found("The market is held on the first Sunday of each month.", "2019-04-02")
    assert got == {"the first Sunday of each month": Timex("SET", "XXXX-XX-WXX-7")}
    got = found("The Last Friday of every month is free; so are Mondays.", "2019-04-02")
    assert got == {
        "The Last Friday of every month": Timex("SET", "XXXX-XX-WXX-5"),
        "Mondays": Timex("SET", "XXXX-WXX-1"),
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "a year earlier" has the size of what it is compared with
        ("Sales in October rose 4 percent from a year earlier.", "2018-10"),
        ("On Aug. 12 the index hit 500, up from 400 a year earlier.", "2018-08-12"),
        ("Exports rose 5 percent in the third quarter from a year earlier.", "2018-Q3"),
        ("Sales fell in 2018 from a year earlier.", "2017"),
        # nothing named to compare with: the year before the report's
        ("Profit rose to $5 million from $4 million a year earlier.", "2018"),
    ],
)
def test_a_year_earlier_is_the_same_time_a_year_before(text: str, value: str) -> None:
    *_, mention = extract(text, "2019-11-05")
    assert (mention.text.lower(), mention.timex.value) == ("a year earlier", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # an earlier figure compared with is of a time before, whatever the main verb says
        (
            "The retailer now expects sales of $4 billion, down from its March outlook of "
            "$4.2 billion.",
            "March",
            "2019-03",
        ),
        # the verb the date is put on tells its time, not a modal after it
        (
            "Fare cuts introduced in January should lift ridership this summer.",
            "January",
            "2019-01",
        ),
    ],
)
def test_a_month_told_of_a_past_act_stays_behind_a_future_clause(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2019-05-08")[phrase] == Timex("DATE", value)


def test_a_quarter_told_with_should_is_ahead() -> None:
    text = (
        "The chain sold more shoes in the quarter. "
        "Lower costs should lift margins by the fourth quarter, it said."
    )
    got = found(text, "2019-05-08")
    assert got["the quarter"] == Timex("DATE", "2019-Q1")
    assert got["the fourth quarter"].value == "2019-Q4"


def test_the_future_carries_across_a_list_of_days_joined_by_and_again() -> None:
    text = (
        "Booster clinics will be held at the library on Thursday and Friday, "
        "and again on Sunday morning."
    )
    got = found(text, "2021-08-18")
    assert got["Thursday"] == Timex("DATE", "2021-08-19")
    assert got["Sunday morning"] == Timex("TIME", "2021-08-22TMO")  # not the Sunday gone
    # a clause of its own, with its own verb, keeps its own tense
    text = "Two more cases followed the next week, and by July 15 the hospital had confirmed 11."
    assert found(text, "2022-07-29")["July 15"] == Timex("DATE", "2022-07-15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry ran only in May and June of 2016.",
            {"May": "2016-05", "June of 2016": "2016-06"},
        ),
        (
            "Inspectors called on Feb. 9 and March 2, 2016.",
            {"Feb. 9": "2016-02-09", "March 2, 2016": "2016-03-02"},
        ),
        (
            "Rents rose in April, May and late June 2016.",
            {"April": "2016-04", "May": "2016-05", "late June 2016": "2016-06"},
        ),
        (
            "Fuel ran short in September and October last year.",
            {"September": "2018-09", "October last year": "2018-10"},
        ),
        # a list runs forward: a month after the next one is in the year before
        (
            "The lake froze in December and January 2017.",
            {"December": "2016-12", "January 2017": "2017-01"},
        ),
    ],
)
def test_dates_listed_together_share_the_year_of_the_last(
    text: str, expected: dict[str, str]
) -> None:
    assert {m.text: m.timex.value for m in extract(text, date(2019, 4, 2))} == expected


def test_a_date_in_another_clause_keeps_its_own_year() -> None:
    # not a list: each month has its own verb
    got = found("The club opened in May and closed in June 2016.", "2019-04-02")
    assert got["May"] == Timex("DATE", "2018-05")
    got = found("He arrived in May, and in June 2016 he left again.", "2019-04-02")
    assert got["May"] == Timex("DATE", "2018-05")


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        # a holiday just gone, told in a clause about what comes after it: this year's
        (
            "Mail-in votes postmarked by Election Day will still count, officials said.",
            "2020-11-05",
            "Election Day",
            "2020-11-03",
        ),
        (
            "Tickets sold over Labor Day weekend will be refunded.",
            "2021-09-08",
            "Labor Day weekend",
            "2021-W35-WE",
        ),
    ],
)
def test_a_holiday_just_past_is_this_years_in_a_future_clause(
    text: str, anchor: str, phrase: str, value: str
) -> None:
    assert found(text, anchor)[phrase] == Timex("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Officials expect the new bridge to open on Nov. 30.", "Nov. 30", "2022-11-30"),
        ("We expect prices to fall in February.", "February", "2023-02"),
    ],
)
def test_expect_with_its_object_before_to_tells_what_is_ahead(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, "2022-10-05")[phrase] == Timex("DATE", value)
