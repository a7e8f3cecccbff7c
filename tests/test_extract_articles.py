"""extract() on what whole news articles do that one- or two-sentence passages seldom show: a
headline, a results story's record dates, a year put first, the minutes of a meeting. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from extracted import found

from timeline import Timex


def test_a_dividends_record_date_is_as_near_as_its_payment_date() -> None:
    # 2011-10-25: declared in October, payable and recorded in November of the same year
    got = found(
        "The board on Monday declared a dividend, payable Nov. 15 to shareholders of record "
        "on Nov. 1. The shares have lost 22 percent since the start of the year.",
        "2011-10-25",
    )
    assert got["Nov. 1"] == Timex("DATE", "2011-11-01")
    assert got["the start of the year"] == Timex("DATE", "2011", "START")


@pytest.mark.parametrize(
    "text",
    [
        "Harlow now expects 2011 earnings of $2.45 a share.",
        "Analysts see 2011 sales rising 4 percent.",
        "The company will report 2011 results in February.",
    ],
)
def test_a_year_before_results_is_the_year_they_cover(text: str) -> None:
    assert found(text, "2011-10-25")["2011"] == Timex("DATE", "2011")


def test_a_year_that_opens_a_sentence_is_a_year_whatever_follows() -> None:
    got = found("Talks failed again. In 1995 people also said it was over.", "2014-08-27")
    assert got == {"1995": Timex("DATE", "1995")}
    assert found("The rally drew 2000 people on Sunday.", "2014-08-27") == {
        "Sunday": Timex("DATE", "2014-08-24")
    }


def test_a_headline_capitalises_a_length() -> None:
    text = "Port Workers End 11-Day Strike\n\nDockworkers returned to work on Friday."
    assert found(text, "2023-09-29")["11-Day"] == Timex("DURATION", "P11D")
    assert "Six-Day" not in " ".join(found("Israel won the Six-Day War in 1967.", "2000-01-01"))


def test_a_count_with_an_adjective_is_one_length() -> None:
    text = '"It has been two long weeks," she said. Three short years later it closed.'
    got = found(text, "2023-09-29")
    assert got["two long weeks"] == Timex("DURATION", "P2W")


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of Tuesday's meeting will be published in two weeks.",
        "The minutes of the Fed's December policy meeting showed a split.",
        "The rover works until the long lunar night sets in.",
    ],
)
def test_records_and_other_worlds_days_are_no_times(text: str) -> None:
    assert not {"Minutes", "minutes", "night"} & set(found(text, "2021-12-27"))
    assert found("Within minutes of the crash, police arrived.", "2021-12-27") == {
        "minutes": Timex("DURATION", "PTXM")
    }


def test_the_day_a_story_was_told_leaves_the_story_on_its_day() -> None:
    text = (
        "A lander reached orbit on Sunday, the company said on Monday. It fired its engine "
        "at 10:02 p.m. (1302 GMT). Engineers confirmed the maneuver about two hours later."
    )
    got = found(text, "2021-12-27")  # a Monday
    assert got["10:02 p.m."] == Timex("TIME", "2021-12-26T22:02")
    assert got["about two hours later"].value == "2021-12-27T00:02"  # from 10:02 p.m.
    got = found(
        "Rebels took the town on Friday. Officials said on Monday that it fell at 3 a.m.",
        "2021-12-27",
    )
    assert got["3 a.m."] == Timex("TIME", "2021-12-27T03:00")  # nothing else names a day


def test_tonight_in_a_quote_is_the_night_the_story_is_on() -> None:
    text = 'The Sound won the title on Sunday night.\n\n"Tonight we are champions," Tillery said.'
    assert found(text, "2016-06-20")["Tonight"] == Timex("TIME", "2016-06-19TNI")
    text = 'The Sound won on Sunday night. "We play again tonight," Tillery said Monday.'
    assert found(text, "2016-06-20")["tonight"] == Timex("TIME", "2016-06-20TNI")  # said Monday
    assert found("Storms are expected tonight.", "2016-06-20") == {
        "tonight": Timex("TIME", "2016-06-20TNI")
    }


def test_a_clock_without_its_half_of_the_day_takes_the_story_clocks() -> None:
    text = (
        "On Jan. 23 the crew turned on the de-icing system at 6:51 p.m. The recorder shows "
        "the captain remarked on the ice at 6:47."
    )
    assert found(text, "2009-02-12")["6:47"] == Timex("TIME", "2009-01-23T18:47")
    text = "On Jan. 23 the plane left at 6:51 a.m. It landed at 8:05."
    assert found(text, "2009-02-12")["8:05"] == Timex("TIME", "2009-01-23T08:05")


def test_a_clock_time_is_not_on_the_day_of_a_figure_it_is_compared_with() -> None:
    got = found("The fire was 45% contained as of 7 a.m., up from 20% on Monday.", "2025-01-15")
    assert got["7 a.m."] == Timex("TIME", "2025-01-15T07:00")
    got = found("Crews worked from 1 a.m. to 3 a.m. on Monday.", "2025-01-15")
    assert got["1 a.m."] == Timex("TIME", "2025-01-13T01:00")


def test_a_year_earlier_counts_from_the_month_its_clause_names() -> None:
    text = (
        "Output grew 3.4 percent in the third quarter, and unemployment fell to 6.9 percent in "
        "November from 8.1 percent a year earlier."
    )
    assert found(text, "1997-12-16")["a year earlier"] == Timex("DATE", "1996-11")
    text = "For the quarter ended Sept. 30, profit fell from $51 million a year earlier."
    assert found(text, "1997-12-16")["a year earlier"] == Timex("DATE", "1996-Q3")


def test_the_decade_is_the_one_just_named() -> None:
    text = "In the 1960's it made board games, and by the end of the decade it had 3,000 staff."
    assert found(text, "2001-01-19")["the end of the decade"] == Timex("DATE", "196", "END")
    text = "Sales should double by the end of the decade."
    assert found(text, "2001-01-19")["the end of the decade"] == Timex("DATE", "200", "END")


def test_a_month_of_that_year_is_one_date_in_the_year_named() -> None:
    text = (
        "A probe touched down in January 2019. A lander crashed in April of that year, and "
        "another in May of the following year."
    )
    got = found(text, "2021-12-27")
    assert got["April of that year"] == Timex("DATE", "2019-04")
    assert got["May of the following year"] == Timex("DATE", "2020-05")


def test_a_new_paragraph_does_not_go_further_back_than_a_flashback() -> None:
    text = (
        "A jury on Friday convicted the pilot. The barge overturned on the night of April 17, "
        "2001, and a warning was issued that afternoon.\n\n"
        "The trial opened on March 4 with testimony from the Coast Guard."
    )
    assert found(text, "2003-03-14")["March 4"] == Timex("DATE", "2003-03-04")
    text = (
        "The barge overturned on April 17, 2001, and a warning was issued that afternoon.\n\n"
        "On Oct. 2, the owners sold the fleet."
    )  # after the flashback's day: its year
    assert found(text, "2003-03-14")["Oct. 2"] == Timex("DATE", "2001-10-02")


def test_the_evening_before_a_story_told_in_the_small_hours() -> None:
    text = (
        "Kowalczyk won early Wednesday. The result was not clear until after midnight. Hoyt "
        "led through much of the evening, but the tide turned shortly after 11 p.m."
    )
    got = found(text, "1996-11-06")
    assert got["the evening"] == Timex("TIME", "1996-11-05TEV")
    assert got["shortly after 11 p.m."].value == "1996-11-05T23:00"
    text = "Polls opened on Wednesday at 6 a.m. Officials will count the votes in the evening."
    assert found(text, "1996-11-06")["the evening"] == Timex("TIME", "1996-11-06TEV")


def test_shortly_before_midnight_ends_the_story_day() -> None:
    text = "Negotiators agreed on Tuesday. The deal, announced shortly before midnight, holds."
    assert found(text, "2014-08-27")["shortly before midnight"].value == "2014-08-27T00:00"


def test_the_event_a_length_is_counted_from_leaves_the_story_alone() -> None:
    text = (
        "The strike began on Sept. 18, a little more than two months after the previous "
        "contract expired on July 1. By the following Monday, 40 ships were waiting."
    )
    got = found(text, "2023-09-29")
    assert got["July 1"] == Timex("DATE", "2023-07-01")
    assert got["the following Monday"] == Timex("DATE", "2023-09-25")


def test_a_future_said_in_the_report_days_is_ahead_of_the_report() -> None:
    # 2025-01-15 is a Wednesday; 2024-03-12 a Tuesday
    text = (
        "Firefighters gained ground Wednesday, as forecasters warned that strong gusts would "
        "return by the weekend."
    )
    assert found(text, "2025-01-15")["the weekend"] == Timex("DATE", "2025-W03-WE")
    text = "Officials said the agency would report to Congress, beginning in the fall."
    assert found(text, "2024-03-12")["the fall"] == Timex("DATE", "2024-FA")
    text = (
        "On February 1, the defendant told the agent that a shipment would arrive by the end "
        "of the month."
    )  # told on a day of its own: the nearest
    assert found(text, "2017-04-03")["the end of the month"].value == "2017-02"
    text = "The union said it would try to work around Wednesday's decision."
    # a decision made ("around" is the decision's preposition, no approximation of the day)
    assert found(text, "2000-01-07")["Wednesday"] == Timex("DATE", "2000-01-05")
